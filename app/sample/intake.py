"""Sample intake records for the sample office: assessments, estimates, pre-checks and reviews.

Every sample case gets what a real intake leaves behind, so the dashboards, letters, analyses and
benchmarks of later capabilities see office-scale data. Lead times come from the working calendar
and the template's own expedite schedule; the advice from the real urgency rules.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.cost_estimate import CostItem
from app.domain.material_checklist import ItemState, ReviewLevel, builtin_material_checklist
from app.domain.sop_template import SopTemplate, duration_minutes
from app.domain.urgency import Recommendation, UrgencyDimension, UrgencyInput, assess_urgency
from app.domain.vocabulary import CaseStatus, ServiceType, StaffRole
from app.sample.office_time import OfficeTime

_CONSEQUENCES = (
    "错过投标截止，失去投标资格",
    "货物滞留港口，每天产生滞港费和违约金",
    "许可证到期后不能营业，门店被迫停业",
    "融资款无法按期到账，触发投资协议违约条款",
    "大客户要求的资质无法提供，合同被取消",
    "产生税务滞纳金并影响纳税信用等级",
    "员工无法报销医疗费用，引发劳动纠纷",
    "电商平台入驻审核过期，需重新排队三个月",
)
_PROBLEM_NOTES = ("复印件未加盖公章", "名称与营业执照不一致", "证件已过期", "缺法定代表人签字")
_OVERRIDE_REASONS = (
    "客户为长期 VIP，主动要求全面加急",
    "客户只愿为瓶颈环节付加急费",
    "窗口近期排队严重，需提前加急",
)
#: Each dimension's score is drawn from five (the generator's sequence of draws stays the same): a
#: licence about to lapse is rare, most requests have one middling reason, about a third none at all.
_SCORE_DRAWS = {
    UrgencyDimension.BUSINESS_SURVIVAL: (0, 0, 0, 0, 3),
    UrgencyDimension.FINANCIAL_LOSS: (0, 0, 0, 1, 2),
    UrgencyDimension.MARKET_OPPORTUNITY: (0, 0, 1, 2, 3),
    UrgencyDimension.INTERNAL_NEED: (0, 0, 1, 1, 2),
}
#: An approval above this (the default threshold, in fen) goes to a manager.
_THRESHOLD_FEN = 500_000


@dataclass(frozen=True)
class _TemplateFigures:
    normal_minutes: int
    expedite_minutes: int
    bottleneck: str


class SampleIntakes:
    """Makes the intake rows of sample cases; one instance per generator run."""

    def __init__(self, rng: random.Random, office: OfficeTime, staff: dict[StaffRole, list[int]]):
        self._rng = rng
        self._office = office
        self._calendar = office.calendar
        self._staff = staff
        self._figures: dict[str, _TemplateFigures] = {}
        self._checklists = {service: builtin_material_checklist(service) for service in ServiceType}

    def _template_figures(self, template: SopTemplate) -> _TemplateFigures:
        if template.code not in self._figures:
            start = datetime(2026, 11, 23, 9)  # a Monday morning: the plan's length in working time
            schedule = template.schedule(self._calendar, start)
            chain = [schedule.tasks[key] for key in schedule.critical_chain()]
            self._figures[template.code] = _TemplateFigures(
                duration_minutes(template.normal_duration, self._calendar.hours.minutes_per_day),
                schedule.finish_offset - schedule.start_offset,
                max(chain, key=lambda task: task.duration).name if chain else "",
            )
        return self._figures[template.code]

    def case_fields(self, taken_on: datetime, accepted_at: datetime | None) -> dict[str, Any]:
        """Columns of the case row itself: who took it, the consequence, acceptance."""
        rng = self._rng
        return {
            "intake_by_id": rng.choice(self._staff[StaffRole.FRONT_DESK]),
            "consequence": rng.choice(_CONSEQUENCES),
            "request_detail": "",
            "accepted_at": accepted_at,
            "acceptance_override_reason": "",
            "acceptance_override_by_id": None,
            "cost_approved_by_id": None,
            "cost_approved_at": None,
        }

    def rows(self, case: dict[str, Any], template: SopTemplate) -> tuple[list[dict[str, Any]], ...]:
        """Rows of (assessments, cost lines, material checks, reviews) of one case.

        Also fills in the cost approval on ``case`` when the estimate needs one.
        """
        rng, taken_on, case_id, office = self._rng, case["created_at"], case["id"], self._office
        taken = office.offset(taken_on)  # the working minutes the intake's steps follow it by
        figures = self._template_figures(template)
        scores = {dimension: rng.choice(_SCORE_DRAWS[dimension]) for dimension in UrgencyDimension}
        facts = UrgencyInput(
            scores, max(0, office.offset(case["requested_deadline"]) - taken),
            figures.normal_minutes, figures.expedite_minutes, figures.bottleneck,
        )  # fmt: skip
        advice = assess_urgency(facts)
        overridden = rng.random() < 0.05
        chosen = (
            rng.choice([r for r in Recommendation if r is not advice.recommendation]) if overridden else None
        )
        assessment = {
            "case_id": case_id, **{d.value: scores[d] for d in UrgencyDimension},
            "minutes_left": facts.minutes_left, "normal_minutes": facts.normal_minutes,
            "expedite_minutes": facts.expedite_minutes, "recommended": advice.recommendation,
            "reasons": advice.summary(), "chosen": chosen or advice.recommendation,
            "override_reason": rng.choice(_OVERRIDE_REASONS) if overridden else "", "assessed_at": taken_on,
        }  # fmt: skip
        amounts = {
            CostItem.EXPEDITE_FEE: rng.randrange(8, 60) * 10_000,
            CostItem.OVERTIME: rng.choice((0, rng.randrange(3, 15) * 10_000)),
            CostItem.EXPERT_PREMIUM: rng.choice((0, 0, rng.randrange(10, 30) * 10_000)),
            CostItem.CHANNEL_FEE: rng.choice((0, 0, 0, rng.randrange(5, 20) * 10_000)),
        }
        costs = [{"case_id": case_id, "item": item, "amount_fen": fen} for item, fen in amounts.items()]
        if sum(amounts.values()) > _THRESHOLD_FEN:
            case["cost_approved_by_id"] = rng.choice(self._staff[StaffRole.MANAGER])
            case["cost_approved_at"] = office.at(taken + rng.randint(5, 60))
        waiting = case["status"] is CaseStatus.INTAKE
        checks = []
        for position, item in enumerate(self._checklists[case["service_type"]].items):
            state = ItemState.RECEIVED
            if waiting and item.required and rng.random() < 0.3:
                state = rng.choice((ItemState.MISSING, ItemState.MISSING, ItemState.PROBLEM))
            elif not item.required and rng.random() < 0.5:
                state = ItemState.MISSING
            checks.append({
                "case_id": case_id, "position": position, "item_key": item.key, "item_name": item.name,
                "required": item.required, "state": state,
                "note": rng.choice(_PROBLEM_NOTES) if state is ItemState.PROBLEM else "",
                "name_on_document": "", "code_on_document": "", "issued_on": None, "expires_on": None,
            })  # fmt: skip
        levels = list(ReviewLevel)[: 1 if waiting else 3]
        reviewers = {
            ReviewLevel.CLERK: case["intake_by_id"],
            ReviewLevel.SUPERVISOR: rng.choice(self._staff[StaffRole.MANAGER]),
            ReviewLevel.LEGAL: rng.choice(self._staff[StaffRole.COMPLIANCE]),
        }
        reviews = [
            {"case_id": case_id, "level": level, "reviewer_id": reviewers[level],
             "reviewed_at": office.at(taken + 10 + 15 * n)}
            for n, level in enumerate(levels)
        ]  # fmt: skip
        return [assessment], costs, checks, reviews
