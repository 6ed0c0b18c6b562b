"""The sample-data generator: realistic, valid, deterministic, and safe to run twice."""

from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select
from stdnum.cn import uscc

from app.db.models import (
    ActivityMention,
    ActualCost,
    Case,
    CaseActivity,
    CaseMember,
    Client,
    ClientFeedback,
    ClientNotice,
    CompensationProposal,
    CompensationRecord,
    FailureRecord,
    IncidentRecord,
    IncidentStep,
    KnowledgeEntry,
    LetterVersion,
    MaterialReviewRecord,
    OfficeProfile,
    RetrospectiveRecord,
    SlaClockRecord,
    SlaPauseRecord,
    Staff,
    Task,
    TaskDependency,
    TaskEvent,
    UrgencyAssessmentRecord,
)
from app.domain.case_documents import Responsibility
from app.domain.case_risk import Severity
from app.domain.phone import phone_problem
from app.domain.retrospective import CLOSED_OUTCOMES, outcome_problem, work_finished_at
from app.domain.vocabulary import (
    BOARD_STATUSES,
    OPEN_CASE_STATUSES,
    CaseStatus,
    ServiceType,
    StaffRole,
    TaskStatus,
)
from app.sample.logins import DEMO_PASSWORD
from app.sample.office import SAMPLE_STAFF, generate_sample_office
from app.usecases.accounts import login
from app.usecases.board import task_detail
from app.usecases.calendar import load_working_calendar
from app.usecases.case_costs import approve_compensation, pending_compensations
from app.usecases.case_team import resource_pool
from app.usecases.dashboard import load_dashboard
from tests.helpers import NOW


def _all(database, query):
    with database.unit_of_work() as session:
        return session.execute(query).all()


def test_clients_have_valid_credit_codes_and_phone_numbers(sample_database):
    clients = _all(sample_database, select(Client.name, Client.credit_code, Client.phone))
    assert len(clients) >= 5
    assert all(uscc.is_valid(code) for _, code, _ in clients)
    assert all(phone_problem(phone) is None for _, _, phone in clients)
    assert len({name for name, _, _ in clients}) == len(clients)


@pytest.mark.slow
def test_cases_span_years_and_a_tenth_are_open(database):
    summary = generate_sample_office(database, 400, seed=3, now=NOW)
    rows = _all(database, select(Case.status, Case.created_at, Case.requested_deadline, Case.closed_at))
    assert summary.cases == len(rows) == 400
    assert summary.open_cases == sum(status.is_open for status, *_ in rows) == 40
    assert min(created for _, created, _, _ in rows).year <= NOW.year - 4
    assert all(deadline > created for _, created, deadline, _ in rows)
    assert all((closed is None) == status.is_open for status, _, _, closed in rows)
    assert {s for s, *_ in rows} == set(CaseStatus)
    overdue = sum(status.is_open and deadline < NOW for status, _, deadline, _ in rows)
    assert 0 < overdue < 20  # a few missed deadlines, as in a real office


def test_tasks_cover_every_board_column_and_dependencies_stay_inside_a_case(large_sample_database):
    tasks = dict(_all(large_sample_database, select(Task.id, Task.case_id)))
    statuses = Counter(status for (status,) in _all(large_sample_database, select(Task.status)))
    assert set(statuses) >= set(BOARD_STATUSES)
    blocked_reasons = _all(
        large_sample_database, select(Task.blocked_reason).where(Task.status == TaskStatus.BLOCKED)
    )
    assert all(reason for (reason,) in blocked_reasons)
    successors = defaultdict(list)
    for predecessor, successor in _all(
        large_sample_database, select(TaskDependency.predecessor_id, TaskDependency.successor_id)
    ):
        assert tasks[predecessor] == tasks[successor]
        successors[predecessor].append(successor)
    # No cycles: a depth-first walk never meets a task already on its path.
    state = {}

    def visit(task):
        state[task] = "on path"
        for nxt in successors[task]:
            assert state.get(nxt) != "on path"
            if nxt not in state:
                visit(nxt)
        state[task] = "done"

    for task in tasks:
        if task not in state:
            visit(task)


def test_same_seed_same_office(tmp_path):
    from app.db.database import open_database
    from app.db.migrate import upgrade

    snapshots = []
    for name in ("a", "b"):
        database = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        upgrade(database)
        generate_sample_office(database, 20, seed=11, now=NOW)
        snapshots.append(
            [
                _all(database, select(Case.number, Case.title, Case.requested_deadline).order_by(Case.id)),
                _all(
                    database,
                    select(Task.assignee_id, Task.status, Task.started_at, Task.completed_at).order_by(
                        Task.id
                    ),
                ),
                _all(
                    database,
                    select(KnowledgeEntry.title, KnowledgeEntry.created_at).order_by(KnowledgeEntry.id),
                ),
                _all(database, select(Staff.name, Staff.role).order_by(Staff.id)),
            ]
        )
        database.dispose()
    assert snapshots[0] == snapshots[1]


def test_running_twice_adds_to_the_office_without_clashes(sample_database):
    generate_sample_office(sample_database, 60, seed=8, now=NOW)
    with sample_database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 120
        assert session.scalar(select(func.count(func.distinct(Case.number)))) == 120
        assert session.scalar(select(func.count()).select_from(OfficeProfile)) == 1
        assert session.scalar(select(func.count()).select_from(Staff)) == len(SAMPLE_STAFF)


# -- a sample that looks like a real office (issue 22) -----------------------------------------
#: The demo's default size (`expedite-desk demo`): what a user sees first.
DEMO_CASES = 200


@pytest.fixture
def demo_office(office_copy):
    return office_copy(DEMO_CASES, 7)


@pytest.fixture(params=["demo_office", "large_sample_database"])
def any_office(request):
    """The demo's office and the large one: the proportions hold as the office grows."""
    return request.getfixturevalue(request.param)


def test_each_specialist_carries_a_working_week_of_open_work(any_office):
    """20–60 working hours each: the office employs as many people as its open cases need. Only one
    whose single open task is longer (a 86-hour 税务清算) carries more; nobody else more than 60."""
    pool = resource_pool(any_office, NOW)
    hours = {person.name: person.open_minutes / 60 for person in pool}
    alone = {p.name for p in pool if p.open_tasks == 1 and hours[p.name] > 60}  # one task, too long to share
    assert all(
        20 <= hours[p.name] <= 60 for p in pool if p.role is StaffRole.SPECIALIST and p.name not in alone
    )
    assert all(hours[p.name] <= 60 for p in pool if p.name not in alone), hours
    assert len(alone) <= 0.2 * sum(p.role is StaffRole.SPECIALIST for p in pool)


def test_a_few_open_cases_are_at_risk(any_office):
    dashboard = load_dashboard(any_office, NOW, None)
    open_cases = len(_all(any_office, select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES))))
    assert 0.05 <= len(dashboard.at_risk) / open_cases <= 0.15
    assert dashboard.at_risk[0].severity is Severity.OVERDUE  # one at least, the most serious first


def test_lessons_are_rarely_repeated_and_name_the_case_facts(demo_office):
    entries = _all(demo_office, select(KnowledgeEntry.title, KnowledgeEntry.service_type))
    titles = Counter(title for title, _ in entries)
    assert len(titles) >= 0.95 * len(entries) and max(titles.values()) <= 2
    labels = {service.value: service.label for service in ServiceType}
    assert all(labels[service] in title for title, service in entries)  # the service it happened in


def _at_work(calendar, moment) -> bool:
    """Inside a working period of a working day (a period's end counts: work done at 12:00)."""
    minute = moment.hour * 60 + moment.minute + moment.second / 60
    return any(start <= minute <= end for start, end in calendar.periods(moment.date()))


#: Every moment the sample says someone did something.
_MOMENTS = (
    Client.created_at, Case.created_at, Case.accepted_at, Case.cost_approved_at, Case.closed_at,
    Task.started_at, Task.completed_at, Task.checked_at, UrgencyAssessmentRecord.assessed_at,
    MaterialReviewRecord.reviewed_at, LetterVersion.created_at, CaseMember.added_at, CaseActivity.at,
    ActivityMention.read_at, ClientNotice.raised_at, ClientNotice.sent_at, ClientFeedback.taken_at,
    IncidentRecord.reported_at, IncidentRecord.escalated_at, IncidentRecord.resolved_at, IncidentStep.done_at,
    SlaClockRecord.started_at, SlaClockRecord.stopped_at, SlaPauseRecord.start, SlaPauseRecord.end,
    ActualCost.recorded_at, FailureRecord.recorded_at, CompensationRecord.approved_at,
    CompensationProposal.proposed_at, CompensationProposal.declined_at, TaskEvent.at,
    RetrospectiveRecord.written_at, KnowledgeEntry.created_at,
)  # fmt: skip


def test_everything_happens_in_working_time(demo_office):
    """No task done at 04:37, no review written on a Sunday: people work in office hours."""
    calendar = load_working_calendar(demo_office)
    outside, empty = {}, []
    for column in _MOMENTS:
        moments = [m for (m,) in _all(demo_office, select(column)) if m is not None]
        empty += [] if moments else [str(column)]
        outside.update({str(column): m for m in moments if not _at_work(calendar, m) or m > NOW})
    assert outside == {}
    assert len(empty) <= 3, empty  # a small office has few checks, compensations and declines


def test_deadlines_are_in_office_hours_of_working_days(demo_office):
    """Clients ask for a working day: no deadline on 国庆 or a weekend."""
    calendar = load_working_calendar(demo_office)
    deadlines = [deadline for (deadline,) in _all(demo_office, select(Case.requested_deadline))]
    assert [d for d in deadlines if not _at_work(calendar, d)] == []
    assert min(deadlines).year <= NOW.year - 4  # years of history: 国庆 came five times, no deadline on it


def test_outcomes_agree_with_when_the_work_finished(demo_office):
    """按期完成 when the last task was done by the deadline, 逾期完成 only when after it (as closing
    checks); a closed case has no task left open."""
    completions, still_open = defaultdict(list), defaultdict(int)
    for case_id, status, done in _all(demo_office, select(Task.case_id, Task.status, Task.completed_at)):
        completions[case_id].append(done if status is TaskStatus.DONE else None)
        still_open[case_id] += status not in (TaskStatus.DONE, TaskStatus.CANCELLED)
    closed = _all(
        demo_office,
        select(Case.id, Case.status, Case.requested_deadline, Case.closed_at).where(
            Case.closed_at.is_not(None)
        ),
    )
    assert {status for _, status, _, _ in closed} == set(CLOSED_OUTCOMES)
    for case_id, status, deadline, closed_at in closed:
        finished = work_finished_at(completions[case_id], closed_at)
        assert outcome_problem(status, deadline, finished, still_open[case_id]) == "", case_id
        assert finished <= closed_at, case_id
        if status in (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE):  # all its work done
            assert None not in completions[case_id]
    left_open = select(Task.id).join(Case).where(Case.closed_at.is_not(None), Task.status.not_in(
        (TaskStatus.DONE, TaskStatus.CANCELLED)
    ))  # fmt: skip
    assert _all(demo_office, left_open) == []


def test_work_under_way_has_a_history_naming_who_moved_it(demo_office):
    """The task window's history is not empty for the sample's work under way: picked up by its
    assignee, and for a held-up task the reason it was held up."""
    started = _all(demo_office, select(Task.id, Task.status, Task.blocked_reason).join(Case).where(
        Case.closed_at.is_(None), Task.started_at.is_not(None)
    ))  # fmt: skip
    assert started
    for task_id, status, reason in started[:40]:
        history = task_detail(demo_office, task_id).history
        assert history[-1].text == "从“待办”移到“进行中”" and history[-1].by, task_id
        if status is TaskStatus.BLOCKED:
            assert history[0].text.endswith(f"（{reason}）")


def test_compensation_goes_through_proposals_and_some_wait_for_a_manager(demo_office):
    """Every approved compensation was proposed first; overdue open cases have proposals still waiting
    (the dashboard's list for a manager), and a few were declined with a reason."""
    approved = {id_ for (id_,) in _all(demo_office, select(CompensationRecord.id))}
    proposals = _all(
        demo_office,
        select(CompensationProposal.compensation_id, CompensationProposal.declined_at,
               CompensationProposal.decline_reason, Case.closed_at, Case.requested_deadline,
               CompensationProposal.proposed_at).join(Case),
    )  # fmt: skip
    assert approved == {compensation for compensation, *_ in proposals if compensation is not None}
    pending = [row for row in proposals if row[0] is None and row[1] is None]
    assert pending and all(
        closed is None and deadline < proposed for *_, closed, deadline, proposed in pending
    )
    assert all(reason for compensation, declined, reason, *_ in proposals if declined is not None)


def test_every_proposal_follows_a_failure_its_proposer_recorded_and_a_manager_can_approve_it(demo_office):
    """Seen: 待审批的赔付 listed proposals on overdue cases without a failure record, so 批准 answered
    「请先登记失败原因和责任归属，再登记补偿」."""
    rows = _all(
        demo_office,
        select(CompensationProposal.proposed_by_id, CompensationProposal.proposed_at, Case.closed_at,
               FailureRecord.recorded_by_id, FailureRecord.recorded_at, FailureRecord.attribution)
        .join(Case, Case.id == CompensationProposal.case_id)
        .outerjoin(FailureRecord, FailureRecord.case_id == CompensationProposal.case_id),
    )  # fmt: skip
    assert rows
    for proposer, proposed, closed, recorder, recorded, attribution in rows:
        assert recorded is not None and recorded <= proposed  # the failure first, then the proposal
        if closed is None:  # a delay on a case under way: the coordinator records it as the office's
            assert (recorder, attribution) == (proposer, Responsibility.OFFICE)
    demo_office.actor = login(demo_office, "zhoumingyuan", DEMO_PASSWORD, NOW)  # 主管
    pending = pending_compensations(demo_office)
    assert pending
    for proposal in pending:
        approve_compensation(demo_office, proposal.id, NOW)
    assert pending_compensations(demo_office) == []
