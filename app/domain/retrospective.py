"""Retrospectives (复盘) and the knowledge base's words: dimensions, tags, when a review is due.

Every closed case is reviewed within 24 working hours, success or failure, on five dimensions;
the lessons become tagged knowledge-base entries the office searches and analyses each quarter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.domain.message import Message
from app.domain.text_limits import add_length_problems
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, LabelledEnum
from app.domain.working_calendar import WorkingCalendar

# A closed case’s retrospective falls due this many working hours after closing.
DUE_WORKING_HOURS = 24
CLOSED_OUTCOMES = (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE, CaseStatus.FAILED, CaseStatus.WITHDRAWN)
COMPLETED_OUTCOMES = (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE)  # only when all the work is done


class Dimension(LabelledEnum):
    GOAL = "goal", QT_TRANSLATE_NOOP("vocabulary", "目标达成")
    EFFICIENCY = "efficiency", QT_TRANSLATE_NOOP("vocabulary", "流程效率")
    RESOURCES = "resources", QT_TRANSLATE_NOOP("vocabulary", "资源使用")
    COMMUNICATION = "communication", QT_TRANSLATE_NOOP("vocabulary", "沟通效果")
    RISK = "risk", QT_TRANSLATE_NOOP("vocabulary", "风险暴露")


class TagKind(LabelledEnum):
    PROBLEM = "problem_type", QT_TRANSLATE_NOOP("vocabulary", "问题类型")
    RISK_LEVEL = "risk_level", QT_TRANSLATE_NOOP("vocabulary", "风险等级")
    SOLUTION = "solution_kind", QT_TRANSLATE_NOOP("vocabulary", "解决方式")
    INDUSTRY = "industry", QT_TRANSLATE_NOOP("vocabulary", "客户行业")


# The tag lists an office starts with (it may rename, add and reorder them).
DEFAULT_TAGS: dict[TagKind, tuple[str, ...]] = {
    TagKind.PROBLEM: ("材料问题", "流程卡点", "外部因素/政策", "系统故障", "沟通", "人为失误", "资源不足"),
    TagKind.RISK_LEVEL: ("一般", "重大"),
    TagKind.SOLUTION: ("短期应对", "长期优化"),
    TagKind.INDUSTRY: (
        "科技",
        "贸易",
        "制造",
        "餐饮",
        "医疗",
        "建筑",
        "物流",
        "电子商务",
        "文化传媒",
        "咨询",
    ),
}


class EntrySource(LabelledEnum):
    RETROSPECTIVE = "retrospective", QT_TRANSLATE_NOOP("vocabulary", "复盘")
    MANUAL = "manual", QT_TRANSLATE_NOOP("vocabulary", "手工录入")


def retrospective_due(calendar: WorkingCalendar, closed_at: datetime) -> datetime:
    return calendar.add_working_minutes(closed_at, DUE_WORKING_HOURS * 60)


# -- closing ----------------------------------------------------------------------------------------
def work_finished_at(completions: Iterable[datetime | None], now: datetime) -> datetime:
    """When the case's work finished: its last task's completion when every task has one, else
    ``now`` (work still open, cancelled, or no plan at all: the work ends when the case closes)."""
    done = list(completions)
    if not done or any(at is None for at in done):
        return now
    return max(at for at in done if at is not None)


def delay_end(
    outcome: CaseStatus, deadline: datetime, finished_at: datetime, closed_at: datetime
) -> datetime:
    """Where a closed case's delay runs to: when its work finished; but a case closed as late whose
    tasks finished in time (closed before outcomes were checked against the finish) to its closing."""
    if outcome is CaseStatus.ACHIEVED_LATE and finished_at <= deadline:
        return closed_at
    return finished_at


def proposed_outcome(deadline: datetime, finished_at: datetime, open_tasks: int) -> CaseStatus:
    """The outcome a case has: on time when its work finished by the client's deadline, late when
    after it; 失败 while ``open_tasks`` (tasks neither done nor cancelled) remain: work not done is
    not completed, whatever the date (已撤回 is the clerk's to choose)."""
    if open_tasks:
        return CaseStatus.FAILED
    return CaseStatus.ACHIEVED if finished_at <= deadline else CaseStatus.ACHIEVED_LATE


def outcome_problem(outcome: CaseStatus, deadline: datetime, finished_at: datetime, open_tasks: int) -> str:
    """Why ``outcome`` contradicts the work, the deadline and the finish, or "": a case closes as
    completed only with every task done, and the analysis counts on outcome and delay agreeing.
    Failed and withdrawn cases may close at any time."""
    if outcome not in COMPLETED_OUTCOMES:
        return ""
    if open_tasks:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "尚有 {n} 项任务未完成，不能按“{outcome}”结案：请先办完，或按“失败”或“已撤回”结案"
            ),
            n=open_tasks,
            outcome=outcome,
        )
    if outcome is proposed_outcome(deadline, finished_at, open_tasks):
        return ""
    if outcome is CaseStatus.ACHIEVED:
        return Message(
            QT_TRANSLATE_NOOP("messages", "完成时间 {finished} 已晚于客户的截止时间 {due}，应选“逾期完成”"),
            finished=finished_at,
            due=deadline,
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "完成时间 {finished} 未晚于客户的截止时间 {due}，应选“按期完成”"),
        finished=finished_at,
        due=deadline,
    )


def industry_in_name(name: str, industries: Iterable[str]) -> str:
    """The first industry tag a client's name carries (上海某某科技有限公司: 科技), or ""."""
    return next((industry for industry in industries if industry and industry in name), "")


def minutes_words(minutes: int) -> str:
    """``45 分钟``, ``2.5 小时``: how late a notice went out, how long a clock overran."""
    if minutes < 60:
        return Message(QT_TRANSLATE_NOOP("messages", "{minutes} 分钟"), minutes=minutes)
    return Message(
        QT_TRANSLATE_NOOP("messages", "{hours} 小时"), hours=f"{minutes / 60:.1f}".removesuffix(".0")
    )


def working_span_words(minutes: int, minutes_per_day: int) -> str:
    """A span of working time as people say it: ``3.5 个工作小时``, or with the working days it makes
    (``19 个工作小时（约 2.5 个工作日）``) once it passes a working day."""
    hours = f"{minutes / 60:.1f}".removesuffix(".0")
    if minutes_per_day <= 0 or minutes <= minutes_per_day:
        return Message(QT_TRANSLATE_NOOP("messages", "{hours} 个工作小时"), hours=hours)
    days = f"{minutes / minutes_per_day:.1f}".removesuffix(".0")
    return Message(
        QT_TRANSLATE_NOOP("messages", "{hours} 个工作小时（约 {days} 个工作日）"), hours=hours, days=days
    )


@dataclass
class ImprovementAction:
    what: str
    owner: str = ""
    due_on: date | None = None
    done: bool = False
    # An action may propose a change to the service type's SOP template (accepted: a new version).
    sop_template_code: str = ""
    proposed_change: str = ""


@dataclass
class RetrospectiveForm:
    written_by: str = ""
    scores: dict[Dimension, int] = field(default_factory=dict)  # 1–5
    comments: dict[Dimension, str] = field(default_factory=dict)
    timeline: str = ""  # facts, filled in from the case's own history and edited
    root_cause: str = ""
    actions: list[ImprovementAction] = field(default_factory=list)
    # The knowledge-base entry the retrospective becomes.
    title: str = ""
    lesson: str = ""
    problem_type: str = ""
    risk_level: str = ""
    solution_kind: str = ""
    industry: str = ""


#: Longest text each field takes (the database columns' lengths; an Excel cell holds 32,767).
LIMITS = {"title": 200, "body": 30000, "tag": 40, "person": 60}


def retrospective_problems(form: RetrospectiveForm) -> dict[str, str]:
    """Field → Chinese message for what keeps the retrospective from being saved."""
    problems: dict[str, str] = {}
    if not form.written_by.strip():
        problems["written_by"] = QT_TRANSLATE_NOOP("messages", "请填写复盘人")
    for dimension in Dimension:
        score = form.scores.get(dimension)
        if score is None or not 1 <= score <= 5:
            problems[f"score_{dimension.value}"] = Message(
                QT_TRANSLATE_NOOP("messages", "请为“{dimension}”打 1–5 分"), dimension=dimension
            )
    if not form.root_cause.strip():
        problems["root_cause"] = QT_TRANSLATE_NOOP("messages", "请写明根本原因（成功的案件也写：做对了什么）")
    if not form.title.strip():
        problems["title"] = QT_TRANSLATE_NOOP("messages", "请为知识库条目写一个标题")
    if not form.problem_type.strip():
        problems["problem_type"] = QT_TRANSLATE_NOOP("messages", "请选择问题类型")
    tag, person = LIMITS["tag"], LIMITS["person"]
    lengths = {"written_by": (form.written_by, person), "title": (form.title, LIMITS["title"]),
               "problem_type": (form.problem_type, tag), "risk_level": (form.risk_level, tag),
               "solution_kind": (form.solution_kind, tag), "industry": (form.industry, tag)}  # fmt: skip
    add_length_problems(problems, lengths)
    for number, action in enumerate(form.actions, start=1):
        if len(action.owner.strip()) > person:
            problems["actions"] = Message(
                QT_TRANSLATE_NOOP("messages", "第 {number} 条改进措施的负责人不能超过 {limit} 个字"),
                number=number,
                limit=person,
            )
        if not action.what.strip():
            problems["actions"] = Message(
                QT_TRANSLATE_NOOP("messages", "第 {number} 条改进措施没有内容"), number=number
            )
        elif action.proposed_change.strip() and not action.sop_template_code:
            problems["actions"] = Message(
                QT_TRANSLATE_NOOP("messages", "第 {number} 条改进措施提出了 SOP 修改，请选择要修改的模板"),
                number=number,
            )
    return problems


@dataclass
class EntryForm:
    """A knowledge-base entry written by hand (a lesson, a way with a bureau, a best practice)."""

    title: str = ""
    body: str = ""
    author: str = ""
    problem_type: str = ""
    risk_level: str = ""
    solution_kind: str = ""
    industry: str = ""
    service_type: str = ""  # a ServiceType code, or "" for any


def entry_problems(form: EntryForm) -> dict[str, str]:
    problems = {}
    if not form.title.strip():
        problems["title"] = QT_TRANSLATE_NOOP("messages", "请填写标题")
    if not form.body.strip():
        problems["body"] = QT_TRANSLATE_NOOP("messages", "请填写内容")
    if not form.problem_type.strip():
        problems["problem_type"] = QT_TRANSLATE_NOOP("messages", "请选择问题类型")
    tag = LIMITS["tag"]
    lengths = {"title": (form.title, LIMITS["title"]), "body": (form.body, LIMITS["body"]),
               "author": (form.author, LIMITS["person"]), "problem_type": (form.problem_type, tag),
               "risk_level": (form.risk_level, tag), "solution_kind": (form.solution_kind, tag),
               "industry": (form.industry, tag)}  # fmt: skip
    add_length_problems(problems, lengths)
    return problems


def search_words(text: str) -> list[str]:
    """The words of a search (any whitespace or full-width space splits), lower-cased."""
    return text.replace("\u3000", " ").lower().split()


def quarter_of(day: date | datetime) -> str:
    """``2026Q4``."""
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def _timeline_place(at: date) -> tuple[date, bool, time]:
    """A day's timed facts first, then those with a date only (a copy signed on 12-02 came back some time
    that day: never before the case taken in at 15:45)."""
    if isinstance(at, datetime):
        return at.date(), False, at.time()
    return at, True, time.min


def timeline_lines(events: Iterable[tuple[date, str]]) -> list[Message]:
    """A case's facts in order, each ``12-04 17:00 受理登记``, or ``12-02 客户签回…`` when it has only a
    date (never a made-up 00:00)."""
    return [
        Message(
            QT_TRANSLATE_NOOP("messages", "{at} {event}"),
            at=f"{at:%m-%d %H:%M}" if isinstance(at, datetime) else f"{at:%m-%d}",
            event=text,
        )
        for at, text in sorted(events, key=lambda event: _timeline_place(event[0]))
    ]
