"""What the audit trail records and how its values read: which fields of which records, their Chinese
names, and a stored value as a person reads it (enum labels, 元 from fen, Chinese-style dates).

Pure: the session listener in ``app/db/audited_session.py`` feeds it plain values.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.domain.chinese_format import format_datetime
from app.domain.cost_estimate import format_yuan
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    AuditAction.INSERT: QT_TRANSLATE_NOOP("vocabulary", "新增"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("vocabulary", "修改"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("vocabulary", "删除"),
}

#: The audited tables and what a person calls their rows.
ENTITY_LABELS = {
    "case": QT_TRANSLATE_NOOP("vocabulary", "案件"),
    "task": QT_TRANSLATE_NOOP("vocabulary", "任务"),
    "task_dependency": QT_TRANSLATE_NOOP("vocabulary", "前置关系"),
    "task_checklist_item": QT_TRANSLATE_NOOP("vocabulary", "任务检查项"),
    "cost_line": QT_TRANSLATE_NOOP("vocabulary", "费用报价"),
    "letter_version": QT_TRANSLATE_NOOP("vocabulary", "文书"),  # letters, reports and notices alike
    "compensation": QT_TRANSLATE_NOOP("vocabulary", "补偿"),
    "compensation_proposal": QT_TRANSLATE_NOOP("vocabulary", "补偿提议"),
    "failure_record": QT_TRANSLATE_NOOP("vocabulary", "失败记录"),
    "actual_cost": QT_TRANSLATE_NOOP("vocabulary", "实际成本"),
    "office_profile": QT_TRANSLATE_NOOP("vocabulary", "机构设置"),
    "sop_template": QT_TRANSLATE_NOOP("vocabulary", "SOP 模板"),
    "sop_template_version": QT_TRANSLATE_NOOP("vocabulary", "SOP 模板版本"),
    "calendar_override": QT_TRANSLATE_NOOP("vocabulary", "工作日历调整"),
    "holiday_notice": QT_TRANSLATE_NOOP("vocabulary", "放假通知"),
    "holiday_notice_day": QT_TRANSLATE_NOOP("vocabulary", "放假通知日期"),
    "notice_template": QT_TRANSLATE_NOOP("vocabulary", "通知模板"),
    "contingency_plan": QT_TRANSLATE_NOOP("vocabulary", "应急预案"),
    "risk_window": QT_TRANSLATE_NOOP("vocabulary", "政策风险窗口"),
    "board_column": QT_TRANSLATE_NOOP("vocabulary", "看板列"),
    "staff": QT_TRANSLATE_NOOP("vocabulary", "人员"),
    "client": QT_TRANSLATE_NOOP("vocabulary", "客户"),
    "material_check": QT_TRANSLATE_NOOP("vocabulary", "材料核对项"),
    "material_review": QT_TRANSLATE_NOOP("vocabulary", "材料复核"),
    "case_member": QT_TRANSLATE_NOOP("vocabulary", "案件小组成员"),
}

#: Fields nobody edits: the scheduler rewrites them on every reschedule (a board move reschedules
#: the whole case), or the database keeps them (versions, time stamps, counts of a checklist).
SKIPPED_FIELDS = frozenset(
    {
        "id", "version", "created_at", "updated_at", "planned_start", "planned_finish", "earliest_start",
        "earliest_finish", "latest_start", "latest_finish", "slack_minutes", "critical", "board_rank",
        "projected_finish", "checklist_total", "checklist_done", "failed_logins",
    }
)  # fmt: skip
PASSWORD_FIELD = "password_hash"

#: The fields that name a new row in its one "新增" line.
SUMMARY_FIELDS = {
    "case": ("number", "title"),
    "task": ("name",),
    "task_dependency": ("predecessor_id", "successor_id", "kind", "lag_minutes"),
    "task_checklist_item": ("text",),
    "cost_line": ("item", "amount_fen"),
    "letter_version": ("document_number", "version", "total_fen"),
    "compensation": ("kind", "amount_fen"),
    "compensation_proposal": ("kind", "amount_fen"),
    "failure_record": ("attribution", "description"),
    "actual_cost": ("item", "amount_fen", "note"),
    "office_profile": ("name",),
    "sop_template": ("code", "name"),
    "sop_template_version": ("version", "revision_note"),
    "calendar_override": ("day", "working", "note"),
    "holiday_notice": ("year", "title", "imported_by_name"),
    "holiday_notice_day": ("day", "working", "holiday"),
    "notice_template": ("kind",),
    "contingency_plan": ("name", "category"),
    "risk_window": ("title", "starts_at", "ends_at"),
    "board_column": ("status", "title", "wip_limit"),
    "staff": ("name", "role", "username"),
    "client": ("name", "tier"),
    "material_check": ("item_name", "state"),
    "material_review": ("level", "reviewer_id"),
    "case_member": ("staff_id", "role"),
}

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("vocabulary", "名称"),
    "title": QT_TRANSLATE_NOOP("vocabulary", "标题"),
    "number": QT_TRANSLATE_NOOP("vocabulary", "编号"),
    "status": QT_TRANSLATE_NOOP("vocabulary", "状态"),
    "role": QT_TRANSLATE_NOOP("vocabulary", "角色"),
    "active": QT_TRANSLATE_NOOP("vocabulary", "在职"),
    "username": QT_TRANSLATE_NOOP("vocabulary", "登录名"),
    PASSWORD_FIELD: QT_TRANSLATE_NOOP("vocabulary", "密码"),
    "must_change_password": QT_TRANSLATE_NOOP("vocabulary", "须修改密码"),
    "locked_until": QT_TRANSLATE_NOOP("vocabulary", "锁定至"),
    "skills": QT_TRANSLATE_NOOP("vocabulary", "技能"),
    "region": QT_TRANSLATE_NOOP("vocabulary", "地区"),
    "client_id": QT_TRANSLATE_NOOP("vocabulary", "客户"),
    "credit_code": QT_TRANSLATE_NOOP("vocabulary", "统一社会信用代码"),
    "contact_person": QT_TRANSLATE_NOOP("vocabulary", "联系人"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "电话"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "电子邮件"),
    "address": QT_TRANSLATE_NOOP("vocabulary", "地址"),
    "tier": QT_TRANSLATE_NOOP("vocabulary", "服务等级"),
    "service_type": QT_TRANSLATE_NOOP("vocabulary", "业务类型"),
    "requested_deadline": QT_TRANSLATE_NOOP("vocabulary", "要求完成时间"),
    "request_detail": QT_TRANSLATE_NOOP("vocabulary", "办理事项"),
    "consequence": QT_TRANSLATE_NOOP("vocabulary", "延误后果"),
    "intake_by_id": QT_TRANSLATE_NOOP("vocabulary", "接待人"),
    "cost_approved_by_id": QT_TRANSLATE_NOOP("vocabulary", "费用审批人"),
    "cost_approved_at": QT_TRANSLATE_NOOP("vocabulary", "费用审批时间"),
    "accepted_at": QT_TRANSLATE_NOOP("vocabulary", "受理时间"),
    "acceptance_override_reason": QT_TRANSLATE_NOOP("vocabulary", "破例受理原因"),
    "acceptance_override_by_id": QT_TRANSLATE_NOOP("vocabulary", "破例受理批准人"),
    "manager_id": QT_TRANSLATE_NOOP("vocabulary", "项目经理"),
    "closed_at": QT_TRANSLATE_NOOP("vocabulary", "结案时间"),
    "sop_version_id": QT_TRANSLATE_NOOP("vocabulary", "SOP 版本"),
    "baseline_at": QT_TRANSLATE_NOOP("vocabulary", "基线时间"),
    "unsigned_start_by": QT_TRANSLATE_NOOP("vocabulary", "未签先做决定人"),
    "unsigned_start_at": QT_TRANSLATE_NOOP("vocabulary", "未签先做时间"),
    "assignee_id": QT_TRANSLATE_NOOP("vocabulary", "负责人"),
    "position": QT_TRANSLATE_NOOP("vocabulary", "顺序"),
    "duration_minutes": QT_TRANSLATE_NOOP("vocabulary", "工期（分钟）"),
    "blocked_reason": QT_TRANSLATE_NOOP("vocabulary", "阻塞原因"),
    "milestone": QT_TRANSLATE_NOOP("vocabulary", "里程碑"),
    "started_at": QT_TRANSLATE_NOOP("vocabulary", "开始时间"),
    "completed_at": QT_TRANSLATE_NOOP("vocabulary", "完成时间"),
    "notes": QT_TRANSLATE_NOOP("vocabulary", "备注"),
    "note": QT_TRANSLATE_NOOP("vocabulary", "备注"),
    "item_name": QT_TRANSLATE_NOOP("vocabulary", "材料"),
    "item_key": QT_TRANSLATE_NOOP("vocabulary", "材料代码"),
    "required": QT_TRANSLATE_NOOP("vocabulary", "必需"),
    "state": QT_TRANSLATE_NOOP("vocabulary", "核对结果"),
    "name_on_document": QT_TRANSLATE_NOOP("vocabulary", "证件上的名称"),
    "code_on_document": QT_TRANSLATE_NOOP("vocabulary", "证件上的代码"),
    "issued_on": QT_TRANSLATE_NOOP("vocabulary", "签发日期"),
    "expires_on": QT_TRANSLATE_NOOP("vocabulary", "有效期至"),
    "level": QT_TRANSLATE_NOOP("vocabulary", "复核级别"),
    "reviewer_id": QT_TRANSLATE_NOOP("vocabulary", "复核人"),
    "reviewed_at": QT_TRANSLATE_NOOP("vocabulary", "复核时间"),
    "staff_id": QT_TRANSLATE_NOOP("vocabulary", "人员"),
    "added_at": QT_TRANSLATE_NOOP("vocabulary", "加入时间"),
    "not_before": QT_TRANSLATE_NOOP("vocabulary", "最早开始"),
    "baseline_start": QT_TRANSLATE_NOOP("vocabulary", "基线开始"),
    "baseline_finish": QT_TRANSLATE_NOOP("vocabulary", "基线完成"),
    "checked_by_id": QT_TRANSLATE_NOOP("vocabulary", "复核人"),
    "checked_at": QT_TRANSLATE_NOOP("vocabulary", "复核时间"),
    "predecessor_id": QT_TRANSLATE_NOOP("vocabulary", "前置任务"),
    "successor_id": QT_TRANSLATE_NOOP("vocabulary", "后续任务"),
    "kind": QT_TRANSLATE_NOOP("vocabulary", "类型"),
    "lag_minutes": QT_TRANSLATE_NOOP("vocabulary", "间隔（分钟）"),
    "text": QT_TRANSLATE_NOOP("vocabulary", "内容"),
    "done": QT_TRANSLATE_NOOP("vocabulary", "已完成"),
    "item": QT_TRANSLATE_NOOP("vocabulary", "项目"),
    "amount_fen": QT_TRANSLATE_NOOP("vocabulary", "金额"),
    "total_fen": QT_TRANSLATE_NOOP("vocabulary", "费用合计"),
    "hours": QT_TRANSLATE_NOOP("vocabulary", "小时数"),
    "recorded_at": QT_TRANSLATE_NOOP("vocabulary", "记录时间"),
    "recorded_by_id": QT_TRANSLATE_NOOP("vocabulary", "记录人"),
    "attribution": QT_TRANSLATE_NOOP("vocabulary", "责任归属"),
    "description": QT_TRANSLATE_NOOP("vocabulary", "说明"),
    "approved_by_id": QT_TRANSLATE_NOOP("vocabulary", "批准人"),
    "approved_at": QT_TRANSLATE_NOOP("vocabulary", "批准时间"),
    "version": QT_TRANSLATE_NOOP("vocabulary", "版本"),
    "document_number": QT_TRANSLATE_NOOP("vocabulary", "文号"),
    "file_name": QT_TRANSLATE_NOOP("vocabulary", "文件名"),
    "committed_finish": QT_TRANSLATE_NOOP("vocabulary", "承诺完成时间"),
    "signed_on": QT_TRANSLATE_NOOP("vocabulary", "签署日期"),
    "received_by": QT_TRANSLATE_NOOP("vocabulary", "签收人"),
    "scan_name": QT_TRANSLATE_NOOP("vocabulary", "签署件扫描"),
    "seal_text": QT_TRANSLATE_NOOP("vocabulary", "印章文字"),
    "signatory": QT_TRANSLATE_NOOP("vocabulary", "签署人"),
    "office_hours": QT_TRANSLATE_NOOP("vocabulary", "办公时间"),
    "approval_threshold_fen": QT_TRANSLATE_NOOP("vocabulary", "费用审批额度"),
    "gantt_margin_minutes": QT_TRANSLATE_NOOP("vocabulary", "关键任务预警余量（分钟）"),
    "code": QT_TRANSLATE_NOOP("vocabulary", "代码"),
    "flow": QT_TRANSLATE_NOOP("vocabulary", "流程"),
    "revision_note": QT_TRANSLATE_NOOP("vocabulary", "修订说明"),
    "content": QT_TRANSLATE_NOOP("vocabulary", "内容"),
    "day": QT_TRANSLATE_NOOP("vocabulary", "日期"),
    "working": QT_TRANSLATE_NOOP("vocabulary", "上班"),
    "year": QT_TRANSLATE_NOOP("vocabulary", "年份"),
    "source_text": QT_TRANSLATE_NOOP("vocabulary", "通知原文"),
    "imported_at": QT_TRANSLATE_NOOP("vocabulary", "导入时间"),
    "imported_by_id": QT_TRANSLATE_NOOP("vocabulary", "导入人"),
    "imported_by_name": QT_TRANSLATE_NOOP("vocabulary", "导入人"),
    "holiday": QT_TRANSLATE_NOOP("vocabulary", "节日"),
    "notice_id": QT_TRANSLATE_NOOP("vocabulary", "放假通知"),
    "category": QT_TRANSLATE_NOOP("vocabulary", "类别"),
    "trigger": QT_TRANSLATE_NOOP("vocabulary", "触发条件"),
    "steps": QT_TRANSLATE_NOOP("vocabulary", "步骤"),
    "escalation": QT_TRANSLATE_NOOP("vocabulary", "升级路径"),
    "starts_at": QT_TRANSLATE_NOOP("vocabulary", "开始"),
    "ends_at": QT_TRANSLATE_NOOP("vocabulary", "结束"),
    "bureau": QT_TRANSLATE_NOOP("vocabulary", "部门"),
    "service_types": QT_TRANSLATE_NOOP("vocabulary", "业务类型"),
    "wip_limit": QT_TRANSLATE_NOOP("vocabulary", "WIP 上限"),
    "wip_per_lane": QT_TRANSLATE_NOOP("vocabulary", "按泳道限制"),
}

#: Longest text kept of one value: a letter's clauses or an SOP's content are not copied whole.
VALUE_LIMIT = 2000
PASSWORD_RESET = QT_TRANSLATE_NOOP("vocabulary", "密码已重置")
PASSWORD_CHANGED = QT_TRANSLATE_NOOP("vocabulary", "密码已修改")


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def value_text(field: str, value: object) -> str:
    """A stored value as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        text = value.label
    elif isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, int) and field.endswith("_fen"):
        text = format_yuan(Decimal(value) / 100)
    elif isinstance(value, datetime):
        text = format_datetime(value)
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, list | dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"


def summary_text(entity: str, values: dict[str, str]) -> str:
    """A new row's one line: ``名称：材料准备；角色：执行专员`` from the row's readable values."""
    parts = [f"{field_label(f)}：{values[f]}" for f in SUMMARY_FIELDS.get(entity, ()) if values.get(f)]
    return "；".join(parts)
