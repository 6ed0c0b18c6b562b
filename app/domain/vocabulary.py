"""The domain's closed word lists (DESIGN.md, "Words"), each code with its Chinese label.

Codes are what the database stores; labels are what people read. Labels are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them into the English translation while
this module stays free of Qt: the UI translates them with the ``vocabulary`` context.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Self

TRANSLATION_CONTEXT = "vocabulary"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese label."""

    label: str

    if TYPE_CHECKING:

        def __new__(cls, value: str) -> Self:  # what a call does: find the member with that code
            ...

    else:

        def __new__(cls, value: str, label: str) -> Self:  # how each member is made
            member = str.__new__(cls, value)
            member._value_ = value
            member.label = label
            return member


class ServiceType(LabelledEnum):
    COMPANY_SETUP = "company_setup", QT_TRANSLATE_NOOP("vocabulary", "工商设立")
    COMPANY_CHANGE = "company_change", QT_TRANSLATE_NOOP("vocabulary", "工商变更")
    COMPANY_DEREGISTRATION = "company_deregistration", QT_TRANSLATE_NOOP("vocabulary", "工商注销")
    TAX_FILING = "tax_filing", QT_TRANSLATE_NOOP("vocabulary", "税务申报")
    TAX_CHANGE = "tax_change", QT_TRANSLATE_NOOP("vocabulary", "税务变更")
    TAX_CLEARANCE = "tax_clearance", QT_TRANSLATE_NOOP("vocabulary", "清税")
    EXPORT_REBATE = "export_rebate", QT_TRANSLATE_NOOP("vocabulary", "出口退税")
    LICENCE = "licence", QT_TRANSLATE_NOOP("vocabulary", "资质许可")
    CUSTOMS_FILING = "customs_filing", QT_TRANSLATE_NOOP("vocabulary", "海关备案")
    BANK_ACCOUNT = "bank_account", QT_TRANSLATE_NOOP("vocabulary", "银行开户")
    TRADEMARK = "trademark", QT_TRANSLATE_NOOP("vocabulary", "商标")
    SOCIAL_INSURANCE = "social_insurance", QT_TRANSLATE_NOOP("vocabulary", "社保")


class ServiceTier(LabelledEnum):
    BASIC = "basic", QT_TRANSLATE_NOOP("vocabulary", "基础")
    VIP = "vip", QT_TRANSLATE_NOOP("vocabulary", "VIP")


class StaffRole(LabelledEnum):
    FRONT_DESK = "front_desk", QT_TRANSLATE_NOOP("vocabulary", "前台")
    COORDINATOR = "coordinator", QT_TRANSLATE_NOOP("vocabulary", "项目经理")
    SPECIALIST = "specialist", QT_TRANSLATE_NOOP("vocabulary", "执行专员")
    LOGISTICS = "logistics", QT_TRANSLATE_NOOP("vocabulary", "后勤支持")
    COMPLIANCE = "compliance", QT_TRANSLATE_NOOP("vocabulary", "合规复核")
    MANAGER = "manager", QT_TRANSLATE_NOOP("vocabulary", "主管")
    ADMIN = "admin", QT_TRANSLATE_NOOP("vocabulary", "系统管理员")


class CaseStatus(LabelledEnum):
    INTAKE = "intake", QT_TRANSLATE_NOOP("vocabulary", "待受理")
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP("vocabulary", "已受理")
    ACTIVE = "active", QT_TRANSLATE_NOOP("vocabulary", "办理中")
    ACHIEVED = "achieved", QT_TRANSLATE_NOOP("vocabulary", "按期完成")
    ACHIEVED_LATE = "achieved_late", QT_TRANSLATE_NOOP("vocabulary", "逾期完成")
    FAILED = "failed", QT_TRANSLATE_NOOP("vocabulary", "失败")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("vocabulary", "已撤回")

    @property
    def is_open(self) -> bool:
        return self in (CaseStatus.INTAKE, CaseStatus.ACCEPTED, CaseStatus.ACTIVE)


class TaskStatus(LabelledEnum):
    """A task's board column; or cancelled, when its case closed with the task undone."""

    TODO = "todo", QT_TRANSLATE_NOOP("vocabulary", "待办")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("vocabulary", "进行中")
    REVIEW = "review", QT_TRANSLATE_NOOP("vocabulary", "待复核")
    BLOCKED = "blocked", QT_TRANSLATE_NOOP("vocabulary", "受阻")
    DONE = "done", QT_TRANSLATE_NOOP("vocabulary", "已完成")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("vocabulary", "已取消")


#: The board's columns: a cancelled task belongs to a closed case, which no board shows.
BOARD_STATUSES = tuple(s for s in TaskStatus if s is not TaskStatus.CANCELLED)


class DependencyKind(LabelledEnum):
    FINISH_TO_START = "fs", QT_TRANSLATE_NOOP("vocabulary", "完成-开始")
    START_TO_START = "ss", QT_TRANSLATE_NOOP("vocabulary", "开始-开始")


OPEN_CASE_STATUSES = tuple(s for s in CaseStatus if s.is_open)
