"""Incidents (突发事件) and contingency plans (应急预案): categories, levels and their response
times, escalation. Plain rules over plain data."""

from __future__ import annotations

from app.domain.sla import ResponseLevel
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
        return {"description": "请写明发生了什么、影响哪一步"}
    if len(description) > DESCRIPTION_LIMIT:
        return {"description": f"说明不能超过 {DESCRIPTION_LIMIT} 个字"}
    return {}
