"""SQLAlchemy 2 typed models of the office's data.

Datetimes are naive and mean the office's wall clock (Beijing time): every deadline and working
calendar rule is stated in local time, so storing local time keeps them comparable without
conversions.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
    inspect,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, object_session, relationship

from app.db.session_owner import DATABASE_KEY, database_of
from app.domain.case_costs import ActualCostItem, CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.client_notice import NoticeChannel, NoticeKind
from app.domain.clock import Clock
from app.domain.cost_estimate import CostItem
from app.domain.incident import IncidentCategory
from app.domain.material_checklist import ItemState, ReviewLevel
from app.domain.sla import ResponseLevel
from app.domain.urgency import Recommendation
from app.domain.vocabulary import (
    CaseStatus,
    DependencyKind,
    LabelledEnum,
    ServiceTier,
    ServiceType,
    StaffRole,
    TaskStatus,
)

# Alembic needs stable constraint names to alter tables in SQLite's batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _code_column_type(enum_class: type[LabelledEnum]) -> Enum:
    # Stored as plain VARCHAR codes without a CHECK, so a later issue can add a code without
    # rebuilding the table; the enum type validates on the Python side.
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: DateTime(),
        date: Date(),
        ServiceType: _code_column_type(ServiceType),
        ServiceTier: _code_column_type(ServiceTier),
        StaffRole: _code_column_type(StaffRole),
        CaseStatus: _code_column_type(CaseStatus),
        TaskStatus: _code_column_type(TaskStatus),
        DependencyKind: _code_column_type(DependencyKind),
        Recommendation: _code_column_type(Recommendation),
        CostItem: _code_column_type(CostItem),
        ItemState: _code_column_type(ItemState),
        ReviewLevel: _code_column_type(ReviewLevel),
        NoticeKind: _code_column_type(NoticeKind),
        NoticeChannel: _code_column_type(NoticeChannel),
        ResponseLevel: _code_column_type(ResponseLevel),
        IncidentCategory: _code_column_type(IncidentCategory),
        ActualCostItem: _code_column_type(ActualCostItem),
        CompensationKind: _code_column_type(CompensationKind),
        Responsibility: _code_column_type(Responsibility),
    }


class TimestampMixin:
    """When a row was made and last changed, by the clock of the Database that wrote it (see
    :func:`_stamp_insert`); the server's default is only for rows written outside one."""

    created_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())


def _database_clock(target: object) -> Clock | None:
    session = object_session(target)
    return None if session is None or DATABASE_KEY not in session.info else database_of(session).clock


def _stamp_insert(_mapper, _connection, target: TimestampMixin) -> None:
    # Not CURRENT_TIMESTAMP: SQLite's is UTC and any server's is the wall clock, not the office's.
    if (clock := _database_clock(target)) is not None:
        target.created_at = target.created_at or clock.now()
        target.updated_at = target.updated_at or target.created_at


def _stamp_update(_mapper, _connection, target: TimestampMixin) -> None:
    session, clock = object_session(target), _database_clock(target)
    changed = session is not None and session.is_modified(target, include_collections=False)
    if clock is not None and changed and not inspect(target).attrs.updated_at.history.has_changes():
        target.updated_at = clock.now()


event.listen(TimestampMixin, "before_insert", _stamp_insert, propagate=True)
event.listen(TimestampMixin, "before_update", _stamp_update, propagate=True)


class OfficeProfile(TimestampMixin, Base):
    """The office itself: printed on letterheads and letters. One row."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    signatory: Mapped[str] = mapped_column(String(60), default="")
    seal_text: Mapped[str] = mapped_column(String(200), default="")
    # 乙方 on the confirmation letter: its unified social credit code and the account the client pays.
    credit_code: Mapped[str] = mapped_column(String(18), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # Office hours of the working calendar, as OfficeHours writes them.
    office_hours: Mapped[str] = mapped_column(
        String(100), default="09:00-12:00, 13:30-18:00", server_default="09:00-12:00, 13:30-18:00"
    )
    # Cost estimates above this amount (in fen) need a supervisor's approval at intake.
    approval_threshold_fen: Mapped[int] = mapped_column(default=500_000, server_default="500000")
    # A critical task this close (working minutes) to its latest finish is highlighted on the Gantt.
    gantt_margin_minutes: Mapped[int] = mapped_column(default=240, server_default="240")
    # Response promises (SLA): minutes per response level, for client notices, and whose clocks run
    # around the clock (VIP by default) rather than on the working calendar.
    l1_minutes: Mapped[int] = mapped_column(default=10, server_default="10")
    l2_minutes: Mapped[int] = mapped_column(default=120, server_default="120")
    l3_minutes: Mapped[int] = mapped_column(default=1440, server_default="1440")
    milestone_notice_minutes: Mapped[int] = mapped_column(default=30, server_default="30")
    at_risk_notice_minutes: Mapped[int] = mapped_column(default=60, server_default="60")
    vip_around_the_clock: Mapped[bool] = mapped_column(default=True, server_default=true())
    basic_around_the_clock: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Backups kept in rotation: the newest of each of the last N days and of the last M months.
    backup_daily_keep: Mapped[int] = mapped_column(default=7, server_default="7")
    backup_monthly_keep: Mapped[int] = mapped_column(default=12, server_default="12")


class Staff(TimestampMixin, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[StaffRole]
    active: Mapped[bool] = mapped_column(default=True)
    # The resource pool: what a person can do (service-type labels, languages …) and where.
    skills: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    region: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The login: none until an admin gives the person one; the password only as its scrypt hash.
    username: Mapped[str | None] = mapped_column(String(40), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(200), default="", server_default="")
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())


class Client(TimestampMixin, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    tier: Mapped[ServiceTier] = mapped_column(default=ServiceTier.BASIC)

    cases: Mapped[list[Case]] = relationship(back_populates="client")


class Case(TimestampMixin, Base):
    """One expedite request of one client, from intake to retrospective."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_status_deadline", "status", "requested_deadline"),
        # The cases closed lately (retrospectives due), found without walking every closed case.
        Index("ix_case_status_closed_at", "status", "closed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"), index=True)
    service_type: Mapped[ServiceType]
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[CaseStatus] = mapped_column(default=CaseStatus.INTAKE)
    requested_deadline: Mapped[datetime]
    # The request as the client put it at intake: what must be done, what a miss would cost.
    request_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    consequence: Mapped[str] = mapped_column(Text, default="", server_default="")
    intake_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    cost_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    cost_approved_at: Mapped[datetime | None]
    # 已受理: when the material pre-check passed, or a supervisor accepted it anyway (with a reason).
    accepted_at: Mapped[datetime | None]
    acceptance_override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    acceptance_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None]
    # The SOP version the case was planned with; later edits of the template do not touch it.
    sop_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("sop_template_version.id", ondelete="SET NULL")
    )
    # When the case's plan is projected to finish, as of its last reschedule (see Task's schedule).
    projected_finish: Mapped[datetime | None]
    baseline_at: Mapped[datetime | None]
    # Work started before the client signed: who decided so, and when (None: not the case).
    unsigned_start_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    unsigned_start_at: Mapped[datetime | None]
    # Where the work is done (city / district), matched against the policy-risk calendar.
    region: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # Optimistic locking: an UPDATE that finds another desk's newer version fails loudly.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    client: Mapped[Client] = relationship(back_populates="cases")
    manager: Mapped[Staff | None] = relationship(foreign_keys=[manager_id])
    tasks: Mapped[list[Task]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Task.position"
    )

    __mapper_args__ = {"version_id_col": version}


class Task(TimestampMixin, Base):
    """One step of a case's plan; its status is its board column."""

    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        Index("ix_task_status_position", "status", "position"),
        Index("ix_task_status_board_rank", "status", "board_rank"),
        # On PostgreSQL the table keeps room on each page for the figures every plan edit rewrites:
        # migration 0015 sets it. Not said here: naming a PostgreSQL option loads SQLAlchemy's whole
        # PostgreSQL dialect (40 ms of every start, on SQLite too).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(default=StaffRole.SPECIALIST)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), index=True)
    status: Mapped[TaskStatus] = mapped_column(default=TaskStatus.TODO)
    position: Mapped[int] = mapped_column(default=0)
    duration_minutes: Mapped[int] = mapped_column(default=0)
    blocked_reason: Mapped[str] = mapped_column(Text, default="")
    sop_step_key: Mapped[str | None] = mapped_column(String(40))
    milestone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Order within its board column (office-wide); a move takes the midpoint of its new neighbours.
    board_rank: Mapped[float] = mapped_column(default=0.0, server_default="0")
    # The case's last schedule, stored so the board shows thousands of cards without rescheduling
    # them; every move reschedules its case and writes these back.
    planned_start: Mapped[datetime | None]
    planned_finish: Mapped[datetime | None]
    latest_finish: Mapped[datetime | None]
    slack_minutes: Mapped[int | None]
    critical: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Moved on the Gantt chart: the task starts no earlier than this.
    not_before: Mapped[datetime | None]
    # The plan as the client agreed to it (set when the confirmation letter is signed, or by hand).
    baseline_start: Mapped[datetime | None]
    baseline_finish: Mapped[datetime | None]
    # Counts of the checklist kept on the task, so a card needs no aggregate over every checklist.
    checklist_total: Mapped[int] = mapped_column(default=0, server_default="0")
    checklist_done: Mapped[int] = mapped_column(default=0, server_default="0")
    # A specialist's "done, please check", confirmed by the case's reviewer in the activity feed.
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    checked_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    case: Mapped[Case] = relationship(back_populates="tasks")
    assignee: Mapped[Staff | None] = relationship(foreign_keys=[assignee_id])
    checklist: Mapped[list[TaskChecklistItem]] = relationship(
        cascade="all, delete-orphan", order_by="TaskChecklistItem.position"
    )

    __mapper_args__ = {"version_id_col": version}


class TaskDependency(Base):
    """``successor`` may start only after ``predecessor`` finishes (or starts), plus a lag."""

    __tablename__ = "task_dependency"
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id", name="uq_task_dependency_pair"),
        CheckConstraint("predecessor_id <> successor_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    successor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DependencyKind] = mapped_column(default=DependencyKind.FINISH_TO_START)
    lag_minutes: Mapped[int] = mapped_column(default=0)


class TaskChecklistItem(Base):
    """One line of a task's checklist (e.g. the stamping checks), ticked when done."""

    __tablename__ = "task_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)


class SopTemplateRecord(TimestampMixin, Base):
    """A service type's plan template; its content lives in published versions."""

    __tablename__ = "sop_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    service_type: Mapped[ServiceType] = mapped_column(index=True)
    flow: Mapped[str] = mapped_column(String(16))
    builtin: Mapped[bool] = mapped_column(default=False)

    versions: Mapped[list[SopTemplateVersion]] = relationship(
        back_populates="template", order_by="SopTemplateVersion.version"
    )


class SopTemplateVersion(Base):
    """An immutable published version of a template, with the note that explains the change."""

    __tablename__ = "sop_template_version"
    __table_args__ = (UniqueConstraint("template_id", "version", name="uq_sop_template_version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("sop_template.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    revision_note: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON)  # SopTemplate.to_data()
    published_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())

    template: Mapped[SopTemplateRecord] = relationship(back_populates="versions")


class CalendarOverrideRecord(Base):
    """The office's own word on a date (a new State Council notice, a local arrangement)."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    working: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")


class HolidayNoticeRecord(Base):
    """The State Council's holiday notice of a year as the office imported it: the year's official
    days, above the library's data and the estimate (app/domain/holiday_notice.py)."""

    __tablename__ = "holiday_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(200))
    source_text: Mapped[str] = mapped_column(Text)  # as pasted or opened
    imported_at: Mapped[datetime]
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    imported_by_name: Mapped[str] = mapped_column(String(60), default="")  # as it was: names change
    days: Mapped[list[HolidayNoticeDay]] = relationship(
        cascade="all, delete-orphan", order_by="HolidayNoticeDay.day"
    )


class HolidayNoticeDay(Base):
    """A day the notice arranges: a day off, or a make-up working day (调休上班)."""

    __tablename__ = "holiday_notice_day"
    __table_args__ = (UniqueConstraint("notice_id", "day", name="uq_holiday_notice_day_notice_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("holiday_notice.id", ondelete="CASCADE"))
    day: Mapped[date]
    working: Mapped[bool]
    holiday: Mapped[str] = mapped_column(String(20))


class UrgencyAssessmentRecord(Base):
    """The intake's urgency assessment: the scores, the lead time, the advice and what was chosen."""

    __tablename__ = "urgency_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), unique=True)
    business_survival: Mapped[int] = mapped_column(default=0)
    financial_loss: Mapped[int] = mapped_column(default=0)
    market_opportunity: Mapped[int] = mapped_column(default=0)
    internal_need: Mapped[int] = mapped_column(default=0)
    minutes_left: Mapped[int]
    normal_minutes: Mapped[int]
    expedite_minutes: Mapped[int]
    recommended: Mapped[Recommendation]
    reasons: Mapped[str] = mapped_column(Text, default="")
    # What the clerk decided; differs from ``recommended`` only with an override reason.
    chosen: Mapped[Recommendation]
    override_reason: Mapped[str] = mapped_column(Text, default="")
    assessed_at: Mapped[datetime]


class CostLine(Base):
    """One item of a case's cost estimate, in fen (exact; SQLite has no decimal type)."""

    __tablename__ = "cost_line"
    __table_args__ = (
        UniqueConstraint("case_id", "item", name="uq_cost_line_case_item"),
        CheckConstraint("amount_fen >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    item: Mapped[CostItem]
    amount_fen: Mapped[int]


class MaterialCheck(Base):
    """One checklist item of a case's material pre-check, with what the clerk read off the document."""

    __tablename__ = "material_check"
    __table_args__ = (UniqueConstraint("case_id", "item_key", name="uq_material_check_case_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    item_key: Mapped[str] = mapped_column(String(60))
    item_name: Mapped[str] = mapped_column(String(200))  # as the checklist named it at intake
    required: Mapped[bool] = mapped_column(default=True)
    state: Mapped[ItemState] = mapped_column(default=ItemState.MISSING)
    note: Mapped[str] = mapped_column(Text, default="")
    name_on_document: Mapped[str] = mapped_column(String(200), default="")
    code_on_document: Mapped[str] = mapped_column(String(40), default="")
    issued_on: Mapped[date | None]
    expires_on: Mapped[date | None]


class MaterialReviewRecord(Base):
    """One of the three review levels of a case's materials: who signed it and when."""

    __tablename__ = "material_review"
    __table_args__ = (UniqueConstraint("case_id", "level", name="uq_material_review_case_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    level: Mapped[ReviewLevel]
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    reviewed_at: Mapped[datetime]


class StoredDocument(Base):
    """A file the office keeps (letter, evidence, signed scan), once per content and never overwritten.

    In the database, so every desk on a shared server sees it and every backup carries it; its bytes
    are in chunks (StoredDocumentChunk) so neither back end holds one huge value. ``size`` None: a
    file that was missing when the desks' folders were moved in (revision 0011); the records naming
    it stay, and reading it says the file is missing.
    """

    __tablename__ = "stored_document"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int | None] = mapped_column(BigInteger)


class StoredDocumentChunk(Base):
    """One piece (at most 1 MiB) of a stored document's bytes; ``seq`` counts from 0."""

    __tablename__ = "stored_document_chunk"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("stored_document.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceFile(Base):
    """A file the client brought to prove the deadline, stored by content (StoredDocument)."""

    __tablename__ = "evidence_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(100))  # e.g. 招标公告, 海关通知
    file_name: Mapped[str] = mapped_column(String(255))  # the original name
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_document.sha256"), index=True)
    size: Mapped[int]
    attached_at: Mapped[datetime]


class IntakeDraft(Base):
    """The intake form as last typed on one desk, kept until it is saved or discarded."""

    __tablename__ = "intake_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk: Mapped[str] = mapped_column(String(200), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime]


class BoardColumnSetting(Base):
    """The office's own title, order and WIP limit of one board column (a task status)."""

    __tablename__ = "board_column"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[TaskStatus] = mapped_column(unique=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(40), default="")
    wip_limit: Mapped[int] = mapped_column(default=0)  # 0: no limit
    wip_per_lane: Mapped[bool] = mapped_column(default=False)  # the limit holds in each lane


class TaskEvent(Base):
    """One line of a task's history: a move on the board or an edit, in words."""

    __tablename__ = "task_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)


class LetterVersion(Base):
    """One generated version of a case's letter, kept by content and never overwritten."""

    __tablename__ = "letter_version"
    __table_args__ = (UniqueConstraint("case_id", "kind", "version", name="uq_letter_version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="confirmation")
    version: Mapped[int]
    document_number: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_document.sha256"))
    size: Mapped[int]
    total_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # the fees as the letter stated them
    committed_finish: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # The client's signed copy: when it was signed, who at the desk received it, the scan.
    signed_on: Mapped[date | None]
    received_by: Mapped[str] = mapped_column(String(60), default="")
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_document.sha256"))  # None: no scan


class RetrospectiveRecord(Base):
    """The review of a closed case (复盘): five scores with comments, the facts, the root cause."""

    __tablename__ = "retrospective"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), unique=True)
    written_by: Mapped[str] = mapped_column(String(60))
    written_at: Mapped[datetime]
    goal_score: Mapped[int]
    goal_comment: Mapped[str] = mapped_column(Text, default="")
    efficiency_score: Mapped[int]
    efficiency_comment: Mapped[str] = mapped_column(Text, default="")
    resources_score: Mapped[int]
    resources_comment: Mapped[str] = mapped_column(Text, default="")
    communication_score: Mapped[int]
    communication_comment: Mapped[str] = mapped_column(Text, default="")
    risk_score: Mapped[int]
    risk_comment: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")


class ImprovementActionRecord(Base):
    """What the office will do differently: owner, due date, done; perhaps a change to an SOP."""

    __tablename__ = "improvement_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    retrospective_id: Mapped[int] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(60), default="")
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)
    sop_template_code: Mapped[str] = mapped_column(String(60), default="")
    proposed_change: Mapped[str] = mapped_column(Text, default="")
    accepted_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("sop_template_version.id", ondelete="SET NULL")
    )


class KnowledgeEntry(TimestampMixin, Base):
    """A lesson in the review knowledge base, from a retrospective or written by hand."""

    __tablename__ = "kb_entry"
    __table_args__ = (Index("ix_kb_entry_problem_created", "problem_type", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="manual")
    author: Mapped[str] = mapped_column(String(60), default="")
    retrospective_id: Mapped[int | None] = mapped_column(
        ForeignKey("retrospective.id", ondelete="SET NULL"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="SET NULL"), index=True)
    problem_type: Mapped[str] = mapped_column(String(40), default="")
    risk_level: Mapped[str] = mapped_column(String(40), default="")
    solution_kind: Mapped[str] = mapped_column(String(40), default="")
    industry: Mapped[str] = mapped_column(String(40), default="")
    service_type: Mapped[str] = mapped_column(String(32), default="")
    # The case's outcome and its delay against the deadline, for the quarterly analysis.
    outcome: Mapped[str] = mapped_column(String(32), default="")
    delay_hours: Mapped[float | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class KnowledgeTag(Base):
    """One value of an office's tag list (problem types, risk levels, solution kinds, industries)."""

    __tablename__ = "kb_tag"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_kb_tag_kind_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)


# -- case team, communication, notices, SLA clocks, incidents, feedback, costs (issue 9) -----------
class CaseMember(Base):
    """One person on a case team and the part they play (StaffRole: coordinator is the manager)."""

    __tablename__ = "case_member"
    __table_args__ = (UniqueConstraint("case_id", "staff_id", name="uq_case_member_case_staff"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    role: Mapped[StaffRole]
    added_at: Mapped[datetime]


class CaseActivity(Base):
    """One line of a case's activity feed (战时沟通): a comment, a key decision, a check request or
    its confirmation."""

    __tablename__ = "case_activity"
    __table_args__ = (Index("ix_case_activity_case_at", "case_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(16), default="comment")  # comment / check_request / check_done
    text: Mapped[str] = mapped_column(Text)
    decision: Mapped[bool] = mapped_column(default=False, server_default=false())  # 关键决策
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))


class ActivityMention(Base):
    """Someone @mentioned in an activity line; it stays on their dashboard until read."""

    __tablename__ = "activity_mention"
    __table_args__ = (UniqueConstraint("activity_id", "staff_id", name="uq_activity_mention_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("case_activity.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    read_at: Mapped[datetime | None]


class NoticeTemplate(Base):
    """The office's editable wording of a client notice; {placeholders} are filled per case."""

    __tablename__ = "notice_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[NoticeKind] = mapped_column(unique=True)
    text: Mapped[str] = mapped_column(Text)


class ClientNotice(Base):
    """A notice the client is owed: raised by a milestone or a case turning red, due by a time,
    and logged when sent (channel, words, who, when)."""

    __tablename__ = "client_notice"
    __table_args__ = (Index("ix_client_notice_sent_due", "sent_at", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[NoticeKind]
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime]
    due_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    channel: Mapped[NoticeChannel | None]
    text: Mapped[str] = mapped_column(Text, default="")
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    late_minutes: Mapped[int | None]  # recorded when sent after its due time
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class SlaClockRecord(Base):
    """A response promise being timed: an incident's response, a complaint, a VIP request."""

    __tablename__ = "sla_clock"
    __table_args__ = (Index("ix_sla_clock_stopped", "stopped_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[ResponseLevel]
    minutes: Mapped[int]
    around_the_clock: Mapped[bool]  # 7×24 (VIP) or the office's working time
    started_at: Mapped[datetime]
    stopped_at: Mapped[datetime | None]
    stopped_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    breach_minutes: Mapped[int | None]  # recorded when it stops late (clock minutes past due)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    pauses: Mapped[list[SlaPauseRecord]] = relationship(
        cascade="all, delete-orphan", order_by="SlaPauseRecord.start"
    )

    __mapper_args__ = {"version_id_col": version}


class SlaPauseRecord(Base):
    """A stretch during which a clock stood still, waiting on the client."""

    __tablename__ = "sla_pause"

    id: Mapped[int] = mapped_column(primary_key=True)
    clock_id: Mapped[int] = mapped_column(ForeignKey("sla_clock.id", ondelete="CASCADE"), index=True)
    start: Mapped[datetime]
    end: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(String(200), default="")


class ContingencyPlanRecord(TimestampMixin, Base):
    """A reusable play from the office's library: when it applies, its steps, whom to escalate to."""

    __tablename__ = "contingency_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[IncidentCategory]
    trigger: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    escalation: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class IncidentRecord(Base):
    """Something that threatens a case, with its level's response clock and the plan applied."""

    __tablename__ = "incident"
    __table_args__ = (Index("ix_incident_resolved", "resolved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    category: Mapped[IncidentCategory]
    level: Mapped[ResponseLevel]
    description: Mapped[str] = mapped_column(Text)
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    reported_at: Mapped[datetime]
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("contingency_plan.id", ondelete="SET NULL"))
    plan_name: Mapped[str] = mapped_column(String(100), default="")  # as applied, if edited later
    clock_id: Mapped[int | None] = mapped_column(ForeignKey("sla_clock.id", ondelete="SET NULL"))
    escalated_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    escalated_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    steps: Mapped[list[IncidentStep]] = relationship(
        cascade="all, delete-orphan", order_by="IncidentStep.position"
    )

    __mapper_args__ = {"version_id_col": version}


class IncidentStep(Base):
    """One step of the contingency plan applied to an incident, ticked when done."""

    __tablename__ = "incident_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(300))
    done_at: Mapped[datetime | None]


class RiskWindow(Base):
    """A dated window that stalls work (政策风险预警): a bureau's system upgrade, a holiday, a big
    meeting; limited to a region and to service types when given (empty: everywhere, every type)."""

    __tablename__ = "risk_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    region: Mapped[str] = mapped_column(String(40), default="")
    bureau: Mapped[str] = mapped_column(String(100), default="")
    service_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class ClientFeedback(Base):
    """What the client said after a milestone or at closing, and who took it down."""

    __tablename__ = "client_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    at_closing: Mapped[bool] = mapped_column(default=False)
    satisfaction: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    complaint: Mapped[bool] = mapped_column(default=False)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id", ondelete="SET NULL"))
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    taken_at: Mapped[datetime]


class ActualCost(Base):
    """What a case really cost the office, by item (overtime also in hours), in fen."""

    __tablename__ = "actual_cost"
    __table_args__ = (CheckConstraint("amount_fen >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    item: Mapped[ActualCostItem]
    hours: Mapped[float | None]
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime]


class FailureRecord(Base):
    """Why a case failed, and whose doing it was (client, office, external)."""

    __tablename__ = "failure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), unique=True)
    attribution: Mapped[Responsibility]
    description: Mapped[str] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime]


class CompensationRecord(Base):
    """What the office gave the client for a failure, approved by a manager."""

    __tablename__ = "compensation"
    __table_args__ = (CheckConstraint("amount_fen >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CompensationKind]
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    approved_at: Mapped[datetime]


class CompensationProposal(Base):
    """A compensation the case's staff propose and a manager decides: approved (it became
    ``compensation_id``) or declined with a reason; pending while neither."""

    __tablename__ = "compensation_proposal"
    __table_args__ = (CheckConstraint("amount_fen >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CompensationKind]
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    proposed_at: Mapped[datetime]
    compensation_id: Mapped[int | None] = mapped_column(ForeignKey("compensation.id", ondelete="SET NULL"))
    declined_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    declined_at: Mapped[datetime | None]
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class AuditEntry(Base):
    """One changed field of an audited record: who, when, old value → new value. Append-only: the
    database refuses updates and deletes of these rows (triggers in migration 0009)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    staff_name: Mapped[str] = mapped_column(String(60), default="")  # as it was: names change
    entity: Mapped[str] = mapped_column(String(40))  # the table
    entity_id: Mapped[int]
    case_id: Mapped[int | None] = mapped_column(index=True)  # no foreign key: outlives the case
    action: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
