"""Realistic Chinese sample data for demos, tests and benchmarks (`expedite-desk demo`).

Deterministic for a seed. Rows go in with bulk INSERTs so an office of 20,000 cases takes seconds.
Cases are planned from the built-in expedite SOP templates of their service type. Later
capabilities extend this module so that demos exercise them at office scale.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, func, insert, select, text, type_coerce
from stdnum.cn import uscc

from app.db.database import Database
from app.db.models import (
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
    UrgencyAssessmentRecord,
)
from app.domain.passwords import hash_password
from app.domain.sop_template import Flow
from app.domain.vocabulary import CaseStatus, ServiceTier, ServiceType, StaffRole, TaskStatus
from app.sample_feedback import generate_sample_feedback
from app.sample_incidents import generate_sample_incidents
from app.sample_intake import SampleIntakes
from app.sample_knowledge import generate_sample_knowledge
from app.sample_logins import DEMO_ADMIN, DEMO_PASSWORD
from app.sample_notices import generate_sample_notices
from app.sample_team import generate_sample_teams
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


def _ensure_office_and_staff(session) -> dict[StaffRole, list[int]]:
    if session.scalar(select(func.count()).select_from(OfficeProfile)) == 0:
        session.add(OfficeProfile(**SAMPLE_OFFICE))
    if session.scalar(select(func.count()).select_from(Staff)) == 0:
        demo_hash = hash_password(DEMO_PASSWORD)  # once: scrypt is slow on purpose
        session.execute(
            insert(Staff),
            [{"name": n, "role": r, "username": u, "password_hash": demo_hash} for n, r, u in SAMPLE_STAFF],
        )
    by_role: dict[StaffRole, list[int]] = {role: [] for role in StaffRole}
    for staff_id, role in session.execute(select(Staff.id, Staff.role).where(Staff.active)):
        by_role[role].append(staff_id)
    return by_role


def _company_name(rng: random.Random, city: str) -> str:
    # Two-character trade names mixed from the list give some 900 × 15 industries × 12 cities.
    trade = rng.choice(_TRADE_NAMES)[0] + rng.choice(_TRADE_NAMES)[1]
    return f"{city}{trade}{rng.choice(_INDUSTRIES)}有限公司"


def _clients(rng: random.Random, first_id: int, count: int, taken: set[str], now: datetime) -> list[dict]:
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
        since = now - timedelta(days=rng.randrange(365 * YEARS_OF_HISTORY))
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


def _deadline(rng: random.Random, moment: datetime) -> datetime:
    """A deadline as clients state them: on the hour or half hour, in office hours."""
    return moment.replace(
        hour=rng.choice((10, 12, 15, 17)), minute=rng.choice((0, 30)), second=0, microsecond=0
    )


def _closed_case_dates(rng: random.Random, now: datetime) -> tuple[datetime, datetime, bool]:
    """(taken on, deadline, open) of a case closed some time in the office's history."""
    taken_on = (now - timedelta(days=21) - timedelta(days=365 * YEARS_OF_HISTORY) * rng.random()).replace(
        microsecond=0
    )
    return taken_on, _deadline(rng, taken_on + timedelta(days=rng.randint(1, 15))), False


def _open_case_dates(rng: random.Random, now: datetime) -> tuple[datetime, datetime, bool]:
    """(taken on, deadline, open) of a case in progress: most deadlines ahead, a few already missed."""
    ahead = timedelta(hours=-rng.uniform(2, 36) if rng.random() < 0.08 else rng.uniform(4, 24 * 14))
    deadline = _deadline(rng, now + ahead)
    taken_on = min(now - timedelta(hours=rng.uniform(1, 24 * 7)), deadline - timedelta(days=1))
    return taken_on.replace(microsecond=0), deadline, True


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
    missing = [service.label for service, found in plans.items() if not found]
    if missing:
        raise ValueError(f"这些业务类型没有加急版 SOP 模板：{'、'.join(missing)}")
    return plans


def _task_states(rng: random.Random, steps: list, case_open: bool, status: CaseStatus):
    """Status per step: closed cases are done (withdrawn ones stop midway); open ones in progress."""
    if not case_open:
        stop = rng.randrange(1, len(steps)) if status is CaseStatus.WITHDRAWN else len(steps)
        return [TaskStatus.DONE if i < stop else TaskStatus.TODO for i in range(len(steps))]
    done = rng.randrange(len(steps))
    states = [TaskStatus.DONE] * done + [TaskStatus.TODO] * (len(steps) - done)
    states[done] = rng.choice((TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS, TaskStatus.REVIEW))
    if rng.random() < 0.15:
        states[done] = TaskStatus.BLOCKED
    if done + 1 < len(steps) and rng.random() < 0.3:
        states[done + 1] = TaskStatus.IN_PROGRESS
    return states


def has_office_data(database: Database) -> bool:
    """Whether the office has staff, clients or cases: the sample (whose cases, letters and reviews
    name the office's people) is written only into a database that has none (`expedite-desk demo`)."""
    with database.unit_of_work() as session:
        return any(session.scalar(select(model.id).limit(1)) is not None for model in (Staff, Client, Case))


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
    minutes_per_day = calendar.hours.minutes_per_day

    with database.unit_of_work() as session:
        staff_by_role = _ensure_office_and_staff(session)
        intakes = SampleIntakes(rng, calendar, staff_by_role)
        taken = {code for code in session.scalars(select(Client.credit_code)) if code is not None}
        first_client = _next_id(session, Client)
        session.execute(insert(Client), _clients(rng, first_client, client_count, taken, now))
        next_case, next_task = _next_id(session, Case), _next_id(session, Task)
        year = type_coerce(func.substr(Case.number, 3, 4), String).label("year")  # JJ2026-00001 → 2026
        numbers = {int(y): count for y, count in session.execute(select(year, func.count()).group_by(year))}

    case_dates = sorted(
        [_closed_case_dates(rng, now) for _ in range(cases - open_target)]
        + [_open_case_dates(rng, now) for _ in range(open_target)]
    )
    for start in range(0, cases, batch_size):
        case_rows, task_batch, dependency_batch, checklist_batch = [], [], [], []
        intake_batches: tuple[list, list, list, list] = ([], [], [], [])
        for taken_on, deadline, case_open in case_dates[start : start + batch_size]:
            service = rng.choice(list(ServiceType))
            status = (
                rng.choice((CaseStatus.ACTIVE,) * 8 + (CaseStatus.INTAKE, CaseStatus.ACCEPTED))
                if case_open
                else _closed_status(rng)
            )
            numbers[taken_on.year] = numbers.get(taken_on.year, 0) + 1
            closed_at = None
            if not case_open:
                late = status in (CaseStatus.ACHIEVED_LATE, CaseStatus.FAILED)
                closed_at = deadline + timedelta(hours=rng.randint(2, 72) * (1 if late else -1))
                closed_at = max(closed_at, taken_on + timedelta(hours=4))
            case_rows.append({
                "id": next_case,
                "number": f"JJ{taken_on.year}-{numbers[taken_on.year]:05d}",
                "client_id": first_client + rng.randrange(client_count),
                "service_type": service,
                "title": rng.choice(_TITLES[service]),
                "status": status,
                "requested_deadline": deadline,
                "manager_id": rng.choice(staff_by_role[StaffRole.COORDINATOR]),
                "closed_at": closed_at,
                "created_at": taken_on,
                "updated_at": closed_at or taken_on,
                **intakes.case_fields(status, taken_on),
            })  # fmt: skip
            published = rng.choice(plans[service])
            for rows, made in zip(
                intake_batches, intakes.rows(case_rows[-1], published.template), strict=True
            ):
                rows.extend(made)
            tasks, dependencies, checklist = task_rows(
                published.template, next_case, next_task, minutes_per_day
            )
            case_rows[-1]["sop_version_id"] = published.version_id
            states = _task_states(rng, tasks, case_open, status)
            for position, (task, state) in enumerate(zip(tasks, states, strict=True)):
                started = taken_on + timedelta(hours=position) if state is not TaskStatus.TODO else None
                people = staff_by_role[task["role"]]
                task.update({
                    "assignee_id": rng.choice(people) if people else None,
                    "status": state,
                    "blocked_reason": rng.choice(_BLOCKED_REASONS) if state is TaskStatus.BLOCKED else "",
                    "started_at": started,
                    "completed_at": started + timedelta(minutes=task["duration_minutes"])
                    if started is not None and state is TaskStatus.DONE else None,
                    "created_at": taken_on,
                    "updated_at": taken_on,
                })  # fmt: skip
            done = {task["id"] for task in tasks if task["status"] is TaskStatus.DONE}
            for item in checklist:
                item["done"] = item["task_id"] in done
            for task in tasks:
                task["checklist_done"] = task["checklist_total"] if task["id"] in done else 0
            task_batch += tasks
            dependency_batch += dependencies
            checklist_batch += checklist
            next_task += len(tasks)
            next_case += 1
            totals["open"] += case_open
        with database.unit_of_work() as session:
            session.execute(insert(Case), case_rows)
            session.execute(insert(Task), task_batch)
            session.execute(insert(TaskDependency), dependency_batch)
            if checklist_batch:
                session.execute(insert(TaskChecklistItem), checklist_batch)
            for model, rows in zip(
                (UrgencyAssessmentRecord, CostLine, MaterialCheck, MaterialReviewRecord),
                intake_batches,
                strict=True,
            ):
                session.execute(insert(model), rows)
        with database.unit_of_work() as session:
            store_schedules(session, [row["id"] for row in case_rows if row["status"].is_open], calendar, now)
        totals["tasks"] += len(task_batch)
        totals["dependencies"] += len(dependency_batch)
        if progress:
            progress(min(start + batch_size, cases), cases)
    _sample_letters(database, rng, now, min(MAX_SAMPLE_LETTERS, cases // 100))
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


def _sample_letters(database: Database, rng: random.Random, now: datetime, count: int) -> None:
    """Confirmation letters for the most recent open cases, most of them signed (real PDFs: a few)."""
    with database.unit_of_work() as session:
        recent = session.execute(
            select(Case.id, Case.status, Case.created_at)
            .where(Case.status.in_((CaseStatus.ACCEPTED, CaseStatus.ACTIVE)))
            .order_by(Case.created_at.desc())
            .limit(count)
        ).all()
        clerks = session.scalars(select(Staff.name).where(Staff.role == StaffRole.FRONT_DESK)).all()
    for case_id, status, taken_on in recent:
        letter = generate_letter_version(database, case_id, max(taken_on, now - timedelta(days=1)))
        if status is CaseStatus.ACTIVE and rng.random() < 0.8:
            mark_signed(
                database, letter.id, letter.created_at.date(), rng.choice(clerks), None, letter.created_at
            )
