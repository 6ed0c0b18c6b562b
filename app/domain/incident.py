"""Incidents (突发事件) and contingency plans (应急预案): categories, levels and their response
times, escalation. Plain rules over plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.message import Message
from app.domain.sla import ResponseLevel
from app.domain.text_limits import add_length_problems
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum


class IncidentCategory(LabelledEnum):
    SYSTEM_OUTAGE = "system_outage", QT_TRANSLATE_NOOP("vocabulary", "系统故障")
    POLICY_CHANGE = "policy_change", QT_TRANSLATE_NOOP("vocabulary", "政策变动")
    MATERIAL_REJECTED = "material_rejected", QT_TRANSLATE_NOOP("vocabulary", "材料被退回")
    KEY_PERSON_ABSENT = "key_person_absent", QT_TRANSLATE_NOOP("vocabulary", "关键人员缺席")
    CLIENT_WITHDRAWS = "client_withdraws", QT_TRANSLATE_NOOP("vocabulary", "客户撤回")
    NATURAL_DISASTER = "natural_disaster", QT_TRANSLATE_NOOP("vocabulary", "自然灾害")
    CYBER_SECURITY = "cyber_security", QT_TRANSLATE_NOOP("vocabulary", "网络安全事件")
    COMPLAINT = "complaint", QT_TRANSLATE_NOOP("vocabulary", "客户投诉")
    HUMAN_ERROR = "human_error", QT_TRANSLATE_NOOP("vocabulary", "人为失误")
    OTHER = "other", QT_TRANSLATE_NOOP("vocabulary", "其他")


#: The longest description an incident keeps on its clock's title and in lists.
DESCRIPTION_LIMIT = 2000


def needs_escalation(level: ResponseLevel) -> bool:
    """A level-3 incident (the most serious, 24 h response) goes to the manager at once."""
    return level is ResponseLevel.L3


def incident_problems(description: str) -> dict[str, str]:
    if not description.strip():
        return {"description": QT_TRANSLATE_NOOP("messages", "请写明发生了什么、影响哪一步")}
    if len(description) > DESCRIPTION_LIMIT:
        return {
            "description": Message(
                QT_TRANSLATE_NOOP("messages", "说明不能超过 {limit} 个字"), limit=DESCRIPTION_LIMIT
            )
        }
    return {}


# -- the contingency plan library ------------------------------------------------------------
#: Field limits of a plan (the name and a step as stored; a step becomes an incident's checklist line).
PLAN_NAME_LIMIT = 100
PLAN_STEP_LIMIT = 300
PLAN_STEPS_LIMIT = 30
PLAN_TEXT_LIMIT = 2000


@dataclass(frozen=True)
class PlanForm:
    """A contingency plan as typed in the library: its steps one per line."""

    name: str
    category: IncidentCategory
    trigger: str = ""
    steps: tuple[str, ...] = ()
    escalation: str = ""


_STEP_NUMBER = re.compile(r"^(?:[-•·]|\d+[.、)）]|[（(]\d+[)）])\s*")


def steps_from_text(text: str) -> tuple[str, ...]:
    """Steps typed one per line; blank lines and numbering ("1.", "2、", "(3)", "-") are dropped."""
    steps = (_STEP_NUMBER.sub("", line.strip()).strip() for line in text.splitlines())
    return tuple(step for step in steps if step)


def plan_problems(form: PlanForm) -> dict[str, str]:
    problems = {}
    if not form.name.strip():
        problems["name"] = QT_TRANSLATE_NOOP("messages", "请填写预案名称")
    elif len(form.name.strip()) > PLAN_NAME_LIMIT:
        problems["name"] = Message(
            QT_TRANSLATE_NOOP("messages", "名称不能超过 {limit} 个字"), limit=PLAN_NAME_LIMIT
        )
    steps = [step.strip() for step in form.steps if step.strip()]
    if not steps:
        problems["steps"] = QT_TRANSLATE_NOOP("messages", "至少写一个处置步骤（每行一步）")
    elif len(steps) > PLAN_STEPS_LIMIT:
        problems["steps"] = Message(
            QT_TRANSLATE_NOOP("messages", "步骤不能超过 {limit} 个"), limit=PLAN_STEPS_LIMIT
        )
    elif too_long := [n for n, step in enumerate(steps, 1) if len(step) > PLAN_STEP_LIMIT]:
        problems["steps"] = Message(
            QT_TRANSLATE_NOOP("messages", "第 {step} 步超过 {limit} 个字，请拆成几步"),
            step=too_long[0],
            limit=PLAN_STEP_LIMIT,
        )
    add_length_problems(
        problems,
        {"trigger": (form.trigger, PLAN_TEXT_LIMIT), "escalation": (form.escalation, PLAN_TEXT_LIMIT)},
    )
    return problems


def resolution_problems(resolution: str, open_steps: list[str], reason: str) -> dict[str, str]:
    """An incident is closed with what was done; steps left open need a reason."""
    if not resolution.strip():
        return {"resolution": QT_TRANSLATE_NOOP("messages", "请写明处理结果")}
    if len(resolution) > DESCRIPTION_LIMIT:
        return {
            "resolution": Message(
                QT_TRANSLATE_NOOP("messages", "处理结果不能超过 {limit} 个字"), limit=DESCRIPTION_LIMIT
            )
        }
    if open_steps and not reason.strip():
        return {
            "steps": Message(
                QT_TRANSLATE_NOOP("messages", "还有 {n} 个步骤未完成（{step}…）；确需结束，请写明原因"),
                n=len(open_steps),
                step=open_steps[0],
            )
        }
    return {}
