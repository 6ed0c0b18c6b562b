"""Client feedback (客户反馈): a satisfaction score of 1 to 5 and what the client said. A complaint
is answered as an incident on a 2-hour clock."""

from __future__ import annotations

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

#: A score this low is taken as a complaint unless the clerk says otherwise.
COMPLAINT_AT_MOST = 2
#: Room for the comment in the complaint incident's description (its limit is 2000).
COMMENT_LIMIT = 1900


def suggests_complaint(satisfaction: int) -> bool:
    return 1 <= satisfaction <= COMPLAINT_AT_MOST


def feedback_problems(
    satisfaction: int, comment: str, taken_by_id: int | None, complaint: bool
) -> dict[str, str]:
    problems = {}
    if not 1 <= satisfaction <= 5:
        problems["satisfaction"] = QT_TRANSLATE_NOOP("messages", "请选择满意度（1 到 5 星）")
    if taken_by_id is None:
        problems["taken_by"] = QT_TRANSLATE_NOOP("messages", "请选择记录人")
    if complaint and not comment.strip():
        problems["comment"] = QT_TRANSLATE_NOOP("messages", "投诉请写明客户不满的内容")
    elif len(comment) > COMMENT_LIMIT:
        problems["comment"] = Message(
            QT_TRANSLATE_NOOP("messages", "意见不能超过 {limit} 个字"), limit=COMMENT_LIMIT
        )
    return problems


def stars(satisfaction: int) -> str:
    """``★★★☆☆``: a score as the list shows it."""
    return "★" * satisfaction + "☆" * (5 - satisfaction)
