"""A case's money and its failure: actual costs against the quote, the failure's attribution, the
compensation a manager approved, the margin; and the margins of the office over a period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Row, func, select
from sqlalchemy import case as when
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    ActualCost,
    Case,
    Client,
    CompensationProposal,
    CompensationRecord,
    CostLine,
    FailureRecord,
    Staff,
)
from app.domain.case_costs import (
    ActualCostItem,
    CompensationKind,
    ItemComparison,
    Margin,
    actual_cost_problems,
    compare_items,
    compensation_problems,
    compensation_share,
    failure_allowed,
    margin,
)
from app.domain.case_documents import Responsibility
from app.domain.cost_estimate import CostItem
from app.domain.incident import DESCRIPTION_LIMIT
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus
from app.usecases.access import acting_staff, require, requires
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse


@dataclass(frozen=True)
class ActualCostLine:
    id: int
    item: ActualCostItem
    amount_fen: int
    hours: float | None
    note: str
    recorded_at: datetime


@dataclass(frozen=True)
class CompensationLine:
    id: int
    kind: CompensationKind
    amount_fen: int
    note: str
    approved_by: str
    approved_at: datetime


def compensation_lines(session: Session, case_id: int) -> list[CompensationLine]:
    """What the office gave the client for a failure, in the order it was approved."""
    return [
        CompensationLine(*row)
        for row in session.execute(
            select(
                CompensationRecord.id,
                CompensationRecord.kind,
                CompensationRecord.amount_fen,
                CompensationRecord.note,
                Staff.name,
                CompensationRecord.approved_at,
            )
            .join(Staff, Staff.id == CompensationRecord.approved_by_id)
            .where(CompensationRecord.case_id == case_id)
            .order_by(CompensationRecord.approved_at, CompensationRecord.id)
        )
    ]


@dataclass(frozen=True)
class ProposalLine:
    """A compensation proposed and waiting for a manager."""

    id: int
    version: int
    kind: CompensationKind
    amount_fen: int
    note: str
    proposed_by: str
    proposed_at: datetime


@dataclass(frozen=True)
class FailureView:
    attribution: Responsibility
    description: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class CaseMoney:
    case_id: int
    number: str
    status: CaseStatus
    deadline: datetime
    projected_finish: datetime | None
    quote: dict[CostItem, int]
    actual: list[ActualCostLine]
    comparisons: list[ItemComparison]
    compensation: list[CompensationLine]
    failure: FailureView | None
    margin: Margin
    proposals: list[ProposalLine] = field(default_factory=list)  # waiting for a manager

    @property
    def quoted_fen(self) -> int:
        return sum(self.quote.values())

    @property
    def actual_total_fen(self) -> int:
        return sum(line.amount_fen for line in self.actual)

    @property
    def compensation_total_fen(self) -> int:
        """Everything the failure cost the office, the waived fee included."""
        return sum(line.amount_fen for line in self.compensation)

    @property
    def compensation_share(self) -> float | None:
        return compensation_share(self.compensation_total_fen, self.actual_total_fen)

    def failure_allowed(self, now: datetime) -> bool:
        return failure_allowed(self.status, self.deadline, self.projected_finish, now)


def _waived(lines: list[CompensationLine]) -> int:
    return sum(line.amount_fen for line in lines if line.kind is CompensationKind.FEE_WAIVED)


def case_money(database: Database, case_id: int) -> CaseMoney:
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        quote = dict(
            session.execute(
                select(CostLine.item, CostLine.amount_fen).where(CostLine.case_id == case_id)
            ).all()
        )
        actual = [
            ActualCostLine(*row)
            for row in session.execute(
                select(
                    ActualCost.id,
                    ActualCost.item,
                    ActualCost.amount_fen,
                    ActualCost.hours,
                    ActualCost.note,
                    ActualCost.recorded_at,
                )
                .where(ActualCost.case_id == case_id)
                .order_by(ActualCost.recorded_at, ActualCost.id)
            )
        ]
        compensation = compensation_lines(session, case_id)
        proposals = [
            ProposalLine(*row)
            for row in session.execute(
                select(
                    CompensationProposal.id,
                    CompensationProposal.version,
                    CompensationProposal.kind,
                    CompensationProposal.amount_fen,
                    CompensationProposal.note,
                    func.coalesce(Staff.name, ""),
                    CompensationProposal.proposed_at,
                )
                .outerjoin(Staff, Staff.id == CompensationProposal.proposed_by_id)
                .where(
                    CompensationProposal.case_id == case_id,
                    CompensationProposal.compensation_id.is_(None),
                    CompensationProposal.declined_at.is_(None),
                )
                .order_by(CompensationProposal.proposed_at, CompensationProposal.id)
            )
        ]
        failure_row = session.execute(
            select(
                FailureRecord.attribution,
                FailureRecord.description,
                func.coalesce(Staff.name, ""),
                FailureRecord.recorded_at,
            )
            .outerjoin(Staff, Staff.id == FailureRecord.recorded_by_id)
            .where(FailureRecord.case_id == case_id)
        ).first()
        facts = (case.number, case.status, case.requested_deadline, case.projected_finish)
    by_item: dict[ActualCostItem, int] = {}
    for line in actual:
        by_item[line.item] = by_item.get(line.item, 0) + line.amount_fen
    waived = _waived(compensation)
    return CaseMoney(
        case_id,
        *facts,
        quote,
        actual,
        compare_items(quote, by_item),
        compensation,
        FailureView(*failure_row) if failure_row else None,
        margin(sum(quote.values()), by_item, sum(c.amount_fen for c in compensation) - waived, waived),
        proposals,
    )


@requires(Permission.RECORD_COSTS)
def record_actual_cost(
    database: Database,
    case_id: int,
    item: ActualCostItem,
    amount_fen: int,
    hours: float | None,
    note: str,
    now: datetime,
) -> int:
    """Raises: ValidationFailed ``amount``, ``hours`` (required for overtime), ``note``."""
    if problems := actual_cost_problems(item, amount_fen, hours, note.strip()):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        get_or_refuse(session, Case, case_id)
        row = ActualCost(
            case_id=case_id,
            item=item,
            amount_fen=amount_fen,
            hours=hours if item is ActualCostItem.OVERTIME else None,
            note=note.strip(),
            recorded_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


@requires(Permission.RECORD_COSTS)
def delete_actual_cost(database: Database, cost_id: int) -> None:
    """Raises: ValidationFailed ``cost`` when another desk deleted it first."""
    with database.unit_of_work() as session:
        row = get_or_refuse(session, ActualCost, cost_id)
        session.delete(row)


@requires(Permission.RECORD_COSTS)
def record_failure(
    database: Database,
    case_id: int,
    attribution: Responsibility,
    description: str,
    staff_id: int | None,
    now: datetime,
    seen_at: datetime | None = None,
) -> int:
    """Record (or correct) why the case failed and whose doing it was; one record per case.

    Allowed for a case closed as failed or late, and for an open case that missed its deadline or
    is projected to (see ``failure_allowed``); a record once made stays correctable. ``seen_at``:
    the record's time as the editor saw it.

    Raises:
        ValidationFailed: ``description`` empty or too long, ``recorded_by`` not chosen, ``case``
            not a failure.
        ConcurrentEdit: another desk recorded or changed the failure since it was shown.
    """
    staff_id = acting_staff(database, staff_id)
    problems = {}
    if not description.strip():
        problems["description"] = QT_TRANSLATE_NOOP("messages", "请写明未能按期完成的经过和原因")
    elif len(description) > DESCRIPTION_LIMIT:
        problems["description"] = Message(
            QT_TRANSLATE_NOOP("messages", "说明不能超过 {limit} 个字"), limit=DESCRIPTION_LIMIT
        )
    if staff_id is None:
        problems["recorded_by"] = QT_TRANSLATE_NOOP("messages", "请选择登记人")
    if problems:
        raise ValidationFailed(problems)
    try:
        with database.unit_of_work() as session:
            case = get_or_refuse(session, Case, case_id)
            get_or_refuse(session, Staff, staff_id, field="recorded_by")
            row = session.scalars(select(FailureRecord).where(FailureRecord.case_id == case_id)).first()
            allowed = failure_allowed(case.status, case.requested_deadline, case.projected_finish, now)
            if row is None and not allowed:
                raise ValidationFailed(
                    {
                        "case": QT_TRANSLATE_NOOP(
                            "messages", "只有失败、逾期完成或已经（预计）超过截止时间的案件才能登记失败原因"
                        )
                    }
                )
            if row is None:
                row = FailureRecord(case_id=case_id)
                session.add(row)
            elif seen_at is not None and row.recorded_at != seen_at:
                raise ConcurrentEdit()
            row.attribution, row.description = attribution, description.strip()
            row.recorded_by_id, row.recorded_at = staff_id, now
            session.flush()
            return row.id
    except IntegrityError as error:  # two desks recorded the first failure at once
        raise ConcurrentEdit() from error


def _record_compensation(
    session: Session,
    case_id: int,
    kind: CompensationKind,
    amount_fen: int,
    note: str,
    approved_by_id: int | None,
    now: datetime,
) -> int:
    problems = _compensation_problems(session, case_id, kind, amount_fen, approved_by_id)
    if problems:
        raise ValidationFailed(problems)
    row = CompensationRecord(
        case_id=case_id,
        kind=kind,
        amount_fen=amount_fen,
        note=note.strip(),
        approved_by_id=approved_by_id,
        approved_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def _compensation_problems(
    session: Session, case_id: int, kind: CompensationKind, amount_fen: int, approved_by_id: int | None
) -> dict[str, str]:
    get_or_refuse(session, Case, case_id)
    role = session.scalar(select(Staff.role).where(Staff.id == approved_by_id)) if approved_by_id else None
    fee = session.scalar(
        select(CostLine.amount_fen).where(CostLine.case_id == case_id, CostLine.item == CostItem.EXPEDITE_FEE)
    )
    waived = session.execute(
        select(func.coalesce(func.sum(CompensationRecord.amount_fen), 0)).where(
            CompensationRecord.case_id == case_id, CompensationRecord.kind == CompensationKind.FEE_WAIVED
        )
    ).scalar_one()  # an aggregate: always one row
    problems = compensation_problems(kind, amount_fen, role, fee or 0, waived)
    if session.scalar(select(FailureRecord.id).where(FailureRecord.case_id == case_id)) is None:
        problems["case"] = QT_TRANSLATE_NOOP("messages", "请先登记失败原因和责任归属，再登记补偿")
    return problems


def record_compensation(
    database: Database,
    case_id: int,
    kind: CompensationKind,
    amount_fen: int,
    note: str,
    approved_by_id: int | None,
    now: datetime,
) -> int:
    """Record what the office gave the client for its failure, as a manager approved it.

    Raises: NotPermitted (the logged-in role may not approve it); ValidationFailed ``approved_by``
    (not a manager), ``amount`` (negative, or a waived fee beyond the quoted expedite fee), ``case``
    (no failure recorded yet).
    """
    require(database, Permission.APPROVE_COMPENSATION)
    approved_by_id = acting_staff(database, approved_by_id)  # the manager logged in, not a name picked
    with database.unit_of_work() as session:
        return _record_compensation(session, case_id, kind, amount_fen, note, approved_by_id, now)


@requires(Permission.RECORD_COSTS)
def propose_compensation(
    database: Database,
    case_id: int,
    kind: CompensationKind,
    amount_fen: int,
    note: str,
    proposed_by_id: int | None,
    now: datetime,
) -> int:
    """Propose a compensation for a manager to approve (the login proposes); returns its id.

    Raises: ValidationFailed ``amount`` / ``case`` as record_compensation (the approver is chosen
    when a manager decides).
    """
    proposed_by_id = acting_staff(database, proposed_by_id)
    with database.unit_of_work() as session:
        problems = _compensation_problems(session, case_id, kind, amount_fen, None)
        problems.pop("approved_by")  # a manager approves it later
        if problems:
            raise ValidationFailed(problems)
        row = CompensationProposal(
            case_id=case_id,
            kind=kind,
            amount_fen=amount_fen,
            note=note.strip(),
            proposed_by_id=proposed_by_id,
            proposed_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


def _pending(session: Session, proposal_id: int, version: int | None) -> CompensationProposal:
    row = get_or_refuse(session, CompensationProposal, proposal_id)
    if version is not None and row.version != version:
        raise ConcurrentEdit()
    if row.compensation_id is not None or row.declined_at is not None:
        raise ValidationFailed({"proposal": QT_TRANSLATE_NOOP("messages", "该补偿提议已处理")})
    return row


@dataclass(frozen=True)
class PendingCompensation:
    """A proposal waiting for a manager, as the dashboard lists it."""

    id: int
    case_id: int
    number: str
    client: str
    kind: CompensationKind
    amount_fen: int
    note: str
    proposed_by: str
    proposed_at: datetime


def pending_compensations(database: Database) -> list[PendingCompensation]:
    """Every proposal neither approved nor declined, the oldest first, in one query."""
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                CompensationProposal.id,
                Case.id,
                Case.number,
                Client.name,
                CompensationProposal.kind,
                CompensationProposal.amount_fen,
                CompensationProposal.note,
                func.coalesce(Staff.name, ""),
                CompensationProposal.proposed_at,
            )
            .join(Case, Case.id == CompensationProposal.case_id)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(Staff, Staff.id == CompensationProposal.proposed_by_id)
            .where(CompensationProposal.compensation_id.is_(None), CompensationProposal.declined_at.is_(None))
            .order_by(CompensationProposal.proposed_at, CompensationProposal.id)
        ).all()
    return [PendingCompensation(*row) for row in rows]


@requires(Permission.APPROVE_COMPENSATION)
def approve_compensation(
    database: Database,
    proposal_id: int,
    now: datetime,
    version: int | None = None,
    approved_by_id: int | None = None,
) -> int:
    """A manager approves a proposal: it becomes a compensation approved by the login; returns its id.

    Raises: ValidationFailed ``proposal`` (gone or decided), as record_compensation otherwise;
    ConcurrentEdit.
    """
    approved_by_id = acting_staff(database, approved_by_id)
    with database.unit_of_work() as session:
        row = _pending(session, proposal_id, version)
        row.compensation_id = _record_compensation(
            session, row.case_id, row.kind, row.amount_fen, row.note, approved_by_id, now
        )
        return row.compensation_id


@requires(Permission.APPROVE_COMPENSATION)
def decline_compensation(
    database: Database,
    proposal_id: int,
    reason: str,
    now: datetime,
    version: int | None = None,
    declined_by_id: int | None = None,
) -> None:
    """A manager declines a proposal, saying why. Raises: ValidationFailed ``reason``, ``proposal``."""
    if not reason.strip():
        raise ValidationFailed({"reason": QT_TRANSLATE_NOOP("messages", "请写明不批准的理由")})
    declined_by_id = acting_staff(database, declined_by_id)
    with database.unit_of_work() as session:
        row = _pending(session, proposal_id, version)
        row.declined_by_id, row.declined_at, row.decline_reason = declined_by_id, now, reason.strip()


@dataclass(frozen=True)
class MarginSummary:
    """The office's money over the cases closed in a period."""

    cases: int
    margin: Margin

    @property
    def revenue_fen(self) -> int:
        return self.margin.revenue_fen

    @property
    def costs_fen(self) -> int:
        return self.margin.costs_fen

    @property
    def compensation_fen(self) -> int:
        """Everything given for failures, the waived fees included."""
        return self.margin.compensation_fen + self.margin.fee_waived_fen

    @property
    def margin_fen(self) -> int:
        return self.margin.margin_fen


def margins(database: Database, since: date, until: date) -> MarginSummary:
    """Count, revenue, costs, compensation and margin of the cases closed from ``since`` to
    ``until`` (both days included), summed in the database."""
    closed = select(Case.id).where(
        Case.closed_at >= datetime.combine(since, datetime.min.time()),
        Case.closed_at < datetime.combine(until + timedelta(days=1), datetime.min.time()),
    )
    waived = CompensationRecord.kind == CompensationKind.FEE_WAIVED
    with database.unit_of_work() as session:  # aggregates: always one row
        count = session.execute(select(func.count()).select_from(closed.subquery())).scalar_one()
        quoted = session.execute(
            select(func.coalesce(func.sum(CostLine.amount_fen), 0)).where(CostLine.case_id.in_(closed))
        ).scalar_one()
        costs = session.execute(
            select(func.coalesce(func.sum(ActualCost.amount_fen), 0)).where(ActualCost.case_id.in_(closed))
        ).scalar_one()
        split = select(
            func.coalesce(func.sum(when((waived, CompensationRecord.amount_fen), else_=0)), 0),
            func.coalesce(func.sum(when((waived, 0), else_=CompensationRecord.amount_fen)), 0),
        ).where(CompensationRecord.case_id.in_(closed))
        compensation: Row[int, int] = session.execute(split).one()  # typed here: select() cannot
    fee_waived, other = compensation
    return MarginSummary(count, Margin(int(quoted), int(fee_waived), int(costs), int(other)))
