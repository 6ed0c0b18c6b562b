"""The front-desk intake form (接待单) as data: what the clerk typed, its draft form, and its rules.

The form is kept as typed (amounts as text, an unchosen client as empty fields) so that nothing is
lost when a rule fails: the draft saved every few seconds is this form's plain data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.cost_estimate import CostEstimate, CostItem, format_yuan, parse_amount
from app.domain.credit_code import credit_code_problem
from app.domain.material_checklist import (
    ItemCheck,
    ItemState,
    MaterialChecklist,
    Review,
    ReviewLevel,
    checklist_problems,
    review_conflicts,
    review_problems,
)
from app.domain.material_consistency import DocumentFacts, consistency_problems
from app.domain.message import Message
from app.domain.phone import phone_problem
from app.domain.text_limits import add_length_problems
from app.domain.urgency import Recommendation, UrgencyDimension
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceTier, ServiceType, StaffRole

#: Who may sign each review level; the clerk's first check is anyone's.
REVIEW_ROLES: dict[ReviewLevel, tuple[StaffRole, ...]] = {
    ReviewLevel.CLERK: tuple(StaffRole),
    ReviewLevel.SUPERVISOR: (StaffRole.MANAGER,),
    ReviewLevel.LEGAL: (StaffRole.COMPLIANCE,),
}
#: Who approves an estimate above the threshold, and accepts a case whose materials do not pass.
SUPERVISOR_ROLES = (StaffRole.MANAGER,)

TEXT_LIMITS = {
    "title": 200, "client_name": 200, "client_contact": 60, "client_phone": 40, "client_address": 300,
}  # fmt: skip


@dataclass
class NewClient:
    name: str = ""
    credit_code: str = ""
    contact_person: str = ""
    phone: str = ""
    tier: ServiceTier = ServiceTier.BASIC
    # 甲方地址 on the letter; for an existing client (``client_id``) the form carries only this, which
    # replaces the stored one: the address is completed or corrected at the next intake.
    address: str = ""


@dataclass
class MaterialEntry:
    """One checklist item as checked at the desk, with what the document itself says."""

    key: str
    state: ItemState = ItemState.MISSING
    note: str = ""
    name_on_document: str = ""
    code_on_document: str = ""
    issued_on: date | None = None
    expires_on: date | None = None


@dataclass
class ReviewEntry:
    level: ReviewLevel
    staff_id: int
    at: datetime


@dataclass
class EvidenceEntry:
    title: str  # what it proves: 招标公告, 海关通知, 即将到期的许可证
    path: str  # where the clerk picked it; copied into the data folder on saving


@dataclass
class IntakeForm:
    intake_by_id: int | None = None
    client_id: int | None = None  # an existing client, or None for ``new_client``
    new_client: NewClient = field(default_factory=NewClient)
    service_type: ServiceType = ServiceType.COMPANY_SETUP
    template_code: str = ""
    title: str = ""
    detail: str = ""
    deadline: datetime | None = None
    # What was typed in the deadline field when it cannot be read (``12/40``): the draft keeps it,
    # so that reopening shows the text and its refusal again. Empty when ``deadline`` was read.
    unread_deadline: str = ""
    consequence: str = ""
    scores: dict[UrgencyDimension, int] = field(default_factory=dict)
    chosen: Recommendation | None = None  # None: follow the recommendation
    override_reason: str = ""
    costs: dict[CostItem, str] = field(default_factory=dict)  # as typed
    cost_approver_id: int | None = None
    materials: list[MaterialEntry] = field(default_factory=list)
    reviews: list[ReviewEntry] = field(default_factory=list)
    acceptance_override_by_id: int | None = None
    acceptance_override_reason: str = ""
    evidence: list[EvidenceEntry] = field(default_factory=list)

    def named_staff(self) -> set[int]:
        """The people the form names: who took it in, approved its cost, let it in short of materials,
        reviewed them."""
        named = (self.intake_by_id, self.cost_approver_id, self.acceptance_override_by_id)
        return {staff_id for staff_id in named if staff_id is not None} | {r.staff_id for r in self.reviews}

    def to_data(self) -> dict[str, Any]:
        """JSON-ready data (the draft); :meth:`from_data` reads it back."""
        data = asdict(self)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        data["scores"] = {d.value: score for d, score in self.scores.items()}
        data["costs"] = {item.value: text for item, text in self.costs.items()}
        for entry in data["materials"]:
            for name in ("issued_on", "expires_on"):
                entry[name] = entry[name].isoformat() if entry[name] else None
        for entry in data["reviews"]:
            entry["at"] = entry["at"].isoformat()
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> IntakeForm:
        """The form a draft holds. A field the draft cannot supply keeps its default.

        Raises:
            ValueError: the draft is not a form's data at all.
        """
        if not isinstance(data, dict):
            raise ValueError(QT_TRANSLATE_NOOP("messages", "草稿内容无法识别"))

        def day(text: str | None) -> date | None:
            return date.fromisoformat(text) if text else None

        form = cls()
        for name in ("intake_by_id", "client_id", "cost_approver_id", "acceptance_override_by_id"):
            setattr(form, name, data.get(name))
        for name in ("template_code", "title", "detail", "unread_deadline", "consequence", "override_reason",
                     "acceptance_override_reason"):  # fmt: skip
            setattr(form, name, str(data.get(name) or ""))
        client = data.get("new_client") or {}
        form.new_client = NewClient(
            **{k: str(client.get(k) or "") for k in ("name", "credit_code", "contact_person", "phone")},
            tier=ServiceTier(client.get("tier") or ServiceTier.BASIC),
            address=str(client.get("address") or ""),
        )
        form.service_type = ServiceType(data.get("service_type") or ServiceType.COMPANY_SETUP)
        form.deadline = datetime.fromisoformat(data["deadline"]) if data.get("deadline") else None
        form.scores = {UrgencyDimension(k): int(v) for k, v in (data.get("scores") or {}).items()}
        form.chosen = Recommendation(data["chosen"]) if data.get("chosen") else None
        form.costs = {CostItem(k): str(v) for k, v in (data.get("costs") or {}).items()}
        form.materials = [
            MaterialEntry(
                e["key"], ItemState(e.get("state") or ItemState.MISSING), e.get("note", ""),
                e.get("name_on_document", ""), e.get("code_on_document", ""),
                day(e.get("issued_on")), day(e.get("expires_on")),
            )
            for e in data.get("materials") or []
        ]  # fmt: skip
        form.reviews = [
            ReviewEntry(ReviewLevel(e["level"]), int(e["staff_id"]), datetime.fromisoformat(e["at"]))
            for e in data.get("reviews") or []
        ]
        form.evidence = [EvidenceEntry(e["title"], e["path"]) for e in data.get("evidence") or []]
        return form

    def cost_estimate(self) -> CostEstimate:
        """The estimate as amounts; items that do not parse count as zero (:meth:`uncounted_costs`)."""
        items = {}
        for item in CostItem:
            try:
                items[item] = parse_amount(self.costs.get(item, ""))
            except ValueError:
                items[item] = Decimal("0.00")
        return CostEstimate(items)

    def uncounted_costs(self) -> list[CostItem]:
        """The items typed so that they cannot be read, which the estimate's total leaves out."""
        uncounted = []
        for item, text in self.costs.items():
            try:
                parse_amount(text)
            except ValueError:
                uncounted.append(item)
        return uncounted

    def chosen_handling(self, recommended: Recommendation) -> Recommendation:
        return self.chosen or recommended


def handling_needs_reason(handling: Recommendation, recommended: Recommendation) -> bool:
    """Whether the handling chosen needs a written reason: going against the advice, or going with
    an advice that finishes after the client's deadline (the reason records that the client accepts
    the later finish, which the letter then promises)."""
    return handling is not recommended or handling is Recommendation.IMPOSSIBLE


@dataclass(frozen=True)
class Staffing:
    """The office's people as the form's rules need them: name and role by id."""

    names: dict[int, str]
    roles: dict[int, StaffRole]


def _reviews(form: IntakeForm, staff: Staffing) -> list[Review]:
    return [Review(r.level, staff.names.get(r.staff_id, str(r.staff_id)), r.at) for r in form.reviews]


def material_problems(
    form: IntakeForm, checklist: MaterialChecklist, company_name: str, credit_code: str, today: date
) -> list[str]:
    """Why the materials do not pass yet: the checklist, then the consistency of the documents."""
    checks = {e.key: ItemCheck(e.state, e.note) for e in form.materials}
    names = {item.key: item.title for item in checklist.items}
    documents = [
        DocumentFacts(
            names.get(e.key, e.key), e.name_on_document, e.code_on_document, e.issued_on, e.expires_on
        )
        for e in form.materials
        if e.state is not ItemState.MISSING
    ]
    needed_until = form.deadline.date() if form.deadline else today
    return checklist_problems(checklist, checks) + consistency_problems(
        company_name, credit_code, documents, today, needed_until
    )


def acceptance_problems(
    form: IntakeForm,
    checklist: MaterialChecklist,
    company_name: str,
    credit_code: str,
    staff: Staffing,
    today: date,
) -> list[str]:
    """What keeps the case from 已受理: the materials and the three review levels."""
    return material_problems(form, checklist, company_name, credit_code, today) + review_problems(
        _reviews(form, staff)
    )


def deadline_problem(deadline: datetime | None, now: datetime) -> str | None:
    """Why ``deadline`` cannot be the case's hard deadline: missing, or already past."""
    if deadline is None:
        return QT_TRANSLATE_NOOP("messages", "请填写客户的硬性截止时间")
    if deadline <= now:
        return QT_TRANSLATE_NOOP("messages", "截止时间已经过去，请核对客户给出的日期和时间")
    return None


def intake_problems(
    form: IntakeForm, now: datetime, staff: Staffing, threshold: Decimal, recommended: Recommendation
) -> dict[str, str]:
    """Field → Chinese message for everything that keeps the form from being saved."""
    problems: dict[str, str] = {}
    if form.intake_by_id not in staff.names:
        problems["intake_by"] = QT_TRANSLATE_NOOP("messages", "接待人须为本所在职员工（即登录的人）")
    if form.client_id is None:
        client = form.new_client
        if not client.name.strip():
            problems["client_name"] = QT_TRANSLATE_NOOP(
                "messages", "请搜索并选择已有客户，或填写新客户的名称"
            )
        if client.credit_code.strip() and (message := credit_code_problem(client.credit_code)):
            problems["client_credit_code"] = message
        if not client.contact_person.strip():
            problems["client_contact"] = QT_TRANSLATE_NOOP("messages", "请填写联系人")
        if message := phone_problem(client.phone):
            problems["client_phone"] = message
    if not form.title.strip():
        problems["title"] = QT_TRANSLATE_NOOP("messages", "请填写办理事项，如“经营范围变更加急”")
    if not form.template_code:
        problems["template"] = QT_TRANSLATE_NOOP(
            "messages", "该业务类型没有可用的 SOP 模板，请先在设置中添加"
        )
    if message := deadline_problem(form.deadline, now):
        problems["deadline"] = message
    if not form.consequence.strip():
        problems["consequence"] = QT_TRANSLATE_NOOP(
            "messages", "请写明错过截止时间的后果（如：失去投标资格、货物滞港产生费用）"
        )
    add_length_problems(
        problems,
        {
            name: (form.title if name == "title" else _client_text(form.new_client, name), limit)
            for name, limit in TEXT_LIMITS.items()
        },
    )
    handling = form.chosen_handling(recommended)
    if handling_needs_reason(handling, recommended) and not form.override_reason.strip():
        problems["override_reason"] = (
            Message(
                QT_TRANSLATE_NOOP("messages", "系统建议“{recommended}”，改为“{chosen}”时请写明理由"),
                recommended=recommended,
                chosen=handling,
            )
            if handling is not recommended
            else QT_TRANSLATE_NOOP(
                "messages",
                "即使加急也无法在截止时间前完成：请与客户商定，写明客户已同意推迟完成"
                "（确认书将写明无法按要求时间完成，客户签署即接受）",
            )
        )
    for item in CostItem:
        try:
            parse_amount(form.costs.get(item, ""))
        except ValueError as error:
            problems[f"cost_{item.value}"] = str(error)
    estimate = form.cost_estimate()
    if estimate.needs_approval(threshold):
        if form.cost_approver_id is None:
            problems["cost_approver"] = Message(
                QT_TRANSLATE_NOOP("messages", "费用合计超过审批额度 {threshold}，需主管审批"),
                threshold=format_yuan(threshold),
            )
        elif staff.roles.get(form.cost_approver_id) not in SUPERVISOR_ROLES:
            problems["cost_approver"] = QT_TRANSLATE_NOOP("messages", "费用审批须由主管进行")
    problems.update(pre_check_problems(form, staff))
    for number, entry in enumerate(form.evidence, start=1):
        if not entry.title.strip():
            problems["evidence"] = Message(
                QT_TRANSLATE_NOOP("messages", "第 {number} 个证据文件请写明是什么（如：招标公告）"),
                number=number,
            )
    return problems


def _client_text(client: NewClient, name: str) -> str:
    return {
        "client_name": client.name,
        "client_contact": client.contact_person,
        "client_phone": client.phone,
        "client_address": client.address,
    }[name]


def pre_check_problems(form: IntakeForm, staff: Staffing) -> dict[str, str]:
    """Reviews signed by the wrong role or in conflict, and an override without a supervisor or reason."""
    problems: dict[str, str] = {}
    for entry in form.reviews:
        if staff.roles.get(entry.staff_id) not in REVIEW_ROLES[entry.level]:
            problems[f"review_{entry.level.value}"] = Message(
                QT_TRANSLATE_NOOP("messages", "{level}须由{roles}进行"),
                level=entry.level,
                roles=REVIEW_ROLES[entry.level],
            )
    if conflicts := review_conflicts(_reviews(form, staff)):
        problems.setdefault("reviews", conflicts[0])
    if form.acceptance_override_reason.strip() and (
        form.acceptance_override_by_id is None
        or staff.roles.get(form.acceptance_override_by_id) not in SUPERVISOR_ROLES
    ):
        problems["acceptance_override"] = QT_TRANSLATE_NOOP(
            "messages", "破例受理须由主管决定：请主管登录，或由主管现场授权签字"
        )
    if form.acceptance_override_by_id is not None and not form.acceptance_override_reason.strip():
        problems["acceptance_override"] = QT_TRANSLATE_NOOP("messages", "请写明破例受理的理由")
    return problems
