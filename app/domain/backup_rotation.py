"""Which backups to keep: the newest of each recent day and of each recent month.

Days and months are counted as borg and restic count them: the N most recent days *that have a
backup*, not the last N calendar days, so a desk left off over the Spring Festival still finds the
backups from just before it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

T = TypeVar("T", bound=Hashable)
#: A period's key (a day, a year and month): periods are sorted newest first.
P = TypeVar("P", bound="SupportsRichComparison")


class BackupKind(LabelledEnum):
    """Why a backup was made; a daily backup kept only as its month's newest shows as 每月."""

    DAILY = "daily", QT_TRANSLATE_NOOP("vocabulary", "每日")
    MONTHLY = "monthly", QT_TRANSLATE_NOOP("vocabulary", "每月")
    BEFORE_MIGRATION = "before_migration", QT_TRANSLATE_NOOP("vocabulary", "升级前")
    BEFORE_RESTORE = "before_restore", QT_TRANSLATE_NOOP("vocabulary", "恢复前")
    MANUAL = "manual", QT_TRANSLATE_NOOP("vocabulary", "手动")


#: Backups made before a migration, before a restore or by hand: the newest this many of each kind.
KEEP_OTHER_KINDS = 10


@dataclass(frozen=True)
class Retention(Generic[T]):
    """The backups each rule keeps (one backup may be kept by both)."""

    daily: frozenset[T]
    monthly: frozenset[T]

    def kept(self, item: T) -> bool:
        return item in self.daily or item in self.monthly


def _newest_per_period(
    backups: Iterable[tuple[T, datetime]], period: Callable[[datetime], P], count: int
) -> frozenset[T]:
    newest: dict[P, tuple[datetime, T]] = {}
    for item, taken_at in backups:
        key = period(taken_at)
        if key not in newest or taken_at > newest[key][0]:
            newest[key] = (taken_at, item)
    periods = sorted(newest, reverse=True)[: max(count, 0)]
    return frozenset(newest[key][1] for key in periods)


def retention(backups: list[tuple[T, datetime]], now: datetime, daily: int, monthly: int) -> Retention[T]:
    """What the daily and monthly rules keep of ``backups`` (item, taken at).

    A backup dated after ``now`` (the clock was set back) is kept and takes no day's place.
    """
    past = [(item, taken_at) for item, taken_at in backups if taken_at <= now]
    future = frozenset(item for item, taken_at in backups if taken_at > now)
    return Retention(
        daily=_newest_per_period(past, lambda at: at.date(), daily) | future,
        monthly=_newest_per_period(past, lambda at: (at.year, at.month), monthly),
    )


def backups_to_delete(backups: list[tuple[T, datetime]], now: datetime, daily: int, monthly: int) -> list[T]:
    """The automatic backups that neither rule keeps, oldest first."""
    kept = retention(backups, now, daily, monthly)
    return [item for item, _ in sorted(backups, key=lambda pair: pair[1]) if not kept.kept(item)]


def beyond_newest(backups: list[tuple[T, datetime]], keep: int = KEEP_OTHER_KINDS) -> list[T]:
    """All but the newest ``keep`` backups, oldest first (for one kind outside the rotation)."""
    ordered = [item for item, _ in sorted(backups, key=lambda pair: pair[1], reverse=True)]
    return ordered[keep:][::-1]
