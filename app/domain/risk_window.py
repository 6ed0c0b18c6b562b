"""The policy-risk calendar (政策风险预警库): dated windows that stall work — a bureau's system
upgrade, the days around a holiday, a big meeting — and whether a planned task runs into one.

A window holds for one region (or everywhere when it names none) and for some service types (or
every type when it names none). A task crosses it when its planned interval overlaps the window's;
touching at an edge is not crossing: finishing as the upgrade begins is what the office aims for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceType


class Window(Protocol):
    """Read-only, so that frozen views (app.usecases.risk_calendar.WindowView) qualify too."""

    @property
    def title(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def region(self) -> str: ...  # "" for everywhere
    @property
    def service_types(self) -> Sequence[str]: ...  # ServiceType codes; empty for every type


W = TypeVar("W", bound=Window)


def applies_to(window: Window, service_type: str, region: str) -> bool:
    """Whether the window concerns work of this type in this region (dates aside)."""
    if window.region.strip() and window.region.strip() != region.strip():
        return False
    return not window.service_types or service_type in window.service_types


def overlaps(window: Window, start: datetime, finish: datetime) -> bool:
    """Whether ``start``…``finish`` runs into the window (a point inside it counts; an edge does not)."""
    return start < window.ends_at and finish > window.starts_at


def crosses(window: Window, service_type: str, region: str, start: datetime, finish: datetime) -> bool:
    return applies_to(window, service_type, region) and overlaps(window, start, finish)


def windows_crossed(
    windows: Iterable[W], service_type: str, region: str, start: datetime, finish: datetime
) -> list[W]:
    """The windows a task of this type and region, planned ``start``…``finish``, runs into."""
    return [window for window in windows if crosses(window, service_type, region, start, finish)]


# -- the calendar as typed ----------------------------------------------------------------------
TITLE_LIMIT, REGION_LIMIT, BUREAU_LIMIT, NOTE_LIMIT = 200, 40, 100, 2000


@dataclass(frozen=True)
class WindowForm:
    title: str
    starts_at: datetime
    ends_at: datetime
    region: str = ""
    bureau: str = ""
    service_types: tuple[str, ...] = ()
    note: str = ""


def window_problems(form: WindowForm) -> dict[str, str]:
    problems = {}
    if not form.title.strip():
        problems["title"] = QT_TRANSLATE_NOOP("messages", "请填写标题，如：金税系统升级")
    elif len(form.title.strip()) > TITLE_LIMIT:
        problems["title"] = Message(
            QT_TRANSLATE_NOOP("messages", "标题不能超过 {limit} 个字"), limit=TITLE_LIMIT
        )
    if form.ends_at <= form.starts_at:
        problems["ends_at"] = QT_TRANSLATE_NOOP("messages", "结束时间应晚于开始时间")
    if len(form.region.strip()) > REGION_LIMIT:
        problems["region"] = Message(
            QT_TRANSLATE_NOOP("messages", "地区不能超过 {limit} 个字"), limit=REGION_LIMIT
        )
    if len(form.bureau.strip()) > BUREAU_LIMIT:
        problems["bureau"] = Message(
            QT_TRANSLATE_NOOP("messages", "主管部门不能超过 {limit} 个字"), limit=BUREAU_LIMIT
        )
    known = {service.value for service in ServiceType}
    if unknown := [code for code in form.service_types if code not in known]:
        problems["service_types"] = Message(
            QT_TRANSLATE_NOOP("messages", "未知的业务类型：{codes}"), codes=tuple(unknown)
        )
    if len(form.note) > NOTE_LIMIT:
        problems["note"] = Message(
            QT_TRANSLATE_NOOP("messages", "备注不能超过 {limit} 个字"), limit=NOTE_LIMIT
        )
    return problems
