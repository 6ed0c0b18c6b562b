"""SOP templates (加急版SOP): the plan of a service type as steps, roles, durations and links.

A template is plain data: it is read from a TOML file in ``resources/sop_templates`` or from a
published version in the database, validated here, and turned into plan tasks for scheduling.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from app.domain.message import Message
from app.domain.scheduling import Link, PlanError, PlanTask, Schedule, schedule_plan, topological_order
from app.domain.vocabulary import QT_TRANSLATE_NOOP, DependencyKind, LabelledEnum, ServiceType, StaffRole
from app.domain.working_calendar import DEFAULT_OFFICE_HOURS, WorkingCalendar

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([hdm])\s*$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
STEP_ROLES = (
    StaffRole.COORDINATOR,
    StaffRole.SPECIALIST,
    StaffRole.LOGISTICS,
    StaffRole.COMPLIANCE,
    StaffRole.MANAGER,
    StaffRole.FRONT_DESK,
)
E = TypeVar("E", bound=LabelledEnum)


class TemplateError(ValueError):
    """A template that cannot be used; the message names the template and the step (Chinese)."""


class Flow(LabelledEnum):
    EXPEDITE = "expedite", QT_TRANSLATE_NOOP("vocabulary", "加急版")
    NORMAL = "normal", QT_TRANSLATE_NOOP("vocabulary", "常规版")


def duration_minutes(text: str, minutes_per_day: int = DEFAULT_OFFICE_HOURS.minutes_per_day) -> int:
    """Working minutes of ``"3h"``, ``"0.5d"`` or ``"90m"`` (a day is one office day).

    Raises:
        TemplateError: the text is not such a duration.
    """
    match = _DURATION.match(text)
    if not match:
        raise TemplateError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "无法识别的工期“{text}”，请写成 4h（小时）、2d（工作日）或 30m（分钟）"
                ),
                text=text,
            )
        )
    value, unit = float(match.group(1)), match.group(2)
    return round(value * {"m": 1, "h": 60, "d": minutes_per_day}[unit])


@dataclass(frozen=True)
class StepLink:
    step: str
    kind: DependencyKind = DependencyKind.FINISH_TO_START
    lag: str = "0m"


@dataclass(frozen=True)
class SopStep:
    key: str
    name: str
    role: StaffRole
    duration: str
    after: tuple[StepLink, ...] = ()
    milestone: bool = False
    checklist: tuple[str, ...] = ()


@dataclass(frozen=True)
class SopTemplate:
    code: str
    name: str
    service_type: ServiceType
    flow: Flow
    normal_duration: str
    description: str
    steps: tuple[SopStep, ...] = field(default_factory=tuple)

    def to_data(self) -> dict[str, Any]:
        """Plain data (JSON/TOML-ready), the inverse of :func:`parse_template`."""
        data = asdict(self)
        data["service_type"], data["flow"] = self.service_type.value, self.flow.value
        data["steps"] = list(data["steps"])
        for step, raw in zip(self.steps, data["steps"], strict=True):
            raw["role"] = step.role.value
            raw["after"] = [_link_data(link) for link in step.after]
            raw["checklist"] = list(step.checklist)
        return data

    def plan_tasks(self, minutes_per_day: int = DEFAULT_OFFICE_HOURS.minutes_per_day) -> list[PlanTask]:
        return [
            PlanTask(
                step.key,
                step.name,
                duration_minutes(step.duration, minutes_per_day),
                tuple(Link(a.step, a.kind, duration_minutes(a.lag, minutes_per_day)) for a in step.after),
                milestone=step.milestone,
            )
            for step in self.steps
        ]

    def schedule(
        self, calendar: WorkingCalendar, start: datetime, deadline: datetime | None = None
    ) -> Schedule:
        """The plan if it started at ``start``, on ``calendar`` (days last its office day)."""
        return schedule_plan(self.plan_tasks(calendar.hours.minutes_per_day), calendar, start, deadline)


def _link_data(link: StepLink) -> str | dict[str, str]:
    if link.kind == DependencyKind.FINISH_TO_START and duration_minutes(link.lag) == 0:
        return link.step
    return {"step": link.step, "kind": link.kind.value, "lag": link.lag}


def _text(raw: dict[str, Any], name: str, where: str, *, required: bool = True) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise TemplateError(
            Message(QT_TRANSLATE_NOOP("messages", "{where}缺少“{name}”或其不是文字"), where=where, name=name)
        )
    return value.strip()


def _choice(enum_class: type[E], value: Any, where: str, allowed: Iterable[E] | None = None) -> E:
    members = tuple(allowed or enum_class)
    try:
        member = enum_class(value)
    except ValueError:
        member = None
    if member is None or member not in members:
        names = "、".join(f"{m.value}（{m.label}）" for m in members)
        raise TemplateError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{where}的取值“{value}”无效，可选：{names}"),
                where=where,
                value=value,
                names=names,
            )
        )
    return member


def _parse_link(raw: Any, where: str) -> StepLink:
    if isinstance(raw, str):
        return StepLink(raw)
    if not isinstance(raw, dict) or "step" not in raw:
        example = '{ step = "…", kind = "ss", lag = "1h" }'
        raise TemplateError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{where}的前置步骤应写成步骤标识，或 {example}"),
                where=where,
                example=example,
            )
        )
    kind = _choice(
        DependencyKind,
        raw.get("kind", "fs"),
        Message(QT_TRANSLATE_NOOP("messages", "{where}的前置关系类型"), where=where),
    )
    lag = str(raw.get("lag", "0m"))
    duration_minutes(lag)
    return StepLink(str(raw["step"]), kind, lag)


def parse_template(raw: dict[str, Any], source: str = QT_TRANSLATE_NOOP("messages", "模板")) -> SopTemplate:
    """Validate plain data and build the template.

    Raises:
        TemplateError: naming ``source`` and the step at fault: a missing field, an unknown role
            or service type, a bad duration, a duplicate step, a missing predecessor or a cycle.
    """
    where = f"{source}："
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise TemplateError(Message(QT_TRANSLATE_NOOP("messages", "{where}没有任何步骤"), where=where))
    steps, keys = [], set()
    for number, step_raw in enumerate(steps_raw, start=1):
        at = Message(QT_TRANSLATE_NOOP("messages", "{where}第 {number} 步"), where=where, number=number)
        if not isinstance(step_raw, dict):
            raise TemplateError(Message(QT_TRANSLATE_NOOP("messages", "{at}格式不正确"), at=at))
        key = _text(step_raw, "key", at)
        if not _KEY.match(key):
            raise TemplateError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{at}的标识“{key}”只能用小写字母、数字和连字符"),
                    at=at,
                    key=key,
                )
            )
        if key in keys:
            raise TemplateError(
                Message(QT_TRANSLATE_NOOP("messages", "{at}的标识“{key}”重复"), at=at, key=key)
            )
        keys.add(key)
        at = Message(
            QT_TRANSLATE_NOOP("messages", "{where}步骤“{step}”"), where=where, step=step_raw.get("name", key)
        )
        duration = str(step_raw.get("duration", ""))
        duration_minutes(duration)
        after = step_raw.get("after", [])
        checklist = step_raw.get("checklist", [])
        if not isinstance(after, list) or not isinstance(checklist, list):
            raise TemplateError(
                Message(QT_TRANSLATE_NOOP("messages", "{at}的 after 和 checklist 应为列表"), at=at)
            )
        steps.append(
            SopStep(
                key=key,
                name=_text(step_raw, "name", at),
                role=_choice(
                    StaffRole,
                    step_raw.get("role"),
                    Message(QT_TRANSLATE_NOOP("messages", "{at}的角色"), at=at),
                    STEP_ROLES,
                ),
                duration=duration.strip(),
                after=tuple(_parse_link(link, at) for link in after),
                milestone=bool(step_raw.get("milestone", False)),
                checklist=tuple(str(item).strip() for item in checklist if str(item).strip()),
            )
        )
    template = SopTemplate(
        code=_text(raw, "code", where),
        name=_text(raw, "name", where),
        service_type=_choice(
            ServiceType,
            raw.get("service_type"),
            Message(QT_TRANSLATE_NOOP("messages", "{where}业务类型"), where=where),
        ),
        flow=_choice(
            Flow,
            raw.get("flow", "expedite"),
            Message(QT_TRANSLATE_NOOP("messages", "{where}流程类型"), where=where),
        ),
        normal_duration=str(raw.get("normal_duration", "0d")).strip(),
        description=_text(raw, "description", where, required=False),
        steps=tuple(steps),
    )
    duration_minutes(template.normal_duration)
    try:
        topological_order(template.plan_tasks())
    except PlanError as error:
        raise TemplateError(f"{where}{error}") from error
    return template


def load_template_file(path: Path) -> SopTemplate:
    """Read and validate a template file (TOML)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法读取模板文件 {name}：{error}"), name=path.name, error=error
            )
        ) from error
    return parse_template(raw, Message(QT_TRANSLATE_NOOP("messages", "模板文件 {name}"), name=path.name))


_LINK_TEXT = re.compile(r"^([a-z0-9][a-z0-9-]*)\s*(?:\(\s*(ss|fs)?\s*(?:\+\s*(\d+(?:\.\d+)?[hdm]))?\s*\))?$")


def format_links(links: tuple[StepLink, ...]) -> str:
    """Predecessors as people type them: ``a, b(ss), c(+2h), d(ss+1h)``."""
    parts = []
    for link in links:
        kind = "ss" if link.kind == DependencyKind.START_TO_START else ""
        lag = f"+{link.lag}" if duration_minutes(link.lag) else ""
        parts.append(f"{link.step}({kind}{lag})" if kind or lag else link.step)
    return ", ".join(parts)


def parse_links(text: str) -> tuple[StepLink, ...]:
    """The inverse of :func:`format_links`; raises TemplateError naming the part it cannot read."""
    links = []
    text = text.replace("（", "(").replace("）", ")").replace("＋", "+")  # full-width, as typed with an IME
    for part in filter(None, (p.strip() for p in re.split(r"[,，、;；]", text))):
        match = _LINK_TEXT.match(part)
        if not match:
            raise TemplateError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "无法识别的前置步骤“{part}”，示例：a, b(ss), c(+2h), d(ss+1h)"
                    ),
                    part=part,
                )
            )
        step, kind, lag = match.groups()
        links.append(StepLink(step, DependencyKind(kind or "fs"), lag or "0m"))
    return tuple(links)
