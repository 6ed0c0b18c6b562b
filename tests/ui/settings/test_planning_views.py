"""Settings → 工作日历 and SOP 模板: what the coordinator sees and edits."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.office_profile import OfficeProfileData
from app.usecases.calendar import list_calendar_overrides, office_hours
from app.usecases.office import save_office_profile
from app.usecases.sop import import_builtin_templates, load_template, template_versions
from ui.settings.calendar_settings_view import HOLIDAY_TEXT, MAKEUP_TEXT, CalendarSettingsView
from ui.settings.sop_template_editor import COLUMNS, SopTemplateEditor
from ui.settings.sop_templates_view import SopTemplatesView


def test_the_month_view_shows_holidays_make_up_days_and_estimates(qtbot, database):
    view = CalendarSettingsView(database)
    qtbot.addWidget(view)
    view.month.setSelectedDate(QDate(2026, 2, 14))
    assert view.day_text.text() == "2026年2月14日（星期六）：春节调休上班\n依据 chinesecalendar"
    makeup = view.month.dateTextFormat(QDate(2026, 2, 14))
    holiday = view.month.dateTextFormat(QDate(2026, 2, 17))
    assert makeup.foreground().color() == MAKEUP_TEXT and holiday.foreground().color() == HOLIDAY_TEXT
    view.month.setSelectedDate(QDate(2027, 2, 6))
    assert view.day_text.text().startswith("2027年2月6日（星期六）：春节放假（预估）\n尚无国务院放假通知")
    assert view.month.dateTextFormat(QDate(2027, 2, 6)).fontItalic()


def test_office_hours_are_checked_where_typed(qtbot, database):
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司"))
    view = CalendarSettingsView(database)
    qtbot.addWidget(view)
    view.hours.setText("9点到6点")
    assert not view.save_hours()
    assert "无法识别" in view.hours_error.text() and not view.hours_error.isHidden()
    assert view.hours.text() == "9点到6点"  # kept for fixing
    view.hours.setText("08:30-12:00，13:00-17:30")
    assert view.save_hours()
    assert str(office_hours(database)) == "08:30-12:00, 13:00-17:30"


def test_an_override_is_added_shown_and_removed(qtbot, database):
    view = CalendarSettingsView(database)
    qtbot.addWidget(view)
    view.override_day.setDate(QDate(2027, 2, 9))
    view.override_working.setCurrentIndex(view.override_working.findData(False))
    view.override_note.setText("国务院 2027 年春节放假通知")
    assert view.add_override()
    assert [o.day for o in list_calendar_overrides(database)] == [date(2027, 2, 9)]
    assert view.model.rowCount() == 1 and view.model.index(0, 1).data() == "休息"
    view.month.setSelectedDate(QDate(2027, 2, 9))
    assert "本所设定：休息（国务院 2027 年春节放假通知）" in view.day_text.text()
    view.table.selectRow(0)
    view.remove_selected()
    assert list_calendar_overrides(database) == [] and view.model.rowCount() == 0


def test_templates_list_and_scheduled_preview(qtbot, database):
    import_builtin_templates(database)
    view = SopTemplatesView(database)
    qtbot.addWidget(view)
    assert view.templates.rowCount() >= 16
    view.list.selectRow(view.templates.row_of("tax-filing-expedite"))
    assert view.title.text() == "税务申报（加急版）"
    assert view.steps.rowCount() == len(load_template(database, "tax-filing-expedite").template.steps)
    critical = [view.steps.index(r, 8).data() for r in range(view.steps.rowCount())]
    assert "★" in critical
    assert view.summary.text().startswith("若现在开始：预计")


def _editor(qtbot, database, code="tax-filing-expedite") -> SopTemplateEditor:
    published = load_template(database, code)
    editor = SopTemplateEditor(database, published.template, published.version)
    qtbot.addWidget(editor)
    return editor


def test_publishing_an_edit_makes_a_new_version(qtbot, database):
    import_builtin_templates(database)
    editor = _editor(qtbot, database)
    editor.add_step()
    row = editor.model.rowCount() - 1
    editor.model.item(row, COLUMNS.index("name")).setText("银行信息传递确认")
    editor.model.item(row, COLUMNS.index("after")).setText("submit")
    editor.model.item(row, COLUMNS.index("milestone")).setCheckState(Qt.CheckState.Checked)
    editor.revision_note.setText("复盘：银行信息传递延迟，增加确认步骤")
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.published_version == 2
    latest = load_template(database, "tax-filing-expedite").template
    assert latest.steps[-1].name == "银行信息传递确认" and latest.steps[-1].milestone
    assert template_versions(database, "tax-filing-expedite")[0].revision_note.startswith("复盘")


def test_a_bad_edit_is_explained_and_nothing_is_lost(qtbot, database):
    import_builtin_templates(database)
    editor = _editor(qtbot, database)
    editor.model.item(1, COLUMNS.index("after")).setText("nowhere")
    editor.revision_note.setText("试改")
    editor.publish()
    assert "前置步骤“nowhere”不存在" in editor.error.text()
    assert editor.model.item(1, COLUMNS.index("after")).text() == "nowhere"
    editor.model.item(1, COLUMNS.index("after")).setText("assess-precheck")
    editor.revision_note.clear()
    editor.publish()
    assert "修订说明" in editor.error.text()
    assert [v.version for v in template_versions(database, "tax-filing-expedite")] == [1]
