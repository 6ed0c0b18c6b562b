"""The rotation rule: the newest backup of each of the last N days and of each of the last M months."""

from datetime import datetime, timedelta

from app.domain.backup_rotation import backups_to_delete, beyond_newest, retention

NOW = datetime(2026, 11, 23, 10, 0)


def _daily(days: int, hour: int = 9) -> list[tuple[str, datetime]]:
    """One backup a day for ``days`` days up to today, named by date."""
    return [
        (f"{(NOW - timedelta(days=d)).date()}", (NOW - timedelta(days=d)).replace(hour=hour))
        for d in range(days)
    ]


def test_a_year_of_daily_backups_keeps_seven_days_and_twelve_months():
    backups = _daily(400)
    kept = {name for name, _ in backups} - set(backups_to_delete(backups, NOW, daily=7, monthly=12))
    last_week = {f"{(NOW - timedelta(days=d)).date()}" for d in range(7)}
    # The newest of each month: today for November, then each month's last day.
    month_ends = {"2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31"}
    month_ends |= {"2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31"}
    assert kept == last_week | month_ends
    assert len(kept) == 7 + 11  # November's newest is also today's


def test_only_the_newest_of_a_day_is_kept():
    morning, evening = ("a", NOW.replace(hour=8)), ("b", NOW.replace(hour=9, minute=30))
    older = ("c", NOW - timedelta(days=1))
    assert backups_to_delete([morning, evening, older], NOW, daily=7, monthly=0) == ["a"]


def test_days_without_a_backup_take_no_place():
    # The office was closed for three weeks: the backups from before it are still the last 7 days'.
    before_holiday = [(f"d{d}", NOW - timedelta(days=21 + d)) for d in range(10)]
    deleted = backups_to_delete(before_holiday, NOW, daily=7, monthly=0)
    assert deleted == ["d9", "d8", "d7"]


def test_monthly_keeps_the_newest_of_each_month_beyond_the_daily_window():
    backups = [("oct-01", datetime(2026, 10, 1)), ("oct-20", datetime(2026, 10, 20)), ("nov", NOW)]
    assert backups_to_delete(backups, NOW, daily=1, monthly=2) == ["oct-01"]
    assert backups_to_delete(backups, NOW, daily=1, monthly=0) == ["oct-01", "oct-20"]
    kept = retention(backups, NOW, daily=1, monthly=2)
    assert kept.daily == {"nov"} and kept.monthly == {"oct-20", "nov"}


def test_a_backup_dated_in_the_future_is_kept_and_takes_no_place():
    backups = [("future", NOW + timedelta(days=3)), *_daily(3)]
    assert backups_to_delete(backups, NOW, daily=3, monthly=0) == []


def test_nothing_to_delete_in_an_empty_folder():
    assert backups_to_delete([], NOW, daily=7, monthly=12) == []


def test_other_kinds_keep_the_newest_ten():
    backups = [(f"b{n:02}", NOW - timedelta(hours=n)) for n in range(13)]
    assert beyond_newest(backups) == ["b12", "b11", "b10"]
    assert beyond_newest(backups[:10]) == []
