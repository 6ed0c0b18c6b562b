"""The intake form driven as a clerk drives it: by keyboard only, with drafts and live checks."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.config import desk_name
from app.db.models import Case
from app.domain.material_checklist import ItemState
from app.domain.vocabulary import CaseStatus
from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import login
from app.usecases.cases import list_case_rows
from app.usecases.intake import load_draft
from tests.helpers import NOW
from ui.intake.intake_dialog import AUTOSAVE_DELAY_MS, IntakeDialog


def _open(qtbot, database, username: str = "chenjing") -> IntakeDialog:
    """The intake as the front desk (陈静) opens it after logging in."""
    database.actor = login(database, username, DEMO_PASSWORD, NOW)
    dialog = IntakeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # The keys go to this dialog, not to a window an earlier test left with the focus.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None)
    return dialog


def _focus():
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:
    """Latin keys as key presses; Chinese as a pinyin input method commits it (QTest has no CJK keys)."""
    if text.isascii():
        qtbot.keyClicks(_focus(), text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(_focus(), event)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), key, modifier)


def test_a_full_intake_by_keyboard_only(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    client = dialog._context.clients[3]
    assert _focus() is dialog.client_name and dialog.intake_by.text() == "陈静（前台）"  # who logged in
    _type(qtbot, client.credit_code[-8:])  # search by part of the credit code
    assert dialog.client_matches.isVisible()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)  # picks the client; the request page opens at 办理事项
    assert dialog._client_id == client.id and _focus() is dialog.title
    _type(qtbot, "经营范围变更加急")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "增加医疗器械经营")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.deadline.edit
    _type(qtbot, "2026-11-30 17:00")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.consequence
    _type(qtbot, "失去省级投标资格")
    _press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    _press(qtbot, Qt.Key.Key_Tab, times=2)  # to 市场机会丧失
    _press(qtbot, Qt.Key.Key_Down, times=3)  # 高
    _press(qtbot, Qt.Key.Key_Tab, times=2)  # to 加急服务费
    _type(qtbot, "2000")
    assert "2000" in dialog.form().costs.values() and "全面加急" in dialog.advice.text()
    _press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    _press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # 全部标记为已收到
    assert {e.state for e in dialog.form().materials} == {ItemState.RECEIVED}
    _press(qtbot, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved.status is CaseStatus.INTAKE  # the three reviews are still to come
    row = next(r for r in list_case_rows(sample_database) if r.id == saved.case_id)
    with sample_database.unit_of_work() as session:  # 接待人: the login, not a choice
        assert session.get_one(Case, saved.case_id).intake_by_id == sample_database.actor.staff_id
    assert (row.client_name, row.title, row.requested_deadline) == (
        client.name,
        "经营范围变更加急",
        datetime(2026, 11, 30, 17, 0),
    )
    assert load_draft(sample_database, desk_name()) is None


def test_enter_on_an_empty_form_shows_each_problem_where_it_belongs(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    _type(qtbot, "杭州新客户")
    _press(qtbot, Qt.Key.Key_Return)  # in the search field: on to the credit code
    assert _focus() is dialog.credit_code and not dialog._cells["client_contact"].problem()
    _press(qtbot, Qt.Key.Key_Return)  # anywhere else: save
    assert dialog.isVisible() and dialog.saved is None
    cell = dialog._cells
    assert not cell["intake_by"].problem() and dialog.form().intake_by_id == sample_database.actor.staff_id
    assert cell["client_contact"].problem() == "请填写联系人" and _focus() is dialog.contact
    assert cell["client_phone"].problem() == "请填写电话号码"
    assert cell["deadline"].problem() == "请填写客户的硬性截止时间"
    assert dialog.client_name.text() == "杭州新客户"  # nothing typed is lost


@pytest.mark.parametrize(
    ("typed", "message"),
    [("91310115MA1K4DXQ3I", "不使用字母 I、O、S、V、Z"), ("91310115ma1k4dxq3n", ""),
     ("91310115MA1K4DXQ3T", "统一社会信用代码未通过校验，有字符抄错：请对照营业执照逐位核对")],
)  # fmt: skip
def test_the_credit_code_is_checked_as_it_is_typed(qtbot, sample_database, typed, message):
    dialog = _open(qtbot, sample_database)
    dialog.credit_code.setFocus()
    _type(qtbot, typed)
    problem = dialog._cells["client_credit_code"].problem()
    assert message in problem if message else problem == ""
    assert dialog.credit_code.text() == typed.upper()  # lower case typed is kept as capitals


def test_closing_keeps_a_draft_that_the_next_intake_restores(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    _type(qtbot, "苏州启航物流有限公司")
    qtbot.waitUntil(
        lambda: load_draft(sample_database, desk_name()) is not None, timeout=AUTOSAVE_DELAY_MS * 4
    )
    dialog.contact.setFocus()
    _type(qtbot, "周经理")
    _press(qtbot, Qt.Key.Key_Escape)  # closes at once, keeping the last keystrokes too
    assert not dialog.isVisible()
    assert load_draft(sample_database, desk_name()).form.new_client.contact_person == "周经理"

    again = _open(qtbot, sample_database)
    assert again.client_name.text() == "苏州启航物流有限公司" and again.contact.text() == "周经理"
    assert again.draft_banner.isVisible()
    _press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert again.client_name.text() == "" and load_draft(sample_database, desk_name()) is None
    _press(qtbot, Qt.Key.Key_End)  # a plain key: QTest leaves Ctrl+Shift held for later tests otherwise


def test_the_clients_address_is_shown_and_can_be_completed_for_an_existing_client(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    client = dialog._context.clients[3]
    dialog.choose_client(client)
    assert client.address and dialog.address.text() == client.address
    assert dialog.phone.isReadOnly() and not dialog.address.isReadOnly()  # corrected here, for the letter
    dialog.address.selectAll()
    dialog.address.setFocus()
    _type(qtbot, "杭州市西湖区文三路 90 号")
    form = dialog.form()
    assert form.client_id == client.id and form.new_client.address == "杭州市西湖区文三路 90 号"
    dialog.client_name.setFocus()
    _type(qtbot, "新")  # typing over the chosen client's name makes a new client, with its own address
    assert dialog.form().client_id is None and dialog.address.text() == ""
