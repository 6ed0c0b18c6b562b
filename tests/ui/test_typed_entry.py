"""Typed entry that cannot go silently wrong (issue 21): what a clerk types or pastes into the intake
form, the signed-copy date and the cases list is read as meant, or refused under the field as typed."""

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.db.models import Case, Client, CostLine
from app.domain.cost_estimate import CostItem
from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import login
from app.usecases.letters import list_letter_versions
from tests.helpers import NOW, first_open_case
from tests.helpers.pages import cases_list
from tests.ui.intake.test_intake_dialog import _open
from ui.intake.intake_dialog import IntakeDialog
from ui.letters.letters_dialog import LettersDialog, SignedDialog
from ui.pages.cases_view import CasesView


def _focus():
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:
    """Each run of Latin keys as key presses, each run of Chinese as a pinyin input method commits it."""
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    for run in runs:
        if run.isascii():
            qtbot.keyClicks(_focus(), run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(_focus(), event)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _ready_but_the_deadline(dialog: IntakeDialog) -> None:
    """A known client, what to do and why: all the form needs besides the deadline."""
    dialog.choose_client(dialog._context.clients[3])
    dialog.title.setText("经营范围变更加急")
    dialog.consequence.setPlainText("失去省级投标资格")


def _stored(database, case_id: int) -> Case:
    with database.unit_of_work() as session:
        case = session.get_one(Case, case_id)
        session.expunge(case)
        return case


# -- dates and times ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-12-04 17:00", datetime(2026, 12, 4, 17, 0)),  # was 2026-12-12 04:17, silently
        ("12-4 17:00", datetime(2026, 12, 4, 17, 0)),
        ("12月4日17点", datetime(2026, 12, 4, 17, 0)),
        ("12月4日下午5点", datetime(2026, 12, 4, 17, 0)),
        ("明天 17:00", datetime(2026, 11, 24, 17, 0)),  # NOW is Monday 23 November 2026
        ("后天", datetime(2026, 11, 25, 18, 0)),  # a day alone: by the office's closing time
        ("2026/12/4", datetime(2026, 12, 4, 18, 0)),
        ("周五", datetime(2026, 11, 27, 18, 0)),  # the coming Friday
        ("星期五", datetime(2026, 11, 27, 18, 0)),
        ("本周三", datetime(2026, 11, 25, 18, 0)),
        ("这周五 17:00", datetime(2026, 11, 27, 17, 0)),
        ("下周一", datetime(2026, 11, 30, 18, 0)),  # weeks start on Monday
        ("下星期一 上午10点", datetime(2026, 11, 30, 10, 0)),
    ],
)
def test_a_deadline_typed_as_people_say_it_is_stored_as_meant(qtbot, sample_database, typed, stored):
    dialog = _open(qtbot, sample_database)
    _ready_but_the_deadline(dialog)
    dialog._open_page(1)
    dialog.detail.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)  # tab in, as the clerk did
    assert _focus() is dialog.deadline.edit
    _type(qtbot, typed)
    assert dialog.deadline.moment() == stored and not dialog.deadline.problem()
    dialog.override_reason.setText("客户同意推迟完成")  # a deadline too near for even the expedite plan
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None, dialog.summary.text()
    assert _stored(sample_database, dialog.saved.case_id).requested_deadline == stored


def test_the_deadline_starts_empty_and_shows_what_it_read_as_it_is_typed(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    field = dialog.deadline
    assert field.edit.text() == "" and field.reading.text() == "" and dialog.form().deadline is None
    assert "未填写" not in field.reading.text() and not field.problem()
    dialog._open_page(1)
    field.edit.setFocus()
    _type(qtbot, "12-4 17:00")
    assert field.reading.text() == "2026年12月4日（星期五） 17:00，工作日"
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all, then type over it
    _type(qtbot, "后天")
    assert field.edit.text() == "后天" and field.moment() == datetime(2026, 11, 25, 18, 0)
    assert field.reading.text() == "2026年11月25日（星期三） 18:00，工作日"
    field.set_moment(datetime(2026, 11, 28, 17, 0))
    assert field.reading.text() == "2026年11月28日（星期六） 17:00，休息日"
    field.edit.clear()
    _type(qtbot, "下周三")
    assert field.reading.text() == "2026年12月2日（星期三） 18:00，工作日" and not field.problem()
    field.edit.clear()
    _type(qtbot, "下下周三")
    assert field.moment() is None and field.reading.text() == ""
    examples = "2026-12-04 17:00、12月4日下午5点、周五 或 明天 17:00"
    assert field.problem() == f"无法识别“下下周三”：请写成 {examples}"
    _press(qtbot, Qt.Key.Key_Tab)  # one press leaves the field
    assert _focus() is dialog.consequence
    dialog.save()  # saving says why the text is wrong, not that nothing was typed
    assert field.problem().startswith("无法识别“下下周三”") and dialog.saved is None


@pytest.mark.parametrize(
    ("typed", "refusal"),
    [("下下周五五点半", "无法识别“下下周五五点半”"), ("12/40", "“12/40”中的日期不存在：12 月没有 40 日")],
)
def test_an_unreadable_deadline_is_kept_in_the_draft_with_its_refusal(qtbot, sample_database, typed, refusal):
    dialog = _open(qtbot, sample_database)
    dialog._open_page(1)
    dialog.deadline.edit.setFocus()
    _type(qtbot, typed)
    _press(qtbot, Qt.Key.Key_Escape)  # closes, keeping the draft
    assert not dialog.isVisible()

    again = _open(qtbot, sample_database)
    assert again.deadline.edit.text() == typed and again.deadline.moment() is None
    assert again.deadline.problem().startswith(refusal)
    assert again.summary.text().startswith("建议：请核对截止时间")  # not "待填写": something was typed


def test_a_past_deadline_is_flagged_as_typed_and_the_advice_does_not_count_zero_hours(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    _ready_but_the_deadline(dialog)
    dialog._open_page(1)
    dialog.deadline.edit.setFocus()
    _type(qtbot, "11月20日下午5点")
    assert dialog.deadline.problem() == "截止时间已经过去，请核对客户给出的日期和时间"
    assert dialog.deadline.reading.text() == "2026年11月20日（星期五） 17:00，工作日"
    assert "剩余工作时间" not in dialog.advice.text() and "0 小时" not in dialog.advice.text()
    assert dialog.advice.text() == "截止时间已经过去，请核对客户给出的日期和时间"
    assert "请核对截止时间" in dialog.summary.text()
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "12月20日下午5点")
    assert not dialog.deadline.problem() and "剩余工作时间" in dialog.advice.text()


# -- credit codes ------------------------------------------------------------------------------------
def test_a_pasted_credit_code_is_kept_whole_and_normalised(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    _type(qtbot, "杭州新客户科技有限公司")
    dialog.credit_code.setFocus()
    QApplication.clipboard().setText("9133 0106 ma2h 3k7p 0b")
    _press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.credit_code.text() == "91330106MA2H3K7P0B"  # not cut to 18 typed characters
    assert not dialog._cells["client_credit_code"].problem()
    _type(qtbot, "7")  # one too many: said, not cut off
    assert dialog._cells["client_credit_code"].problem() == "统一社会信用代码应为 18 位，现在是 19 位"
    _press(qtbot, Qt.Key.Key_Backspace)
    dialog.contact.setText("周经理")
    dialog.phone.setText("13912345678")
    dialog.title.setText("公司设立加急")
    dialog.consequence.setPlainText("错过开业日期")
    dialog.deadline.set_moment(NOW + timedelta(days=20))
    dialog.save()
    assert dialog.saved is not None, dialog.summary.text()
    with sample_database.unit_of_work() as session:
        case = session.get_one(Case, dialog.saved.case_id)
        assert session.get_one(Client, case.client_id).credit_code == "91330106MA2H3K7P0B"


def test_a_code_that_fails_its_check_asks_for_a_recheck_and_names_no_right_character(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    dialog.credit_code.setFocus()
    _type(qtbot, "91330106ma2h3k7p0c")
    assert dialog.credit_code.text() == "91330106MA2H3K7P0C"
    problem = dialog._cells["client_credit_code"].problem()
    assert problem == "统一社会信用代码未通过校验，有字符抄错：请对照营业执照逐位核对"
    assert "B" not in problem


# -- amounts -----------------------------------------------------------------------------------------
def test_amounts_are_checked_as_typed_and_the_total_says_what_it_leaves_out(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    _ready_but_the_deadline(dialog)
    dialog.deadline.set_moment(NOW + timedelta(days=20))
    dialog._open_page(2)
    fee, overtime = dialog.costs[CostItem.EXPEDITE_FEE], dialog.costs[CostItem.OVERTIME]
    fee.setFocus()
    _type(qtbot, "一千二")
    assert not dialog._cells["cost_expedite_fee"].problem()
    overtime.setFocus()
    _type(qtbot, "1200.555")
    assert dialog._cells["cost_overtime"].problem() == "金额“1200.555”应为不小于 0、最多两位小数的数字"
    assert dialog.total.text().startswith("¥1,200.00（1 项未计入）")
    assert "合计：¥1,200.00（1 项未计入）" in dialog.summary.text()
    _press(qtbot, Qt.Key.Key_Backspace)
    assert not dialog._cells["cost_overtime"].problem() and dialog.total.text().startswith("¥2,400.55")
    _press(qtbot, Qt.Key.Key_Backspace)
    dialog.save()
    assert dialog.saved is not None, dialog.summary.text()
    with sample_database.unit_of_work() as session:
        lines = {
            line.item: line.amount_fen
            for line in session.query(CostLine).filter_by(case_id=dialog.saved.case_id)
        }
    assert lines[CostItem.EXPEDITE_FEE] == 120000 and lines[CostItem.OVERTIME] == 120050


def test_a_restored_draft_shows_an_amounts_refusal_again(qtbot, sample_database):
    # The field showed 1200.555 without its error while 合计 said 「1 项未计入」 (walk 2).
    dialog = _open(qtbot, sample_database)
    dialog._open_page(2)
    dialog.costs[CostItem.OVERTIME].setFocus()
    _type(qtbot, "1200.555")
    _press(qtbot, Qt.Key.Key_Escape)  # closes, keeping the draft
    again = _open(qtbot, sample_database)
    assert again.costs[CostItem.OVERTIME].text() == "1200.555"
    assert again._cells["cost_overtime"].problem() == "金额“1200.555”应为不小于 0、最多两位小数的数字"
    assert "1 项未计入" in again.total.text()


def test_the_advice_prints_working_hours_to_one_decimal_at_most(qtbot, sample_database):
    # 「剩余工作时间 15.0333 小时」, 「305.533」 (walk 2): minutes / 60 printed as they fell.
    dialog = _open(qtbot, sample_database)
    _ready_but_the_deadline(dialog)
    dialog._open_page(1)
    dialog.deadline.edit.setFocus()
    _type(qtbot, "2026-12-04 17:02")
    advice = dialog.advice.text()
    assert "剩余工作时间 <b>" in advice
    assert not re.search(r"\d\.\d\d", advice), advice  # never two decimals or more


def test_a_problem_shown_as_typed_does_not_move_the_fields_below(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    below = dialog.contact.mapTo(dialog, dialog.contact.rect().topLeft()).y()
    dialog.credit_code.setFocus()
    _type(qtbot, "9133010IMA2H3K7P0B")
    QApplication.processEvents()
    assert dialog._cells["client_credit_code"].problem()
    assert dialog.contact.mapTo(dialog, dialog.contact.rect().topLeft()).y() == below
    dialog._open_page(2)
    cost = dialog.costs[CostItem.CHANNEL_FEE]
    below = dialog.total.mapTo(dialog, dialog.total.rect().topLeft()).y()
    cost.setFocus()
    _type(qtbot, "abc")
    QApplication.processEvents()
    assert dialog._cells["cost_channel_fee"].problem()
    assert dialog.total.mapTo(dialog, dialog.total.rect().topLeft()).y() == below


# -- the client search and the login ------------------------------------------------------------------
def test_enter_in_the_client_search_picks_the_highlighted_client_and_never_saves(qtbot, sample_database):
    dialog = _open(qtbot, sample_database)
    client = dialog._context.clients[5]
    _type(qtbot, client.credit_code[-6:])
    assert dialog.client_matches.currentIndex().row() == 0  # highlighted: what Enter picks
    expected = dialog.client_model.client_at(0)
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog._client_id == expected.id and _focus() is dialog.title
    assert dialog.saved is None and not any(cell.problem() for cell in dialog._cells.values())


def test_enter_after_a_new_clients_name_moves_on_and_never_saves(qtbot, sample_database):
    again = _open(qtbot, sample_database)
    _type(qtbot, "杭州没有重名的新客户")
    assert not again.client_matches.isVisible()
    _press(qtbot, Qt.Key.Key_Return)  # a new client: on to the next field
    assert _focus() is again.credit_code and again.saved is None
    assert not any(cell.problem() for cell in again._cells.values())  # not six errors at once


def test_a_logged_in_clerk_is_the_receptionist(qtbot, sample_database):
    dialog = _open(qtbot, sample_database, "chenjing")
    assert dialog.intake_by.text() == "陈静（前台）"
    assert dialog.form().intake_by_id == sample_database.actor.staff_id


# -- the signed copy's date ------------------------------------------------------------------------
def test_the_signed_date_is_typed_and_tab_goes_on_to_the_receiver(qtbot, sample_database):
    case_id, number = first_open_case(sample_database)
    letters = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(letters)
    letters.generate()
    signed = SignedDialog(NOW.date(), letters)
    qtbot.addWidget(signed)
    signed.show()
    qtbot.waitExposed(signed)
    signed.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert signed.signed_on.edit.text() == "2026-11-23"
    assert signed.signed_on.reading.text() == "2026年11月23日（星期一），工作日"
    signed.signed_on.edit.setFocus()
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "11月20日")
    _press(qtbot, Qt.Key.Key_Tab)  # one press: on to 接收人, where the name typed lands
    assert _focus() is signed.received_by
    _type(qtbot, "陈静")
    assert signed.received_by.text() == "陈静"
    signed.exec = lambda: signed.accept() or 1
    letters.mark_signed(signed)
    assert [v.signed_on for v in list_letter_versions(sample_database, case_id)][0] == date(2026, 11, 20)


def test_a_signed_date_that_cannot_be_read_keeps_the_dialog_open(qtbot, sample_database):
    signed = SignedDialog(NOW.date())
    qtbot.addWidget(signed)
    signed.show()
    signed.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    signed.signed_on.edit.setText("")
    signed.signed_on.edit.setFocus()
    _type(qtbot, "11月20日 下午3点")
    assert signed.signed_on.problem() == "这里只填日期，不填时间：请写成 2026-12-04、12月4日、上周五 或 昨天"
    signed.received_by.setText("陈静")
    signed.accept()
    assert signed.result() != SignedDialog.DialogCode.Accepted
    signed.signed_on.edit.clear()
    signed.accept()
    assert (
        signed.signed_on.problem() == "请填写签署日期" and signed.result() != SignedDialog.DialogCode.Accepted
    )


# -- the cases list --------------------------------------------------------------------------------
def _cases(qtbot, database) -> CasesView:
    view = cases_list(qtbot, database)
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return view


def test_searching_down_to_one_case_selects_it_and_down_enters_the_list(qtbot, sample_database):
    view = _cases(qtbot, sample_database)
    one = view.model.row_at(7)
    view.search.setFocus()
    qtbot.keyClicks(view.search, one.number)
    assert view.model.rowCount() == 1 and view.selected_case_id() == one.id  # Ctrl+L, Ctrl+B act on it
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table and view.table.currentIndex().row() == 0
    view.search.setFocus()
    view.search.clear()
    qtbot.keyClicks(view.search, "JJ")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table and view.table.currentIndex().row() == 0


def test_ctrl_f_focuses_and_selects_the_search_text(qtbot, sample_database):
    view = _cases(qtbot, sample_database)
    view.search.setText("杭州")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search and view.search.selectedText() == "杭州"


def test_after_a_save_only_the_saved_case_is_selected(qtbot, sample_database):
    view = _cases(qtbot, sample_database)
    view.table.selectRow(2)
    sample_database.actor = login(sample_database, "chenjing", DEMO_PASSWORD, NOW)
    dialog = IntakeDialog(sample_database, view)  # as new_intake opens it, without exec()
    _ready_but_the_deadline(dialog)
    dialog.deadline.set_moment(NOW + timedelta(days=20))
    dialog.save()
    view.show_saved_intake(dialog.saved)
    assert [index.row() for index in view.table.selectionModel().selectedRows()] == [
        next(r for r in range(view.model.rowCount()) if view.model.row_at(r).id == dialog.saved.case_id)
    ]
    assert view.selected_case_ids() == [dialog.saved.case_id]
