"""Who may do what: each role's permissions, and what a role sees of a client's identity.

Checked by the use cases (``app/usecases/access.py``), not only by the screens that hide buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum, StaffRole


class Permission(LabelledEnum):
    """An action a role may be allowed; the label completes “无权……”."""

    INTAKE = "intake", QT_TRANSLATE_NOOP("vocabulary", "登记接待单")
    APPROVE_FEES = "approve_fees", QT_TRANSLATE_NOOP("vocabulary", "审批超过额度的费用")
    APPROVE_COMPENSATION = "approve_compensation", QT_TRANSLATE_NOOP("vocabulary", "批准补偿")
    SIGN_COMPLIANCE = "sign_compliance", QT_TRANSLATE_NOOP("vocabulary", "签署合规复核")
    PLAN_TASKS = "plan_tasks", QT_TRANSLATE_NOOP("vocabulary", "调整任务与计划")
    CLOSE_CASE = "close_case", QT_TRANSLATE_NOOP("vocabulary", "结案")
    DELETE_CASE = "delete_case", QT_TRANSLATE_NOOP("vocabulary", "删除案件")
    EDIT_SETTINGS = "edit_settings", QT_TRANSLATE_NOOP("vocabulary", "修改机构设置")
    MANAGE_ACCOUNTS = "manage_accounts", QT_TRANSLATE_NOOP("vocabulary", "管理账号与密码")
    VIEW_CLIENT_IDENTITY = (
        "view_client_identity",
        QT_TRANSLATE_NOOP("vocabulary", "查看客户联系方式与证件号码"),
    )
    VIEW_AUDIT = "view_audit", QT_TRANSLATE_NOOP("vocabulary", "查看与导出审计记录")
    BACKUP_RESTORE = "backup_restore", QT_TRANSLATE_NOOP("vocabulary", "备份数据库与从备份恢复")
    MANAGE_TEAM = "manage_team", QT_TRANSLATE_NOOP("vocabulary", "安排案件小组与他人的技能资料")
    RECORD_COSTS = "record_costs", QT_TRANSLATE_NOOP("vocabulary", "登记实际成本与失败记录")
    CASE_ACTIVITY = "case_activity", QT_TRANSLATE_NOOP("vocabulary", "在案件动态中发言、请求与确认复核")
    DOCUMENTS = "documents", QT_TRANSLATE_NOOP("vocabulary", "生成确认书与各类文书")
    REGISTER_SIGNED = "register_signed", QT_TRANSLATE_NOOP("vocabulary", "登记客户签回的确认书")
    CLIENT_CONTACT = "client_contact", QT_TRANSLATE_NOOP("vocabulary", "登记客户通知与客户反馈")
    INCIDENTS = "incidents", QT_TRANSLATE_NOOP("vocabulary", "处理突发事件与 SLA 计时")
    KNOWLEDGE = "knowledge", QT_TRANSLATE_NOOP("vocabulary", "编辑复盘与知识库")
    REVIEW_MATERIALS = "review_materials", QT_TRANSLATE_NOOP("vocabulary", "核对与复核案件材料")


_CASE_WORK = {
    Permission.PLAN_TASKS,
    Permission.CASE_ACTIVITY,
    Permission.INCIDENTS,
    Permission.KNOWLEDGE,
    Permission.REVIEW_MATERIALS,
}
_FRONT = {
    Permission.INTAKE,
    Permission.DOCUMENTS,
    Permission.REGISTER_SIGNED,
    Permission.CLIENT_CONTACT,
    Permission.REVIEW_MATERIALS,
}

ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    # The front desk takes cases in and speaks with clients; the plan is the case staff's.
    StaffRole.FRONT_DESK: frozenset(
        _FRONT | {Permission.CASE_ACTIVITY, Permission.INCIDENTS, Permission.VIEW_CLIENT_IDENTITY}
    ),
    StaffRole.COORDINATOR: frozenset(
        _FRONT
        | _CASE_WORK
        | {
            Permission.CLOSE_CASE,
            Permission.MANAGE_TEAM,
            Permission.RECORD_COSTS,
            Permission.VIEW_CLIENT_IDENTITY,
        }
    ),
    # Whoever carries tasks moves their cards; only the compliance reviewer signs compliance.
    StaffRole.SPECIALIST: frozenset(_CASE_WORK),
    StaffRole.LOGISTICS: frozenset(_CASE_WORK),
    StaffRole.COMPLIANCE: frozenset(
        _CASE_WORK | {Permission.SIGN_COMPLIANCE, Permission.VIEW_CLIENT_IDENTITY, Permission.VIEW_AUDIT}
    ),
    StaffRole.MANAGER: frozenset(
        _FRONT
        | _CASE_WORK
        | {
            Permission.APPROVE_FEES,
            Permission.APPROVE_COMPENSATION,
            Permission.CLOSE_CASE,
            Permission.DELETE_CASE,
            Permission.EDIT_SETTINGS,
            Permission.MANAGE_TEAM,
            Permission.RECORD_COSTS,
            Permission.VIEW_CLIENT_IDENTITY,
            Permission.VIEW_AUDIT,
        }
    ),
    # The admin keeps the system, not the cases: accounts, settings, backups and the audit trail.
    StaffRole.ADMIN: frozenset(
        {
            Permission.EDIT_SETTINGS,
            Permission.MANAGE_ACCOUNTS,
            Permission.VIEW_CLIENT_IDENTITY,
            Permission.VIEW_AUDIT,
            Permission.BACKUP_RESTORE,
            Permission.DELETE_CASE,
        }
    ),
}


def roles_table(name: Callable[[LabelledEnum], str], heading: str) -> str:
    """Who may do what as a Markdown table, one row per permission and a column per role: README's
    roles section is this, generated (``make readme``), so it cannot drift from the checks."""
    roles = list(StaffRole)
    rows = [
        f"| {heading} | " + " | ".join(name(role) for role in roles) + " |",
        "|---" * (len(roles) + 1) + "|",
    ]
    for permission in Permission:
        marks = ("✓" if permission in ROLE_PERMISSIONS[role] else "" for role in roles)
        rows.append(f"| {name(permission)} | " + " | ".join(marks) + " |")
    return "\n".join(rows)


def allowed(role: StaffRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True)
class Actor:
    """The person logged in at this desk, or SYSTEM."""

    staff_id: int
    name: str
    role: StaffRole
    username: str
    system: bool = False  # SYSTEM only: see below

    def may(self, permission: Permission) -> bool:
        return self.system or allowed(self.role, permission)


#: The program itself, for the work no person does: migrations, the sample generator on an empty
#: office, the smoke test and the scheduler's own bookkeeping. It may do anything and attests nothing
#: in a person's name: what it writes names the people the data gives. Never a login at a desk.
SYSTEM = Actor(0, "系统", StaffRole.ADMIN, "", system=True)


def mask_phone(phone: str) -> str:
    """139****5678 for a mobile (+86 kept); a landline keeps its area code (010, 021, 0571…) and its
    last two digits; a local number without one its first four."""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) < 7:
        return "*" * len(phone)
    number = "".join(phone[i] for i in digits)
    country = 2 if len(number) == 13 and number.startswith("86") else 0
    if len(number) - country == 11 and number[country] == "1":
        keep = digits[: country + 3] + digits[-4:]
    else:
        area = 4 if not number.startswith("0") or number[1] not in "12" else 3
        keep = digits[:area] + digits[-2:]
    return "".join(ch if i in keep or not ch.isdigit() else "*" for i, ch in enumerate(phone))


def mask_identity(code: str) -> str:
    """A credit code or ID number: the first four and the last two characters."""
    if len(code) <= 6:
        return "*" * len(code)
    return code[:4] + "*" * (len(code) - 6) + code[-2:]
