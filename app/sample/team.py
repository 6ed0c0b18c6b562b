"""Sample case teams and activity: staff given skills and a region, cases their region, a team for
every open case and every case closed in the last 90 days, and a few days of 战时沟通 on open cases
(comments with @mentions, key decisions @ the case manager, check requests and confirmations).

Run again on a grown office it touches only staff without skills, cases without a region and
cases without a team, so a second demo adds to the first without repeating it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Row, Table, bindparam, exists, func, insert, or_, select, update

from app.db.database import Database
from app.db.models import ActivityMention, Case, CaseActivity, CaseMember, Client, OfficeProfile, Staff, Task
from app.domain.case_team import ActivityKind
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceType, StaffRole, TaskStatus
from app.sample.office_time import OfficeTime
from app.usecases.calendar import load_working_calendar

#: Closed cases keep their team this long in the sample (the retrospective and analysis read it).
TEAM_HISTORY = timedelta(days=90)
#: The feed of an open case covers at most its last days.
FEED_DAYS = 14
#: Mentions older than this are read; newer ones are waiting on the dashboard.
UNREAD_AFTER = timedelta(days=1)

_COMMENTS = [
    "「{task}」材料已备齐，明早第一时间递交窗口。",
    "窗口反馈需补充房屋租赁备案证明，已联系客户今天下午送达。",
    "已在电子税务局预约，明天上午办理，请留意短信通知。",
    "客户已确认经营范围表述，可以进入下一步。",
    "系统临时维护，预计一小时后恢复，先准备其他环节的材料。",
    "法定代表人明天上午到场签字，时间已与客户确认。",
    "「{task}」进行中，预计今天下班前完成。",
    "原件已取回并扫描归档，复印件加盖公章。",
]
_MENTIONS = [
    "@{member} 请协助核对股东名册与章程签字页。",
    "@{member} 银行预约改到下午两点，请调整行程。",
    "@{member} 「{task}」需要你今天内确认材料清单。",
    "@{member} 窗口要求补正，麻烦看一下退回意见。",
]
_DECISIONS = [  # the feed tags them 关键决策
    "启用备用银行（B计划），今天下午同步提交开户资料。",
    "申请线下窗口办理，避开系统升级时段，并已告知客户。",
    "以替代证明材料先行提交，原件后补。",
    "加派一名专员并行准备税务材料，确保关键路径不延误。",
    "经营范围按规范表述调整，客户已书面确认。",
]


def _city(address: str) -> str:
    """The city an address starts with ("上海市浦东新区…" → "上海"), or "" when it names none."""
    head, found, _rest = address.partition("市")
    return head if found and 0 < len(head) <= 4 else ""


def _profiles(session, rng: random.Random, cities: list[str], home: str) -> None:
    labels = [service.label for service in ServiceType]
    rows = [
        {
            "b_id": staff_id,
            "skills": rng.sample(labels, rng.randint(2, 4)),
            # Most staff work where the office is; a few are the seed's regional experts.
            "region": home if rng.random() < 0.6 or not cities else rng.choice(cities),
        }
        for staff_id, skills in session.execute(select(Staff.id, Staff.skills).order_by(Staff.id))
        if not skills
    ]
    if rows:
        table = cast(Table, Staff.__table__)  # a declarative model's table; the stubs say FromClause
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(skills=bindparam("skills"), region=bindparam("region"), updated_at=table.c.updated_at),
            rows,
        )


def _case_regions(session, cities: list[str]) -> None:
    table = cast(Table, Case.__table__)
    for city in cities:
        session.execute(
            update(table)
            .where(
                table.c.region == "",
                table.c.client_id.in_(select(Client.id).where(Client.address.like(f"{city}市%"))),
            )
            .values(region=city, updated_at=table.c.updated_at)
        )


class _Teams:
    """Builds the rows of the sample's teams and feeds, case by case."""

    def __init__(
        self,
        rng: random.Random,
        office: OfficeTime,
        staff: Sequence[Row[int, str, StaffRole]],
        next_activity: int,
    ) -> None:
        self.rng, self.office = rng, office
        self.now = office.at(office.now_offset)  # the last working instant: people write at work
        self.names = {staff_id: name for staff_id, name, _role in staff}
        self.by_role: dict[StaffRole, list[int]] = {role: [] for role in StaffRole}
        for staff_id, _name, role in staff:
            self.by_role[role].append(staff_id)
        self.next_activity = next_activity
        self.members: list[dict] = []
        self.activities: list[dict] = []
        self.mentions: list[dict] = []
        self.checked: list[dict] = []
        self.managers: list[dict] = []

    def team(self, case, tasks: list) -> dict[StaffRole, list[int]]:
        rng = self.rng
        manager = case.manager_id if case.manager_id in self.names else None
        if manager is None and self.by_role[StaffRole.COORDINATOR]:
            manager = rng.choice(self.by_role[StaffRole.COORDINATOR])
            self.managers.append({"b_id": case.id, "manager_id": manager})
        if manager is None:
            return {}
        assigned = {
            role: list(dict.fromkeys(t.assignee_id for t in tasks if t.role is role and t.assignee_id))
            for role in (StaffRole.SPECIALIST, StaffRole.LOGISTICS, StaffRole.COMPLIANCE)
        }
        taken = {manager}
        specialists = [s for s in assigned[StaffRole.SPECIALIST] if s not in taken][:3]
        if not specialists and self.by_role[StaffRole.SPECIALIST]:
            pool = self.by_role[StaffRole.SPECIALIST]
            specialists = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        taken.update(specialists)
        logistics = [s for s in assigned[StaffRole.LOGISTICS] if s not in taken][:1]
        if not logistics and self.by_role[StaffRole.LOGISTICS] and rng.random() < 0.3:
            logistics = [rng.choice(self.by_role[StaffRole.LOGISTICS])]
        taken.update(logistics)
        # Independent: compliance staff (a manager if none is free) who plays no other part here.
        compliance = [s for s in self.by_role[StaffRole.COMPLIANCE] if s not in taken]
        managers = [s for s in self.by_role[StaffRole.MANAGER] if s not in taken]
        preferred = [s for s in assigned[StaffRole.COMPLIANCE] if s in compliance]
        reviewer = preferred[:1] or ([rng.choice(compliance)] if compliance else managers[:1])
        team = {
            StaffRole.COORDINATOR: [manager],
            StaffRole.SPECIALIST: specialists,
            StaffRole.LOGISTICS: logistics,
            StaffRole.COMPLIANCE: reviewer,
        }
        added = self.office.after(case.created_at, 30)
        self.members += [
            {"case_id": case.id, "staff_id": staff_id, "role": part, "added_at": added}
            for part, people in team.items()
            for staff_id in people
        ]
        return team

    def _line(
        self,
        case_id: int,
        author: int,
        at: datetime,
        kind: ActivityKind,
        text: str,
        mentioned: list[int],
        decision: bool = False,
        task_id: int | None = None,
    ) -> None:
        activity_id = self.next_activity
        self.next_activity += 1
        self.activities.append({
            "id": activity_id, "case_id": case_id, "author_id": author, "at": at, "kind": kind,
            "text": text, "decision": decision, "task_id": task_id,
        })  # fmt: skip
        read = self.now - at > UNREAD_AFTER
        for staff_id in dict.fromkeys(mentioned):
            if staff_id != author:
                self.mentions.append({
                    "activity_id": activity_id, "staff_id": staff_id,
                    "read_at": self.office.after(at, self.rng.randint(5, 240)) if read else None,
                })  # fmt: skip

    def feed(self, case, tasks: list, team: dict[StaffRole, list[int]]) -> None:
        rng, office = self.rng, self.office
        people = [staff_id for members in team.values() for staff_id in members]
        manager = team[StaffRole.COORDINATOR][0]
        since = office.offset(max(case.created_at, self.now - timedelta(days=FEED_DAYS)))
        span = max(1, office.now_offset - since)
        times = sorted(office.at(since + rng.randrange(span)) for _ in range(rng.randint(2, 8)))
        names = [t.name for t in tasks] or ["材料准备"]
        for at in times:
            author = rng.choice(people)
            others = [p for p in people if p != author]
            roll = rng.random()
            if roll < 0.15:
                text = rng.choice(_DECISIONS)
                mentioned = [] if author == manager else [manager]
                text += "" if author == manager else f" @{self.names[manager]}"
                self._line(case.id, author, at, ActivityKind.COMMENT, text, mentioned, decision=True)
            elif roll < 0.5 and others:
                member = rng.choice(others)
                text = rng.choice(_MENTIONS).format(member=self.names[member], task=rng.choice(names))
                self._line(case.id, author, at, ActivityKind.COMMENT, text, [member])
            else:
                text = rng.choice(_COMMENTS).format(task=rng.choice(names))
                self._line(case.id, author, at, ActivityKind.COMMENT, text, [])
        self._check(case, tasks, team)

    def _check(self, case, tasks: list, team: dict[StaffRole, list[int]]) -> None:
        """Now and then a specialist's done task asked to be checked, mostly confirmed."""
        rng, now = self.rng, self.now
        manager = team[StaffRole.COORDINATOR][0]
        done = [
            t for t in tasks
            if t.status is TaskStatus.DONE and t.completed_at and t.assignee_id in team[StaffRole.SPECIALIST]
        ]  # fmt: skip
        if not done or rng.random() > 0.3:
            return
        task = rng.choice(done)
        asker = task.assignee_id
        checker = (team[StaffRole.COMPLIANCE] or [manager])[0]
        office = self.office
        asked = office.at(min(office.offset(task.completed_at) + rng.randint(5, 60), office.now_offset - 5))
        text = f"@{self.names[checker]} 「{task.name}」已完成，请复核。"
        self._line(case.id, asker, asked, ActivityKind.CHECK_REQUEST, text, [checker], task_id=task.id)
        confirmed = office.instant(office.offset(asked) + rng.randint(15, 180))
        if confirmed >= now:
            return  # still waiting: the reviewer's dashboard shows it
        text = f"@{self.names[asker]} 已复核「{task.name}」，确认无误。"
        mentioned = [asker]
        if manager not in (checker, asker):
            text += f"请 @{self.names[manager]} 知悉。"
            mentioned.append(manager)
        self._line(case.id, checker, confirmed, ActivityKind.CHECK_DONE, text, mentioned, task_id=task.id)
        self.checked.append({"b_id": task.id, "by": checker, "at": confirmed})


def generate_sample_teams(database: Database, rng: random.Random, now: datetime) -> None:
    """Skills, regions, teams and feeds for the sample office (see the module's docstring)."""
    with database.unit_of_work() as session:
        office = session.scalar(select(OfficeProfile.address).order_by(OfficeProfile.id).limit(1)) or ""
        cities = sorted(
            {_city(address) for address in session.scalars(select(Client.address).distinct())} - {""}
        )
        home = _city(office) or (cities[0] if cities else "")
        _profiles(session, rng, cities, home)
        _case_regions(session, cities)
        staff = session.execute(
            select(Staff.id, Staff.name, Staff.role).where(Staff.active).order_by(Staff.id)
        ).all()
        wanted = (
            or_(Case.status.in_(OPEN_CASE_STATUSES), Case.closed_at >= now - TEAM_HISTORY),
            ~exists().where(CaseMember.case_id == Case.id),
        )
        cases = session.execute(
            select(Case.id, Case.status, Case.manager_id, Case.created_at).where(*wanted).order_by(Case.id)
        ).all()
        tasks: dict[int, list] = {}
        for task in session.execute(
            select(
                Task.id, Task.case_id, Task.name, Task.role, Task.assignee_id, Task.status, Task.completed_at
            )
            .join(Case, Case.id == Task.case_id)
            .where(*wanted)
            .order_by(Task.case_id, Task.position)
        ):
            tasks.setdefault(task.case_id, []).append(task)
        next_activity = (session.scalar(select(func.max(CaseActivity.id))) or 0) + 1
    teams = _Teams(rng, OfficeTime(load_working_calendar(database), now), staff, next_activity)
    for case in cases:
        case_tasks = tasks.get(case.id, [])
        team = teams.team(case, case_tasks)
        if team and case.status.is_open:
            teams.feed(case, case_tasks, team)
    with database.unit_of_work() as session:
        rows_of = {CaseMember: teams.members, CaseActivity: teams.activities, ActivityMention: teams.mentions}
        for model, rows in rows_of.items():
            if rows:
                session.execute(insert(model), rows)
        task_table, case_table = cast(Table, Task.__table__), cast(Table, Case.__table__)
        if teams.checked:
            session.execute(
                update(task_table)
                .where(task_table.c.id == bindparam("b_id"))
                .values(
                    checked_by_id=bindparam("by"),
                    checked_at=bindparam("at"),
                    updated_at=task_table.c.updated_at,
                ),
                teams.checked,
            )
        if teams.managers:
            session.execute(
                update(case_table)
                .where(case_table.c.id == bindparam("b_id"))
                .values(manager_id=bindparam("manager_id"), updated_at=case_table.c.updated_at),
                teams.managers,
            )
