"""The case team as stored, and the resource pool it is formed from: staff with skills, region and
current load (open tasks of open cases), suggestions by skill and load, the team saved with its
independence rule, and Case.manager_id kept the case manager's."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, func, select, union
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db.database import Database
from app.db.models import Case, CaseMember, Staff, Task
from app.domain.case_team import (
    TEAM_ROLES,
    Candidate,
    Suggestion,
    assignment_problem,
    profile_problems,
    remaining_minutes,
    suggest,
    team_problems,
)
from app.domain.permissions import Permission
from app.domain.vocabulary import OPEN_CASE_STATUSES, QT_TRANSLATE_NOOP, ServiceType, StaffRole, TaskStatus
from app.usecases.access import require_own_or, requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse


@dataclass(frozen=True)
class PoolMember:
    """A person of the resource pool with what they carry now."""

    id: int
    name: str
    role: StaffRole
    skills: tuple[str, ...]
    region: str
    open_tasks: int
    open_minutes: int  # working minutes left on those tasks
    cases: int  # open cases they are on (team member or assignee)

    def candidate(self) -> Candidate:
        return Candidate(
            self.id, self.name, self.role, self.skills, self.region, self.open_tasks, self.open_minutes
        )


@dataclass(frozen=True)
class TeamMember:
    staff_id: int
    name: str
    staff_role: StaffRole  # the person's own role
    part: StaffRole  # the part played on this case (one of TEAM_ROLES)


@dataclass(frozen=True)
class CaseTeamView:
    case_id: int
    number: str
    title: str
    service_type: ServiceType
    region: str
    version: int
    manager_id: int | None
    members: list[TeamMember]

    @property
    def reviewer_id(self) -> int | None:
        return next((m.staff_id for m in self.members if m.part is StaffRole.COMPLIANCE), None)


def case_reviewer(session: Session, case_id: int) -> int | None:
    """The staff id of the case's independent compliance reviewer, if the team has one."""
    return session.scalar(
        select(CaseMember.staff_id).where(
            CaseMember.case_id == case_id, CaseMember.role == StaffRole.COMPLIANCE
        )
    )


def resource_pool(database: Database, now: datetime) -> list[PoolMember]:
    """Every active member of staff with their skills, region and load, by id."""
    calendar = load_working_calendar(database)
    with database.unit_of_work() as session:
        staff = session.execute(
            select(Staff.id, Staff.name, Staff.role, Staff.skills, Staff.region)
            .where(Staff.active)
            .order_by(Staff.id)
        ).all()
        open_task = (
            select(Task.assignee_id)
            .join(Case, Case.id == Task.case_id)
            .where(
                Case.status.in_(OPEN_CASE_STATUSES),
                Task.status != TaskStatus.DONE,
                Task.assignee_id.is_not(None),
            )
        )
        # Counts, cases and the tasks not yet started are summed by the database; only the started
        # ones (a few per person) need the working minutes since they began. The rows are typed here:
        # add_columns() leaves them untyped; open_task leaves out tasks without an assignee.
        totals: Sequence[Row[int, int, int | None]] = session.execute(
            open_task.add_columns(
                func.count(),
                func.sum(
                    sql_case(
                        (Task.status == TaskStatus.REVIEW, 0),
                        (Task.started_at.is_(None) | (Task.started_at >= now), Task.duration_minutes),
                        else_=0,
                    )
                ),
            ).group_by(Task.assignee_id)
        ).all()
        started: Sequence[Row[int, int, datetime]] = session.execute(
            open_task.add_columns(Task.duration_minutes, Task.started_at).where(
                Task.status != TaskStatus.REVIEW, Task.started_at < now
            )
        ).all()
        on_cases = union(
            open_task.add_columns(Task.case_id),
            select(CaseMember.staff_id, CaseMember.case_id)
            .join(Case, Case.id == CaseMember.case_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES)),
        ).subquery()
        case_counts: dict[int, int] = dict(
            session.execute(select(on_cases.c[0], func.count()).group_by(on_cases.c[0])).all()
        )
    counts = {assignee: count for assignee, count, _minutes in totals}
    minutes = {assignee: int(waiting or 0) for assignee, _count, waiting in totals}
    if started:
        # One timeline from the earliest start: worked minutes of many tasks by subtraction.
        timeline = calendar.timeline(min(row.started_at for row in started).date())
        at_now = timeline.offset(now)
        for assignee, duration, started_at in started:
            worked = at_now - timeline.offset(started_at)
            minutes[assignee] += remaining_minutes(duration, worked, awaiting_check=False)
    return [
        PoolMember(
            staff_id,
            name,
            role,
            tuple(skills or ()),
            region,
            counts.get(staff_id, 0),
            minutes.get(staff_id, 0),
            case_counts.get(staff_id, 0),
        )
        for staff_id, name, role, skills, region in staff
    ]


def save_staff_profile(database: Database, staff_id: int, skills: list[str], region: str) -> None:
    """One's own skills and region, or another person's by who arranges teams.

    Raises:
        NotPermitted: another person's profile without the team permission.
        ValidationFailed: ``skills`` / ``region`` when too long, ``staff`` for an unknown person.
    """
    require_own_or(database, staff_id, Permission.MANAGE_TEAM)
    cleaned = [skill.strip() for skill in skills if skill.strip()]
    cleaned = list(dict.fromkeys(cleaned))
    if problems := profile_problems(cleaned, region):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        person = get_or_refuse(session, Staff, staff_id)
        person.skills = cleaned
        person.region = region.strip()


def _part_order(member: TeamMember) -> tuple[int, int]:
    return TEAM_ROLES.index(member.part), member.staff_id


def team_of(session: Session, case: Case) -> list[TeamMember]:
    """The stored team; a case with a manager but no team yet shows its manager as the case manager."""
    rows = session.execute(
        select(CaseMember.staff_id, Staff.name, Staff.role, CaseMember.role)
        .join(Staff, Staff.id == CaseMember.staff_id)
        .where(CaseMember.case_id == case.id)
    ).all()
    members = [TeamMember(*row) for row in rows]
    if case.manager_id is not None and not any(m.part is StaffRole.COORDINATOR for m in members):
        manager = session.get(Staff, case.manager_id)
        if manager is not None and all(m.staff_id != manager.id for m in members):
            members.append(TeamMember(manager.id, manager.name, manager.role, StaffRole.COORDINATOR))
    return sorted(members, key=_part_order)


def case_team(database: Database, case_id: int) -> CaseTeamView:
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        return CaseTeamView(
            case.id,
            case.number,
            case.title,
            case.service_type,
            case.region,
            case.version,
            case.manager_id,
            team_of(session, case),
        )


@requires(Permission.MANAGE_TEAM)
def save_team(
    database: Database, case_id: int, members: list[tuple[int, StaffRole]], now: datetime, version: int
) -> int:
    """Store the case's team as given and make its case manager the case's manager; returns the
    case's new version.

    Raises:
        ValidationFailed: ``manager`` / ``compliance`` / ``members`` (see team_problems).
        ConcurrentEdit: the case changed since ``version`` was read.
    """
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        if case.version != version:
            raise ConcurrentEdit()
        stored = {
            row.staff_id: row
            for row in session.scalars(select(CaseMember).where(CaseMember.case_id == case_id))
        }
        # A bool is an int to Python but would make the query below compare Booleans.
        if any(isinstance(staff_id, bool) or not isinstance(staff_id, int) for staff_id, _ in members):
            raise ValidationFailed(
                {"members": QT_TRANSLATE_NOOP("messages", "所选人员不存在或已停用，请刷新后重选")}
            )
        ids = {staff_id for staff_id, _ in members} | set(stored)
        # Active staff may join; someone already on the team stays valid after leaving the office.
        staff_roles = {
            staff_id: role
            for staff_id, role, active in session.execute(
                select(Staff.id, Staff.role, Staff.active).where(Staff.id.in_(ids))
            )
            if active or staff_id in stored
        }
        problems = team_problems(members, staff_roles)
        reviewer = next((staff_id for staff_id, part in members if part is StaffRole.COMPLIANCE), None)
        if reviewer is not None and "compliance" not in problems:
            carried = select(Task.role).where(Task.case_id == case_id, Task.assignee_id == reviewer)
            for role in session.scalars(carried):
                if problem := assignment_problem(role, reviewer, reviewer):
                    problems["compliance"] = problem
        if problems:
            raise ValidationFailed(problems)
        wanted = dict(members)
        for staff_id, row in stored.items():
            if staff_id not in wanted:
                session.delete(row)
            else:
                row.role = wanted[staff_id]
        session.add_all(
            CaseMember(case_id=case_id, staff_id=staff_id, role=part, added_at=now)
            for staff_id, part in members
            if staff_id not in stored
        )
        case.manager_id = next(staff_id for staff_id, part in members if part is StaffRole.COORDINATOR)
        flag_modified(case, "manager_id")  # the team is part of the case: its version moves on
        session.flush()
        return case.version


def suggest_members(
    database: Database, case_id: int, role: StaffRole, now: datetime, exclude: Collection[int] | None = None
) -> list[Suggestion]:
    """Whom to put in ``role`` on the case, best first, by the case's service type, region and load.

    ``exclude``: those already on the team as edited (default: the stored team).
    """
    team = case_team(database, case_id)
    taken = {m.staff_id for m in team.members} if exclude is None else set(exclude)
    pool = [member.candidate() for member in resource_pool(database, now)]
    return suggest(pool, team.service_type.label, team.region, role, taken)
