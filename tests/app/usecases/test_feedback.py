"""Client feedback: the score, who took it, a complaint as a level-2 incident, and where it feeds."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import (
    Case,
    Client,
    ClientFeedback,
    IncidentRecord,
    KnowledgeEntry,
    SlaClockRecord,
    Staff,
    Task,
)
from app.domain.client_feedback import feedback_problems, stars, suggests_complaint
from app.domain.incident import IncidentCategory
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, ServiceType, StaffRole
from app.usecases.closing import close_case
from app.usecases.errors import ValidationFailed
from app.usecases.feedback import case_feedback, feedback_points, feedback_summary, record_feedback
from app.usecases.knowledge import case_timeline, quarterly_analysis
from tests.helpers import NOW, finish_work


def _open_case_and_clerk(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        case_id = session.scalar(  # still in time (closing it on time is allowed), no feedback yet
            select(Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.requested_deadline > NOW)
            .where(~Case.id.in_(select(ClientFeedback.case_id)))
            .order_by(Case.id)
        )
        clerk = session.scalar(select(Staff.id).where(Staff.role == StaffRole.FRONT_DESK).order_by(Staff.id))
    return case_id, clerk


def test_the_rules_of_a_score():
    assert feedback_problems(0, "", 1, False).keys() == {"satisfaction"}
    assert feedback_problems(6, "", None, False).keys() == {"satisfaction", "taken_by"}
    assert feedback_problems(2, "  ", 1, True).keys() == {"comment"}
    assert feedback_problems(5, "", 1, False) == {}
    assert [suggests_complaint(n) for n in range(1, 6)] == [True, True, False, False, False]
    assert stars(4) == "★★★★☆"


def test_a_score_outside_one_to_five_or_without_its_taker_is_refused(sample_database):
    case_id, clerk = _open_case_and_clerk(sample_database)
    for score in (0, 6):
        with pytest.raises(ValidationFailed) as failure:
            record_feedback(sample_database, case_id, score, "", clerk, NOW)
        assert set(failure.value.problems) == {"satisfaction"}
    with pytest.raises(ValidationFailed) as failure:
        record_feedback(sample_database, case_id, 3, "", None, NOW)
    assert set(failure.value.problems) == {"taken_by"}
    with pytest.raises(ValidationFailed) as failure:
        record_feedback(sample_database, case_id, 1, "", clerk, NOW, complaint=True)
    assert set(failure.value.problems) == {"comment"}
    with sample_database.unit_of_work() as session:
        other_task = session.scalar(select(Task.id).where(Task.case_id != case_id).limit(1))
    with pytest.raises(ValidationFailed) as failure:
        record_feedback(sample_database, case_id, 4, "", clerk, NOW, task_id=other_task)
    assert set(failure.value.problems) == {"task"}
    assert case_feedback(sample_database, case_id) == []


def test_a_complaint_opens_a_level_two_complaint_incident_on_a_two_hour_clock(sample_database):
    case_id, clerk = _open_case_and_clerk(sample_database)
    milestone = feedback_points(sample_database, case_id).milestones[0]
    praise = record_feedback(sample_database, case_id, 5, "很及时", clerk, NOW, task_id=milestone.task_id)
    complaint = record_feedback(
        sample_database, case_id, 1, "承诺的回电没有打来", clerk, NOW + timedelta(minutes=1), complaint=True
    )
    with sample_database.unit_of_work() as session:
        incident_id = session.get(ClientFeedback, complaint).incident_id
        incident = session.get(IncidentRecord, incident_id)
        clock = session.get(SlaClockRecord, incident.clock_id)
        assert (incident.case_id, incident.category, incident.level) == (
            case_id,
            IncidentCategory.COMPLAINT,
            ResponseLevel.L2,
        )
        assert "承诺的回电没有打来" in incident.description and incident.reported_by_id == clerk
        assert (clock.minutes, clock.started_at, clock.stopped_at) == (120, NOW + timedelta(minutes=1), None)
        assert session.get(ClientFeedback, praise).incident_id is None
    views = case_feedback(sample_database, case_id)
    assert [(v.satisfaction, v.milestone, v.complaint, v.incident_id) for v in views] == [
        (5, milestone.name, False, None),
        (1, "", True, incident_id),
    ]
    assert views[0].taken_by and views[0].taken_at == NOW


def test_a_low_score_the_clerk_does_not_call_a_complaint_opens_no_incident(sample_database):
    case_id, clerk = _open_case_and_clerk(sample_database)
    record_feedback(sample_database, case_id, 2, "", clerk, NOW)
    assert case_feedback(sample_database, case_id)[0].incident_id is None


def test_the_retrospective_timeline_includes_the_feedback(sample_database):
    case_id, clerk = _open_case_and_clerk(sample_database)
    finish_work(sample_database, case_id, NOW)
    close_case(sample_database, case_id, CaseStatus.ACHIEVED, NOW)
    record_feedback(sample_database, case_id, 4, "沟通顺畅", clerk, NOW + timedelta(hours=1), at_closing=True)
    record_feedback(sample_database, case_id, 2, "收费偏高", clerk, NOW + timedelta(hours=2), complaint=True)
    timeline = [line for line in case_timeline(sample_database, case_id) if "客户反馈" in line]
    assert timeline[-2:] == [
        f"{NOW + timedelta(hours=1):%m-%d %H:%M} 客户反馈（结案时）满意度 4/5：沟通顺畅",
        f"{NOW + timedelta(hours=2):%m-%d %H:%M} 客户反馈满意度 2/5，投诉：收费偏高",
    ]


def test_the_summary_and_the_quarterly_analysis_count_satisfaction_and_complaints(database):
    with database.unit_of_work() as session:
        session.add(Staff(id=1, name="刘芳", role=StaffRole.FRONT_DESK))
        session.add(Client(id=1, name="上海示例贸易有限公司"))
        for case_id in (1, 2, 3):
            session.add(
                Case(
                    id=case_id,
                    number=f"JJ2026-{case_id:05d}",
                    client_id=1,
                    service_type=ServiceType.TAX_FILING,
                    title="清税",
                    requested_deadline=datetime(2026, 3, 1),
                )
            )
        session.flush()
        reviews = {1: datetime(2026, 1, 10), 2: datetime(2026, 2, 10), 3: datetime(2026, 4, 10)}
        for case_id, at in reviews.items():
            session.add(
                KnowledgeEntry(
                    title="复盘",
                    source="retrospective",
                    case_id=case_id,
                    problem_type="沟通",
                    service_type="tax_filing",
                    outcome="achieved",
                    delay_hours=0.0,
                    created_at=at,
                    updated_at=at,
                )
            )
        for case_id, score, complaint in ((1, 5, False), (1, 2, True), (2, 4, False), (3, 3, False)):
            session.add(
                ClientFeedback(
                    case_id=case_id,
                    satisfaction=score,
                    complaint=complaint,
                    taken_by_id=1,
                    taken_at=reviews[case_id] - timedelta(hours=1),
                )
            )
    q1, q2 = quarterly_analysis(database).quarters
    assert (q1.quarter, q1.cases, q1.average_satisfaction, q1.complaints) == ("2026Q1", 2, 11 / 3, 1)
    assert (q2.quarter, q2.cases, q2.average_satisfaction, q2.complaints) == ("2026Q2", 1, 3.0, 0)
    summary = feedback_summary(database, datetime(2026, 1, 1).date(), datetime(2026, 2, 10).date())
    assert (summary.count, summary.average, summary.complaints) == (3, 11 / 3, 1)
    empty = feedback_summary(database, datetime(2025, 1, 1).date(), datetime(2025, 12, 31).date())
    assert (empty.count, empty.average, empty.complaints) == (0, None, 0)


def test_a_comment_over_the_limit_is_refused_with_the_limit():
    assert feedback_problems(4, "好" * 1901, 1, False) == {"comment": "意见不能超过 1900 个字"}
    assert feedback_problems(4, "好" * 1900, 1, False) == {}
