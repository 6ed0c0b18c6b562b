"""Retrospectives and the review knowledge base: what is due, the review itself, entries, search,
tag lists, the quarterly analysis, and SOP changes proposed by a review."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TypeAlias

from sqlalchemy import Row, and_, delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    ClientFeedback,
    ClientNotice,
    FailureRecord,
    ImprovementActionRecord,
    IncidentRecord,
    KnowledgeEntry,
    KnowledgeTag,
    LetterVersion,
    RetrospectiveRecord,
    SlaClockRecord,
    Task,
    TaskEvent,
)
from app.domain.case_costs import format_fen
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.retrospective import (
    CLOSED_OUTCOMES,
    DEFAULT_TAGS,
    Dimension,
    EntryForm,
    EntrySource,
    RetrospectiveForm,
    TagKind,
    entry_problems,
    industry_in_name,
    minutes_words,
    quarter_of,
    retrospective_due,
    retrospective_problems,
    search_words,
    timeline_lines,
)
from app.domain.sop_template import SopTemplate
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, ServiceType
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_name, requires
from app.usecases.calendar import load_working_calendar, working_calendar
from app.usecases.case_costs import compensation_lines
from app.usecases.closing import closed_delay_end, delay_words
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from app.usecases.sop import checked_edit, publish_version


# -- tag lists ------------------------------------------------------------------------------------
def tag_lists(database: Database) -> dict[TagKind, list[str]]:
    """The office's tag lists; a list it never edited is the default one."""
    with database.unit_of_work() as session:
        rows = session.execute(
            select(KnowledgeTag.kind, KnowledgeTag.name).order_by(KnowledgeTag.position)
        ).all()
    stored: dict[TagKind, list[str]] = defaultdict(list)
    for kind, name in rows:
        stored[TagKind(kind)].append(name)
    return {kind: stored.get(kind) or list(DEFAULT_TAGS[kind]) for kind in TagKind}


@requires(Permission.EDIT_SETTINGS)
def save_tag_list(database: Database, kind: TagKind, names: list[str]) -> list[str]:
    """Raises: ValidationFailed ``tags`` for an empty list, a blank, a duplicate or an over-long name."""
    cleaned = [name.strip() for name in names]
    if (
        not cleaned
        or any(not name or len(name) > 40 for name in cleaned)
        or len(set(cleaned)) != len(cleaned)
    ):
        raise ValidationFailed(
            {"tags": QT_TRANSLATE_NOOP("messages", "标签不能为空、不能重复，每个不超过 40 个字")}
        )
    with database.unit_of_work() as session:
        session.execute(delete(KnowledgeTag).where(KnowledgeTag.kind == kind.value))
        session.execute(
            insert(KnowledgeTag),
            [{"kind": kind.value, "name": name, "position": n} for n, name in enumerate(cleaned)],
        )
    return cleaned


# -- what is due ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetrospectiveDue:
    case_id: int
    number: str
    client_name: str
    outcome: CaseStatus
    closed_at: datetime
    due: datetime
    overdue: bool


def retrospectives_due(
    database: Database, now: datetime, days: int = 365, office: WorkingCalendar | None = None
) -> list[RetrospectiveDue]:
    """Cases closed in the last ``days`` without a retrospective, the most overdue first; ``office``:
    the working calendar if the caller has read it.

    A year back: an overdue review stays on the list until it is written; cases closed before the
    office began reviewing with this app do not flood it.
    """
    since = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with database.unit_of_work() as session:
        calendar = office or working_calendar(session)
        rows = session.execute(
            select(Case.id, Case.number, Client.name, Case.status, Case.closed_at)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(RetrospectiveRecord, RetrospectiveRecord.case_id == Case.id)
            .where(
                Case.closed_at >= since - timedelta(days=days),
                Case.status.in_(CLOSED_OUTCOMES),
                RetrospectiveRecord.id.is_(None),
            )
        ).all()
    due = []
    for case_id, number, client, status, closed_at in rows:
        assert closed_at is not None  # the query's closed_at >= … leaves out cases without one
        deadline = retrospective_due(calendar, closed_at)
        due.append(RetrospectiveDue(case_id, number, client, status, closed_at, deadline, deadline < now))
    return sorted(due, key=lambda item: item.due)


def case_timeline(database: Database, case_id: int) -> list[Message]:
    """The case's own history as lines of facts (``12-04 17:00 受理登记``): taken in, accepted,
    signed, moves, milestones, closed. Messages, so that the facts prefilled read in the interface's
    language; the text saved is the office's."""
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        events: list[tuple[date, str]] = [(case.created_at, QT_TRANSLATE_NOOP("messages", "受理登记"))]
        if case.accepted_at:
            events.append((case.accepted_at, QT_TRANSLATE_NOOP("messages", "材料预审通过，已受理")))
        for signed_on, version in session.execute(
            select(LetterVersion.signed_on, LetterVersion.version).where(
                LetterVersion.case_id == case_id, LetterVersion.signed_on.is_not(None)
            )
        ):
            assert signed_on is not None  # the query leaves out unsigned versions
            events.append(  # a date: the time it came back is not recorded
                (
                    signed_on,
                    Message(QT_TRANSLATE_NOOP("messages", "客户签回确认书第 {version} 版"), version=version),
                )
            )
        for at, name, text in session.execute(
            select(TaskEvent.at, Task.name, TaskEvent.text)
            .join(Task, Task.id == TaskEvent.task_id)
            .where(Task.case_id == case_id)
        ):
            events.append(
                (at, Message(QT_TRANSLATE_NOOP("messages", "“{task}”{event}"), task=name, event=text))
            )
        for done, name in session.execute(
            select(Task.completed_at, Task.name).where(
                Task.case_id == case_id, Task.milestone, Task.completed_at.is_not(None)
            )
        ):
            assert done is not None  # the query leaves out milestones not completed
            events.append((done, Message(QT_TRANSLATE_NOOP("messages", "里程碑“{name}”完成"), name=name)))
        for at, at_closing, milestone, score, comment, complaint in session.execute(
            select(
                ClientFeedback.taken_at,
                ClientFeedback.at_closing,
                Task.name,
                ClientFeedback.satisfaction,
                ClientFeedback.comment,
                ClientFeedback.complaint,
            )
            .outerjoin(Task, Task.id == ClientFeedback.task_id)
            .where(ClientFeedback.case_id == case_id)
        ):
            point = (
                QT_TRANSLATE_NOOP("messages", "（结案时）")
                if at_closing
                else Message(QT_TRANSLATE_NOOP("messages", "（“{milestone}”后）"), milestone=milestone)
                if milestone
                else ""
            )
            feedback = Message(
                QT_TRANSLATE_NOOP("messages", "客户反馈{point}满意度 {score}/5{complaint}{said}"),
                point=point,
                score=score,
                complaint=QT_TRANSLATE_NOOP("messages", "，投诉") if complaint else "",
                said=_said(comment),
            )
            events.append((at, feedback))
        events += _what_went_wrong(session, case_id)
        events.append((case.requested_deadline, QT_TRANSLATE_NOOP("messages", "客户截止时间")))
        if case.closed_at:
            finished = closed_delay_end(session, case)
            delay = delay_words(working_calendar(session), case.requested_deadline, finished)
            late = (
                Message(QT_TRANSLATE_NOOP("messages", "，比截止时间晚 {delay}"), delay=delay) if delay else ""
            )
            closed = Message(
                QT_TRANSLATE_NOOP("messages", "结案：{outcome}{late}"), outcome=case.status, late=late
            )
            events.append((case.closed_at, closed))
    return timeline_lines(events)


def _said(comment: str) -> str:
    """What the client or the office wrote, after a colon; "" when nothing."""
    return Message(QT_TRANSLATE_NOOP("messages", "：{text}"), text=comment) if comment else ""


def _what_went_wrong(session: Session, case_id: int) -> list[tuple[datetime, str]]:
    """The case's failure record, compensation, incidents, late notices and breached clocks."""
    events: list[tuple[datetime, str]] = []
    failure = session.scalar(select(FailureRecord).where(FailureRecord.case_id == case_id))
    if failure is not None:
        events.append(
            (
                failure.recorded_at,
                Message(
                    QT_TRANSLATE_NOOP("messages", "登记未能按期完成：{attribution}，{description}"),
                    attribution=failure.attribution,
                    description=failure.description,
                ),
            )
        )
    for given in compensation_lines(session, case_id):
        compensation = Message(
            QT_TRANSLATE_NOOP("messages", "补偿：{kind} {amount}（{approved_by} 批准）{said}"),
            kind=given.kind,
            amount=format_fen(given.amount_fen),
            approved_by=given.approved_by,
            said=_said(given.note),
        )
        events.append((given.approved_at, compensation))
    from_feedback = select(ClientFeedback.incident_id).where(ClientFeedback.incident_id.is_not(None))
    for incident in session.scalars(
        select(IncidentRecord).where(
            IncidentRecord.case_id == case_id,
            IncidentRecord.id.not_in(from_feedback),  # a complaint: its feedback line says it
        )
    ):
        reported = Message(
            QT_TRANSLATE_NOOP("messages", "突发事件：{category}，{level}响应：{description}"),
            category=incident.category,
            level=incident.level,
            description=incident.description,
        )
        events.append((incident.reported_at, reported))
        if incident.resolved_at is not None:
            resolved = Message(
                QT_TRANSLATE_NOOP("messages", "突发事件已处理：{resolution}"), resolution=incident.resolution
            )
            events.append((incident.resolved_at, resolved))
    for notice_kind, due_at, sent_at, late in session.execute(
        select(ClientNotice.kind, ClientNotice.due_at, ClientNotice.sent_at, ClientNotice.late_minutes).where(
            ClientNotice.case_id == case_id
        )
    ):
        if sent_at is None:
            events.append(
                (due_at, Message(QT_TRANSLATE_NOOP("messages", "{kind}到期未发送"), kind=notice_kind))
            )
        elif late:
            events.append(
                (
                    sent_at,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{kind}晚发 {late}"),
                        kind=notice_kind,
                        late=minutes_words(late),
                    ),
                )
            )
    for title, started_at, stopped_at, breach in session.execute(
        select(
            SlaClockRecord.title,
            SlaClockRecord.started_at,
            SlaClockRecord.stopped_at,
            SlaClockRecord.breach_minutes,
        ).where(SlaClockRecord.case_id == case_id, SlaClockRecord.breach_minutes > 0)
    ):
        overrun = Message(
            QT_TRANSLATE_NOOP("messages", "SLA 计时“{title}”超时 {overrun}"),
            title=title,
            overrun=minutes_words(breach or 0),
        )
        events.append((stopped_at or started_at, overrun))
    return events


def client_industry(database: Database, case_id: int) -> str:
    """The case's client's industry: as the office tagged the client's latest reviewed case, else an
    industry tag the client's name carries (上海某某科技有限公司: 科技); "" when neither."""
    with database.unit_of_work() as session:
        client_id, name = session.execute(
            select(Client.id, Client.name).join(Case, Case.client_id == Client.id).where(Case.id == case_id)
        ).one()
        tagged = session.scalar(
            select(KnowledgeEntry.industry)
            .join(Case, Case.id == KnowledgeEntry.case_id)
            .where(Case.client_id == client_id, KnowledgeEntry.industry != "")
            .order_by(KnowledgeEntry.created_at.desc(), KnowledgeEntry.id.desc())
            .limit(1)
        )
    return tagged or industry_in_name(name, tag_lists(database)[TagKind.INDUSTRY])


# -- retrospectives ---------------------------------------------------------------------------------
@requires(Permission.KNOWLEDGE)
def save_retrospective(database: Database, case_id: int, form: RetrospectiveForm, now: datetime) -> int:
    """Store the review and the knowledge-base entry it becomes; returns the entry's id.

    Raises:
        ValidationFailed: a field left out; the case not closed or already reviewed.
    """
    form = replace(form, written_by=acting_name(database, form.written_by))  # the login, not a name typed
    problems = retrospective_problems(form)
    calendar = load_working_calendar(database)
    with database.unit_of_work() as session:
        case = session.get(Case, case_id)
        if case is None or case.status not in CLOSED_OUTCOMES or case.closed_at is None:
            problems["case"] = QT_TRANSLATE_NOOP("messages", "只有已结案的案件才能复盘")
        elif session.scalar(select(RetrospectiveRecord.id).where(RetrospectiveRecord.case_id == case_id)):
            problems["case"] = Message(
                QT_TRANSLATE_NOOP("messages", "案件 {number} 已有复盘"), number=case.number
            )
        if problems:
            raise ValidationFailed(problems)
        assert case is not None and case.closed_at is not None  # else problems["case"]
        retro = RetrospectiveRecord(
            case_id=case_id,
            written_by=form.written_by.strip(),
            written_at=now,
            timeline=form.timeline.strip(),
            root_cause=form.root_cause.strip(),
            **{f"{d.value}_score": form.scores[d] for d in Dimension},
            **{f"{d.value}_comment": form.comments.get(d, "").strip() for d in Dimension},
        )
        session.add(retro)
        try:
            session.flush()
        except IntegrityError as error:  # another desk saved its review of the case a moment ago
            raise ValidationFailed(
                {"case": Message(QT_TRANSLATE_NOOP("messages", "案件 {number} 已有复盘"), number=case.number)}
            ) from error
        if form.actions:
            session.execute(
                insert(ImprovementActionRecord),
                [
                    {
                        "retrospective_id": retro.id,
                        "position": n,
                        "what": a.what.strip(),
                        "owner": a.owner.strip(),
                        "due_on": a.due_on,
                        "done": a.done,
                        "sop_template_code": a.sop_template_code,
                        "proposed_change": a.proposed_change.strip(),
                    }
                    for n, a in enumerate(form.actions)
                ],
            )
        delay = (
            calendar.working_minutes_between(case.requested_deadline, closed_delay_end(session, case)) / 60
        )
        body = "\n".join(
            part for part in (form.lesson.strip(), f"根本原因：{form.root_cause.strip()}") if part
        )
        entry = KnowledgeEntry(
            title=form.title.strip(),
            body=body,
            source=EntrySource.RETROSPECTIVE.value,
            author=form.written_by.strip(),
            retrospective_id=retro.id,
            case_id=case_id,
            problem_type=form.problem_type,
            risk_level=form.risk_level,
            solution_kind=form.solution_kind,
            industry=form.industry,
            service_type=case.service_type.value,
            outcome=case.status.value,
            delay_hours=round(delay, 1),
            created_at=now,
            updated_at=now,
        )
        session.add(entry)
        session.flush()
        return entry.id


@dataclass(frozen=True)
class ProposedChange:
    action_id: int
    template_code: str
    proposed_change: str
    accepted: bool


def proposed_sop_changes(database: Database) -> list[ProposedChange]:
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                ImprovementActionRecord.id,
                ImprovementActionRecord.sop_template_code,
                ImprovementActionRecord.proposed_change,
                ImprovementActionRecord.accepted_version_id,
            )
            .where(ImprovementActionRecord.sop_template_code != "")
            .order_by(ImprovementActionRecord.id.desc())
        ).all()
    return [ProposedChange(a, code, text, accepted is not None) for a, code, text, accepted in rows]


@requires(Permission.EDIT_SETTINGS)
def accept_sop_change(database: Database, action_id: int, template: SopTemplate, note: str) -> int:
    """Publish ``template`` (the proposal worked into it) as a new version linked to the review.

    Returns the new version number.

    Raises:
        ValidationFailed: the action is gone or already accepted, or the note is empty.
    """
    checked = checked_edit(template, note)
    with database.unit_of_work() as session:
        action = get_or_refuse(session, ImprovementActionRecord, action_id)
        if action.accepted_version_id is not None:
            raise ValidationFailed({"action": QT_TRANSLATE_NOOP("messages", "该建议已被采纳过")})
        version = publish_version(session, checked, note.strip())
        action.accepted_version_id = version.id
        return version.version


# -- the knowledge base -----------------------------------------------------------------------------
#: The entry column each tag list fills.
TAG_COLUMNS = {
    TagKind.PROBLEM: KnowledgeEntry.problem_type,
    TagKind.RISK_LEVEL: KnowledgeEntry.risk_level,
    TagKind.SOLUTION: KnowledgeEntry.solution_kind,
    TagKind.INDUSTRY: KnowledgeEntry.industry,
}


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: int
    version: int
    title: str
    body: str
    source: str
    author: str
    case_id: int | None
    case_number: str
    problem_type: str
    risk_level: str
    solution_kind: str
    industry: str
    service_type: str
    outcome: str
    delay_hours: float | None
    created_at: datetime


@dataclass(frozen=True)
class EntryQuery:
    text: str = ""
    tags: dict[TagKind, str] = field(default_factory=dict)
    service_type: str = ""
    since: date | None = None
    until: date | None = None


#: A row of entry_columns(): select() leaves rows of more than ten columns untyped.
EntryRecord: TypeAlias = Row[
    int, int, str, str, str, str, int | None, str, str, str, str, str, str, str, float | None, datetime
]


def entry_columns():
    return (
        KnowledgeEntry.id,
        KnowledgeEntry.version,
        KnowledgeEntry.title,
        KnowledgeEntry.body,
        KnowledgeEntry.source,
        KnowledgeEntry.author,
        KnowledgeEntry.case_id,
        func.coalesce(Case.number, ""),
        KnowledgeEntry.problem_type,
        KnowledgeEntry.risk_level,
        KnowledgeEntry.solution_kind,
        KnowledgeEntry.industry,
        KnowledgeEntry.service_type,
        KnowledgeEntry.outcome,
        KnowledgeEntry.delay_hours,
        KnowledgeEntry.created_at,
    )


def entry_conditions(query: EntryQuery) -> list:
    """WHERE conditions for ``query``: every word in the title or body (two-character words too)."""
    conditions = []
    for word in search_words(query.text):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        conditions.append(
            or_(
                KnowledgeEntry.title.ilike(pattern, escape="\\"),
                KnowledgeEntry.body.ilike(pattern, escape="\\"),
            )
        )
    conditions += [TAG_COLUMNS[kind] == value for kind, value in query.tags.items() if value]
    if query.service_type:
        conditions.append(KnowledgeEntry.service_type == query.service_type)
    if query.since:
        conditions.append(KnowledgeEntry.created_at >= datetime.combine(query.since, datetime.min.time()))
    if query.until:
        conditions.append(
            KnowledgeEntry.created_at < datetime.combine(query.until + timedelta(days=1), datetime.min.time())
        )
    return conditions


def search_entries(
    database: Database, query: EntryQuery = EntryQuery(), limit: int | None = None
) -> list[EntryRow]:  # noqa: B008
    """Entries matching ``query``, newest first."""
    statement = (
        select(*entry_columns())
        .outerjoin(Case, Case.id == KnowledgeEntry.case_id)
        .where(and_(True, *entry_conditions(query)))
        .order_by(KnowledgeEntry.created_at.desc(), KnowledgeEntry.id.desc())
    )
    if limit:
        statement = statement.limit(limit)
    with database.unit_of_work() as session:
        rows: Sequence[EntryRecord] = session.connection().execute(statement).all()
        return [EntryRow(*row) for row in rows]


@requires(Permission.KNOWLEDGE)
def save_entry(
    database: Database,
    form: EntryForm,
    now: datetime,
    entry_id: int | None = None,
    version: int | None = None,
) -> int:
    """Add a hand-written entry, or update one (refused when another desk changed it meanwhile).

    Raises:
        ValidationFailed: a field left out.
        ConcurrentEdit: the entry changed since it was opened.
    """
    if problems := entry_problems(form):
        raise ValidationFailed(problems)
    values = {
        "title": form.title.strip(),
        "body": form.body.strip(),
        "author": form.author.strip(),
        "problem_type": form.problem_type.strip(),
        "risk_level": form.risk_level.strip(),
        "solution_kind": form.solution_kind.strip(),
        "industry": form.industry.strip(),
        "service_type": form.service_type,
    }
    if form.service_type and form.service_type not in {s.value for s in ServiceType}:
        raise ValidationFailed({"service_type": QT_TRANSLATE_NOOP("messages", "业务类型无效")})
    with database.unit_of_work() as session:
        if entry_id is not None:
            entry = get_or_refuse(session, KnowledgeEntry, entry_id)
            if version is not None and entry.version != version:
                raise ConcurrentEdit()
            for name, value in values.items():
                setattr(entry, name, value)
        else:
            entry = KnowledgeEntry(source=EntrySource.MANUAL.value, created_at=now, updated_at=now, **values)
            session.add(entry)
        session.flush()
        return entry.id


def tag_counts(database: Database, query: EntryQuery = EntryQuery()) -> dict[TagKind, Counter]:  # noqa: B008
    counts = {}
    with database.unit_of_work() as session:
        for kind, column in TAG_COLUMNS.items():
            counts[kind] = Counter(
                dict(
                    session.execute(
                        select(column, func.count())
                        .where(and_(True, *entry_conditions(query)))
                        .group_by(column)
                    ).all()
                )
            )
    return counts


# -- quarterly analysis -----------------------------------------------------------------------------
@dataclass(frozen=True)
class QuarterFigures:
    quarter: str
    cases: int
    success_rate: float  # achieved on time, of the reviewed cases
    average_delay_hours: float  # of the late ones
    problems: Counter
    # The reviewed cases' client feedback: None when none of them has any.
    average_satisfaction: float | None = None
    complaints: int = 0


#: The quarters the analysis charts (the latest with reviews): its rankings count their reviews only, so a
#: ranking and the trend beside it add up.
RECENT_QUARTERS = 8


@dataclass(frozen=True)
class Analysis:
    top_problems: list[tuple[str, int]]  # over the recent quarters, most frequent first
    by_service: dict[str, list[tuple[str, int]]]  # service type code → its most frequent problems, likewise
    quarters: list[QuarterFigures]  # oldest first

    @property
    def recent(self) -> list[QuarterFigures]:
        return self.quarters[-RECENT_QUARTERS:]

    def leading_problems(self, quarter: QuarterFigures) -> list[str]:
        """The problem types most frequent in ``quarter``, every one of them when tied, in the order of
        the ranking (the rest after, by name): a tie is not settled by which review came first."""
        most = max(quarter.problems.values(), default=0)
        rank = {name: n for n, (name, _count) in enumerate(self.top_problems)}
        leading = [name for name, count in quarter.problems.items() if count == most]
        return sorted(leading, key=lambda name: (rank.get(name, len(rank)), name))


def quarterly_analysis(database: Database, query: EntryQuery = EntryQuery(), top: int = 5) -> Analysis:  # noqa: B008
    """Most frequent problem types overall and per service type over the recent quarters, the trend
    of every quarter, success and delay, and the client feedback of the reviewed cases (under the
    quarter of their review)."""
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                KnowledgeEntry.created_at,
                KnowledgeEntry.problem_type,
                KnowledgeEntry.service_type,
                KnowledgeEntry.outcome,
                KnowledgeEntry.delay_hours,
            ).where(KnowledgeEntry.source == EntrySource.RETROSPECTIVE.value, *entry_conditions(query))
        ).all()
        feedback = session.execute(
            select(KnowledgeEntry.created_at, ClientFeedback.satisfaction, ClientFeedback.complaint)
            .join(ClientFeedback, ClientFeedback.case_id == KnowledgeEntry.case_id)
            .where(KnowledgeEntry.source == EntrySource.RETROSPECTIVE.value, *entry_conditions(query))
        ).all()
    scores: dict[str, list[int]] = defaultdict(list)
    complaints: Counter = Counter()
    for created, score, complaint in feedback:
        scores[quarter_of(created)].append(score)
        complaints[quarter_of(created)] += complaint
    quarters: dict[str, list] = defaultdict(list)
    for created, problem, service, outcome, delay in rows:
        quarters[quarter_of(created)].append((problem, service, outcome, delay))
    overall: Counter[str] = Counter()
    by_service: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for quarter in sorted(quarters)[-RECENT_QUARTERS:]:
        for problem, service, _o, _d in quarters[quarter]:
            overall[problem] += 1
            by_service[service][problem] += 1
    figures = []
    for quarter in sorted(quarters):
        items = quarters[quarter]
        on_time = sum(outcome == CaseStatus.ACHIEVED.value for _p, _s, outcome, _d in items)
        delays = [d for _p, _s, _o, d in items if d is not None and d > 0]
        figures.append(
            QuarterFigures(
                quarter,
                len(items),
                on_time / len(items),
                sum(delays) / len(delays) if delays else 0.0,
                Counter(p for p, _s, _o, _d in items),
                sum(scores[quarter]) / len(scores[quarter]) if scores[quarter] else None,
                complaints[quarter],
            )
        )
    return Analysis(
        overall.most_common(top), {s: c.most_common(top) for s, c in sorted(by_service.items())}, figures
    )
