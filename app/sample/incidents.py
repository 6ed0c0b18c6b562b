"""Sample incidents, their response clocks and the policy-risk calendar.

Some open cases are fighting an incident right now (clocks running, near breach, breached, a few
paused waiting on the client, level-3 ones with a manager); closed cases carry resolved ones with
their clocks stopped, some late. The risk windows lie mostly in the coming weeks, so open plans
cross them on the board and the Gantt.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from lunardate import LunarDate
from sqlalchemy import Row, func, insert, select

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    ContingencyPlanRecord,
    IncidentRecord,
    IncidentStep,
    RiskWindow,
    SlaClockRecord,
    SlaPauseRecord,
    Staff,
)
from app.domain.incident import IncidentCategory, needs_escalation
from app.domain.sla import Clock, ResponseLevel, clock_calendar
from app.domain.vocabulary import ServiceTier, ServiceType, StaffRole
from app.domain.working_calendar import WorkingCalendar
from app.sample.office_time import OfficeTime
from app.usecases.calendar import load_working_calendar
from app.usecases.contingency_plans import import_builtin_plans
from app.usecases.sla_clocks import sla_settings_of

#: Shares of cases with incidents: open cases are where the fires are.
OPEN_SHARE, CLOSED_SHARE = 0.05, 0.08
#: Of an open case's incidents, this share is still being handled (each puts its case at risk).
UNRESOLVED_SHARE = 0.3

_WHAT = {
    IncidentCategory.SYSTEM_OUTAGE: [
        "电子税务局无法提交申报，提示系统繁忙",
        "市场监管登记系统故障，网上申报页面打不开",
        "单一窗口系统升级中，报关单位注册无法提交",
    ],
    IncidentCategory.POLICY_CHANGE: [
        "经营范围规范表述更新，原申请表述被要求修改",
        "出口退税申报口径调整，需补充备案单证",
        "窗口通知新增现场核验环节",
    ],
    IncidentCategory.MATERIAL_REJECTED: [
        "公司章程修正案签字页缺失，窗口退回补正",
        "租赁合同已过期，被要求重新提供场地证明",
        "营业执照名称与证书名称不一致，材料被退回",
    ],
    IncidentCategory.KEY_PERSON_ABSENT: [
        "负责专员突发急病住院，关键任务无人接手",
        "现场核查员临时被抽调，无法按期到场",
        "客户法定代表人出差，无法到场签字",
    ],
    IncidentCategory.CLIENT_WITHDRAWS: ["客户通知暂停办理，等待董事会决议", "客户撤回加急需求，改为常规办理"],
    IncidentCategory.NATURAL_DISASTER: ["暴雨红色预警，窗口暂停对外办公", "台风过境，快递停运，原件无法寄达"],
    IncidentCategory.CYBER_SECURITY: ["办公电脑感染勒索病毒，客户资料暂时无法读取", "数字证书 UKey 遗失"],
    IncidentCategory.COMPLAINT: ["客户投诉进度通报不及时", "客户投诉专员电话无人接听"],
    IncidentCategory.HUMAN_ERROR: [
        "统一社会信用代码抄错一位，申报被驳回",
        "盖章位置错误，文件需要重新用印",
        "漏报一项附表，需撤回重报",
    ],
}
_CATEGORY_WEIGHTS = {
    IncidentCategory.SYSTEM_OUTAGE: 14, IncidentCategory.POLICY_CHANGE: 8,
    IncidentCategory.MATERIAL_REJECTED: 22, IncidentCategory.KEY_PERSON_ABSENT: 12,
    IncidentCategory.CLIENT_WITHDRAWS: 4, IncidentCategory.NATURAL_DISASTER: 3,
    IncidentCategory.CYBER_SECURITY: 2, IncidentCategory.COMPLAINT: 9, IncidentCategory.HUMAN_ERROR: 14,
}  # fmt: skip
_RESOLUTIONS = [
    "已按预案处置完毕，客户已知悉并确认新的时间安排。",
    "已通过替代方案办结，未影响截止时间。",
    "已处理，延误半天，已向客户说明原因。",
    "主管已回电客户并落实补救措施，客户表示满意。",
]
_PAUSE_REASONS = ["等待客户补充材料", "等待客户确认经营范围表述", "等待客户法定代表人到场"]
_LEVELS = (ResponseLevel.L1,) * 9 + (ResponseLevel.L2,) * 8 + (ResponseLevel.L3,) * 3


def _next_id(session, model) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def sample_windows(now: datetime) -> list[dict]:
    """The calendar's sample windows: some in the coming weeks, the Spring Festival and the Two
    Sessions of the next year."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    festival = LunarDate(now.year, 1, 1).to_solar_date()
    if festival <= now.date():
        festival = LunarDate(now.year + 1, 1, 1).to_solar_date()
    festival_day = datetime.combine(festival, datetime.min.time())
    sessions = datetime(now.year + 1 if now.month > 3 else now.year, 3, 3)
    tax = [
        ServiceType.TAX_FILING,
        ServiceType.TAX_CHANGE,
        ServiceType.TAX_CLEARANCE,
        ServiceType.EXPORT_REBATE,
    ]
    company = [ServiceType.COMPANY_SETUP, ServiceType.COMPANY_CHANGE, ServiceType.COMPANY_DEREGISTRATION]
    return [
        {"title": "金税系统升级", "bureau": "税务局", "region": "", "service_types": tax,
         "starts_at": day + timedelta(days=2, hours=18), "ends_at": day + timedelta(days=4, hours=8),
         "note": "升级期间电子税务局暂停申报和发票业务，相关事项须在升级前办结。"},
        {"title": "市场监管登记系统维护", "bureau": "市场监督管理局", "region": "",
         "service_types": [*company, ServiceType.LICENCE],
         "starts_at": day + timedelta(days=1, hours=13), "ends_at": day + timedelta(days=1, hours=18),
         "note": "维护期间网上登记暂停，窗口只收件不审核。"},
        {"title": "海关系统切换", "bureau": "海关", "region": "",
         "service_types": [ServiceType.CUSTOMS_FILING, ServiceType.EXPORT_REBATE],
         "starts_at": day + timedelta(days=11, hours=20), "ends_at": day + timedelta(days=13, hours=8),
         "note": "新旧系统切换，备案和报关单据暂停受理。"},
        {"title": "春节前后窗口收件暂停", "bureau": "", "region": "", "service_types": [],
         "starts_at": festival_day - timedelta(days=7), "ends_at": festival_day + timedelta(days=10),
         "note": "节前一周起多数窗口只收急件，节后首周排队集中，计划应避开或留足余量。"},
        {"title": "两会期间", "bureau": "", "region": "北京",
         "service_types": [*company, ServiceType.LICENCE],
         "starts_at": sessions, "ends_at": sessions + timedelta(days=12),
         "note": "全国两会期间部分审批从严、现场核验延后。"},
    ]  # fmt: skip


def _windows(session, now: datetime) -> None:
    known = set(session.scalars(select(RiskWindow.title)))
    rows = [window for window in sample_windows(now) if window["title"] not in known]
    if rows:
        session.execute(insert(RiskWindow), rows)


class _Writer:
    """Collects the rows of incidents, steps, clocks and pauses, ids given here for bulk inserts."""

    def __init__(self, session, rng: random.Random, now: datetime, office: WorkingCalendar) -> None:
        self.rng, self.now, self.office = rng, now, office
        self.time = OfficeTime(office, now)  # people report, answer and resolve at work
        self.settings = sla_settings_of(session)
        # The first active plan of each category: its id, category, name and steps.
        self.plans: dict[IncidentCategory, Row[int, IncidentCategory, str, list[str]]] = {}
        for plan in session.execute(
            select(
                ContingencyPlanRecord.id, ContingencyPlanRecord.category,
                ContingencyPlanRecord.name, ContingencyPlanRecord.steps,
            ).where(ContingencyPlanRecord.active).order_by(ContingencyPlanRecord.id)
        ):  # fmt: skip
            self.plans.setdefault(plan.category, plan)
        self.staff: dict[StaffRole, list[int]] = {role: [] for role in StaffRole}
        for staff_id, role in session.execute(select(Staff.id, Staff.role).where(Staff.active)):
            self.staff[role].append(staff_id)
        self.reporters = self.staff[StaffRole.COORDINATOR] + self.staff[StaffRole.SPECIALIST]
        models = (SlaClockRecord, SlaPauseRecord, IncidentRecord, IncidentStep)  # in insert order
        self.ids = {model: _next_id(session, model) for model in models}
        self.rows: dict[type, list[dict]] = {model: [] for model in self.ids}

    def _take(self, model) -> int:
        self.ids[model] += 1
        return self.ids[model] - 1

    def incident(
        self, case_id: int, vip: bool, taken_on: datetime, reported: datetime, resolved: bool, until: datetime
    ) -> None:
        """One incident reported at ``reported`` (an unresolved one: as long ago as its clock's state
        needs, not before the case was taken on), resolved by ``until`` when ``resolved``."""
        rng = self.rng
        category = rng.choices(list(_CATEGORY_WEIGHTS), weights=list(_CATEGORY_WEIGHTS.values()))[0]
        level = ResponseLevel.L2 if category is IncidentCategory.COMPLAINT else rng.choice(_LEVELS)
        description = rng.choice(_WHAT[category])
        minutes = self.settings.level_minutes[level]
        around = self.settings.around_the_clock(ServiceTier.VIP if vip else ServiceTier.BASIC)
        calendar = clock_calendar(around, self.office)
        if not resolved:  # reported so long ago that the clocks show every state
            used = max(1, round(minutes * rng.uniform(0.1, 1.5)))
            reported = max(taken_on, calendar.add_working_minutes(self.now, -used))
        reported = self.time.working(reported)
        stopped = breach = None
        if resolved:
            share = rng.uniform(1.05, 2.5) if rng.random() < 0.2 else rng.uniform(0.1, 0.95)
            start = calendar.next_working_instant(reported)
            stopped = min(calendar.add_working_minutes(start, round(minutes * share)), until)
            stopped = max(self.time.working(stopped), reported)
            breach = Clock(reported, minutes).breach_minutes(calendar, stopped)
        clock_id = self._take(SlaClockRecord)
        self.rows[SlaClockRecord].append({
            "id": clock_id, "case_id": case_id, "title": f"{category.label}：{description}"[:200],
            "level": level, "minutes": minutes, "around_the_clock": around, "started_at": reported,
            "stopped_at": stopped, "stopped_by_id": rng.choice(self.reporters) if stopped else None,
            "breach_minutes": breach,
        })  # fmt: skip
        if not resolved and rng.random() < 0.1:
            self.rows[SlaPauseRecord].append({
                "id": self._take(SlaPauseRecord), "clock_id": clock_id, "end": None,
                "start": max(reported, self.time.at(self.time.now_offset - 5)),
                "reason": rng.choice(_PAUSE_REASONS),
            })  # fmt: skip
        plan = self.plans.get(category) if rng.random() < 0.85 else None
        managers = self.staff[StaffRole.MANAGER]
        escalated = bool(managers) and (
            needs_escalation(level) or (level is ResponseLevel.L2 and rng.random() < 0.1)
        )
        incident_id = self._take(IncidentRecord)
        self.rows[IncidentRecord].append({
            "id": incident_id, "case_id": case_id, "category": category, "level": level,
            "description": description, "reported_by_id": rng.choice(self.reporters), "reported_at": reported,
            "plan_id": plan.id if plan else None, "plan_name": plan.name if plan else "",
            "clock_id": clock_id,
            "escalated_to_id": rng.choice(managers) if escalated else None,
            "escalated_at": self.time.after(reported, rng.randint(0, 5)) if escalated else None,
            "resolved_at": stopped if resolved else None,
            "resolution": rng.choice(_RESOLUTIONS) if resolved else "",
        })  # fmt: skip
        steps = plan.steps if plan else []
        done = len(steps) if resolved else rng.randrange(len(steps) + 1) if steps else 0
        finished_by = stopped or self.now
        step_time = (finished_by - reported) // (len(steps) + 1)
        for position, text in enumerate(steps):
            finished = position < done
            self.rows[IncidentStep].append({
                "id": self._take(IncidentStep), "incident_id": incident_id, "position": position,
                "text": text[:300],
                "done_at": self.time.working(reported + step_time * (position + 1)) if finished else None,
            })  # fmt: skip


def generate_sample_incidents(database: Database, rng: random.Random, now: datetime) -> None:
    """Incidents on some open and closed cases, with plans, steps, clocks and escalations; the
    sample risk windows."""
    import_builtin_plans(database)
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        _windows(session, now)
        writer = _Writer(session, rng, now, office)
        cases = session.execute(
            select(Case.id, Case.status, Case.created_at, Case.closed_at, Client.tier)
            .join(Client, Client.id == Case.client_id)
            .order_by(Case.id)
        ).all()
        # The open cases fighting an incident: a share of them (at least one), not a chance each, or
        # a small office's dashboard would show none or several.
        open_ids = [case_id for case_id, status, *_ in cases if status.is_open]
        fighting = set(rng.sample(open_ids, max(1, round(len(open_ids) * OPEN_SHARE)))) if open_ids else set()
        for case_id, status, taken_on, closed_at, tier in cases:
            is_open = status.is_open
            if case_id not in fighting if is_open else rng.random() >= CLOSED_SHARE:
                continue
            until = now if is_open else closed_at or taken_on + timedelta(days=1)
            for _ in range(rng.choice((1, 1, 1, 2))):
                reported = (taken_on + (until - taken_on) * rng.uniform(0.1, 0.9)).replace(microsecond=0)
                resolved = not is_open or rng.random() >= UNRESOLVED_SHARE
                writer.incident(case_id, tier is ServiceTier.VIP, taken_on, reported, resolved, until)
        for model, rows in writer.rows.items():
            if rows:
                session.execute(insert(model), rows)
