"""Realistic Chinese sample data for demos, tests and benchmarks (`expedite-desk demo`).

Deterministic for a seed. Rows go in with bulk INSERTs so an office of 20,000 cases takes seconds.
Cases are planned from the built-in expedite SOP templates of their service type. Later
capabilities extend this module so that demos exercise them at office scale.

It looks like a real office: every moment lies in working time (app/sample/office_time.py); a case's tasks run
its plan at some pace, so a closed case's outcome agrees with when its work finished and an open
case's progress with the time since it began; deadlines leave most open cases a margin, a few
already missed or projected late; the office employs as many people as its open work needs.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from sqlalchemy import String, func, insert, select, text, type_coerce
from stdnum.cn import uscc

from app.db.database import Database
from app.db.models import (
    AuditEntry,
    Base,
    Case,
    Client,
    CostLine,
    MaterialCheck,
    MaterialReviewRecord,
    OfficeProfile,
    Staff,
    Task,
    TaskChecklistItem,
    TaskDependency,
    TaskEvent,
    UrgencyAssessmentRecord,
)
from app.domain.audit_trail import AuditAction, value_text
from app.domain.board_rules import status_change_text
from app.domain.case_team import remaining_minutes
from app.domain.message import Message
from app.domain.passwords import hash_password
from app.domain.scheduling import PlanTask, schedule_plan
from app.domain.sop_template import Flow, SopTemplate
from app.domain.vocabulary import (
    QT_TRANSLATE_NOOP,
    CaseStatus,
    ServiceTier,
    ServiceType,
    StaffRole,
    TaskStatus,
)
from app.sample.feedback import generate_sample_feedback
from app.sample.incidents import generate_sample_incidents
from app.sample.intake import SampleIntakes
from app.sample.knowledge import generate_sample_knowledge
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.sample.notices import generate_sample_notices
from app.sample.office_time import OfficeTime
from app.sample.team import generate_sample_teams
from app.usecases.calendar import load_working_calendar
from app.usecases.letters import generate_letter_version, mark_signed
from app.usecases.planning import store_schedules, task_rows
from app.usecases.sop import PublishedTemplate, import_builtin_templates, list_templates, load_template

Progress = Callable[[int, int], None]
"""Called with (cases written, cases asked for)."""

SAMPLE_OFFICE = {
    "name": "明远企业服务有限公司（示例）",
    "address": "上海市浦东新区张杨路 500 号 18 楼",
    "phone": "021-58881234",
    "signatory": "周明远",
    "seal_text": "明远企业服务有限公司 合同专用章",
    "credit_code": "91310115MA1H7MY8X8",
    "bank_name": "招商银行上海张江支行",
    "bank_account": "121909887610001",
}

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚"
    "卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力宇鹏浩琳晨雪婷欣怡子涵思远嘉豪梓萱一诺雨轩"
)
_CITIES = [
    ("上海", "310115"), ("北京", "110105"), ("深圳", "440300"), ("广州", "440106"),
    ("杭州", "330106"), ("苏州", "320505"), ("成都", "510107"), ("南京", "320106"),
    ("武汉", "420106"), ("宁波", "330212"), ("天津", "120116"), ("厦门", "350206"),
]  # fmt: skip
_TRADE_NAMES = [
    "华信",
    "恒通",
    "鼎盛",
    "瑞丰",
    "嘉禾",
    "博远",
    "中科",
    "汇智",
    "宏达",
    "锦程",
    "天成",
    "星辰",
    "海川",
    "正元",
    "金桥",
    "新源",
    "卓越",
    "安泰",
    "德润",
    "启航",
    "万象",
    "同创",
    "云帆",
    "盛世",
    "东方",
    "和美",
    "聚力",
    "远景",
    "立信",
    "长青",
]
_INDUSTRIES = [
    "科技",
    "贸易",
    "电子商务",
    "医疗器械",
    "食品",
    "建筑工程",
    "供应链",
    "文化传媒",
    "新材料",
    "餐饮管理",
    "进出口",
    "信息技术",
    "生物科技",
    "物流",
    "咨询",
]
# Credit-code alphabet of GB 32100 (no I, O, S, V, Z), for the organisation-code part.
_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

_TITLES: dict[ServiceType, list[str]] = {
    ServiceType.COMPANY_SETUP: ["新设公司营业执照加急（赶投标资格）", "分公司设立加急（新店开业）"],
    ServiceType.COMPANY_CHANGE: [
        "经营范围变更加急（省级投标截止）",
        "法定代表人变更加急",
        "注册资本变更加急（融资交割）",
    ],
    ServiceType.COMPANY_DEREGISTRATION: ["公司注销加急（股东移民）", "分支机构注销加急"],
    ServiceType.TAX_FILING: [
        "增值税申报加急（避免滞纳金）",
        "研发费用加计扣除申报加急",
        "企业所得税汇算清缴加急",
    ],
    ServiceType.TAX_CHANGE: ["一般纳税人登记加急（大客户要求专票）", "税务信息变更加急"],
    ServiceType.TAX_CLEARANCE: ["清税证明加急（注销前置）"],
    ServiceType.EXPORT_REBATE: ["出口退税申报加急（赶当月批次）", "出口退税备案加急"],
    ServiceType.LICENCE: [
        "食品经营许可证加急（开业在即）",
        "医疗器械经营备案加急（投标要求）",
        "建筑资质升级加急（月底投标）",
    ],
    ServiceType.CUSTOMS_FILING: ["海关备案加急（货物滞留港口）", "报关单位注册加急（展会参展）"],
    ServiceType.BANK_ACCOUNT: ["对公账户开户加急（融资款到账）", "基本户变更加急"],
    ServiceType.TRADEMARK: ["商标驳回复审加急", "商标注册加急（电商平台入驻）"],
    ServiceType.SOCIAL_INSURANCE: ["社保增员加急（员工报销医疗费）", "社保开户加急"],
}

_BLOCKED_REASONS = [
    "等待客户补充公司章程修正案",
    "税务系统升级，暂停受理",
    "法定代表人出差，无法到场签字",
    "窗口要求补充房屋租赁备案证明",
    "客户尚未确认经营范围表述",
]

#: Every sample person logs in with their name in pinyin (the admin as DEMO_ADMIN) and DEMO_PASSWORD.
SAMPLE_STAFF: list[tuple[str, StaffRole, str]] = [
    ("陈静", StaffRole.FRONT_DESK, "chenjing"), ("林晓", StaffRole.FRONT_DESK, "linxiao"),
    ("周明远", StaffRole.MANAGER, "zhoumingyuan"), ("黄海", StaffRole.MANAGER, "huanghai"),
    ("王磊", StaffRole.COORDINATOR, "wanglei"), ("刘芳", StaffRole.COORDINATOR, "liufang"),
    ("赵强", StaffRole.COORDINATOR, "zhaoqiang"),
    ("张伟", StaffRole.SPECIALIST, "zhangwei"), ("李娜", StaffRole.SPECIALIST, "lina"),
    ("孙杰", StaffRole.SPECIALIST, "sunjie"), ("马超", StaffRole.SPECIALIST, "machao"),
    ("朱婷", StaffRole.SPECIALIST, "zhuting"), ("胡鹏", StaffRole.SPECIALIST, "hupeng"),
    ("郭敏", StaffRole.SPECIALIST, "guomin"),
    ("何雪", StaffRole.COMPLIANCE, "hexue"), ("罗文", StaffRole.COMPLIANCE, "luowen"),
    ("韩立", StaffRole.LOGISTICS, "hanli"),
    ("吴宇", StaffRole.ADMIN, DEMO_ADMIN),
]  # fmt: skip

#: Share of cases still open (the board's workload): an office of 20,000 has 2,000 open.
OPEN_SHARE = 0.10
#: The open work a person carries on average: the office employs as many as its open cases need.
TARGET_LOAD_MINUTES = 40 * 60
#: Of the open cases, the few whose deadline has passed, those projected to finish after it, and
#: those with a task held up: the dashboard's at-risk list, not half the office.
OVERDUE_SHARE, LATE_SHARE, BLOCKED_SHARE = 0.025, 0.03, 0.02
#: Of the open tasks whose time has come, those still waiting in 待办 for someone to pick them up.
READY_SHARE = 0.3
#: Of the open cases, those 待受理 and as many 已受理 (waiting for the client to sign).
WAITING_SHARE = 0.1
#: Letters are real PDFs: the sample gives the most recent open cases one each, up to this many.
MAX_SAMPLE_LETTERS = 20
YEARS_OF_HISTORY = 5


@dataclass(frozen=True)
class SampleOfficeSummary:
    clients: int
    cases: int
    open_cases: int
    tasks: int
    dependencies: int


def sample_credit_code(rng: random.Random, region: str) -> str:
    """A unified social credit code that passes the GB 32100 check (企业, 工商登记)."""
    body = "91" + region + "".join(rng.choice(_CODE_ALPHABET) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def _next_id(session, model) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _ensure_office_and_staff(
    session, rng: random.Random, open_work: dict[StaffRole, int]
) -> dict[StaffRole, list[int]]:
    """The office, its sample people, and as many more (without a login) as the open work needs
    for each to carry some TARGET_LOAD_MINUTES of it: a larger office employs more people."""
    if session.scalar(select(func.count()).select_from(OfficeProfile)) == 0:
        session.add(OfficeProfile(**SAMPLE_OFFICE))
    if session.scalar(select(func.count()).select_from(Staff)) == 0:
        demo_hash = hash_password(DEMO_PASSWORD)  # once: scrypt is slow on purpose
        session.execute(
            insert(Staff),
            [{"name": n, "role": r, "username": u, "password_hash": demo_hash} for n, r, u in SAMPLE_STAFF],
        )
    by_role = _staff_by_role(session)
    names = set(session.scalars(select(Staff.name)))  # unique: an @mention names one person
    hired = []
    for role, minutes in open_work.items():
        for _ in range(-(-minutes // TARGET_LOAD_MINUTES) - len(by_role[role])):
            name = _person(rng)
            while name in names:
                name = _person(rng)
            names.add(name)
            hired.append({"name": name, "role": role})
    if hired:
        session.execute(insert(Staff), hired)
    return _staff_by_role(session)


def _staff_by_role(session) -> dict[StaffRole, list[int]]:
    by_role: dict[StaffRole, list[int]] = {role: [] for role in StaffRole}
    for staff_id, role in session.execute(
        select(Staff.id, Staff.role).where(Staff.active).order_by(Staff.id)
    ):
        by_role[role].append(staff_id)
    return by_role


def _company_name(rng: random.Random, city: str) -> str:
    # Two-character trade names mixed from the list give some 900 × 15 industries × 12 cities.
    trade = rng.choice(_TRADE_NAMES)[0] + rng.choice(_TRADE_NAMES)[1]
    return f"{city}{trade}{rng.choice(_INDUSTRIES)}有限公司"


def _clients(
    rng: random.Random, first_id: int, count: int, taken: set[str], office: OfficeTime
) -> list[dict]:
    rows, names = [], set()
    for offset in range(count):
        city, region = rng.choice(_CITIES)
        code = sample_credit_code(rng, region)
        while code in taken:
            code = sample_credit_code(rng, region)
        taken.add(code)
        name = _company_name(rng, city)
        while name in names:
            name = _company_name(rng, city)
        names.add(name)
        since = office.working(office.now - timedelta(days=rng.randrange(365 * YEARS_OF_HISTORY)))
        rows.append({
            "id": first_id + offset,
            "name": name,
            "credit_code": code,
            "contact_person": _person(rng),
            "phone": _mobile(rng),
            "email": f"contact{first_id + offset}@example.cn",
            "address": f"{city}市{rng.choice(_TRADE_NAMES)}路{rng.randrange(1, 999)}号",
            "tier": ServiceTier.VIP if rng.random() < 0.2 else ServiceTier.BASIC,
            "created_at": since,
            "updated_at": since,
        })  # fmt: skip
    return rows


def _client_deadline(
    rng: random.Random, office: OfficeTime, offset: int, *, before: bool = False
) -> datetime:
    """A deadline as clients state them: on the hour or half hour inside office hours, on a working
    day; one of the first few at or after ``offset`` (the last few at or before it, ``before``)."""
    calendar, target = office.calendar, office.instant(offset, finish=True)
    day, found = target.date(), []
    for _ in range(30):  # a working day lies within a month of any day
        marks = [
            datetime.combine(day, time()) + timedelta(minutes=minute)
            for start, end in calendar.periods(day)
            for minute in range(start + 60 - start % 30, end + 1, 30)  # from an hour in
        ]
        found = [m for m in marks if (m <= target if before else m >= target)]
        if found:
            break
        day += timedelta(days=-1 if before else 1)
    return rng.choice(found[-3:] if before else found[:3])


@dataclass(frozen=True)
class _Shape:
    """A template's plan as it runs from its start: each step's (start, finish) in working minutes,
    its length, and its plan tasks (to project an open case from its progress)."""

    steps: tuple[tuple[int, int], ...]
    length: int
    plan: tuple[PlanTask, ...]


def _shape(template: SopTemplate, office: OfficeTime) -> _Shape:
    schedule = template.schedule(office.calendar, office.instant(0))
    base = schedule.start_offset
    steps = tuple(
        (schedule.tasks[s.key].earliest_start - base, schedule.tasks[s.key].earliest_finish - base)
        for s in template.steps
    )
    return _Shape(steps, schedule.finish_offset - base, tuple(template.plan_tasks(office.minutes_per_day)))


_TaskRun = tuple[TaskStatus, int | None, int | None]  # state, started, finished (working-minute offsets)


@dataclass
class _Run:
    """How one sample case ran: when it was taken on, accepted and closed (working-minute offsets),
    its deadline, and each task's state, start and finish, in the template's step order."""

    taken: int
    order: int  # cases taken the same minute keep the order they were made in
    open: bool
    status: CaseStatus
    service: ServiceType
    published: PublishedTemplate
    shape: _Shape
    accepted: int | None
    deadline: datetime
    closed: int | None
    tasks: list[_TaskRun]


def _closed_run(
    rng: random.Random, office: OfficeTime, shape: _Shape, status: CaseStatus, history: int
) -> tuple[int, int, datetime, int, list[_TaskRun]]:
    """(taken, accepted, deadline, closed, tasks) of a case closed in the office's history: its
    outcome agrees with its finish (逾期完成 only when the work finished after the deadline)."""
    minutes_per_day, steps = office.minutes_per_day, shape.steps
    # Room before now for the slowest run below (1.3 plan lengths, a late day, closing) to close.
    taken = office.now_offset - round(1.3 * shape.length) - 4 * minutes_per_day - rng.randrange(history)
    accepted = taken + rng.randint(20, 180)
    work = accepted + rng.randint(0, 60)
    pace = rng.uniform(0.8, 1.3)  # how the work kept to the expedite plan
    if status is CaseStatus.ACHIEVED_LATE:  # the deadline fell inside the plan; the work ran past it
        deadline = _client_deadline(rng, office, work + round(shape.length * rng.uniform(0.6, 0.95)))
        pace = (office.offset(deadline) + rng.randint(30, minutes_per_day) - work) / max(1, shape.length)
    elif status is CaseStatus.FAILED:  # the deadline passed with the work unfinished
        deadline = _client_deadline(rng, office, work + round(shape.length * pace * rng.uniform(0.4, 0.9)))
    else:
        span = round(shape.length * pace)
        deadline = _client_deadline(rng, office, work + span + rng.randint(0, 2 * minutes_per_day))
    done = (
        len(steps)
        if status in (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE)
        else rng.randrange(1, len(steps))
    )
    tasks: list[_TaskRun] = [
        (TaskStatus.DONE, work + round(start * pace), work + round(finish * pace)) if n < done
        else (TaskStatus.CANCELLED, None, None)  # closed with the case (close_case)
        for n, (start, finish) in enumerate(steps)
    ]  # fmt: skip
    finished = max(finish for _, _, finish in tasks if finish is not None)
    if status is CaseStatus.FAILED:
        closed = max(finished, office.offset(deadline)) + rng.randint(60, 2 * minutes_per_day)
    else:
        closed = finished + rng.randint(15, 240)
    return taken, accepted, deadline, closed, tasks


def _open_run(
    rng: random.Random, office: OfficeTime, shape: _Shape, status: CaseStatus, hold_up: bool
) -> tuple[int, int | None, list[_TaskRun]]:
    """(taken, accepted, tasks) of a case in progress: its tasks done, under way or waiting as the
    time since its work began says, one under way held up (受阻) when ``hold_up``. A case not yet
    accepted, or accepted and waiting for the client to sign the confirmation, was taken on today or
    so and has none begun."""
    now = office.now_offset
    if status is not CaseStatus.ACTIVE:
        taken = now - rng.randint(60, 480)
        accepted = taken + rng.randint(20, 50) if status is CaseStatus.ACCEPTED else None
        return taken, accepted, [(TaskStatus.TODO, None, None) for _ in shape.steps]
    pace = rng.uniform(0.8, 1.3)
    work = now - rng.randint(0, round(0.9 * shape.length * pace))
    accepted = work - rng.randint(0, 60)
    tasks: list[_TaskRun] = []
    for (start, finish), step in zip(shape.steps, shape.plan, strict=True):
        begun, ended = work + round(start * pace), work + round(finish * pace)
        if ended <= now:
            tasks.append((TaskStatus.DONE, begun, ended))
        elif begun > now or rng.random() < READY_SHARE:  # not due yet, or ready but not picked up
            tasks.append((TaskStatus.TODO, None, None))
        elif now - begun >= 0.8 * step.duration_minutes:  # its work nearly done: to be checked
            tasks.append((TaskStatus.REVIEW, begun, None))
        else:
            tasks.append((TaskStatus.IN_PROGRESS, begun, None))
    under_way = [n for n, (state, _, _) in enumerate(tasks) if state is TaskStatus.IN_PROGRESS]
    if under_way and hold_up:
        held_up = rng.choice(under_way)
        tasks[held_up] = (TaskStatus.BLOCKED, tasks[held_up][1], None)
    return accepted - rng.randint(20, 180), accepted, tasks


def _projected_finish(office: OfficeTime, shape: _Shape, tasks: list[_TaskRun]) -> datetime:
    """When the case's open work is projected to finish from now (as store_schedules will find)."""
    plan = [
        replace(
            step,
            started_at=office.instant(begun) if begun is not None else None,
            completed_at=office.instant(ended, finish=True) if ended is not None else None,
        )
        for step, (_state, begun, ended) in zip(shape.plan, tasks, strict=True)
    ]
    return schedule_plan(plan, office.calendar, office.at(office.now_offset)).projected_finish


def _open_deadline(
    rng: random.Random, office: OfficeTime, projected: datetime, risk: str, taken: int
) -> datetime:
    """An open case's deadline: most with a day or more to spare after the projected finish; the
    few of ``risk`` "overdue" already missed, of "late" before the projection."""
    minutes_per_day, finish = office.minutes_per_day, office.offset(projected)
    if risk == "overdue":
        target = max(office.now_offset - rng.randint(30, minutes_per_day), taken + 60)
        return _client_deadline(rng, office, target, before=True)
    if risk == "late":
        target = max(finish - rng.randint(60, minutes_per_day), taken + 60)
        return _client_deadline(rng, office, target, before=True)
    return _client_deadline(rng, office, finish + rng.randint(minutes_per_day // 2 + 60, 4 * minutes_per_day))


def _closed_status(rng: random.Random) -> CaseStatus:
    roll = rng.random()
    if roll < 0.80:
        return CaseStatus.ACHIEVED
    if roll < 0.90:
        return CaseStatus.ACHIEVED_LATE
    return CaseStatus.FAILED if roll < 0.95 else CaseStatus.WITHDRAWN


def _expedite_plans(database: Database) -> dict[ServiceType, list[PublishedTemplate]]:
    """Every expedite template of each service type, the plans sample cases are made from."""
    plans: dict[ServiceType, list[PublishedTemplate]] = {service: [] for service in ServiceType}
    for summary in list_templates(database):
        # A template deleted since it was listed is left out.
        if summary.flow is Flow.EXPEDITE and (published := load_template(database, summary.code)) is not None:
            plans[summary.service_type].append(published)
    missing = tuple(service for service, found in plans.items() if not found)
    if missing:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "这些业务类型没有加急版 SOP 模板：{services}"), services=missing
            )
        )
    return plans


def has_office_data(database: Database) -> bool:
    """Whether the office has staff, clients or cases: the sample (whose cases, letters and reviews
    name the office's people) is written only into a database that has none (`expedite-desk demo`)."""
    with database.unit_of_work() as session:
        return any(session.scalar(select(model.id).limit(1)) is not None for model in (Staff, Client, Case))


def _runs(
    rng: random.Random,
    office: OfficeTime,
    plans: dict[ServiceType, list[PublishedTemplate]],
    cases: int,
    open_target: int,
    history: int,
) -> list[_Run]:
    """How each case ran (``history``: the working minutes of the years it goes back), in the order
    they were taken on."""
    shapes: dict[str, _Shape] = {}
    # The few open cases the dashboard is right to call at risk: overdue, or projected late (one of
    # each at least, so that even a small demo shows them).
    risks: list[str] = []
    if open_target:
        risks = ["late"] * max(1, round(open_target * LATE_SHARE))
        risks += ["overdue"] * max(1, round(open_target * OVERDUE_SHARE))
    held_up = max(1, round(open_target * BLOCKED_SHARE))  # one at least: the board shows 受阻
    # Open cases waiting to be accepted and for the client's signature (one each at least, so that a
    # small demo has them too), the rest under way.
    waiting = max(1, round(open_target * WAITING_SHARE)) if open_target >= 3 else 0
    statuses = [CaseStatus.INTAKE] * waiting + [CaseStatus.ACCEPTED] * waiting
    statuses += [CaseStatus.ACTIVE] * (open_target - len(statuses))
    rng.shuffle(statuses)
    runs = []
    for order in range(cases):
        case_open = order < open_target
        service = rng.choice(list(ServiceType))
        published = rng.choice(plans[service])
        template = published.template
        if template.code not in shapes:
            shapes[template.code] = _shape(template, office)
        shape = shapes[template.code]
        if case_open:
            status = statuses[order]
            taken, accepted, tasks = _open_run(rng, office, shape, status, held_up > 0)
            held_up -= any(state is TaskStatus.BLOCKED for state, _, _ in tasks)
            risk = risks.pop() if risks and status is CaseStatus.ACTIVE else ""
            deadline = _open_deadline(rng, office, _projected_finish(office, shape, tasks), risk, taken)
            closed = None
        else:
            status = _closed_status(rng)
            taken, accepted, deadline, closed, tasks = _closed_run(rng, office, shape, status, history)
        runs.append(
            _Run(
                taken, order, case_open, status, service, published, shape, accepted, deadline, closed, tasks
            )
        )
    return sorted(runs, key=lambda run: (run.taken, run.order))


def _remaining(office: OfficeTime, duration: int, state: TaskStatus, begun: int | None) -> int:
    """An open task's minutes left for its assignee, as the resource pool counts them."""
    worked = None if begun is None else office.now_offset - begun
    return remaining_minutes(duration, worked, awaiting_check=state is TaskStatus.REVIEW)


def _open_tasks(office: OfficeTime, runs: list[_Run]) -> list[tuple[int, StaffRole, int, int]]:
    """The open cases' tasks still to do: (working minutes left, role, the case's order, position)."""
    return [
        (_remaining(office, plan.duration_minutes, state, begun), step.role, run.order, position)
        for run in runs
        if run.open
        for position, (step, plan, (state, begun, _)) in enumerate(
            zip(run.published.template.steps, run.shape.plan, run.tasks, strict=True)
        )
        if state is not TaskStatus.DONE
    ]


def _assign_open_work(
    rng: random.Random, open_tasks: list[tuple[int, StaffRole, int, int]], staff: dict[StaffRole, list[int]]
) -> dict[tuple[int, int], int]:
    """Who does each open task, by (case order, position): the longest first, each to one of the
    three people of its role carrying least so far (balanced, as a coordinator would, not evenly)."""
    load = {staff_id: 0 for people in staff.values() for staff_id in people}
    chosen = {}
    for minutes, role, order, position in sorted(open_tasks, key=lambda task: -task[0]):
        if staff[role]:
            person = rng.choice(heapq.nsmallest(3, staff[role], key=load.__getitem__))
            load[person] += minutes
            chosen[order, position] = person
    return chosen


def _task_history(
    office: OfficeTime, task: dict, begun: int | None, names: dict[int, str]
) -> list[tuple[datetime, TaskStatus, TaskStatus]]:
    """An open case's task as its board moves went: picked up, held up or handed for checking on
    the way, done; each moment a working one, in order, none after now."""
    state: TaskStatus = task["status"]
    if begun is None or task["assignee_id"] not in names:
        return []
    moves = [(task["started_at"], TaskStatus.TODO, TaskStatus.IN_PROGRESS)]
    if state in (TaskStatus.BLOCKED, TaskStatus.REVIEW):  # somewhere between the start and now
        moves.append((office.at((begun + office.now_offset) // 2), TaskStatus.IN_PROGRESS, state))
    elif state is TaskStatus.DONE:
        moves.append((task["completed_at"], TaskStatus.IN_PROGRESS, state))
    return moves


def _history_rows(
    case_id: int, task: dict, moves: list[tuple[datetime, TaskStatus, TaskStatus]], names: dict[int, str]
) -> tuple[list[dict], list[dict]]:
    """The task's history lines and the audit trail's entries that name who moved it (its assignee)."""
    person = task["assignee_id"]
    events, audit = [], []
    for at, old, new in moves:
        reason = task["blocked_reason"] if new is TaskStatus.BLOCKED else ""
        events.append({"task_id": task["id"], "at": at, "text": status_change_text(old, new, reason)})
        audit.append({
            "at": at, "staff_id": person, "staff_name": names[person], "entity": "task",
            "entity_id": task["id"], "case_id": case_id, "action": AuditAction.UPDATE.value,
            "field": "status", "old_value": value_text("status", old), "new_value": value_text("status", new),
        })  # fmt: skip
    return events, audit


def generate_sample_office(
    database: Database,
    cases: int,
    *,
    seed: int = 2026,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> SampleOfficeSummary:
    """Add ``cases`` sample cases (with clients, staff, tasks and dependencies) to ``database``."""
    rng = random.Random(seed)
    now = (now or database.clock.now()).replace(microsecond=0)
    client_count = max(5, cases // 10)
    open_target = round(cases * OPEN_SHARE)
    totals = {"tasks": 0, "dependencies": 0, "open": 0}
    batch_size = 2000
    import_builtin_templates(database)
    plans = _expedite_plans(database)
    calendar = load_working_calendar(database)
    office = OfficeTime(calendar, now)
    history = office.now_offset - office.offset(now - timedelta(days=365 * YEARS_OF_HISTORY))
    runs = _runs(rng, office, plans, cases, open_target, history)
    open_tasks = _open_tasks(office, runs)
    open_work: dict[StaffRole, int] = defaultdict(int)
    for minutes, role, _order, _position in open_tasks:
        open_work[role] += minutes

    with database.unit_of_work() as session:
        staff_by_role = _ensure_office_and_staff(session, rng, open_work)
        intakes = SampleIntakes(rng, office, staff_by_role)
        taken = {code for code in session.scalars(select(Client.credit_code)) if code is not None}
        first_client = _next_id(session, Client)
        session.execute(insert(Client), _clients(rng, first_client, client_count, taken, office))
        next_case, next_task = _next_id(session, Case), _next_id(session, Task)
        year = type_coerce(func.substr(Case.number, 3, 4), String).label("year")  # JJ2026-00001 → 2026
        numbers = {int(y): count for y, count in session.execute(select(year, func.count()).group_by(year))}
        names = {staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.name))}
    assigned = _assign_open_work(rng, open_tasks, staff_by_role)
    for start in range(0, cases, batch_size):
        office.renew()  # the instants of one batch at a time
        case_rows, task_batch, dependency_batch, checklist_batch = [], [], [], []
        event_batch: list[dict] = []
        audit_batch: list[dict] = []
        intake_batches: tuple[list, list, list, list] = ([], [], [], [])
        for run in runs[start : start + batch_size]:
            taken_on = office.at(run.taken)
            numbers[taken_on.year] = numbers.get(taken_on.year, 0) + 1
            closed_at = None if run.closed is None else office.at(run.closed)
            accepted_at = None if run.accepted is None else office.at(run.accepted)
            case_rows.append({
                "id": next_case,
                "number": f"JJ{taken_on.year}-{numbers[taken_on.year]:05d}",
                "client_id": first_client + rng.randrange(client_count),
                "service_type": run.service,
                "title": rng.choice(_TITLES[run.service]),
                "status": run.status,
                "requested_deadline": run.deadline,
                "manager_id": rng.choice(staff_by_role[StaffRole.COORDINATOR]),
                "closed_at": closed_at,
                "created_at": taken_on,
                "updated_at": closed_at or taken_on,
                **intakes.case_fields(taken_on, accepted_at),
            })  # fmt: skip
            published = run.published
            for rows, made in zip(
                intake_batches, intakes.rows(case_rows[-1], published.template), strict=True
            ):
                rows.extend(made)
            tasks, dependencies, checklist = task_rows(
                published.template, next_case, next_task, office.minutes_per_day
            )
            case_rows[-1]["sop_version_id"] = published.version_id
            for position, (task, (state, begun, ended)) in enumerate(zip(tasks, run.tasks, strict=True)):
                people = staff_by_role[task["role"]]
                started = None if begun is None else office.at(begun)
                # A task of no duration finishes as it starts (a finish may be a period's end).
                finished = (
                    None if started is None or ended is None else max(office.at(ended, finish=True), started)
                )
                task.update({
                    "assignee_id": assigned.get((run.order, position))
                    or (rng.choice(people) if people else None),
                    "status": state,
                    "blocked_reason": rng.choice(_BLOCKED_REASONS) if state is TaskStatus.BLOCKED else "",
                    "started_at": started,
                    "completed_at": finished,
                    "created_at": taken_on,
                    "updated_at": taken_on,
                })  # fmt: skip
            # Checklist items ticked: all of a task done or to be checked; of one under way, as many as
            # the share of its time gone.
            ticked = {}
            for task, (state, begun, _) in zip(tasks, run.tasks, strict=True):
                share = 1.0 if state in (TaskStatus.DONE, TaskStatus.REVIEW) else 0.0
                if begun is not None and share < 1:
                    share = min(1.0, (office.now_offset - begun) / max(1, task["duration_minutes"]))
                task["checklist_done"] = ticked[task["id"]] = int(task["checklist_total"] * share)
            for item in checklist:
                item["done"] = item["position"] < ticked[item["task_id"]]
            if run.open:  # the board's history of the work under way
                for task, (_state, begun, _) in zip(tasks, run.tasks, strict=True):
                    events, audit = _history_rows(
                        next_case, task, _task_history(office, task, begun, names), names
                    )
                    event_batch += events
                    audit_batch += audit
            task_batch += tasks
            dependency_batch += dependencies
            checklist_batch += checklist
            next_task += len(tasks)
            next_case += 1
            totals["open"] += run.open
        with database.unit_of_work() as session:
            session.execute(insert(Case), case_rows)
            session.execute(insert(Task), task_batch)
            session.execute(insert(TaskDependency), dependency_batch)
            if checklist_batch:
                session.execute(insert(TaskChecklistItem), checklist_batch)
            if event_batch:
                session.execute(insert(TaskEvent), event_batch)
            for model, rows in zip(
                (UrgencyAssessmentRecord, CostLine, MaterialCheck, MaterialReviewRecord),
                intake_batches,
                strict=True,
            ):
                session.execute(insert(model), rows)
        if audit_batch:  # after the trail of the cases' creation (written as their transaction commits)
            with database.unit_of_work() as session:
                session.execute(insert(AuditEntry), audit_batch)
        with database.unit_of_work() as session:
            store_schedules(session, [row["id"] for row in case_rows if row["status"].is_open], calendar, now)
        totals["tasks"] += len(task_batch)
        totals["dependencies"] += len(dependency_batch)
        if progress:
            progress(min(start + batch_size, cases), cases)
    _sample_letters(database, rng, office, min(MAX_SAMPLE_LETTERS, cases // 100))
    generate_sample_knowledge(database, rng, now, cases)
    # How the cases ran: teams and their feed, incidents on plans, notices and clocks, feedback and
    # money. Each part writes ids of its own in bulk; on PostgreSQL the sequences move on in between.
    for generate in (
        generate_sample_teams,
        generate_sample_incidents,
        generate_sample_notices,
        generate_sample_feedback,
    ):
        _advance_sequences(database)
        generate(database, rng, now)
    _advance_sequences(database)
    return SampleOfficeSummary(client_count, cases, totals["open"], totals["tasks"], totals["dependencies"])


def _advance_sequences(database: Database) -> None:
    """The sample writes its own ids in bulk; on PostgreSQL each table's id sequence is then moved
    past them, or the next row the app adds would take an id already used."""
    if database.engine.dialect.name != "postgresql":
        return
    with database.unit_of_work() as session:
        for table in Base.metadata.sorted_tables:
            if "id" in table.c:
                session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 0) + 1, false)"
                ))  # fmt: skip


def _sample_letters(database: Database, rng: random.Random, office: OfficeTime, count: int) -> None:
    """Confirmation letters for the most recent open cases, most of them signed (real PDFs: a few),
    written half an hour of working time after the case was taken on."""
    with database.unit_of_work() as session:
        recent = session.execute(
            select(Case.id, Case.status, Case.created_at)
            .where(Case.status.in_((CaseStatus.ACCEPTED, CaseStatus.ACTIVE)))
            .order_by(Case.created_at.desc())
            .limit(count)
        ).all()
        clerks = session.scalars(select(Staff.name).where(Staff.role == StaffRole.FRONT_DESK)).all()
    for case_id, status, taken_on in recent:
        letter = generate_letter_version(database, case_id, office.after(taken_on, 30))
        if status is CaseStatus.ACTIVE and rng.random() < 0.8:
            mark_signed(
                database, letter.id, letter.created_at.date(), rng.choice(clerks), None, letter.created_at
            )
