"""Sample client feedback, actual costs, failures and compensation for the sample office.

Feedback follows some milestones and most closings, scored by how the case went; a few complaints
became level-2 incidents with their response clocks. Closed and active cases carry actual costs
near their estimate; failed cases a failure record, and the office's own failures the compensation
a manager approved on a coordinator's proposal; some overdue open cases have a proposal still
waiting for a manager (the dashboard's 待审批的赔付), a few declined. Bulk inserts with ids written
here: seconds at 20,000 cases. A second run adds only for the cases added since.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select

from app.db.database import Database
from app.db.models import (
    ActualCost,
    Case,
    Client,
    ClientFeedback,
    CompensationProposal,
    CompensationRecord,
    CostLine,
    FailureRecord,
    IncidentRecord,
    SlaClockRecord,
    Staff,
    Task,
)
from app.domain.case_costs import ActualCostItem, CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.cost_estimate import CostItem
from app.domain.incident import IncidentCategory
from app.domain.sla import Clock, ResponseLevel
from app.domain.vocabulary import CaseStatus, StaffRole
from app.domain.working_calendar import WorkingCalendar
from app.sample.office_time import OfficeTime
from app.usecases.calendar import load_working_calendar
from app.usecases.sla_clocks import sla_settings_of

#: Closing feedback is asked of most clients; a withdrawn one seldom answers.
CLOSING_FEEDBACK = {
    CaseStatus.ACHIEVED: 0.85,
    CaseStatus.ACHIEVED_LATE: 0.85,
    CaseStatus.FAILED: 0.85,
    CaseStatus.WITHDRAWN: 0.3,
}
MILESTONE_FEEDBACK = 0.25
#: Of the open cases past their deadline, those whose coordinator proposed compensation (a manager
#: has not decided yet), and those where a manager declined it.
PENDING_PROPOSAL, DECLINED_PROPOSAL = 0.5, 0.15
_DECLINE_REASONS = ("延误由客户补交材料引起，不予赔付", "已与客户协商改期，无需赔付")
_CLOSING_SCORES = {
    CaseStatus.ACHIEVED: (4, 5),
    CaseStatus.ACHIEVED_LATE: (2, 4),
    CaseStatus.FAILED: (1, 3),
    CaseStatus.WITHDRAWN: (3, 5),
}
_COMMENTS = {
    5: ("非常及时，感谢团队加班", "比预期提前完成，下次还找你们", "进度通知很到位"),
    4: ("整体满意，个别材料反复确认了几次", "办得不错，沟通再主动些更好", ""),
    3: ("结果可以，但中间等消息太久", "费用说明不够清楚", ""),
    2: ("没有按约定时间回电", "材料被退回两次，耽误了时间", "进度不透明，要我们自己去问"),
    1: ("错过了投标截止时间，损失很大", "多次催促都没有明确答复", "承诺的时间完全没有做到"),
}
_COST_NOTES = {
    ActualCostItem.OVERTIME: ("周末加班", "夜间加班准备材料", "节前加班"),
    ActualCostItem.EXPERT_PREMIUM: ("税务专家咨询", "资深代理人现场办理", "法务复核"),
    ActualCostItem.CHANNEL_FEE: ("绿色通道服务费", "预约加急窗口"),
    ActualCostItem.OTHER: ("快递费", "打车费", "复印装订", "公证费"),
}
_FAILURES = {
    Responsibility.CLIENT: ("客户未按约定时间提供公章和股东会决议", "客户临时变更经营范围，需重新申报"),
    Responsibility.OFFICE: ("专员漏交一份租赁合同，窗口退回补正", "信用代码录入错误，提交被驳回后重做"),
    Responsibility.EXTERNAL: ("登记系统升级，暂停受理两天", "窗口政策临时调整，需补充新材料"),
}
#: Why an open case went past its deadline, as its coordinator records it before proposing a waiver.
_DELAYS = (
    "专员同时跟进多个加急案件，网上提交晚了一天，已超过客户截止时间",
    "内部复核积压，材料晚一天递交窗口，未能在截止时间前办结",
    "漏看窗口的补正通知，补交材料耽误了一天",
)
_ESTIMATED = {
    CostItem.OVERTIME: ActualCostItem.OVERTIME,
    CostItem.EXPERT_PREMIUM: ActualCostItem.EXPERT_PREMIUM,
    CostItem.CHANNEL_FEE: ActualCostItem.CHANNEL_FEE,
}
_BATCH = 5000


def _score(rng: random.Random, status: CaseStatus, at_closing: bool) -> int:
    if at_closing:
        return rng.randint(*_CLOSING_SCORES[status])
    behind = status in (CaseStatus.ACHIEVED_LATE, CaseStatus.FAILED)
    return rng.choice((2, 3, 4, 4, 5) if behind else (3, 4, 4, 5, 5, 5))


def _complaint(rng: random.Random, score: int) -> bool:
    return rng.random() < (0.5 if score <= 2 else 0.03 if score == 3 else 0.0)


def _yuan_fen(amount: float) -> int:
    """Whole yuan, as costs are booked."""
    return max(100, round(amount / 100) * 100)


class _Rows:
    """Rows of every table, and the ids written for incidents, clocks and compensation."""

    def __init__(self, next_incident: int, next_clock: int, next_compensation: int) -> None:
        self.tables: dict[type, list[dict]] = defaultdict(list)
        self.next_incident, self.next_clock, self.next_compensation = (
            next_incident,
            next_clock,
            next_compensation,
        )

    def add(self, model: type, row: dict) -> None:
        self.tables[model].append(row)


@dataclass(frozen=True)
class _Response:
    """How a complaint on the case is timed: the client's calendar and the level-2 promise."""

    calendar: WorkingCalendar
    around_the_clock: bool
    minutes: int
    office: OfficeTime  # people answer and resolve at work


def generate_sample_feedback(database: Database, rng: random.Random, now: datetime) -> None:
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        settings = sla_settings_of(session)
        staff: dict[StaffRole, list[int]] = defaultdict(list)
        for staff_id, role in session.execute(select(Staff.id, Staff.role).where(Staff.active)):
            staff[role].append(staff_id)
        # A second run carries on after the last case that has any of these (sample ids ascend).
        after = max(
            (session.scalar(select(func.max(model.case_id))) or 0)
            for model in (ClientFeedback, ActualCost, FailureRecord)
        )
        cases = session.execute(
            select(
                Case.id,
                Case.status,
                Case.created_at,
                Case.closed_at,
                Case.manager_id,
                Case.requested_deadline,
                Client.tier,
            )
            .join(Client, Client.id == Case.client_id)
            .where(Case.id > after)
            .order_by(Case.id)
        ).all()
        quotes: dict[int, dict[CostItem, int]] = defaultdict(dict)
        for case_id, item, fen in session.execute(
            select(CostLine.case_id, CostLine.item, CostLine.amount_fen).where(CostLine.case_id > after)
        ):
            quotes[case_id][item] = fen
        milestones: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
        for case_id, task_id, done in session.execute(
            select(Task.case_id, Task.id, Task.completed_at)
            .where(Task.milestone, Task.completed_at.is_not(None), Task.case_id > after)
            .order_by(Task.case_id, Task.position)
        ):
            assert done is not None  # the query leaves out milestones not yet done
            milestones[case_id].append((task_id, done))
        rows = _Rows(
            (session.scalar(select(func.max(IncidentRecord.id))) or 0) + 1,
            (session.scalar(select(func.max(SlaClockRecord.id))) or 0) + 1,
            (session.scalar(select(func.max(CompensationRecord.id))) or 0) + 1,
        )
    takers = staff[StaffRole.FRONT_DESK] + staff[StaffRole.COORDINATOR]
    managers = staff[StaffRole.MANAGER]
    if not takers or not managers:
        return
    minutes = settings.level_minutes[ResponseLevel.L2]
    time = OfficeTime(office, now)
    responses = {
        around: _Response(WorkingCalendar.around_the_clock() if around else office, around, minutes, time)
        for around in (False, True)
    }
    waiting = False
    for case_id, status, created_at, closed_at, manager_id, deadline, tier in cases:
        response = responses[settings.around_the_clock(tier)]
        for task_id, finished in milestones[case_id]:
            if rng.random() < MILESTONE_FEEDBACK:
                at = time.after(finished, rng.randint(10, 240))
                _feedback(rows, rng, case_id, status, task_id, at, takers, response, now)
        if closed_at is not None and rng.random() < CLOSING_FEEDBACK[status]:
            at = time.after(closed_at, rng.randint(60, 16 * 60))
            _feedback(rows, rng, case_id, status, None, at, takers, response, now)
        if closed_at is not None or status is CaseStatus.ACTIVE:
            _costs(rows, rng, case_id, quotes[case_id], closed_at or created_at, closed_at is not None, time)
        if status is CaseStatus.FAILED and closed_at is not None:  # a failure is recorded when it closed
            recorder = manager_id or rng.choice(takers)
            _failure(rows, rng, case_id, closed_at, recorder, quotes[case_id], managers, time)
        if status is CaseStatus.ACTIVE and deadline < now and manager_id is not None:
            waiting = _overdue_proposal(
                rows, rng, case_id, deadline, manager_id, quotes[case_id], managers, time, waiting
            )
    with database.unit_of_work() as session:
        for model in (
            SlaClockRecord,
            IncidentRecord,
            ClientFeedback,
            ActualCost,
            FailureRecord,
            CompensationRecord,
            CompensationProposal,
        ):
            table = rows.tables[model]
            for start in range(0, len(table), _BATCH):
                session.execute(insert(model), table[start : start + _BATCH])


def _feedback(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    status: CaseStatus,
    task_id: int | None,
    at: datetime,
    takers: list[int],
    response: _Response,
    now: datetime,
) -> None:
    score = _score(rng, status, task_id is None)
    complaint = _complaint(rng, score)
    comment = rng.choice(_COMMENTS[score]) or (_COMMENTS[3][0] if complaint else "")
    taker = rng.choice(takers)
    incident_id = None
    if complaint:
        incident_id = _complaint_incident(
            rows, rng, case_id, f"客户投诉（满意度 {score} 星）：{comment}", taker, at, response, now
        )
    rows.add(
        ClientFeedback,
        {
            "case_id": case_id,
            "task_id": task_id,
            "at_closing": task_id is None,
            "satisfaction": score,
            "comment": comment,
            "complaint": complaint,
            "incident_id": incident_id,
            "taken_by_id": taker,
            "taken_at": at,
        },
    )


def _complaint_incident(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    description: str,
    taker: int,
    at: datetime,
    response: _Response,
    now: datetime,
) -> int:
    """A complaint's level-2 incident and its clock: answered (mostly in time) unless very recent."""
    calendar, minutes = response.calendar, response.minutes
    used = rng.randint(10, minutes - 5) if rng.random() < 0.85 else minutes + rng.randint(10, 180)
    answered = calendar.add_working_minutes(calendar.next_working_instant(at), used)
    office = response.office
    stopped = office.working(answered) if answered <= now else None
    resolved = office.instant(office.offset(stopped) + rng.randint(60, 16 * 60)) if stopped else None
    resolved = resolved if resolved and resolved <= now else None
    clock_id, incident_id = rows.next_clock, rows.next_incident
    rows.next_clock += 1
    rows.next_incident += 1
    rows.add(
        SlaClockRecord,
        {
            "id": clock_id,
            "case_id": case_id,
            "title": f"{IncidentCategory.COMPLAINT.label}：{description}"[:200],
            "level": ResponseLevel.L2,
            "minutes": minutes,
            "around_the_clock": response.around_the_clock,
            "started_at": at,
            "stopped_at": stopped,
            "stopped_by_id": taker if stopped else None,
            "breach_minutes": Clock(at, minutes, (), stopped).breach_minutes(calendar, stopped)
            if stopped
            else None,
        },
    )
    rows.add(
        IncidentRecord,
        {
            "id": incident_id,
            "case_id": case_id,
            "category": IncidentCategory.COMPLAINT,
            "level": ResponseLevel.L2,
            "description": description,
            "reported_by_id": taker,
            "reported_at": at,
            "plan_id": None,
            "plan_name": "",
            "clock_id": clock_id,
            "escalated_to_id": None,
            "escalated_at": None,
            "resolved_at": resolved,
            "resolution": "已致电客户致歉，说明原因和补救安排" if resolved else "",
        },
    )
    return incident_id


def _costs(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    quote: dict[CostItem, int],
    since: datetime,
    closed: bool,
    time: OfficeTime,
) -> None:
    """Closed cases near their estimate (±30 %); active ones part of the way there; every one some
    small expense."""
    spent: dict[ActualCostItem, int] = {}
    for line, item in _ESTIMATED.items():
        estimate = quote.get(line, 0)
        if estimate and (closed or rng.random() < 0.6):
            spent[item] = _yuan_fen(estimate * (rng.uniform(0.7, 1.3) if closed else rng.uniform(0.2, 0.9)))
    if ActualCostItem.OVERTIME not in spent and closed and rng.random() < 0.15:
        spent[ActualCostItem.OVERTIME] = _yuan_fen(rng.randint(2, 12) * 12_000)  # unplanned overtime
    if not spent or rng.random() < 0.3:  # a courier or a taxi at least: a second run starts after it
        spent[ActualCostItem.OTHER] = _yuan_fen(rng.randint(2_000, 50_000))
    hourly = rng.choice((8_000, 10_000, 12_000, 15_000))  # fen an hour of overtime
    for item, fen in spent.items():
        rows.add(
            ActualCost,
            {
                "case_id": case_id,
                "item": item,
                "amount_fen": fen,
                "hours": max(0.5, round(fen / hourly * 2) / 2) if item is ActualCostItem.OVERTIME else None,
                "note": rng.choice(_COST_NOTES[item]),
                "recorded_at": time.after(since, rng.randint(30, 16 * 60)),
            },
        )


def _failure(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    closed_at: datetime,
    recorder: int,
    quote: dict[CostItem, int],
    managers: list[int],
    time: OfficeTime,
) -> None:
    """Why a failed case failed; the office's own failures compensated (fee waived, redo, fine)."""
    attribution = rng.choices(list(Responsibility), weights=(35, 35, 30))[0]
    recorded = time.after(closed_at, rng.randint(30, 6 * 60))
    rows.add(
        FailureRecord,
        {
            "case_id": case_id,
            "attribution": attribution,
            "description": rng.choice(_FAILURES[attribution]),
            "recorded_by_id": recorder,
            "recorded_at": recorded,
        },
    )
    if attribution is not Responsibility.OFFICE:
        return
    fee = quote.get(CostItem.EXPEDITE_FEE, 0)
    given = []
    if fee and rng.random() < 0.7:
        given.append((CompensationKind.FEE_WAIVED, fee if rng.random() < 0.6 else fee // 2, "免收加急服务费"))
    if rng.random() < 0.3:
        given.append((CompensationKind.FREE_REDO, _yuan_fen(rng.randint(50_000, 300_000)), "免费重新办理"))
    if not given or rng.random() < 0.3:
        given.append((CompensationKind.FINE_BORNE, _yuan_fen(rng.randint(20_000, 500_000)), "承担逾期滞纳金"))
    for kind, fen, note in given:
        proposed = time.after(recorded, rng.randint(10, 120))
        rows.add(
            CompensationRecord,
            {
                "id": rows.next_compensation,
                "case_id": case_id,
                "kind": kind,
                "amount_fen": fen,
                "note": note,
                "approved_by_id": rng.choice(managers),
                "approved_at": time.after(proposed, rng.randint(60, 16 * 60)),
            },
        )
        proposal = {"case_id": case_id, "kind": kind, "amount_fen": fen, "note": note}
        rows.add(
            CompensationProposal,
            proposal
            | {
                "proposed_by_id": recorder,
                "proposed_at": proposed,
                "compensation_id": rows.next_compensation,
            },
        )
        rows.next_compensation += 1


def _overdue_proposal(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    deadline: datetime,
    coordinator: int,
    quote: dict[CostItem, int],
    managers: list[int],
    time: OfficeTime,
    waiting: bool,
) -> bool:
    """The coordinator of a case past its deadline records the delay as the office's failure, then
    proposes waiving part of the expedite fee (a manager approves a compensation only for a recorded
    failure): most proposals still wait for a manager, a few were declined with the reason.

    ``waiting``: whether a proposal already waits; the first case that can have one does, so that
    even a small office shows a manager's list. Returns whether one waits now."""
    fee = quote.get(CostItem.EXPEDITE_FEE, 0)
    chance = rng.random() if waiting else 0.0
    if not fee or chance >= PENDING_PROPOSAL + DECLINED_PROPOSAL:
        return waiting
    recorded = time.after(deadline, rng.randint(30, 4 * 60))
    rows.add(
        FailureRecord,
        {
            "case_id": case_id,
            "attribution": Responsibility.OFFICE,
            "description": rng.choice(_DELAYS),
            "recorded_by_id": coordinator,
            "recorded_at": recorded,
        },
    )
    proposed = time.after(recorded, rng.randint(10, 4 * 60))
    row = {
        "case_id": case_id,
        "kind": CompensationKind.FEE_WAIVED,
        "amount_fen": _yuan_fen(fee * rng.choice((0.3, 0.5, 1.0))),
        "note": rng.choice(("逾期交付，减免部分加急服务费", "未按承诺时间办结，建议退还加急费")),
        "proposed_by_id": coordinator,
        "proposed_at": proposed,
    }
    if chance >= PENDING_PROPOSAL:
        row |= {
            "declined_by_id": rng.choice(managers),
            "declined_at": time.after(proposed, rng.randint(30, 8 * 60)),
            "decline_reason": rng.choice(_DECLINE_REASONS),
        }
    rows.add(CompensationProposal, row)
    return waiting or chance < PENDING_PROPOSAL
