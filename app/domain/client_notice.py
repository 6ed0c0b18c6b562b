"""Client notices (客户通知): what falls due when, through which channel, with which words.

A notice's promise runs on the same clock as the client's SLA: a VIP's around the clock, a basic
client's on the office's working time (lunch, weekends, holidays and make-up days included). So a
milestone reached at 17:50 on a Friday is due at 09:20 on Monday, and lateness is counted in the
minutes that clock counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum
from app.domain.working_calendar import WorkingCalendar


class NoticeKind(LabelledEnum):
    MILESTONE = "milestone", QT_TRANSLATE_NOOP("vocabulary", "里程碑通知")
    AT_RISK = "at_risk", QT_TRANSLATE_NOOP("vocabulary", "风险预警通知")
    PROGRESS = "progress", QT_TRANSLATE_NOOP("vocabulary", "进度日报")


class NoticeChannel(LabelledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("vocabulary", "电话")
    WECHAT = "wechat", QT_TRANSLATE_NOOP("vocabulary", "微信")
    EMAIL = "email", QT_TRANSLATE_NOOP("vocabulary", "邮件")
    SMS = "sms", QT_TRANSLATE_NOOP("vocabulary", "短信")
    VISIT = "visit", QT_TRANSLATE_NOOP("vocabulary", "上门")


class NoticeStatus(LabelledEnum):
    DUE = "due", QT_TRANSLATE_NOOP("vocabulary", "待通知")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("vocabulary", "已超时")
    SENT_IN_TIME = "sent_in_time", QT_TRANSLATE_NOOP("vocabulary", "按时通知")
    SENT_LATE = "sent_late", QT_TRANSLATE_NOOP("vocabulary", "逾时通知")


#: The placeholders a template may use, with what each is filled with.
PLACEHOLDERS = {
    "客户": QT_TRANSLATE_NOOP("vocabulary", "客户名称"),
    "案件编号": QT_TRANSLATE_NOOP("vocabulary", "案件编号"),
    "案件名称": QT_TRANSLATE_NOOP("vocabulary", "案件事项"),
    "里程碑": QT_TRANSLATE_NOOP("vocabulary", "刚完成的里程碑"),
    "预计完成": QT_TRANSLATE_NOOP("vocabulary", "按当前计划的预计完成时间"),
    "截止时间": QT_TRANSLATE_NOOP("vocabulary", "客户要求的截止时间"),
    "原因": QT_TRANSLATE_NOOP("vocabulary", "风险原因或补充说明"),
    "进展": QT_TRANSLATE_NOOP("vocabulary", "最近完成的工作与下一步"),
    "经办人": QT_TRANSLATE_NOOP("vocabulary", "通知人（或案件经理）"),
}

DEFAULT_TEMPLATES = {
    NoticeKind.MILESTONE: (
        "{客户}您好！贵司委托的“{案件名称}”（案件编号 {案件编号}）已完成“{里程碑}”环节，"
        "目前进展顺利，预计于{预计完成}前办结（约定截止时间：{截止时间}）。"
        "如有疑问，请随时与经办人{经办人}联系。"
    ),
    NoticeKind.AT_RISK: (
        "{客户}您好！贵司委托的“{案件名称}”（案件编号 {案件编号}）出现进度风险：{原因}。"
        "按当前进度预计于{预计完成}办结，可能晚于约定截止时间{截止时间}。"
        "我司已启动应急方案全力追赶，并将每日向您通报进展。经办人：{经办人}。"
    ),
    NoticeKind.PROGRESS: (
        "{客户}您好！现将贵司“{案件名称}”（案件编号 {案件编号}）的办理进展通报如下：{进展}"
        "预计于{预计完成}办结（约定截止时间：{截止时间}）。经办人：{经办人}。"
    ),
}

_PLACEHOLDER = re.compile(r"\{([^{}\s]+)\}")

#: The longest notice text kept (a WeChat message or an email body, not a letter).
TEXT_LIMIT = 2000


def notice_due(raised_at: datetime, minutes: int, calendar: WorkingCalendar) -> datetime:
    """When a notice raised at ``raised_at`` falls due: ``minutes`` of the client's clock later."""
    return calendar.add_working_minutes(calendar.next_working_instant(raised_at), minutes)


def turned_red(before: datetime | None, after: datetime | None, deadline: datetime) -> bool:
    """Whether a reschedule moved a case from on time to late.

    A case never scheduled before (``before`` None) does not count: a plan that is late from the
    start was discussed with the client at intake, in the urgency assessment.
    """
    return before is not None and after is not None and before <= deadline < after


def fill_template(text: str, values: dict[str, object]) -> str:
    """``text`` with each known ``{placeholder}`` replaced; unknown ones are left as typed."""
    return _PLACEHOLDER.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], text)


@dataclass(frozen=True)
class NoticeState:
    status: NoticeStatus
    minutes_left: int  # clock minutes to the due time while unsent; negative: overdue by that much
    late_minutes: int  # how late it was sent, or is by now (0: in time)

    @property
    def sent(self) -> bool:
        return self.status in (NoticeStatus.SENT_IN_TIME, NoticeStatus.SENT_LATE)


def _late(due_at: datetime, moment: datetime, calendar: WorkingCalendar | None) -> int:
    """Clock minutes ``moment`` is past ``due_at``; at least 1 once past it, even when the office
    was closed in between (a notice due at 12:00 sent at 13:30 was still late)."""
    if moment <= due_at:
        return 0
    if calendar is None:
        minutes = int((moment - due_at).total_seconds() // 60)
    else:
        minutes = calendar.working_minutes_between(due_at, moment)
    return max(1, minutes)


def notice_state(
    due_at: datetime, sent_at: datetime | None, now: datetime, calendar: WorkingCalendar | None = None
) -> NoticeState:
    """Where a notice stands; minutes on ``calendar`` (the client's clock), wall minutes without one."""
    if sent_at is not None:
        late = _late(due_at, sent_at, calendar)
        return NoticeState(NoticeStatus.SENT_LATE if late else NoticeStatus.SENT_IN_TIME, 0, late)
    late = _late(due_at, now, calendar)
    if late:
        return NoticeState(NoticeStatus.OVERDUE, -late, late)
    if calendar is None:
        left = int((due_at - now).total_seconds() // 60)
    else:
        left = calendar.working_minutes_between(now, due_at)
    return NoticeState(NoticeStatus.DUE, left, 0)


def notice_log_problems(
    text: str, sent_by_id: int | None, sent_at: datetime | None, now: datetime
) -> dict[str, str]:
    """What keeps a notice from being logged as sent, per field."""
    problems = {}
    if not text.strip():
        problems["text"] = QT_TRANSLATE_NOOP("messages", "请填写通知内容")
    elif len(text.strip()) > TEXT_LIMIT:
        problems["text"] = Message(
            QT_TRANSLATE_NOOP("messages", "通知内容不能超过 {limit} 字"), limit=TEXT_LIMIT
        )
    if sent_by_id is None:
        problems["sent_by"] = QT_TRANSLATE_NOOP("messages", "请选择通知人")
    if sent_at is None:
        problems["sent_at"] = QT_TRANSLATE_NOOP("messages", "请填写通知时间")
    elif sent_at > now:
        problems["sent_at"] = QT_TRANSLATE_NOOP("messages", "通知时间不能晚于现在")
    return problems


def template_problems(text: str) -> str | None:
    if not text.strip():
        return QT_TRANSLATE_NOOP("messages", "模板内容不能为空")
    if len(text) > TEXT_LIMIT:
        return Message(QT_TRANSLATE_NOOP("messages", "模板不能超过 {limit} 字"), limit=TEXT_LIMIT)
    return None
