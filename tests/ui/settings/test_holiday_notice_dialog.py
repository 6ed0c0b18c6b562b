"""设置 → 工作日历 → 导入放假通知 as the coordinator uses it, the dashboard's reminder in November,
and the intake's deadline label on an estimated holiday and on a make-up working day."""

from datetime import date, datetime

from PySide6.QtCore import Qt

from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.usecases.holiday_notices import import_holiday_notice, list_holiday_notices
from tests.app.usecases.test_holiday_notice_import import (
    NOTICE_2027,
    START,
    case_over_labour_day,
    log_in_admin,
)
from tests.helpers import HOLIDAY_NOTICES
from ui.case.case_window import CaseWindow
from ui.intake.intake_dialog import IntakeDialog
from ui.pages.dashboard_view import DashboardView
from ui.settings.calendar_settings_view import CalendarSettingsView
from ui.settings.holiday_notice_dialog import PROBLEM

NOTICE_2026 = (HOLIDAY_NOTICES / "2026.txt").read_text(encoding="utf-8")
TITLE_2027 = "国务院办公厅关于2027年部分节假日安排的通知"


def _view(qtbot, database) -> CalendarSettingsView:
    log_in_admin(database)
    view = CalendarSettingsView(database)
    qtbot.addWidget(view)
    return view


def test_a_pasted_notice_is_previewed_saved_and_no_longer_estimated(qtbot, database):
    view = _view(qtbot, database)
    assert "2027 年：<b>预估</b>" in view.years_status.text()
    dialog = view.open_notice_dialog()
    dialog.text.setPlainText(NOTICE_2027)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # read once typing pauses
    assert dialog.days_model.rowCount() == 32 and dialog.changes_model.rowCount() == 13
    assert dialog.days_model.index(11, 0).data() == "2027年2月20日（星期六）"
    assert dialog.days_model.index(11, 1).data() == "调休上班"
    assert dialog.changes_model.index(2, 1).data() == "工作日（预估）"
    assert dialog.changes_model.index(2, 2).data() == "春节放假"
    assert dialog.summary.text().startswith(f"《{TITLE_2027}》：2027 年放假 28 天，调休上班 4 天")

    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "重新排程的案件（0）"
    assert [n.year for n in list_holiday_notices(database)] == [2027]
    assert view.notices_model.index(0, 1).data() == TITLE_2027
    assert view.notices_model.index(0, 2).data() == "周明远"
    assert view.notices_model.index(0, 4).data() == "尚无该年数据"
    assert "2027 年：已导入放假通知" in view.years_status.text()
    assert (
        view.month.describe(date(2027, 2, 11)) == f"2027年2月11日（星期四）：春节放假\n依据《{TITLE_2027}》"
    )
    assert not view.notice_status.isHidden()
    dialog.close()


def test_a_malformed_notice_shows_every_line_and_cannot_be_saved(qtbot, database):
    view = _view(qtbot, database)
    dialog = view.open_notice_dialog()
    dialog.text.setPlainText(NOTICE_2027.replace("三、清明节：", "清明节："))
    dialog.read_text()
    assert not dialog.save_button.isEnabled()
    assert "第 4 行（清明节）：有放假或上班的日期" in dialog.summary.text()
    assert dialog.tabs.currentIndex() == 2 and dialog.lines_model.rowCount() == 8
    assert dialog.lines_model.index(3, 1).data() == "无法识别"
    assert dialog.lines_model.index(3, 2).data(Qt.ItemDataRole.ForegroundRole).color() == PROBLEM
    dialog.close()


def test_a_saved_web_page_is_opened_and_a_bad_file_explained(qtbot, database, tmp_path):
    view = _view(qtbot, database)
    dialog = view.open_notice_dialog()
    page = tmp_path / "通知.html"
    page.write_text("".join(f"<p>{line}</p>" for line in NOTICE_2027.splitlines()), encoding="utf-8")
    assert dialog.open_path(page)
    assert dialog.save_button.isEnabled() and dialog.days_model.rowCount() == 32
    assert not dialog.open_path(tmp_path / "没有.txt")
    assert "无法读取" in dialog.file_error.text() and not dialog.file_error.isHidden()
    dialog.close()


def test_a_notice_is_withdrawn_after_asking(qtbot, database):
    view = _view(qtbot, database)
    import_holiday_notice(database, NOTICE_2027, datetime(2026, 11, 23, 10))
    view.reload()
    view.confirm = lambda question: "撤销《" in question
    view.notices_table.selectRow(0)
    assert view.withdraw_selected()
    qtbot.waitUntil(lambda: view.notices_model.rowCount() == 0)
    assert "2027 年：<b>预估</b>" in view.years_status.text()
    assert view.notice_status.text() == "已撤销 2027 年放假通知，重新排程在办案件 0 个。"
    assert not view.withdraw_selected()  # nothing selected any more


def test_a_newer_chinesecalendar_that_disagrees_is_shown_on_the_page(qtbot, database):
    view = _view(qtbot, database)
    doctored = NOTICE_2026.replace("、10月10日（周六）上班", "上班")
    import_holiday_notice(database, doctored, datetime(2025, 11, 5, 9))
    view.reload()
    assert view.notices_model.index(0, 4).data() == "1 处不同"
    assert not view.library_warning.isHidden()
    assert view.library_warning.text() == (
        "⚠ chinesecalendar 已有 2026 年数据，与导入的通知有 1 处不同，请核对通知原文："
        "2026年10月10日（星期六）：通知 休息日，chinesecalendar 国庆节调休上班"
    )


def test_the_dashboard_reminds_in_november_while_next_year_is_estimated(qtbot, database):
    log_in_admin(database)
    dashboard = DashboardView(database)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert not dashboard.calendar_reminder.isHidden()
    assert dashboard.calendar_reminder.text().startswith("⚠ 2027 年节假日尚无放假通知")
    assert "导入放假通知" in dashboard.calendar_reminder.text()
    import_holiday_notice(database, NOTICE_2027, datetime(2026, 11, 23, 10))
    dashboard.refresh()
    assert dashboard.calendar_reminder.isHidden()


def test_the_deadline_label_says_estimated_holiday_and_make_up_working_day(qtbot, database):
    dialog = IntakeDialog(database)
    qtbot.addWidget(dialog)
    dialog.deadline.set_moment(datetime(2027, 1, 1, 17, 0))
    assert dialog.deadline.reading.text() == "2027年1月1日（星期五） 17:00，元旦放假（预估）"
    dialog.deadline.set_moment(datetime(2027, 1, 6, 17, 0))
    assert dialog.deadline.reading.text() == "2027年1月6日（星期三） 17:00，工作日（预估）"
    dialog.deadline.set_moment(datetime(2026, 10, 10, 17, 0))
    assert dialog.deadline.reading.text() == "2026年10月10日（星期六） 17:00，国庆节调休上班"
    dialog.deadline.set_moment(datetime(2026, 11, 24, 17, 0))
    assert dialog.deadline.reading.text() == "2026年11月24日（星期二） 17:00，工作日"


def test_the_case_shows_that_its_signed_promise_moved(qtbot, database):
    log_in_admin(database)
    case_id = case_over_labour_day(database)
    window = CaseWindow(database, case_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.reader.pending)  # the header is read off the GUI thread
    assert "确认书承诺：2027-05-13 18:00" in window.header.text() and "计划已变动" not in window.header.text()
    import_holiday_notice(database, NOTICE_2027, START)
    window.refresh_header()
    qtbot.waitUntil(lambda: not window.reader.pending)
    assert "预计完成：2027-05-14 18:00" in window.header.text()
    assert "确认书承诺：2027-05-13 18:00（计划已变动）" in window.header.text()


def test_a_save_refused_in_the_background_is_said_and_the_text_kept(qtbot, database):
    view = _view(qtbot, database)
    dialog = view.open_notice_dialog()
    dialog.text.setPlainText(NOTICE_2027)
    dialog.read_text()
    database.actor = Actor(99, "韩立", StaffRole.SPECIALIST, "hanli")  # the role changed meanwhile
    dialog.save()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.summary.text() == "未保存：您的角色“执行专员”无权修改机构设置。"
    assert not dialog.text.isReadOnly() and list_holiday_notices(database) == []
    dialog.close()
