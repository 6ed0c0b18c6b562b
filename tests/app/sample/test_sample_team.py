"""The sample's teams and feeds: every team valid by the office's own rules, decisions @ the case
manager, confirmed checks on the task, and a second run adds nothing twice."""

import random
from datetime import timedelta

from sqlalchemy import func, select

from app.db.models import ActivityMention, Case, CaseActivity, CaseMember, Staff, Task
from app.domain.case_team import ActivityKind, parse_mentions, team_problems
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceType, StaffRole
from app.sample.office import generate_sample_office
from app.sample.team import TEAM_HISTORY, generate_sample_teams
from tests.helpers import NOW


def test_sample_teams_follow_the_rules(large_sample_database):
    generate_sample_teams(large_sample_database, random.Random(1), NOW)
    labels = {service.label for service in ServiceType}
    with large_sample_database.unit_of_work() as session:
        staff = session.scalars(select(Staff)).all()
        assert all(2 <= len(s.skills) <= 4 and set(s.skills) <= labels and s.region for s in staff)
        roles = {s.id: s.role for s in staff}
        names = {s.id: s.name for s in staff}
        assert session.scalar(select(func.count()).where(Case.region == "")) == 0
        members: dict[int, list] = {}
        for case_id, staff_id, part in session.execute(
            select(CaseMember.case_id, CaseMember.staff_id, CaseMember.role)
        ):
            members.setdefault(case_id, []).append((staff_id, part))
        cases = session.execute(select(Case.id, Case.status, Case.closed_at, Case.manager_id)).all()
        lines = session.scalars(select(CaseActivity)).all()
        mentions = session.execute(select(ActivityMention.activity_id, ActivityMention.staff_id)).all()
        checked = session.execute(
            select(Task.id, Task.checked_by_id).where(Task.checked_at.is_not(None))
        ).all()

    for case_id, status, closed_at, manager_id in cases:
        recent = status in OPEN_CASE_STATUSES or closed_at >= NOW - TEAM_HISTORY
        assert (case_id in members) == recent
        if recent:
            team = members[case_id]
            assert team_problems(team, roles) == {}
            assert (manager_id, StaffRole.COORDINATOR) in team
            assert any(part is StaffRole.COMPLIANCE for _, part in team)
            assert 1 <= sum(part is StaffRole.SPECIALIST for _, part in team) <= 3

    open_ids = {case_id for case_id, status, *_ in cases if status in OPEN_CASE_STATUSES}
    per_case = {case_id: sum(line.case_id == case_id for line in lines) for case_id in open_ids}
    assert all(2 <= count <= 10 for count in per_case.values())  # 2–8 lines and a check pair
    mentioned = {}
    for activity_id, staff_id in mentions:
        mentioned.setdefault(activity_id, set()).add(staff_id)
    managers = {case_id: manager_id for case_id, _s, _c, manager_id in cases}
    decisions = [line for line in lines if line.decision]
    assert decisions and mentioned
    for line in decisions:
        assert line.author_id == managers[line.case_id] or managers[line.case_id] in mentioned[line.id]
    for line in lines:  # every @name in the text is a mention row, and the other way round
        known, unknown = parse_mentions(line.text, names.values())
        assert unknown == []
        assert {names[i] for i in mentioned.get(line.id, ())} == set(known) - {names[line.author_id]}
    done = [line for line in lines if line.kind == ActivityKind.CHECK_DONE]
    assert done and {(line.task_id, line.author_id) for line in done} == set(checked)
    assert any(line.kind == ActivityKind.CHECK_REQUEST for line in lines)
    assert all(line.at <= NOW for line in lines)
    assert any(read is None for read in _read_times(large_sample_database))  # the dashboard has something new


def _read_times(database) -> list:
    with database.unit_of_work() as session:
        return session.scalars(select(ActivityMention.read_at)).all()


def test_a_second_run_adds_only_to_what_has_no_team(database):
    generate_sample_office(database, 60, seed=7, now=NOW)
    generate_sample_teams(database, random.Random(1), NOW)
    with database.unit_of_work() as session:
        before = [session.scalar(select(func.count()).select_from(m)) for m in (CaseMember, CaseActivity)]
        skills = session.execute(select(Staff.id, Staff.skills)).all()
    generate_sample_teams(database, random.Random(2), NOW + timedelta(minutes=1))
    with database.unit_of_work() as session:
        assert [
            session.scalar(select(func.count()).select_from(m)) for m in (CaseMember, CaseActivity)
        ] == before
        assert session.execute(select(Staff.id, Staff.skills)).all() == skills
