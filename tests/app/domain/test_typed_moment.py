"""Dates and times as people type them: every form the desk uses, relative to the clock's today."""

from datetime import date, datetime, time

import pytest

from app.domain.typed_moment import TypedMoment, parse_day, parse_moment, read_moment

TODAY = date(2026, 12, 3)  # a Thursday
CLOSING = time(18, 0)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("2026-12-04 17:00", datetime(2026, 12, 4, 17, 0)),
        ("12-4 17:00", datetime(2026, 12, 4, 17, 0)),
        ("12月4日17点", datetime(2026, 12, 4, 17, 0)),
        ("12月4日下午5点", datetime(2026, 12, 4, 17, 0)),
        ("明天 17:00", datetime(2026, 12, 4, 17, 0)),
        ("后天", datetime(2026, 12, 5, 18, 0)),  # a day alone: by the office's closing time
        ("2026/12/4", datetime(2026, 12, 4, 18, 0)),
        ("2026.12.4 9:05", datetime(2026, 12, 4, 9, 5)),
        ("2026年12月4日 上午10点", datetime(2026, 12, 4, 10, 0)),
        ("20261204", datetime(2026, 12, 4, 18, 0)),
        ("十二月四日下午五点半", datetime(2026, 12, 4, 17, 30)),
        ("12/4 下午5点20分", datetime(2026, 12, 4, 17, 20)),
        ("12月4号 17时整", datetime(2026, 12, 4, 17, 0)),
        ("大后天 中午1点", datetime(2026, 12, 6, 13, 0)),
        ("中午12点", datetime(2026, 12, 3, 12, 0)),
        ("晚上8点", datetime(2026, 12, 3, 20, 0)),  # a time alone: today
        ("２０２６－１２－０４　１７：００", datetime(2026, 12, 4, 17, 0)),  # full-width, from an IME
        ("  2026-12-04   17:00 ", datetime(2026, 12, 4, 17, 0)),
        ("1-5", datetime(2027, 1, 5, 18, 0)),  # no year: the nearest, here next January
        ("12-1", datetime(2026, 12, 1, 18, 0)),  # … and here two days ago
        ("2-29", datetime(2028, 2, 29, 18, 0)),  # the nearest leap year's
    ],
)
def test_what_people_type_is_read(typed, moment):
    assert parse_moment(typed, TODAY, CLOSING) == moment


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "无法识别“”：请写成 2026-12-04 17:00、12月4日下午5点、周五 或 明天 17:00"),
        ("下周", "无法识别“下周”"),
        ("十十", "无法识别“十十”"),
        ("下下周五", "无法识别“下下周五”"),
        ("周八", "无法识别“周八”"),
        ("周5", "无法识别“周5”"),  # 周15点: Monday at 5 or the 15th? Only words name a weekday
        ("周两", "无法识别“周两”"),
        ("2026-12-04 1700", "无法识别"),
        ("2026-02-30", "“2026-02-30”中的日期不存在：2 月没有 30 日"),
        ("13-1", "“13-1”中的月份 13 不存在：月份为 1–12"),
        ("上午5点", None),
        ("上午17点", "“上午17点”前后矛盾：上午没有 17 点"),
        ("25:00", "“25:00”中的时间不存在：小时为 0–23，分钟为 0–59"),
        ("12-4 17:75", "中的时间不存在"),
    ],
)
def test_what_cannot_be_read_is_refused_with_the_reason(typed, message):
    if message is None:
        assert parse_moment(typed, TODAY, CLOSING) == datetime(2026, 12, 3, 5, 0)
        return
    with pytest.raises(ValueError, match=message):
        parse_moment(typed, TODAY, CLOSING)


def test_read_moment_says_whether_a_time_was_typed():
    assert read_moment("明天", TODAY) == TypedMoment(date(2026, 12, 4), None)
    assert read_moment("明天8点", TODAY) == TypedMoment(date(2026, 12, 4), time(8, 0))


def test_a_date_field_takes_dates_only():
    assert parse_day("昨天", TODAY) == date(2026, 12, 2)
    assert parse_day("前天", TODAY) == date(2026, 12, 1)
    assert parse_day("2026/11/28", TODAY) == date(2026, 11, 28)
    assert parse_day("上周五", TODAY) == date(2026, 11, 27)
    with pytest.raises(
        ValueError, match="这里只填日期，不填时间：请写成 2026-12-04、12月4日、上周五 或 昨天"
    ):
        parse_day("明天 5点", TODAY)
    with pytest.raises(ValueError, match="无法识别“x y”：请写成 2026-12-04、12月4日、上周五 或 昨天"):
        parse_day("x  y", TODAY)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("周五", datetime(2026, 12, 4, 18, 0)),  # the coming Friday, by closing time
        ("星期五", datetime(2026, 12, 4, 18, 0)),
        ("礼拜五", datetime(2026, 12, 4, 18, 0)),
        ("周四", datetime(2026, 12, 3, 18, 0)),  # today is Thursday: today
        ("周三", datetime(2026, 12, 9, 18, 0)),  # Wednesday has gone: the coming one
        ("周日", datetime(2026, 12, 6, 18, 0)),
        ("星期天", datetime(2026, 12, 6, 18, 0)),
        ("本周三", datetime(2026, 12, 2, 18, 0)),  # this week's, though past: never last week's
        ("这周五 17:00", datetime(2026, 12, 4, 17, 0)),
        ("这个星期六 上午9点", datetime(2026, 12, 5, 9, 0)),
        ("下周一", datetime(2026, 12, 7, 18, 0)),
        ("下周五", datetime(2026, 12, 11, 18, 0)),
        ("下星期一 上午10点", datetime(2026, 12, 7, 10, 0)),
        ("下个礼拜天", datetime(2026, 12, 13, 18, 0)),
        ("上周五", datetime(2026, 11, 27, 18, 0)),
        ("周五五点半", datetime(2026, 12, 4, 5, 30)),  # the weekday is not part of the hour
        ("周五下午五点半", datetime(2026, 12, 4, 17, 30)),
        ("周二十点", datetime(2026, 12, 8, 10, 0)),  # Tuesday at ten, not "周20"
        ("星期一十二点", datetime(2026, 12, 7, 12, 0)),
        ("下周五 17：00", datetime(2026, 12, 11, 17, 0)),  # a full-width colon from an IME
    ],
)
def test_weekdays_are_read_in_weeks_starting_on_monday(typed, moment):
    assert parse_moment(typed, TODAY, CLOSING) == moment


@pytest.mark.parametrize(
    ("today", "typed", "day"),
    [
        (date(2026, 12, 6), "下周一", date(2026, 12, 7)),  # on a Sunday, next week starts tomorrow
        (date(2026, 12, 6), "周一", date(2026, 12, 7)),
        (date(2026, 12, 6), "本周一", date(2026, 11, 30)),
        (date(2026, 12, 6), "周日", date(2026, 12, 6)),
        (date(2026, 12, 7), "本周日", date(2026, 12, 13)),  # on a Monday, this week ends on Sunday
        (date(2026, 12, 31), "下周五", date(2027, 1, 8)),  # across the year
    ],
)
def test_weeks_turn_on_monday(today, typed, day):
    assert parse_day(typed, today) == day


def test_a_refusal_keeps_its_template_for_the_english_interface():
    with pytest.raises(ValueError) as refused:
        parse_moment("12/40", TODAY, CLOSING)
    message = refused.value.args[0]
    assert message == "“12/40”中的日期不存在：12 月没有 40 日"
    assert message.template == "“{typed}”中的日期不存在：{month} 月没有 {day} 日"
    assert message.params == {"typed": "12/40", "month": 12, "day": 40}
