"""The settings page: the office profile with messages where they were typed, and the language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.office_profile import OfficeProfileData
from app.usecases.office import load_office_profile, save_office_profile
from ui.pages.settings_view import SettingsView


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


def test_choosing_english_is_kept_for_the_next_start(qtbot, database, preferences):
    view = _view(qtbot, database, preferences)
    assert view.language.currentText() == "中文（简体）"
    view.language.setCurrentIndex(view.language.findData("en"))
    assert preferences.language == "en"
    assert "重新启动" in view.language_note.text()
