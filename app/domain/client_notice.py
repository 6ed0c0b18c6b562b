"""Client notices (客户通知): what falls due when, through which channel, with which words."""

from __future__ import annotations

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum


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
