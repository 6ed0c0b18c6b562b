"""The settings page: the office profile with messages where they were typed, and the language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.office_profile import OfficeProfileData
from app.usecases.office import load_office_profile, save_office_profile
from ui.settings.settings_view import SettingsView


def _view(qtbot, database, preferences) -> SettingsView:
    view = SettingsView(database, preferences)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _edit(view, name) -> QLineEdit:
    return view.findChild(QLineEdit, f"office_{name}")


def test_a_wrong_phone_is_explained_under_the_field_and_nothing_is_saved(qtbot, database, preferences):
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司", phone="021-58881234"))
    view = _view(qtbot, database, preferences)
    phone = _edit(view, "phone")
    phone.clear()
    qtbot.keyClicks(phone, "1391234")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.form.problem_text("phone") == "手机号码应为 11 位数字，现在是 7 位"
    assert phone.hasFocus()
    assert phone.text() == "1391234"  # what was typed is kept for fixing
    assert load_office_profile(database).phone == "021-58881234"
    assert "未保存" in view.save_status.text()


def test_a_fixed_profile_is_saved_and_the_message_goes(qtbot, database, preferences):
    view = _view(qtbot, database, preferences)
    view.save()
    assert view.form.problem_text("name") == "请填写机构名称"
    _edit(view, "name").insert("明远企业服务有限公司")
    assert view.form.problem_text("name") == ""  # cleared as soon as the user edits the field
    qtbot.keyClicks(_edit(view, "phone"), "13912345678")
    assert view.save()
    assert load_office_profile(database) == OfficeProfileData("明远企业服务有限公司", phone="13912345678")
    assert view.save_status.text().startswith("已保存")


def test_the_credit_code_and_bank_account_are_pasted_whole_checked_and_kept(qtbot, database, preferences):
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司"))
    view = _view(qtbot, database, preferences)
    code, bank, account = _edit(view, "credit_code"), _edit(view, "bank_name"), _edit(view, "bank_account")
    code.insert("9131 0115 ma1h 7my8 x9")  # pasted from a licence scan, with a wrong last character
    bank.insert("招商银行上海张江支行")
    account.insert("1219 0988 7610 001")
    assert code.text() == "9131 0115 ma1h 7my8 x9"  # nothing cut at 18 characters
    assert not view.save() and "校验" in view.form.problem_text("credit_code") and code.hasFocus()
    code.end(False)
    code.backspace()
    code.insert("8")
    assert view.save()
    saved = load_office_profile(database)
    assert (saved.credit_code, saved.bank_name, saved.bank_account) == (
        "91310115MA1H7MY8X8", "招商银行上海张江支行", "121909887610001",
    )  # fmt: skip


def test_choosing_english_is_kept_for_the_next_start(qtbot, database, preferences):
    view = _view(qtbot, database, preferences)
    assert view.language.currentText() == "中文（简体）"
    view.language.setCurrentIndex(view.language.findData("en"))
    assert preferences.language == "en"
    assert "重新启动" in view.language_note.text()
