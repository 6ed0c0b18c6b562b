"""Sample retrospectives and knowledge-base entries: closed cases reviewed, lessons written by hand.

At the benchmark's scale (20,000 cases) this makes some 30,000 entries with realistic Chinese text
and tags, so search, analysis and the Excel export run on an office's years of reviews.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select

from app.db.database import Database
from app.db.models import Case, Client, ImprovementActionRecord, KnowledgeEntry, RetrospectiveRecord, Staff
from app.domain.retrospective import CLOSED_OUTCOMES, DEFAULT_TAGS, Dimension, EntrySource, TagKind
from app.domain.vocabulary import CaseStatus, ServiceType, StaffRole
from app.usecases.calendar import load_working_calendar

#: Entries per case at office scale: one review per closed case, the rest written by hand.
ENTRIES_PER_CASE = 1.5
#: Cases closed this recently are left unreviewed, so the dashboard has reviews due.
UNREVIEWED_DAYS = 2

_LESSONS = {
    "材料问题": [
        ("公司章程修正案签字页缺失导致补正", "提交前逐页核对签字页与股东名册，使用双人复核清单。"),
        (
            "营业执照名称与专利证书不一致（有限公司/有限责任公司）",
            "预审时逐字比对名称，发现不一致先办理名称变更备案。",
        ),
        ("租赁合同过期被窗口退回", "收件时核对证件与合同有效期，早于办理截止的提前续签。"),
    ],
    "流程卡点": [
        ("清算组备案后等待公告期", "注销案件开案即提示 45 天公告期，能走简易注销的优先简易注销。"),
        ("税务清税环节排队三天", "提前一天在电子税务局预约，清税申报与工商材料并行准备。"),
        ("海关备案需现场核验", "提前与海关窗口确认核验时间，安排后勤专人陪同客户到场。"),
    ],
    "外部因素/政策": [
        ("金税系统升级暂停受理两天", "关注税务局公告，系统升级前一周内的申报提前办理。"),
        ("经营范围表述新规导致退回", "使用最新经营范围规范表述库，变更前先做名称自主申报预检。"),
    ],
    "系统故障": [
        ("电子营业执照签名失败", "准备 UKey 备用方案，并保留法人现场签字的时间余量。"),
        ("登记系统夜间维护无法提交", "关键提交安排在工作时间上午，避开系统维护窗口。"),
    ],
    "沟通": [
        ("客户未及时确认经营范围", "关键决策在群内@项目经理并设定 2 小时确认时限，超时电话跟进。"),
        ("客户误解加急范围", "确认书中写明加急仅针对瓶颈环节，签字前逐条解释。"),
    ],
    "人为失误": [
        ("统一社会信用代码抄错一位", "信用代码一律复制粘贴并由系统校验，不手工抄写。"),
        ("盖章位置错误导致重做", "用印前对照样张，执行双人核对用印清单。"),
    ],
    "资源不足": [("多个加急案件同日到期人手不足", "每日晨会按关键路径重新分配人员，临时抽调后勤支持。")],
}
_BUREAUS = ("市场监督管理局", "税务局", "海关", "人力社保局", "商务局", "银行")


def _text(rng: random.Random, problem: str) -> tuple[str, str]:
    title, lesson = rng.choice(_LESSONS[problem])
    return title, f"{lesson}经办窗口：{rng.choice(_BUREAUS)}。"


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
        ).all()
        people = session.scalars(select(Staff.name).where(Staff.role == StaffRole.COORDINATOR)).all() or [
            "王磊"
        ]
        first_retro = (session.scalar(select(func.max(RetrospectiveRecord.id))) or 0) + 1
    calendar = load_working_calendar(database)
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
        title, lesson = _text(rng, problem)
        written = closed_at + timedelta(hours=rng.randint(2, 20))
        retros.append(
            {
                "id": retro_id,
                "case_id": case_id,
                "written_by": rng.choice(people),
                "written_at": written,
                **{f"{d.value}_score": scores[d] for d in Dimension},
                **{f"{d.value}_comment": "" for d in Dimension},
                "timeline": "",
                "root_cause": title,
            }
        )
        if not good:
            actions.append(
                {
                    "retrospective_id": retro_id,
                    "position": 0,
                    "what": lesson,
                    "owner": rng.choice(people),
                    "due_on": (written + timedelta(days=14)).date(),
                    "done": rng.random() < 0.7,
                    "sop_template_code": "",
                    "proposed_change": "",
                }
            )
        delay = calendar.working_minutes_between(deadline, closed_at) / 60  # as a review records it
        industry = next((i for i in industries if i in client), rng.choice(industries))
        entries.append(
            {
                "title": title,
                "body": f"{lesson}\n根本原因：{title}",
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
        title, lesson = _text(rng, problem)
        written = now - timedelta(days=rng.uniform(0, 5 * 365))
        entries.append(
            {
                "title": f"经验：{title}",
                "body": lesson,
                "source": EntrySource.MANUAL.value,
                "author": rng.choice(people),
                "retrospective_id": None,
                "case_id": None,
                "problem_type": problem,
                "risk_level": rng.choice(DEFAULT_TAGS[TagKind.RISK_LEVEL]),
                "solution_kind": rng.choice(DEFAULT_TAGS[TagKind.SOLUTION]),
                "industry": rng.choice(industries),
                "service_type": rng.choice(list(ServiceType)).value,
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
