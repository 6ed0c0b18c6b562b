"""The working calendar: known answers around the 2026 holidays, estimated 2027, properties."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.working_calendar import (
    DEFAULT_OFFICE_HOURS,
    MINUTES_PER_DAY,
    SEARCH_LIMIT_DAYS,
    ArrangedDay,
    CalendarError,
    CalendarOverride,
    DayInfo,
    OfficeHours,
    OfficialYear,
    WorkingCalendar,
    calendar_differences,
    day_remark,
    day_state,
    estimated_statutory_days_off,
    time_remark,
    year_arrangement,
    years_to_import,
)
from tests.helpers import NOW

calendar = WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working", "holiday", "makeup"),
    [
        (date(2026, 1, 1), False, "元旦", False),
        (date(2026, 2, 14), True, "春节", True),  # make-up Saturday before Spring Festival
        (date(2026, 2, 16), False, "春节", False),
        (date(2026, 2, 23), False, "春节", False),
        (date(2026, 2, 24), True, None, False),
        (date(2026, 2, 28), True, "春节", True),  # make-up Saturday after it
        (date(2026, 10, 1), False, "国庆节", False),
        (date(2026, 10, 7), False, "国庆节", False),
        (date(2026, 10, 8), True, None, False),
        (date(2026, 10, 10), True, "国庆节", True),
        (date(2026, 11, 21), False, None, False),  # an ordinary Saturday
    ],
)
def test_2026_holidays_and_make_up_days_come_from_the_library(day, working, holiday, makeup):
    info = calendar.day(day)
    assert (info.working, info.holiday, info.makeup, info.estimated) == (working, holiday, makeup, False)


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (date(2027, 2, 9), "春节"),  # for 6 and 7 February, the Saturday and Sunday of the festival
        (date(2027, 2, 10), "春节"),
        (date(2027, 5, 3), "劳动节"),  # 1 and 2 May are a Saturday and a Sunday
        (date(2027, 5, 4), "劳动节"),
        (date(2027, 10, 4), "国庆节"),  # 2 and 3 October
        (date(2027, 10, 5), "国庆节"),
    ],
)
def test_the_2027_estimate_makes_up_holidays_that_fall_on_a_weekend(day, holiday):
    assert estimated_statutory_days_off(2027)[day] == holiday
    assert calendar.day(day) == DayInfo(day, False, holiday, estimated=True)


def test_a_plan_over_labour_day_2027_finishes_after_the_make_up_days():
    # Ten working days from Wednesday 28 April: 28–30 April, then 5–7 and 10–13 May (not 11 May).
    assert calendar.add_working_minutes(datetime(2027, 4, 28, 9), 10 * 450) == datetime(2027, 5, 13, 18)


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_estimate_never_invents_a_day_off_the_published_notices_did_not_give(year):
    library = WorkingCalendar()
    days_off = estimated_statutory_days_off(year)
    assert [day for day in days_off if library.is_working_day(day)] == []
    assert all(day.weekday() < 5 or name for day, name in days_off.items())  # no make-up Saturdays


def test_a_day_two_holidays_share_is_made_up_as_well():
    # 2028: 中秋 (3 October) on the third day of 国庆, which starts on a Sunday.
    days_off = estimated_statutory_days_off(2028)
    assert days_off[date(2028, 10, 3)] == "国庆节"
    assert (days_off[date(2028, 10, 4)], days_off[date(2028, 10, 5)]) == ("国庆节", "中秋节")


def test_2027_falls_back_to_estimated_statutory_holidays():
    days_off = estimated_statutory_days_off(2027)
    # 中秋 2027-09-15.
    # 除夕 2027-02-05 and the first three days of the Year of the Goat, then 补假 for the weekend.
    assert [d for d, name in days_off.items() if name == "春节"] == [date(2027, 2, d) for d in range(5, 11)]
    assert days_off[date(2027, 9, 15)] == "中秋节" and days_off[date(2027, 4, 5)] == "清明节"
    assert calendar.day(date(2027, 2, 5)) == DayInfo(date(2027, 2, 5), False, "春节", estimated=True)
    assert calendar.day(date(2027, 3, 1)).working and calendar.day(date(2027, 3, 1)).estimated
    assert not calendar.day(date(2027, 3, 6)).working  # a Saturday


def test_adding_working_time_across_spring_festival_2026():
    # Friday 13 Feb 17:00 + 2 h: one hour that day, one on the make-up Saturday.
    assert calendar.add_working_minutes(datetime(2026, 2, 13, 17), 120) == datetime(2026, 2, 14, 10)
    # Saturday 14 Feb 17:30 + 1 h: half an hour left, then the holiday, then Tuesday 24 Feb.
    assert calendar.add_working_minutes(datetime(2026, 2, 14, 17, 30), 60) == datetime(2026, 2, 24, 9, 30)
    assert calendar.add_working_days(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert calendar.add_working_days(date(2026, 2, 27), 1) == date(2026, 2, 28)
    assert calendar.working_minutes_between(datetime(2026, 2, 13, 9), datetime(2026, 2, 25, 9)) == 3 * 450


def test_adding_working_time_across_national_day_2026():
    assert calendar.add_working_minutes(datetime(2026, 9, 30, 17), 60) == datetime(2026, 9, 30, 18)
    assert calendar.add_working_minutes(datetime(2026, 9, 30, 17), 120) == datetime(2026, 10, 8, 10)
    assert calendar.next_working_instant(datetime(2026, 10, 3, 11)) == datetime(2026, 10, 8, 9)
    assert calendar.add_working_days(datetime(2026, 9, 30, 15), 3) == datetime(2026, 10, 10, 15)


def test_adding_working_hours_rounds_to_minutes():
    assert calendar.add_working_hours(datetime(2026, 11, 23, 17), 1.5) == datetime(2026, 11, 24, 9, 30)


def test_lunch_break_and_period_ends():
    assert calendar.add_working_minutes(datetime(2026, 11, 23, 11), 60) == datetime(2026, 11, 23, 12)
    assert calendar.add_working_minutes(datetime(2026, 11, 23, 11), 90) == datetime(2026, 11, 23, 14)
    assert calendar.next_working_instant(datetime(2026, 11, 23, 12, 30)) == datetime(2026, 11, 23, 13, 30)
    assert calendar.add_working_minutes(datetime(2026, 11, 23, 14), -90) == datetime(2026, 11, 23, 11)


def test_working_time_runs_into_estimated_2027():
    end = calendar.add_working_days(datetime(2026, 12, 30, 10), 3)
    assert end == datetime(2027, 1, 5, 10)  # 31 Dec, (1 Jan off, weekend), 4 Jan, 5 Jan
    assert calendar.estimated_between(datetime(2026, 12, 30), end)
    assert not calendar.estimated_between(date(2026, 1, 1), date(2026, 12, 31))


def test_the_office_overrides_the_library():
    notice = CalendarOverride(date(2027, 2, 9), False, "国务院 2027 年春节放假通知：2 月 9 日休息")
    makeup = CalendarOverride(date(2027, 2, 20), True, "调休上班")
    office = WorkingCalendar(overrides=[notice, makeup])
    assert not office.is_working_day(date(2027, 2, 9)) and not office.is_estimated(date(2027, 2, 9))
    assert office.day(date(2027, 2, 9)).note.startswith("国务院")
    assert office.is_working_day(date(2027, 2, 20))


def test_the_vip_clock_counts_every_minute():
    vip = WorkingCalendar.around_the_clock()
    assert vip.add_working_minutes(datetime(2026, 10, 1, 23), 120) == datetime(2026, 10, 2, 1)
    assert vip.working_minutes_between(datetime(2026, 2, 16), datetime(2026, 2, 17)) == 24 * 60
    assert not vip.estimated_between(date(2027, 1, 1), date(2027, 12, 31))


def test_office_hours_are_parsed_and_bad_ones_explained():
    assert str(OfficeHours.parse("08:30-12:00，13:00-17:30")) == "08:30-12:00, 13:00-17:30"
    assert DEFAULT_OFFICE_HOURS.minutes_per_day == 450
    with pytest.raises(CalendarError, match="无法识别"):
        OfficeHours.parse("9点到6点")
    with pytest.raises(CalendarError, match="重叠"):
        OfficeHours.parse("09:00-12:00, 11:00-18:00")
    with pytest.raises(CalendarError, match="晚于开始"):
        OfficeHours.parse("18:00-09:00")


def test_a_calendar_without_working_days_says_so():
    closed = WorkingCalendar(
        overrides=[CalendarOverride(date(2026, 1, 1) + timedelta(days=n), False) for n in range(4000)]
    )
    with pytest.raises(CalendarError, match="没有"):
        closed.next_working_instant(datetime(2026, 1, 1))


days_2025_to_2028 = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
instants = st.builds(
    lambda day, minute: datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute),
    days_2025_to_2028,
    st.integers(0, 24 * 60 - 1),
)


@given(days_2025_to_2028.filter(calendar.is_working_day), st.integers(-300, 300))
def test_adding_then_subtracting_working_days_returns_the_same_working_day(day, n):
    assert calendar.add_working_days(calendar.add_working_days(day, n), -n) == day


@given(instants, st.integers(0, 20000))
def test_working_minutes_between_measures_what_was_added(start, minutes):
    end = calendar.add_working_minutes(start, minutes)
    assert end >= start
    assert calendar.working_minutes_between(start, end) == minutes


@given(instants, st.integers(1, 20000))
def test_the_timeline_converts_both_ways(start, minutes):
    timeline = calendar.timeline(start.date())
    finish = calendar.add_working_minutes(start, minutes)
    offset = timeline.offset(start) + minutes
    assert timeline.instant(offset, finish=True) == finish
    assert timeline.offset(timeline.instant(offset)) == offset


@pytest.mark.parametrize(
    ("before", "after", "holiday"),
    [
        (date(2025, 12, 31), date(2026, 1, 4), "元旦"),  # 4 Jan, a Sunday, is a make-up day
        (date(2026, 2, 14), date(2026, 2, 24), "春节"),
        (date(2026, 4, 3), date(2026, 4, 7), "清明节"),
        (date(2026, 4, 30), date(2026, 5, 6), "劳动节"),
        (date(2026, 6, 18), date(2026, 6, 22), "端午节"),
        (date(2026, 9, 24), date(2026, 9, 28), "中秋节"),
        (date(2026, 9, 30), date(2026, 10, 8), "国庆节"),
    ],
)
def test_the_next_working_day_after_each_2026_holiday(before, after, holiday):
    assert calendar.add_working_days(before, 1) == after
    assert calendar.add_working_days(after, -1) == before
    assert calendar.day(before + timedelta(days=1)).holiday == holiday


@pytest.mark.parametrize(
    "makeup", [date(2026, 1, 4), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10)]
)
def test_2026_make_up_weekend_days_are_working_days(makeup):
    assert calendar.day(makeup).working and calendar.day(makeup).makeup


@pytest.mark.parametrize("text", ["09:00-25:00", "25:00-26:00", "09:60-12:00", "09:00-12:75"])
def test_office_hours_with_a_time_that_does_not_exist_are_refused_naming_it(text):
    with pytest.raises(CalendarError, match=f"办公时段“{text}”中的时间无效"):
        OfficeHours.parse(text)


def test_office_hours_may_run_to_midnight():
    assert OfficeHours.parse("18:00-24:00").periods == ((18 * 60, MINUTES_PER_DAY),)


@pytest.mark.parametrize("text", ["", "  ", " , ；"])
def test_office_hours_without_any_period_are_refused_with_an_example(text):
    with pytest.raises(CalendarError, match="请至少填写一个办公时段，例如 09:00-12:00, 13:30-18:00"):
        OfficeHours.parse(text)


def test_more_working_time_than_ten_years_hold_is_refused_rather_than_searched_for_ever():
    vip = WorkingCalendar.around_the_clock()
    ten_years, almost = SEARCH_LIMIT_DAYS * MINUTES_PER_DAY, timedelta(days=SEARCH_LIMIT_DAYS - 1)
    assert vip.add_working_minutes(NOW, ten_years - MINUTES_PER_DAY) == NOW + almost
    with pytest.raises(CalendarError, match="工作日历中十年内没有足够的工作时间"):
        vip.add_working_minutes(NOW, ten_years)
    assert vip.add_working_minutes(NOW, -(ten_years - MINUTES_PER_DAY)) == NOW - almost
    with pytest.raises(CalendarError, match="工作日历中十年内没有足够的工作时间"):
        vip.add_working_minutes(NOW, -ten_years)


def test_a_timeline_over_a_calendar_without_working_days_says_so():
    closed = WorkingCalendar(
        overrides=[CalendarOverride(date(2026, 1, 1) + timedelta(days=n), False) for n in range(4000)]
    )
    timeline = closed.timeline(date(2026, 1, 1))
    assert timeline.offset(datetime(2026, 6, 1, 10)) == 0  # no working minute has passed
    with pytest.raises(CalendarError, match="工作日历中十年内没有任何工作日"):
        timeline.instant(1)


def test_a_timeline_refuses_an_instant_before_its_origin():
    timeline = calendar.timeline(NOW.date())
    assert timeline.offset(NOW) == 60  # Monday 09:00–10:00
    with pytest.raises(CalendarError, match="时间早于时间轴起点"):
        timeline.offset(NOW - timedelta(days=1))


def test_vip_work_that_runs_to_midnight_ends_at_the_next_days_first_minute():
    vip = WorkingCalendar.around_the_clock()
    assert vip.add_working_minutes(datetime(2026, 11, 23, 22), 120) == datetime(2026, 11, 24, 0, 0)
    assert vip.timeline(date(2026, 11, 23)).instant(MINUTES_PER_DAY, finish=True) == datetime(2026, 11, 24)
    late_shift = WorkingCalendar(OfficeHours.parse("18:00-24:00"))
    assert late_shift.add_working_minutes(datetime(2026, 11, 23, 23), 60) == datetime(2026, 11, 24, 0, 0)


@pytest.mark.parametrize(
    ("day", "remark"),
    [
        (date(2026, 10, 10), "国庆节调休上班"),
        (date(2026, 10, 1), "国庆节放假"),
        (date(2026, 11, 21), "休息日"),
        (date(2026, 11, 23), ""),
        (date(2027, 1, 1), "元旦放假（预估）"),
        (date(2027, 2, 9), "春节放假（预估）"),
        (date(2027, 3, 1), "工作日（预估）"),
        (date(2027, 3, 6), "休息日（预估）"),
    ],
)
def test_a_date_is_described_with_make_up_work_and_estimates(day, remark):
    assert day_remark(calendar.day(day)) == remark
    assert day_state(calendar.day(day)) == (remark or "工作日")


def test_an_office_override_of_a_make_up_day_reads_as_a_plain_day():
    office = WorkingCalendar(overrides=[CalendarOverride(date(2026, 10, 10), False, "全所团建")])
    assert day_remark(office.day(date(2026, 10, 10))) == "国庆节放假"


def test_an_imported_year_is_no_longer_estimated_and_replaces_an_earlier_one():
    first = OfficialYear(2027, "第一版", (ArrangedDay(date(2027, 2, 11), False, "春节"),))
    second = OfficialYear(2027, "更正版", (ArrangedDay(date(2027, 2, 20), True, "春节"),))
    office = WorkingCalendar(official=[first])
    assert office.year_estimated(2028) and not office.year_estimated(2027) and not office.year_estimated(2026)
    assert not WorkingCalendar.around_the_clock().year_estimated(2027)
    assert office.day(date(2027, 2, 11)) == DayInfo(date(2027, 2, 11), False, "春节", source="第一版")
    assert not office.day(date(2027, 2, 9)).estimated and office.day(date(2027, 2, 9)).working
    assert not office.estimated_between(date(2027, 1, 1), date(2027, 12, 31))
    corrected = office.with_official(second)
    assert corrected.is_working_day(date(2027, 2, 11)) and corrected.day(date(2027, 2, 20)).makeup
    changes = calendar_differences(office.day, corrected.day, [date(2027, 2, d) for d in range(1, 29)])
    assert [(before.day, before.working, after.working) for before, after in changes] == [
        (date(2027, 2, 11), False, True),
        (date(2027, 2, 20), False, True),
    ]


def test_a_years_arrangement_lists_only_the_days_that_are_not_plain():
    office = WorkingCalendar(overrides=[CalendarOverride(date(2026, 12, 24), False, "平安夜")])
    days = year_arrangement(office, 2026)
    assert [d.day for d in days if d.makeup] == [
        date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
        date(2026, 10, 10),
    ]  # fmt: skip
    assert days[-1] == DayInfo(date(2026, 12, 24), False, note="平安夜")
    assert date(2026, 1, 3) in {d.day for d in days} and date(2026, 11, 21) not in {d.day for d in days}
    assert len(year_arrangement(calendar, 2027)) == 19  # the estimate: statutory days and their 补假


@pytest.mark.parametrize(
    ("today", "years"),
    [
        (date(2026, 10, 31), []),  # the notice for 2027 is not due yet
        (date(2026, 11, 1), [2027]),
        (date(2027, 3, 1), [2027]),  # still no notice in the year itself
        (date(2027, 11, 23), [2027, 2028]),
    ],
)
def test_the_years_to_import_are_next_year_from_november_and_any_estimated_current_year(today, years):
    assert years_to_import(calendar, today) == years
    imported = calendar.with_official(OfficialYear(2027, "通知", ()))
    assert 2027 not in years_to_import(imported, today)


def test_a_time_in_a_letter_says_make_up_work_and_estimates():
    assert time_remark(makeup=True, estimated=False) == "（调休上班）"
    assert time_remark(makeup=False, estimated=True) == "（预估）"
    assert time_remark(makeup=True, estimated=True) == "（调休上班，预估）"
    assert time_remark(makeup=False, estimated=False) == ""
