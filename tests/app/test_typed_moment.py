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
        ("", "无法识别“”：请写成 2026-12-04 17:00、12月4日下午5点 或 明天 17:00"),
        ("下周", "无法识别“下周”"),
        ("十十", "无法识别“十十”"),
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
    with pytest.raises(ValueError, match="这里只填日期，不填时间：请写成 2026-12-04、12月4日 或 昨天"):
        parse_day("明天 5点", TODAY)
    with pytest.raises(ValueError, match="无法识别“x y”：请写成 2026-12-04、12月4日 或 昨天"):
        parse_day("x  y", TODAY)
