"""前台接待: the intake form a clerk fills in while the client waits, without touching the mouse.

Four pages (Alt+1…4): client, request, urgency and quote, material pre-check. Enter or Ctrl+S
saves, Esc closes (the draft is kept), Ctrl+Enter saves from a multi-line field. Everything typed
is saved as a draft a moment after each change, so a closed window or a crash loses nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import desk_name
from app.db.database import Database, DatabaseError
from app.domain.cost_estimate import CostItem, format_yuan, parse_amount
from app.domain.credit_code import normalize_credit_code, problem_as_typed
from app.domain.intake_form import (
    SUPERVISOR_ROLES,
    EvidenceEntry,
    IntakeForm,
    MaterialEntry,
    NewClient,
    deadline_problem,
)
from app.domain.permissions import Permission
from app.domain.phone import phone_problem
from app.domain.urgency import SCORE_LABELS, Recommendation, UrgencyDimension, priority
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceTier, ServiceType
from app.usecases.errors import NotPermitted, UseCaseError, ValidationFailed
from app.usecases.intake import (
    ClientSummary,
    IntakeContext,
    LeadTime,
    SavedIntake,
    assess_request,
    discard_draft,
    load_draft,
    load_intake_context,
    save_draft,
    save_intake,
)
from ui.field_cell import ERROR_STYLE, FieldCell, text_box
from ui.file_dialogs import open_files
from ui.intake.client_search_model import ClientSearchModel
from ui.intake.materials_panel import MaterialsPanel
from ui.labels import captioned, hours_text, label, message_text, template_name, vocabulary_text
from ui.moment_field import MomentField
from ui.operations import perform
from ui.screen_fit import fit_to_screen, scrolling
from ui.signature_field import SignatureField

#: A draft is written this long after the last change (and at once when the form closes).
AUTOSAVE_DELAY_MS = 1500
EVIDENCE_TITLES = (
    QT_TRANSLATE_NOOP("IntakeDialog", "招标公告"),
    QT_TRANSLATE_NOOP("IntakeDialog", "海关通知"),
    QT_TRANSLATE_NOOP("IntakeDialog", "即将到期的许可证"),
    QT_TRANSLATE_NOOP("IntakeDialog", "合同"),
    QT_TRANSLATE_NOOP("IntakeDialog", "其他"),
)
CLIENT, REQUEST, URGENCY, MATERIALS = range(4)
ADVICE_COLOURS = {
    Recommendation.NORMAL: "#2e7d32",
    Recommendation.TARGETED: "#ef6c00",
    Recommendation.FULL: "#c62828",
    Recommendation.IMPOSSIBLE: "#6a1b9a",
}
#: The page each problem field is on, to open it when saving fails.
FIELD_PAGES = {
    "intake_by": CLIENT, "client_name": CLIENT, "client_credit_code": CLIENT, "client_contact": CLIENT,
    "client_phone": CLIENT, "client_address": CLIENT, "template": REQUEST, "title": REQUEST,
    "deadline": REQUEST, "consequence": REQUEST, "evidence": REQUEST, "override_reason": URGENCY,
    "cost_approver": URGENCY,
    **{f"cost_{item.value}": URGENCY for item in CostItem},
    "reviews": MATERIALS, "acceptance_override": MATERIALS, "materials": MATERIALS,
    **{f"review_{level}": MATERIALS for level in ("clerk", "supervisor", "legal")},
}  # fmt: skip


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A page of rows at their natural height, the spare room below them."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


class IntakeDialog(QDialog):
    """After ``exec()`` returns Accepted, ``saved`` holds the new case."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, context: IntakeContext | None = None
    ) -> None:
        """``context``: what the form offers, if read already (off the GUI thread, as the cases list does)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建接待单"))
        self.setObjectName("intake_dialog")
        self._database = database
        self._desk = desk_name()
        self._context = context or load_intake_context(database)
        self._client_id: int | None = None
        self._dirty = False
        self._lead: LeadTime | None = None
        self.saved: SavedIntake | None = None
        self._cells: dict[str, FieldCell] = {}
        self._loading = True  # building the pages is not the clerk editing

        self.pages = QTabWidget()
        self.pages.setObjectName("intake_pages")
        # The forms scroll on a short screen; the buttons below them stay in sight.
        self.pages.addTab(scrolling(self._client_page()), self.tr("1 客户"))
        self.pages.addTab(scrolling(self._request_page()), self.tr("2 需求"))
        self.pages.addTab(scrolling(self._urgency_page()), self.tr("3 紧急度与报价"))
        self.materials = MaterialsPanel(database)
        self.materials.subject = self._subject
        self.materials.set_staff(self._context.staff)
        self.materials.changed.connect(self._changed)
        self.pages.addTab(self.materials, self.tr("4 材料预审"))
        # Tab follows what the clerk does: score, price, then decide on the advice.
        chain = [
            *self.scores.values(),
            *self.costs.values(),
            *self.approver.buttons(),
            self.handling,
            self.override_reason,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for page in range(4):
            QShortcut(QKeySequence(f"Alt+{page + 1}"), self).activated.connect(
                lambda p=page: self._open_page(p)
            )

        self.draft_banner = QLabel()
        self.draft_banner.setObjectName("draft_banner")
        self.draft_banner.setStyleSheet("background: #fff8e1; padding: 6px;")
        self.draft_banner.hide()
        self.summary = QLabel()
        self.summary.setObjectName("intake_summary")
        self.summary.setWordWrap(True)

        self.discard_button = QPushButton(self.tr("丢弃草稿"))
        self.discard_button.setObjectName("discard_draft")
        self.discard_button.setToolTip(self.tr("清空本接待单并删除草稿（Ctrl+Shift+Delete）"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        QShortcut(QKeySequence("Ctrl+Shift+Delete"), self).activated.connect(self.discard)
        cancel = QPushButton(self.tr("关闭"))
        cancel.setToolTip(self.tr("关闭并保留草稿（Esc）"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("保存接待单"))
        self.save_button.setObjectName("save_intake")
        self.save_button.setToolTip(self.tr("保存（Enter、Ctrl+S 或 Ctrl+Enter）"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self).activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1080, 720)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._service_chosen()
        self._loading = False
        self._restore_draft()
        self._refresh()
        self.client_name.setFocus()

    # -- pages ------------------------------------------------------------------------------
    def _cell(self, name: str, widget: QWidget) -> FieldCell:
        widget.setObjectName(widget.objectName() or name)
        cell = FieldCell(widget, f"{name}_error", steady=True)  # problems show as typed: no jumping
        self._cells[name] = cell
        return cell

    def _line(self, name: str, placeholder: str, limit: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(limit)
        edit.textEdited.connect(lambda _t, n=name: self._field_edited(n))
        return edit

    def _client_page(self) -> QWidget:
        # 接待人 is whoever is logged in at this desk: shown, not chosen (save_intake records the login).
        actor = self._database.actor
        self._login_id = actor.staff_id if actor is not None and not actor.system else None
        self.intake_by = QLabel()
        self.intake_by.setObjectName("intake_by")
        self.intake_by.setToolTip(self.tr("接待人即当前登录人"))
        self._set_intake_by(self._login_id)

        self.client_name = self._line(
            "client_name", self.tr("输入名称、信用代码、联系人或电话搜索老客户；新客户请填写全称")
        )
        self.client_name.textEdited.connect(self._client_name_edited)
        self.client_name.installEventFilter(self)
        self.client_model = ClientSearchModel(self)
        self.client_model.set_clients(self._context.clients)
        self.client_matches = QListView()
        self.client_matches.setObjectName("client_matches")
        self.client_matches.setModel(self.client_model)
        self.client_matches.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.client_matches.installEventFilter(self)
        self.client_matches.clicked.connect(
            lambda index: self.choose_client(self.client_model.client_at(index.row()))
        )
        self.client_matches.hide()
        self.client_state = QLabel()
        self.client_state.setObjectName("client_state")

        self.credit_code = self._line(
            "client_credit_code", self.tr("18 位，如 91310115MA1K4DXQ3N；新设公司可不填")
        )
        self.credit_code.textEdited.connect(self._check_credit_code)
        self.contact = self._line("client_contact", self.tr("客户方联系人"), 60)
        self.phone = self._line(
            "client_phone", self.tr("手机或带区号的座机，如 13912345678、021-61234567"), 40
        )
        self.phone.editingFinished.connect(self._check_phone)
        # Editable for an existing client too: the address is completed or corrected here.
        self.address = self._line(
            "client_address", self.tr("打印在确认书甲方栏，如：上海市浦东新区科苑路 88 号"), 300
        )
        self.tier = QComboBox()
        self.tier.setObjectName("client_tier")
        for tier in ServiceTier:
            self.tier.addItem(label(tier), tier)
        self.tier.currentIndexChanged.connect(lambda _i: self._changed())

        name_box = QWidget()
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self._cell("client_name", self.client_name))
        name_layout.addWidget(self.client_matches)
        name_layout.addWidget(self.client_state)
        page, form = _form_page()
        form.addRow(self.tr("接待人 *"), self._cell("intake_by", self.intake_by))
        form.addRow(self.tr("客户 *"), name_box)
        form.addRow(self.tr("统一社会信用代码"), self._cell("client_credit_code", self.credit_code))
        form.addRow(self.tr("联系人 *"), self._cell("client_contact", self.contact))
        form.addRow(self.tr("联系电话 *"), self._cell("client_phone", self.phone))
        form.addRow(self.tr("地址"), self._cell("client_address", self.address))
        form.addRow(self.tr("服务等级"), self.tier)
        return page

    def _request_page(self) -> QWidget:
        self.service_type = QComboBox()
        self.service_type.setObjectName("service_type")
        for service in ServiceType:
            self.service_type.addItem(label(service), service)
        self.service_type.currentIndexChanged.connect(lambda _i: self._service_chosen())
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.currentIndexChanged.connect(lambda _i: self._changed())
        self.title = self._line("title", self.tr("如：经营范围变更加急（省级投标截止）"))
        self.detail = text_box("detail", self.tr("客户要办成什么：具体事项、要求、已知情况"))
        self.detail.textChanged.connect(self._changed)
        self.deadline = MomentField(
            "deadline", self._context.calendar, lambda: self._now().date(),
            check=lambda moment: deadline_problem(moment, self._now()),
            placeholder=self.tr("如 2026-12-04 17:00、12-4 17:00、12月4日下午5点、明天 17:00"),
        )  # fmt: skip
        self.deadline.edited.connect(self._changed)
        self._cells["deadline"] = self.deadline
        self.consequence = text_box(
            "consequence", self.tr("错过截止的后果，如：失去投标资格；货物滞港每天产生费用")
        )
        self.consequence.textChanged.connect(lambda: self._field_edited("consequence"))

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        add = QPushButton(self.tr("添加证据文件…"))
        add.setObjectName("add_evidence")
        add.setToolTip(self.tr("招标公告、海关通知、即将到期的许可证等（Ctrl+O）"))
        add.setAutoDefault(False)
        add.clicked.connect(self.choose_evidence)
        QShortcut(QKeySequence.StandardKey.Open, self).activated.connect(self.choose_evidence)
        remove = QPushButton(self.tr("移除"))
        remove.setToolTip(self.tr("移除选中的证据文件（Delete）"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_evidence)
        remove_key = QShortcut(
            QKeySequence.StandardKey.Delete, self.evidence, context=Qt.ShortcutContext.WidgetShortcut
        )
        remove_key.activated.connect(self._remove_evidence)
        evidence_buttons = QVBoxLayout()
        evidence_buttons.addWidget(add)
        evidence_buttons.addWidget(remove)
        evidence_buttons.addStretch(1)
        evidence_box = QWidget()
        evidence_layout = QHBoxLayout(evidence_box)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self._cell("evidence", self.evidence), 1)
        evidence_layout.addLayout(evidence_buttons)

        page, form = _form_page()
        form.addRow(self.tr("业务类型 *"), self.service_type)
        form.addRow(self.tr("办理流程"), self._cell("template", self.template))
        form.addRow(self.tr("办理事项 *"), self._cell("title", self.title))
        form.addRow(self.tr("具体要求"), self.detail)
        form.addRow(self.tr("硬性截止时间 *"), self.deadline)
        form.addRow(self.tr("错过的后果 *"), self._cell("consequence", self.consequence))
        form.addRow(self.tr("证据文件"), evidence_box)
        return page

    def _urgency_page(self) -> QWidget:
        scores = QGroupBox(self.tr("紧急程度（按影响评分）"))
        scores_layout = QFormLayout(scores)
        self.scores: dict[UrgencyDimension, QComboBox] = {}
        for dimension in UrgencyDimension:
            combo = QComboBox()
            combo.setObjectName(f"score_{dimension.value}")
            for value, text in enumerate(SCORE_LABELS):
                combo.addItem(vocabulary_text(text), value)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            scores_layout.addRow(label(dimension), combo)
            self.scores[dimension] = combo

        self.advice = QLabel()
        self.advice.setObjectName("urgency_advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.handling = QComboBox()
        self.handling.setObjectName("handling")
        self.handling.addItem(self.tr("按系统建议"), None)
        for recommendation in Recommendation:
            self.handling.addItem(label(recommendation), recommendation)
        self.handling.currentIndexChanged.connect(lambda _i: self._field_edited("override_reason"))
        self.override_reason = self._line("override_reason", self.tr("不按建议办理时必填：为什么"))
        advice_box = QGroupBox(self.tr("评估与建议"))
        advice_layout = QFormLayout(advice_box)
        advice_layout.addRow(self.advice)
        advice_layout.addRow(self.tr("办理方式"), self.handling)
        advice_layout.addRow(self.tr("调整理由"), self._cell("override_reason", self.override_reason))

        costs = QGroupBox(self.tr("费用预估（客户可见，单位：元）"))
        costs_layout = QFormLayout(costs)
        self.costs: dict[CostItem, QLineEdit] = {}
        for item in CostItem:
            edit = self._line(f"cost_{item.value}", "0", 20)
            edit.textEdited.connect(lambda text, i=item: self._check_cost(i, text))
            costs_layout.addRow(label(item), self._cell(f"cost_{item.value}", edit))
            self.costs[item] = edit
        self.total = QLabel()
        self.total.setObjectName("cost_total")
        costs_layout.addRow(self.tr("合计"), self.total)
        # A manager logged in approves by saving (save_intake records them); anyone else asks a
        # manager to sign here.
        self.approver = SignatureField(
            self._database, "cost_approver", SUPERVISOR_ROLES, self._approval_subject,
            empty=self.tr("（未审批）"), others=False, automatic=True,
        )  # fmt: skip
        self.approver.set_people(self._context.staff)
        self.approver.changed.connect(lambda: self._field_edited("cost_approver"))
        costs_layout.addRow(self.tr("主管审批"), self._cell("cost_approver", self.approver))

        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(scores)
        left.addWidget(costs)
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addWidget(advice_box, 1)
        return page

    # -- the form as data -------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._database.clock.now()

    def form(self) -> IntakeForm:
        """What the clerk has typed so far, exactly as typed."""
        form = IntakeForm(
            intake_by_id=self._intake_by_id,
            client_id=self._client_id,
            new_client=NewClient(
                self.client_name.text(), self.credit_code.text(), self.contact.text(), self.phone.text(),
                ServiceTier(self.tier.currentData()), self.address.text(),
            ) if self._client_id is None else NewClient(address=self.address.text()),
            service_type=self._service(),
            template_code=self.template.currentData() or "",
            title=self.title.text(),
            detail=self.detail.toPlainText(),
            deadline=self.deadline.moment(),
            unread_deadline=self.deadline.edit.text() if self.deadline.unread() else "",
            consequence=self.consequence.toPlainText(),
            scores={d: combo.currentData() for d, combo in self.scores.items() if combo.currentData()},
            chosen=Recommendation(self.handling.currentData()) if self.handling.currentData() else None,
            override_reason=self.override_reason.text(),
            costs={item: edit.text() for item, edit in self.costs.items() if edit.text().strip()},
            cost_approver_id=self.approver.staff_id(),
            evidence=[self.evidence.item(n).data(Qt.ItemDataRole.UserRole)
                      for n in range(self.evidence.count())],
        )  # fmt: skip
        self.materials.fill_form(form)
        return form

    def set_form(self, form: IntakeForm) -> None:
        self._loading = True
        self._client_id = None
        try:
            if self._login_id is None:  # no one logged in: the system writes what the form names
                self._set_intake_by(form.intake_by_id)
            client = self._context.client(form.client_id)
            if client is not None:
                self.choose_client(client)
                if form.new_client.address:  # as the draft had it corrected
                    self.address.setText(form.new_client.address)
            else:
                self._set_client_fields(form.new_client, editable=True)
            self.service_type.setCurrentIndex(self.service_type.findData(form.service_type))
            self._service_chosen(form.materials)
            self.template.setCurrentIndex(max(0, self.template.findData(form.template_code)))
            self.title.setText(form.title)
            self.detail.setPlainText(form.detail)
            if form.deadline is None and form.unread_deadline:  # as typed: its refusal shows again
                self.deadline.edit.setText(form.unread_deadline)
            else:
                self.deadline.set_moment(form.deadline)
            self.consequence.setPlainText(form.consequence)
            for dimension, combo in self.scores.items():
                combo.setCurrentIndex(form.scores.get(dimension, 0))
            self.handling.setCurrentIndex(max(0, self.handling.findData(form.chosen)))
            self.override_reason.setText(form.override_reason)
            for item, edit in self.costs.items():
                edit.setText(form.costs.get(item, ""))
                self._check_cost(item, edit.text())  # as typed: its refusal shows again
            self.approver.set_signer(form.cost_approver_id)
            self.evidence.clear()
            for entry in form.evidence:
                self._add_evidence_item(entry)
            self.materials.set_reviews(form.reviews)
            self.materials.set_override(form.acceptance_override_by_id, form.acceptance_override_reason)
        finally:
            self._loading = False
        self._refresh()

    def _set_intake_by(self, staff_id: int | None) -> None:
        self._intake_by_id = staff_id
        member = next((m for m in self._context.staff if m.id == staff_id), None)
        self.intake_by.setText(
            f"{member.name}（{label(member.role)}）" if member else self.tr("（登录后即为当前登录人）")
        )

    def _subject(self) -> str:
        """The intake as a signature names it: 经营范围变更加急 — 杭州某某有限公司."""
        parts = (self.title.text().strip(), self.client_name.text().strip())
        return " — ".join(part for part in parts if part) or self.tr("新接待单")

    def _approval_subject(self) -> str:
        total = format_yuan(self.form().cost_estimate().total)
        return self.tr("费用审批（合计 {total}）：{subject}").format(total=total, subject=self._subject())

    # -- client -----------------------------------------------------------------------------
    def choose_client(self, client: ClientSummary) -> None:
        """Use an existing client: its details are shown, not retyped."""
        self._client_id = client.id
        self.client_name.setText(client.name)
        shown = NewClient(client.name, client.credit_code, client.contact_person, client.phone, client.tier,
                          client.address)  # fmt: skip
        self._set_client_fields(shown, editable=False)
        self.client_state.setText(
            self.tr("老客户（{tier}）。修改名称即改为新客户。").format(tier=label(client.tier))
        )
        self.client_matches.hide()
        for name in ("client_name", "client_credit_code", "client_contact", "client_phone"):
            self._cells[name].show_problem(None)
        self._changed()

    def _set_client_fields(self, client: NewClient, *, editable: bool) -> None:
        if editable:
            self.client_name.setText(client.name)
            self.client_state.setText(self.tr("新客户") if client.name else "")
        for edit, value in ((self.credit_code, client.credit_code), (self.contact, client.contact_person),
                            (self.phone, client.phone)):  # fmt: skip
            edit.setText(value)
            edit.setReadOnly(not editable)
        self.address.setText(client.address)
        self.tier.setCurrentIndex(self.tier.findData(client.tier))
        self.tier.setEnabled(editable)

    def _client_name_edited(self, text: str) -> None:
        if self._client_id is not None:  # typing over a chosen client starts a new one
            self._client_id = None
            self._set_client_fields(NewClient(text), editable=True)
        self.client_model.set_query(text)
        self.client_matches.setVisible(self.client_model.rowCount() > 0)
        self.client_matches.setCurrentIndex(self.client_model.index(0))  # what Enter picks, highlighted
        self.client_state.setText(
            self.tr("找到 {n} 个老客户：Enter 选高亮的一个，↓ 在列表中挑选；新客户请继续填写").format(
                n=self.client_model.rowCount()
            ) if self.client_model.rowCount() else (self.tr("新客户") if text.strip() else "")
        )  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.client_name and key == Qt.Key.Key_Down and self.client_matches.isVisible():
                self.client_matches.setFocus()
                self.client_matches.setCurrentIndex(self.client_model.index(0))
                return True
            if watched is self.client_name and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # A search field: Enter picks the highlighted client or moves on, never saves the form.
                if self.client_matches.isVisible() and self.client_matches.currentIndex().isValid():
                    self.choose_client(self.client_model.client_at(self.client_matches.currentIndex().row()))
                    self._open_page(REQUEST)
                else:
                    self.focusNextChild()
                return True
            if watched is self.client_matches:
                if (
                    key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and self.client_matches.currentIndex().isValid()
                ):
                    self.choose_client(self.client_model.client_at(self.client_matches.currentIndex().row()))
                    self._open_page(REQUEST)  # the client is known: on to the request
                    return True
                if key == Qt.Key.Key_Escape:  # back to typing, not out of the form
                    self.client_name.setFocus()
                    return True
        return super().eventFilter(watched, event)

    def _check_credit_code(self, text: str) -> None:
        # Kept as the code is written (a paste's spaces, dashes, full-width or lower case go), the
        # cursor staying after what it followed.
        code = normalize_credit_code(text)
        if code != text:
            cursor = len(normalize_credit_code(text[: self.credit_code.cursorPosition()]))
            self.credit_code.setText(code)
            self.credit_code.setCursorPosition(cursor)
        self._cells["client_credit_code"].show_problem(problem_as_typed(code))

    def _check_cost(self, item: CostItem, text: str) -> None:
        try:
            parse_amount(text)
        except ValueError as error:
            self._cells[f"cost_{item.value}"].show_problem(message_text(error))

    def _check_phone(self) -> None:
        if not self.phone.isReadOnly() and self.phone.text().strip():
            self._cells["client_phone"].show_problem(phone_problem(self.phone.text()))

    # -- request ----------------------------------------------------------------------------
    def _service_chosen(self, entries: list[MaterialEntry] | None = None) -> None:
        service = self._service()
        self.template.blockSignals(True)
        self.template.clear()
        for published in self._context.templates[service]:
            self.template.addItem(template_name(published.template.name), published.template.code)
        self.template.blockSignals(False)
        self.materials.set_checklist(self._context.checklist(service), entries)
        self._changed()

    def _service(self) -> ServiceType:
        return ServiceType(self.service_type.currentData())  # Qt hands enum data back as plain str

    def choose_evidence(self) -> None:
        paths = open_files(
            self,
            self.tr("选择证据文件"),
            self.tr("证据文件 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;所有文件 (*)"),
        )
        for path in paths:
            self.add_evidence(str(path))

    def add_evidence(self, path: str, title: str | None = None) -> None:
        """Attach ``path``; asks what it proves unless ``title`` is given."""
        if title is None:
            title, ok = QInputDialog.getItem(
                self, self.tr("证据文件"), self.tr("“{name}”是：").format(name=Path(path).name),
                [self.tr(t) for t in EVIDENCE_TITLES], 0, True,
            )  # fmt: skip
            if not ok:
                return
        self._add_evidence_item(EvidenceEntry(title.strip(), path))
        self._field_edited("evidence")

    def _add_evidence_item(self, entry: EvidenceEntry) -> None:
        item = QListWidgetItem(captioned(entry.title, Path(entry.path).name))
        item.setToolTip(entry.path)
        item.setData(Qt.ItemDataRole.UserRole, entry)
        self.evidence.addItem(item)

    def _remove_evidence(self) -> None:
        row = self.evidence.currentRow()
        if row >= 0:
            self.evidence.takeItem(row)
            self._field_edited("evidence")

    # -- live feedback ----------------------------------------------------------------------
    def _field_edited(self, name: str) -> None:
        if name in self._cells and name != "client_credit_code":
            self._cells[name].show_problem(None)  # being fixed; saving checks again
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()
        self._refresh()

    def _refresh(self) -> None:
        if self._loading:
            return
        self.summary.setStyleSheet("")
        form = self.form()
        now = self._now()
        # A deadline already past has no working time left to advise on: its field says so instead.
        past = form.deadline is not None and deadline_problem(form.deadline, now) is not None
        self._lead = None if past else assess_request(self._context, form, now)
        self._show_advice(form)
        estimate = form.cost_estimate()
        needs_approval = estimate.needs_approval(self._context.threshold)
        limit = format_yuan(self._context.threshold)
        approval = (
            self.tr("（超过审批额度 {limit}，需主管审批）").format(limit=limit) if needs_approval else ""
        )
        uncounted = form.uncounted_costs()  # refused under their fields; the total says it lacks them
        total = format_yuan(estimate.total) + (
            self.tr("（{n} 项未计入）").format(n=len(uncounted)) if uncounted else ""
        )
        self.total.setText(total + approval)
        self.approver.setEnabled(needs_approval)
        client = self._context.client(self._client_id)
        name = client.name if client else self.client_name.text().strip()
        code = client.credit_code if client else self.credit_code.text().strip().upper()
        open_problems = self.materials.evaluate(form, name, code, now.date())
        advice = label(self._lead.assessment.recommendation) if self._lead else (
            self.tr("请核对截止时间") if past or form.unread_deadline else self.tr("待填写截止时间")
        )  # fmt: skip
        materials = self.tr("{n} 个问题").format(n=len(open_problems)) if open_problems else self.tr("通过")
        self.summary.setText(
            self.tr("建议：{advice}　合计：{total}　材料：{materials}").format(
                advice=advice, total=total, materials=materials
            )
        )

    def _show_advice(self, form: IntakeForm) -> None:
        if self._lead is None:
            self.advice.setText(
                self.deadline.problem()
                or self.tr("填写截止时间并选择办理流程后，这里显示剩余工作时间与办理建议。")
            )
            return
        facts, assessment = self._lead.facts, self._lead.assessment
        colour = ADVICE_COLOURS[assessment.recommendation]
        figures = self.tr(
            "<p>剩余工作时间 <b>{left}</b> 小时；常规办理约 {normal} 小时，加急方案约 {expedite} 小时。</p>"
        ).format(
            left=hours_text(facts.minutes_left),
            normal=hours_text(facts.normal_minutes),
            expedite=hours_text(facts.expedite_minutes),
        )
        # The finish of the handling the clerk goes with: the advice's unless another is chosen.
        handling = form.chosen_handling(assessment.recommendation)
        earliest, latest = (f"{t:%Y-%m-%d %H:%M}" for t in self._lead.finish_window(handling))
        if handling is Recommendation.IMPOSSIBLE:  # what runs then is the full expedite, late
            handling = Recommendation.FULL
            # Saving needs the client's acceptance of the later finish, which the letter promises.
            self.override_reason.setPlaceholderText(
                self.tr("必填：客户已同意推迟完成，如“客户同意 {finish} 前完成”").format(finish=latest)
            )
        else:
            self.override_reason.setPlaceholderText(self.tr("不按建议办理时必填：为什么"))
        estimated = self.tr("（含预估节假日）") if self._lead.estimated else ""
        if earliest == latest:
            finish = self.tr("<p>按{handling}，预计 <b>{finish}</b> 完成{estimated}。</p>").format(
                handling=label(handling), finish=earliest, estimated=estimated
            )
        else:
            finish = self.tr(
                "<p>按{handling}，预计 <b>{earliest}</b> 至 <b>{latest}</b> 之间完成{estimated}。</p>"
            ).format(handling=label(handling), earliest=earliest, latest=latest, estimated=estimated)
        rank = self.tr("优先级：{priority}").format(priority=label(priority(facts)))
        # The first two reasons repeat the figures above; the rest say why and what to do.
        self.advice.setText(
            f"<p style='font-size:14pt; color:{colour}'><b>{label(assessment.recommendation)}</b>"
            f"<span style='font-size:10pt'>　{rank}</span></p>"
            f"{figures}{finish}<p>{''.join(message_text(reason) for reason in assessment.reasons[2:])}</p>"
        )

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        form = self.form()
        date_problems = self.materials.date_problems()
        try:
            if date_problems:
                raise ValidationFailed({"materials": date_problems[0]})
            self.saved = perform(self, lambda: save_intake(self._database, form, self._now(), self._desk))
        except ValidationFailed as failure:
            unread = self.deadline.unread()  # a deadline typed but not read: say why, not "请填写"
            self.show_problems({**failure.problems, "deadline": unread} if unread else failure.problems)
            return
        except NotPermitted as refusal:  # beside the approval when that is what the role may not do
            fees = refusal.permission is Permission.APPROVE_FEES
            self.show_problems({"cost_approver" if fees else "intake": message_text(refusal)})
            return
        except (DatabaseError, UseCaseError) as error:  # another desk's save came first, among others
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(message_text(error))
            return
        self._autosave.stop()
        self._dirty = False
        self.accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message under its field; the first wrong field's page opens with the cursor in it."""
        for name, cell in self._cells.items():
            cell.show_problem(problems.get(name))
        self.materials.show_problems(problems)
        if "materials" in problems:
            self.materials.status.setStyleSheet(ERROR_STYLE)
            self.materials.status.setText(problems["materials"])
        first = next((name for name in FIELD_PAGES if name in problems), None)
        if first is None:  # a problem of the whole intake (e.g. another desk saved at the same moment)
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText("；".join(problems.values()))
            return
        self._open_page(FIELD_PAGES[first])
        if first in self._cells:
            self._cells[first].field.setFocus()
            if isinstance(area := self.pages.currentWidget(), QScrollArea):  # on a short screen
                area.ensureWidgetVisible(self._cells[first])
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("有 {n} 处需要修改，已在对应位置标出。").format(n=len(problems)))

    def _open_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        first = (
            self.client_name,
            self.title,
            self.scores[UrgencyDimension.BUSINESS_SURVIVAL],
            self.materials.table,
        )
        first[page].setFocus()

    # -- drafts -----------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        draft = load_draft(self._database, self._desk)
        if draft is None:
            return
        self.set_form(draft.form)
        self.draft_banner.setText(
            self.tr("已恢复 {when} 自动保存的草稿。不需要时按 Ctrl+Shift+Delete 丢弃。").format(
                when=draft.saved_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        self.draft_banner.show()

    def save_draft_now(self) -> None:
        if self._dirty:
            form, now = self.form(), self._now()
            perform(self, lambda: save_draft(self._database, self._desk, form, now))

    def discard(self) -> None:
        self._autosave.stop()
        perform(self, lambda: discard_draft(self._database, self._desk))

        self._dirty = False
        self.set_form(IntakeForm(service_type=self._service()))
        self.draft_banner.hide()
        self.client_name.setFocus()

    def done(self, result: int) -> None:
        # Every way out (Esc, the close button, the window's ×) keeps what was typed.
        self._autosave.stop()
        if result != QDialog.DialogCode.Accepted:
            self.save_draft_now()
        super().done(result)
