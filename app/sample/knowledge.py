"""Sample retrospectives and knowledge-base entries: closed cases reviewed, lessons written by hand.

At the benchmark's scale (20,000 cases) this makes some 30,000 entries with realistic Chinese text
and tags, so search, analysis and the Excel export run on an office's years of reviews.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    ImprovementActionRecord,
    KnowledgeEntry,
    RetrospectiveRecord,
    Staff,
    Task,
)
from app.domain.retrospective import (
    CLOSED_OUTCOMES,
    DEFAULT_TAGS,
    Dimension,
    EntrySource,
    TagKind,
    delay_end,
    industry_in_name,
    work_finished_at,
)
from app.domain.vocabulary import CaseStatus, ServiceType, StaffRole, TaskStatus
from app.sample.office_time import OfficeTime
from app.usecases.calendar import load_working_calendar

#: Entries per case at office scale: one review per closed case, the rest written by hand.
ENTRIES_PER_CASE = 1.5
#: Cases closed this recently are left unreviewed, so the dashboard has reviews due.
UNREVIEWED_DAYS = 2

#: Lessons by problem type: what went wrong (the title, filled in with the case's own task, papers,
#: bureau and days) and what the office does about it since.
_LESSONS = {
    "材料问题": [
        ("{material}签字页缺失，「{task}」被要求补正", "提交前逐页核对签字页与股东名册，使用双人复核清单。"),
        (
            "{material}与营业执照名称不一致（有限公司/有限责任公司），「{task}」被退回",
            "预审时逐字比对名称，发现不一致先办理名称变更备案。",
        ),
        (
            "{material}已过期，「{task}」被{bureau}退回",
            "收件时核对证件与合同有效期，早于办理截止的提前续签。",
        ),
    ],
    "流程卡点": [
        ("「{task}」在{bureau}排队{days}天", "提前一天在网上预约，排队期间并行准备后续环节的材料。"),
        (
            "{bureau}要求现场核验，「{task}」顺延{days}天",
            "提前与窗口确认核验时间，安排后勤专人陪同客户到场。",
        ),
        (
            "「{task}」须等{bureau}审核，后续环节无法提前",
            "审核期间并行准备后续材料，开案即向客户说明审核时长。",
        ),
    ],
    "外部因素/政策": [
        (
            "{bureau}系统升级暂停受理{days}天，「{task}」顺延",
            "关注主管部门公告，系统升级前一周内的事项提前办理。",
        ),
        ("{bureau}口径调整，「{task}」按新规返工", "办理前先查最新规范表述与窗口口径，必要时电话预审。"),
    ],
    "系统故障": [
        ("电子营业执照签名失败，「{task}」无法提交", "准备 UKey 备用方案，并保留法人现场签字的时间余量。"),
        ("{bureau}系统夜间维护，「{task}」推迟到次日", "关键提交安排在工作时间上午，避开系统维护窗口。"),
    ],
    "沟通": [
        (
            "客户{days}天未确认{material}，「{task}」停滞",
            "关键决策在群内@项目经理并设定 2 小时确认时限，超时电话跟进。",
        ),
        ("客户误解加急范围，「{task}」临时加办", "确认书中写明加急仅针对瓶颈环节，签字前逐条解释。"),
    ],
    "人为失误": [
        (
            "{material}上的统一社会信用代码抄错一位，「{task}」被驳回",
            "信用代码一律复制粘贴并由系统校验，不手工抄写。",
        ),
        ("{material}盖章位置错误，「{task}」重做", "用印前对照样张，执行双人核对用印清单。"),
    ],
    "资源不足": [
        (
            "{days}个加急案件同日到期，「{task}」人手不足",
            "每日晨会按关键路径重新分配人员，临时抽调后勤支持。",
        ),
        ("专员请假无人接手，「{task}」停了{days}天", "每个加急案件指定 AB 角，交接清单随案更新。"),
    ],
}
_MATERIALS = (
    "公司章程修正案",
    "股东会决议",
    "租赁合同",
    "法定代表人身份证明",
    "授权委托书",
    "财务报表",
    "场地证明",
)
#: Where each service is done: the bureau a lesson names.
_BUREAUS = {
    ServiceType.COMPANY_SETUP: "市场监督管理局",
    ServiceType.COMPANY_CHANGE: "市场监督管理局",
    ServiceType.COMPANY_DEREGISTRATION: "市场监督管理局",
    ServiceType.TAX_FILING: "税务局",
    ServiceType.TAX_CHANGE: "税务局",
    ServiceType.TAX_CLEARANCE: "税务局",
    ServiceType.EXPORT_REBATE: "税务局",
    ServiceType.LICENCE: "市场监督管理局",
    ServiceType.CUSTOMS_FILING: "海关",
    ServiceType.BANK_ACCOUNT: "银行",
    ServiceType.TRADEMARK: "商标局",
    ServiceType.SOCIAL_INSURANCE: "人力社保局",
}
#: The sample's client trades (app/sample/office.py) whose names carry no industry tag, and theirs.
_TRADE_TAGS = {"信息技术": "科技", "食品": "制造", "新材料": "制造", "供应链": "物流", "进出口": "贸易"}
#: The roles whose tasks go wrong at a bureau (not the intake and review steps).
_DOING = (StaffRole.SPECIALIST, StaffRole.LOGISTICS)
_DAYS = ("两", "三", "四", "五")


def _industry(client: str, industries: Sequence[str]) -> str:
    """The client's industry, the same on each of its reviews: the tag its name carries."""
    named = industry_in_name(client, industries)
    return named or next((tag for trade, tag in _TRADE_TAGS.items() if trade in client), "")


def _text(rng: random.Random, problem: str, service: ServiceType, tasks: Sequence[str]) -> tuple[str, str]:
    """A lesson's cause and what to do, from the facts of its case: the problem at one of the case's
    tasks (its name without the parenthesised detail), the papers, the service's bureau."""
    cause, lesson = rng.choice(_LESSONS[problem])
    bureau = _BUREAUS[service]
    task = rng.choice(tasks or ("材料准备",)).split("（")[0]
    cause = cause.format(task=task, material=rng.choice(_MATERIALS), bureau=bureau, days=rng.choice(_DAYS))
    return cause, f"{lesson}经办窗口：{bureau}。"


def generate_sample_knowledge(database: Database, rng: random.Random, now: datetime, cases: int) -> int:
    """Reviews for the office's closed cases and hand-written entries; returns how many entries."""
    target = int(cases * ENTRIES_PER_CASE)
    with database.unit_of_work() as session:
        closed = session.execute(
            select(
                Case.id, Case.service_type, Case.status, Case.closed_at, Case.requested_deadline, Client.name
            )
            .join(Client, Client.id == Case.client_id)
            .outerjoin(RetrospectiveRecord, RetrospectiveRecord.case_id == Case.id)
            .where(
                Case.status.in_(CLOSED_OUTCOMES),
                Case.closed_at < now - timedelta(days=UNREVIEWED_DAYS),
                RetrospectiveRecord.id.is_(None),  # a second run reviews only what is new
            )
            .order_by(Case.id)  # the same sample whatever index the database reads them by
        ).all()
        people = session.scalars(select(Staff.name).where(Staff.role == StaffRole.COORDINATOR)).all() or [
            "王磊"
        ]
        first_retro = (session.scalar(select(func.max(RetrospectiveRecord.id))) or 0) + 1
        # Each case's tasks (what its lesson names) and when they were done (its delay).
        tasks: dict[int, list[str]] = defaultdict(list)
        completions: dict[int, list[datetime | None]] = defaultdict(list)
        names_by_service: dict[ServiceType, set[str]] = defaultdict(set)
        for case_id, service, name, role, state, completed in session.execute(
            select(Case.id, Case.service_type, Task.name, Task.role, Task.status, Task.completed_at)
            .join(Task, Task.case_id == Case.id)
            .where(Case.status.in_(CLOSED_OUTCOMES))
            .order_by(Task.id)
        ):
            completions[case_id].append(completed if state is TaskStatus.DONE else None)
            if role in _DOING:
                tasks[case_id].append(name)
                names_by_service[service].add(name)
    calendar = load_working_calendar(database)
    office = OfficeTime(calendar, now)
    task_names = {service: sorted(names) for service, names in names_by_service.items()}
    problems = list(_LESSONS)
    industries = DEFAULT_TAGS[TagKind.INDUSTRY]
    retros: list[dict[str, object]] = []
    actions: list[dict[str, object]] = []
    entries: list[dict[str, object]] = []
    for offset, (case_id, service, status, closed_at, deadline, client) in enumerate(closed):
        assert closed_at is not None  # the query's closed_at < … leaves out cases without one
        retro_id = first_retro + offset
        good = status is CaseStatus.ACHIEVED
        scores = {d: rng.randint(4, 5) if good else rng.randint(1, 4) for d in Dimension}
        problem = rng.choice(problems)
        cause, lesson = _text(rng, problem, service, tasks[case_id])
        written = office.after(closed_at, rng.randint(120, 1200))
        retros.append(
            {
                "id": retro_id,
                "case_id": case_id,
                "written_by": rng.choice(people),
                "written_at": written,
                **{f"{d.value}_score": scores[d] for d in Dimension},
                **{f"{d.value}_comment": "" for d in Dimension},
                "timeline": "",
                "root_cause": cause,
            }
        )
        if not good:
            actions.append(
                {
                    "retrospective_id": retro_id,
                    "position": 0,
                    "what": lesson,
                    "owner": rng.choice(people),
                    "due_on": calendar.add_working_days(written.date(), 10),
                    "done": rng.random() < 0.7,
                    "sop_template_code": "",
                    "proposed_change": "",
                }
            )
        # As a review records it: to when the work finished (closing judged the outcome by it).
        finished = work_finished_at(completions[case_id], closed_at)
        delay = (
            calendar.working_minutes_between(deadline, delay_end(status, deadline, finished, closed_at)) / 60
        )
        industry = _industry(client, industries)
        entries.append(
            {
                # The client as the office calls it (上海华信科技有限公司: 华信科技), the service, the cause.
                "title": f"{client.removesuffix('有限公司')[2:]}·{service.label}：{cause}",
                "body": f"{lesson}\n根本原因：{cause}",
                "source": EntrySource.RETROSPECTIVE.value,
                "author": retros[-1]["written_by"],
                "retrospective_id": retro_id,
                "case_id": case_id,
                "problem_type": problem,
                "risk_level": "一般" if good else rng.choice(("一般", "重大")),
                "solution_kind": rng.choice(DEFAULT_TAGS[TagKind.SOLUTION]),
                "industry": industry,
                "service_type": service.value,
                "outcome": status.value,
                "delay_hours": round(max(delay, 0.0), 1),
                "created_at": written,
                "updated_at": written,
            }
        )
    for _ in range(max(0, target - len(entries))):
        problem = rng.choice(problems)
        service = rng.choice(list(ServiceType))
        cause, lesson = _text(rng, problem, service, task_names.get(service, ()))
        written = office.working(now - timedelta(days=rng.uniform(0, 5 * 365)))
        entries.append(
            {
                "title": f"经验：{service.label}：{cause}",
                "body": lesson,
                "source": EntrySource.MANUAL.value,
                "author": rng.choice(people),
                "retrospective_id": None,
                "case_id": None,
                "problem_type": problem,
                "risk_level": rng.choice(DEFAULT_TAGS[TagKind.RISK_LEVEL]),
                "solution_kind": rng.choice(DEFAULT_TAGS[TagKind.SOLUTION]),
                "industry": rng.choice(industries),
                "service_type": service.value,
                "outcome": "",
                "delay_hours": None,
                "created_at": written,
                "updated_at": written,
            }
        )
    with database.unit_of_work() as session:
        for model, rows in (
            (RetrospectiveRecord, retros),
            (ImprovementActionRecord, actions),
            (KnowledgeEntry, entries),
        ):
            for start in range(0, len(rows), 5000):
                session.execute(insert(model), rows[start : start + 5000])
    return len(entries)
