"""Client notice rules: due times on the client's clock, templates, where a notice stands."""

from datetime import datetime

import pytest

from app.domain.client_notice import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    NoticeKind,
    NoticeStatus,
    fill_template,
    notice_due,
    notice_log_problems,
    notice_state,
    template_problems,
    turned_red,
)
from app.domain.working_calendar import CalendarOverride, WorkingCalendar

OFFICE = WorkingCalendar()  # 09:00-12:00, 13:30-18:00 on the statutory calendar
VIP = WorkingCalendar.around_the_clock()


@pytest.mark.parametrize(
    ("raised", "due"),
    [
        (datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 23, 10, 30)),  # plain working morning
        (datetime(2026, 11, 23, 11, 50), datetime(2026, 11, 23, 13, 50)),  # across lunch
        (datetime(2026, 11, 23, 12, 30), datetime(2026, 11, 23, 14, 0)),  # raised at lunch
        (datetime(2026, 11, 27, 17, 50), datetime(2026, 11, 30, 9, 20)),  # Friday evening → Monday
        (datetime(2026, 11, 28, 10, 0), datetime(2026, 11, 30, 9, 30)),  # Saturday → Monday
        (datetime(2026, 9, 30, 17, 50), datetime(2026, 10, 8, 9, 20)),  # across the National Day holiday
        (datetime(2026, 10, 9, 17, 50), datetime(2026, 10, 10, 9, 20)),  # into the 调休 Saturday
    ],
)
def test_a_basic_clients_notice_falls_due_in_working_time(raised, due):
    assert notice_due(raised, 30, OFFICE) == due


def test_a_vip_notice_runs_around_the_clock():
    assert notice_due(datetime(2026, 11, 27, 17, 50), 30, VIP) == datetime(2026, 11, 27, 18, 20)
    assert notice_due(datetime(2026, 10, 1, 23, 40), 60, VIP) == datetime(2026, 10, 2, 0, 40)


def test_an_office_override_counts():
    closed = WorkingCalendar(overrides=[CalendarOverride(datetime(2026, 11, 30).date(), False, "搬家")])
    assert notice_due(datetime(2026, 11, 27, 17, 50), 30, closed) == datetime(2026, 12, 1, 9, 20)


def test_fill_template_replaces_known_placeholders_and_keeps_the_rest():
    text = "{客户}您好：{案件编号}已完成“{里程碑}”，{未知}保持原样，{ 空格 }也是，单个{括号"
    filled = fill_template(text, {"客户": "华信科技", "案件编号": "JJ2026-00001", "里程碑": "材料受理"})
    assert filled == "华信科技您好：JJ2026-00001已完成“材料受理”，{未知}保持原样，{ 空格 }也是，单个{括号"


def test_the_default_templates_use_only_known_placeholders():
    for kind in NoticeKind:
        text = DEFAULT_TEMPLATES[kind]
        filled = fill_template(text, {name: "X" for name in PLACEHOLDERS})
        assert "{" not in filled and "您好" in filled, kind


def test_a_notice_counts_down_and_turns_overdue_on_the_clients_clock():
    due = datetime(2026, 11, 30, 9, 20)  # raised Friday 17:50
    friday_evening = notice_state(due, None, datetime(2026, 11, 27, 19, 0), OFFICE)
    assert (friday_evening.status, friday_evening.minutes_left) == (NoticeStatus.DUE, 20)
    overdue = notice_state(due, None, datetime(2026, 11, 30, 10, 0), OFFICE)
    assert (
        overdue.status is NoticeStatus.OVERDUE and overdue.minutes_left == -40 and overdue.late_minutes == 40
    )
    on_the_dot = notice_state(due, None, due, OFFICE)
    assert on_the_dot.status is NoticeStatus.DUE and on_the_dot.minutes_left == 0


def test_sent_in_time_or_late():
    due = datetime(2026, 11, 23, 10, 30)
    in_time = notice_state(due, datetime(2026, 11, 23, 10, 25), datetime(2026, 11, 23, 15, 0), OFFICE)
    assert (in_time.status, in_time.late_minutes, in_time.sent) == (NoticeStatus.SENT_IN_TIME, 0, True)
    late = notice_state(due, datetime(2026, 11, 23, 14, 0), datetime(2026, 11, 23, 15, 0), OFFICE)
    assert (late.status, late.late_minutes) == (NoticeStatus.SENT_LATE, 120)  # lunch does not count
    wall = notice_state(due, datetime(2026, 11, 23, 14, 0), datetime(2026, 11, 23, 15, 0))
    assert wall.late_minutes == 210


def test_sent_after_a_due_time_at_closing_is_late_though_the_office_was_shut():
    state = notice_state(
        datetime(2026, 11, 23, 12, 0), datetime(2026, 11, 23, 13, 30), datetime(2026, 11, 24), OFFICE
    )
    assert state.status is NoticeStatus.SENT_LATE and state.late_minutes == 1


def test_turned_red_only_from_on_time_to_late():
    deadline = datetime(2026, 11, 25, 18, 0)
    earlier, later = datetime(2026, 11, 25, 12, 0), datetime(2026, 11, 26, 12, 0)
    assert turned_red(earlier, later, deadline)
    assert not turned_red(later, later, deadline)  # already red: told already
    assert not turned_red(later, earlier, deadline)
    assert not turned_red(None, later, deadline)  # first plan: discussed at intake


def test_logging_problems_are_named_per_field():
    now = datetime(2026, 11, 23, 10, 0)
    problems = notice_log_problems("  ", None, datetime(2026, 11, 23, 10, 5), now)
    assert set(problems) == {"text", "sent_by", "sent_at"}
    assert notice_log_problems("已电话告知", 3, now, now) == {}
    assert "2000" in notice_log_problems("字" * 2001, 3, now, now)["text"]
    assert template_problems("") and template_problems("{客户}您好") is None


def test_without_a_calendar_a_notice_counts_down_in_wall_minutes():
    due, now = datetime(2026, 11, 23, 14, 0), datetime(2026, 11, 23, 10, 0)
    wall = notice_state(due, None, now)
    assert (wall.status, wall.minutes_left, wall.late_minutes) == (NoticeStatus.DUE, 240, 0)
    office = notice_state(due, None, now, OFFICE)
    assert office.minutes_left == 150  # lunch does not count on the office clock


def test_a_notice_logged_without_its_time_asks_for_it():
    now = datetime(2026, 11, 23, 10, 0)
    assert notice_log_problems("已电话告知", 3, None, now) == {"sent_at": "请填写通知时间"}


def test_a_template_over_the_limit_is_refused_with_the_limit():
    assert template_problems("字" * 2001) == "模板不能超过 2000 字"
    assert template_problems("字" * 2000) is None
