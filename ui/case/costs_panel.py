"""成本与失败处理: the case's actual costs against the intake quote and the margin left; when it
fails, whose doing it was, the compensation a manager approved, and the failure notice letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.document_store import DocumentUnavailable
from app.domain.case_costs import ActualCostItem, fen_of, format_fen
from app.domain.case_documents import Responsibility
from app.domain.chinese_format import format_datetime
from app.domain.cost_estimate import CostItem
from app.domain.permissions import Permission
from app.usecases.access import NotPermitted, may
from app.usecases.case_costs import (
    CaseMoney,
    ProposalLine,
    approve_compensation,
    case_money,
    decline_compensation,
    delete_actual_cost,
    record_actual_cost,
    record_failure,
)
from app.usecases.errors import ConcurrentEdit, UseCaseError, ValidationFailed
from app.usecases.letters import LetterInfo
from ui.access import allow_only, desk_person, lock_to_login
from ui.case.case_panel import CasePanel, status_label
from ui.case.failure_dialogs import CompensationDialog, FailureNoticeDialog, parse_money
from ui.document_copies import letter_copy
from ui.field_cell import ERROR_STYLE, FieldCell, button_row, show_problems, staff_combo
from ui.knowledge.retrospective_dialog import text_box
from ui.labels import label, message_text
from ui.operations import perform

LOSS = "#c62828"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _difference(fen: int | None) -> str:
    """Actual against estimate: ``+¥300.00`` over, ``-¥44.00`` under, ``—`` never estimated."""
    if fen is None:
        return "—"
    return f"+{format_fen(fen)}" if fen > 0 else format_fen(fen)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple], money_columns: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in money_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class CostsPanel(CasePanel):
    """The case window's 成本与失败处理 tab."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("costs_panel", database, case_id, parent)
        self.money: CaseMoney  # read by refresh(), at the end of __init__
        # The failure record the form was filled from: its time (the edit's version) and its values.
        self._failure_seen: datetime | None = None
        self._failure_filled: tuple[str, str] | None = None
        self.figures = QLabel()
        self.figures.setObjectName("money_figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)

        self.comparison = _table(
            [self.tr("项目"), self.tr("报价（估算）"), self.tr("实际"), self.tr("差额")], "cost_comparison"
        )
        self.actual = _table(
            [self.tr("项目"), self.tr("金额"), self.tr("工时"), self.tr("备注"), self.tr("登记时间")],
            "actual_costs",
        )
        self.item = QComboBox()
        self.item.setObjectName("cost_item")
        for item in ActualCostItem:
            self.item.addItem(label(item), item.value)
        self.amount = QLineEdit()
        self.amount.setObjectName("cost_amount")
        self.amount.setPlaceholderText(self.tr("如 1,200 或 ¥1200.50"))
        self.hours = QLineEdit()
        self.hours.setObjectName("cost_hours")
        self.hours.setPlaceholderText(self.tr("加班小时，如 6.5"))
        self.note = QLineEdit()
        self.note.setObjectName("cost_note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("备注，如：周末加班"))
        self.item.currentIndexChanged.connect(self._item_chosen)
        self.amount.returnPressed.connect(self.add_cost)
        self.note.returnPressed.connect(self.add_cost)
        self.cost_cells = {
            "amount": FieldCell(self.amount, "cost_amount_error"),
            "hours": FieldCell(self.hours, "cost_hours_error"),
            "note": FieldCell(self.note, "cost_note_error"),
        }
        add = QPushButton(self.tr("添加实际成本"))
        add.setObjectName("add_cost")
        add.clicked.connect(self.add_cost)
        self.delete_button = QPushButton(self.tr("删除所选"))
        self.delete_button.setObjectName("delete_cost")
        self.delete_button.clicked.connect(self.delete_selected)
        self._may_record = allow_only(
            database, Permission.RECORD_COSTS, self.item, self.amount, self.hours, self.note, add,
            self.delete_button,
        )  # fmt: skip
        entry = QFormLayout()
        entry.addRow(self.tr("项目"), self.item)
        entry.addRow(self.tr("金额（元）*"), self.cost_cells["amount"])
        entry.addRow(self.tr("工时（小时）"), self.cost_cells["hours"])
        entry.addRow(self.tr("备注"), self.cost_cells["note"])
        costs = QGroupBox(self.tr("成本：报价估算与实际"))
        costs_layout = QVBoxLayout(costs)
        costs_layout.addWidget(self.comparison)
        costs_layout.addWidget(self.actual, 1)
        costs_layout.addLayout(entry)
        costs_layout.addLayout(button_row([add, self.delete_button]))

        self.failure_state = QLabel()
        self.failure_state.setObjectName("failure_state")
        self.failure_state.setWordWrap(True)
        self.attribution = QComboBox()
        self.attribution.setObjectName("failure_attribution")
        for responsibility in Responsibility:
            self.attribution.addItem(label(responsibility), responsibility.value)
        self.description = text_box("failure_description", self.tr("发生了什么、何时发现、为什么"), 3)
        self.recorded_by = staff_combo("failure_recorded_by", database, self.tr("（请选择）"))
        lock_to_login(self.recorded_by, database)  # record_failure records who is logged in
        self.failure_cells = {
            "description": FieldCell(self.description, "failure_description_error"),
            "recorded_by": FieldCell(self.recorded_by, "failure_recorded_by_error"),
        }
        self.save_failure_button = QPushButton(self.tr("保存失败原因"))
        self.save_failure_button.setObjectName("save_failure")
        self.save_failure_button.clicked.connect(self.save_failure)
        self.compensation = _table(
            [self.tr("补偿方式"), self.tr("金额"), self.tr("说明"), self.tr("批准主管"), self.tr("批准时间")],
            "compensation",
        )
        # A manager records a compensation; the case's staff propose one for a manager to approve.
        approving = may(database, Permission.APPROVE_COMPENSATION)
        self.compensate_button = QPushButton(self.tr("登记补偿…") if approving else self.tr("提议补偿…"))
        self.compensate_button.setObjectName("record_compensation")
        self.compensate_button.clicked.connect(self.record_compensation)
        self.proposals = _table(
            [self.tr("补偿方式"), self.tr("金额"), self.tr("说明"), self.tr("提议人"), self.tr("提议时间")],
            "compensation_proposals",
        )
        self.proposals_title = QLabel(self.tr("待主管批准的补偿提议"))
        self.approve_button = QPushButton(self.tr("批准"))
        self.approve_button.setObjectName("approve_compensation")
        self.approve_button.setToolTip(self.tr("批准所选提议：记为由您批准的补偿"))
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.decline_button = QPushButton(self.tr("不批准…"))
        self.decline_button.setObjectName("decline_compensation")
        self.decline_button.clicked.connect(lambda: self.decline_selected())
        allow_only(database, Permission.APPROVE_COMPENSATION, self.approve_button, self.decline_button)
        self.notice_button = QPushButton(self.tr("生成未能按期完成告知书…"))
        self.notice_button.setObjectName("failure_notice")
        self.notice_button.clicked.connect(self.failure_notice)
        failure_fields = (self.attribution, self.description, self.save_failure_button)
        allow_only(database, Permission.RECORD_COSTS, *failure_fields)
        self._may_compensate = allow_only(
            database,
            Permission.APPROVE_COMPENSATION if approving else Permission.RECORD_COSTS,
            self.compensate_button,
        )
        self._may_document = allow_only(database, Permission.DOCUMENTS, self.notice_button)
        failure_form = QFormLayout()
        failure_form.addRow(self.tr("责任归属 *"), self.attribution)
        failure_form.addRow(self.tr("经过与原因 *"), self.failure_cells["description"])
        failure_form.addRow(self.tr("登记人 *"), self.failure_cells["recorded_by"])
        failure = QGroupBox(self.tr("失败处理"))
        failure_layout = QVBoxLayout(failure)
        failure_layout.addWidget(self.failure_state)
        failure_layout.addLayout(failure_form)
        failure_layout.addWidget(QLabel(self.tr("补偿（须主管批准）")))
        failure_layout.addWidget(self.compensation, 1)
        failure_layout.addWidget(self.proposals_title)
        failure_layout.addWidget(self.proposals, 1)
        self.proposal_buttons = QWidget()
        self.proposal_buttons.setLayout(button_row([self.approve_button, self.decline_button]))
        failure_layout.addWidget(self.proposal_buttons)
        failure_layout.addLayout(
            button_row([self.save_failure_button, self.compensate_button, self.notice_button])
        )

        self.status = status_label("costs_status")
        columns = QHBoxLayout()
        columns.addWidget(costs, 1)
        columns.addWidget(failure, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        self._item_chosen()
        self.refresh()

    # -- showing ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        money = self.money = case_money(self._database, self._case_id)
        margin = money.margin
        colour = f" style='color:{LOSS}'" if margin.margin_fen < 0 else ""
        fee = money.quote.get(CostItem.EXPEDITE_FEE, 0)
        self.figures.setText(
            self.tr(
                "报价 <b>{quoted}</b>（其中加急服务费 {fee}）　免收加急费 {waived}　实际成本 {costs}　"
                "其他补偿 {compensation}<br>毛利 <b{colour}>{margin}</b>　毛利率 <b{colour}>{rate}</b>　"
                "补偿占总成本 {share}"
            ).format(
                quoted=format_fen(money.quoted_fen),
                fee=format_fen(fee),
                waived=format_fen(margin.fee_waived_fen),
                costs=format_fen(margin.costs_fen),
                compensation=format_fen(margin.compensation_fen),
                margin=format_fen(margin.margin_fen),
                rate=_share(margin.rate),
                share=_share(money.compensation_share),
                colour=colour,
            )
        )
        rows = [
            (
                label(row.item),
                "—" if row.estimate_fen is None else format_fen(row.estimate_fen),
                format_fen(row.actual_fen),
                _difference(row.difference_fen),
            )
            for row in money.comparisons
        ]
        estimated = sum(row.estimate_fen or 0 for row in money.comparisons)
        rows.append(
            (
                self.tr("合计"),
                format_fen(estimated),
                format_fen(money.actual_total_fen),
                _difference(money.actual_total_fen - estimated),
            )
        )
        _fill(self.comparison, rows, (1, 2, 3))
        self.comparison.setFixedHeight(
            self.comparison.horizontalHeader().sizeHint().height()
            + sum(self.comparison.rowHeight(r) for r in range(len(rows)))
            + 2 * self.comparison.frameWidth()
        )
        _fill(
            self.actual,
            [
                (
                    label(line.item),
                    format_fen(line.amount_fen),
                    "" if line.hours is None else f"{line.hours:g}",
                    line.note,
                    format_datetime(line.recorded_at),
                )
                for line in money.actual
            ],
            (1, 2),
        )
        _fill(
            self.compensation,
            [
                (
                    label(c.kind),
                    format_fen(c.amount_fen),
                    c.note,
                    c.approved_by,
                    format_datetime(c.approved_at),
                )
                for c in money.compensation
            ],
            (1,),
        )
        _fill(
            self.proposals,
            [
                (
                    label(p.kind),
                    format_fen(p.amount_fen),
                    p.note,
                    p.proposed_by,
                    format_datetime(p.proposed_at),
                )
                for p in money.proposals
            ],
            (1,),
        )
        for widget in (self.proposals_title, self.proposals, self.proposal_buttons):
            widget.setVisible(bool(money.proposals))
        self._show_failure(money)

    def bring_forward(self) -> None:
        """Opened for a proposal (工作台's 待审批的赔付): the first one waiting selected and, on a short
        screen, scrolled into view with 批准 under it once the window is laid out."""
        if self.money.proposals:
            self.proposals.selectRow(0)
            self.proposals.setFocus()
            QTimer.singleShot(0, self._scroll_to_proposals)

    def _scroll_to_proposals(self) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # the case window's tab scrolls; the buttons last, so both show
            area.ensureWidgetVisible(self.proposals_title)
            area.ensureWidgetVisible(self.proposal_buttons)

    def _show_failure(self, money: CaseMoney) -> None:
        allowed = money.failure is not None or money.failure_allowed(self.now())
        self.attribution.setEnabled(allowed and self._may_record)
        self.description.setEnabled(allowed)
        self.recorded_by.setEnabled(allowed and desk_person(self._database) is None)  # the login
        self.save_failure_button.setEnabled(allowed and self._may_record)
        self.compensate_button.setEnabled(self._may_compensate and money.failure is not None)
        self.notice_button.setEnabled(self._may_document and money.failure is not None)
        if money.failure is None:
            self.failure_state.setText(
                self.tr("尚未登记失败原因。登记后可登记补偿、生成未能按期完成告知书。")
                if allowed
                else self.tr("本案未逾期，也未预计逾期，无需失败处理。")
            )
            return
        failure = money.failure
        self.failure_state.setText(
            self.tr("{who} 于 {at} 登记：{attribution}").format(
                who=failure.recorded_by or "—", at=format_datetime(failure.recorded_at),
                attribution=label(failure.attribution),
            )
        )  # fmt: skip
        # A refresh (another tab wrote) never overwrites what is being typed here.
        if self._failure_form() == self._failure_filled or (
            self._failure_filled is None and not self.description.toPlainText().strip()
        ):
            self.attribution.setCurrentIndex(self.attribution.findData(failure.attribution.value))
            self.description.setPlainText(failure.description)
            self._failure_filled, self._failure_seen = self._failure_form(), failure.recorded_at

    def _failure_form(self) -> tuple[str, str]:
        return self.attribution.currentData(), self.description.toPlainText()

    # -- actual costs ---------------------------------------------------------------------------------
    def _item_chosen(self) -> None:
        overtime = self.item.currentData() == ActualCostItem.OVERTIME.value
        self.hours.setEnabled(overtime)
        if not overtime:
            self.hours.clear()
            self.cost_cells["hours"].show_problem(None)

    def add_cost(self) -> bool:
        problems: dict[str, str] = {}
        amount = parse_money(self.amount.text(), problems, "amount")
        hours = None
        if text := self.hours.text().strip().removesuffix("小时").strip():
            try:
                hours = float(text)
            except ValueError:
                problems["hours"] = self.tr("工时请填写数字，如 6.5")
        item, note, now = ActualCostItem(self.item.currentData()), self.note.text(), self.now()
        try:
            if problems:
                raise ValidationFailed(problems)
            fen = fen_of(amount)
            perform(
                self, lambda: record_actual_cost(self._database, self._case_id, item, fen, hours, note, now)
            )
        except ValidationFailed as failure:
            show_problems(self.cost_cells, failure.problems)
            return False
        except NotPermitted as refusal:
            return self._refused(refusal)
        show_problems(self.cost_cells, {})
        for edit in (self.amount, self.hours, self.note):
            edit.clear()
        self._done(self.tr("实际成本已登记。"))
        return True

    def delete_selected(self) -> bool:
        rows = self.actual.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("请先在列表中选中要删除的成本。"))
            return False
        line = self.money.actual[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("删除实际成本"),
            self.tr("删除“{item} {amount}”？").format(
                item=label(line.item), amount=format_fen(line.amount_fen)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            perform(self, lambda: delete_actual_cost(self._database, line.id))
        except ValidationFailed as failure:  # deleted on another desk: the list catches up
            self._done(message_text(failure))
            return False
        except NotPermitted as refusal:
            return self._refused(refusal)
        self._done(self.tr("已删除。"))
        return True

    # -- failure --------------------------------------------------------------------------------------
    def save_failure(self) -> bool:
        attribution = Responsibility(self.attribution.currentData())
        description, recorded_by, now = (
            self.description.toPlainText(),
            self.recorded_by.currentData(),
            self.now(),
        )
        seen = self._failure_seen
        try:
            perform(
                self,
                lambda: record_failure(
                    self._database, self._case_id, attribution, description, recorded_by, now, seen
                ),
            )
        except ValidationFailed as failure:
            self.status.setText(show_problems(self.failure_cells, failure.problems))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        except ConcurrentEdit as error:
            self.refresh()  # shows who saved meanwhile and keeps what was typed here
            self._failure_seen = self.money.failure.recorded_at if self.money.failure else None
            self.status.setText(message_text(error) + self.tr("再次点击“保存失败原因”将以您填写的内容为准。"))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        except NotPermitted as refusal:
            self._failure_filled = None  # the form shows the stored record again
            self.description.clear()
            return self._refused(refusal)
        show_problems(self.failure_cells, {})
        self._failure_filled = self._failure_form()  # saved: the record may fill the form again
        self._done(self.tr("失败原因已保存。"))
        return True

    def record_compensation(self) -> CompensationDialog:
        dialog = CompensationDialog(self._database, self._case_id, self.money, self.now, self)
        dialog.accepted.connect(self._compensated)
        dialog.open()
        return dialog

    def _compensated(self) -> None:
        self._done(
            self.tr("补偿已登记。") if self._may_approve() else self.tr("补偿提议已提交，待主管批准。")
        )

    def _may_approve(self) -> bool:
        return may(self._database, Permission.APPROVE_COMPENSATION)

    def _selected_proposal(self) -> ProposalLine | None:
        row = self.proposals.currentRow()
        if not 0 <= row < len(self.money.proposals):
            self.status.setText(self.tr("请先选择一项补偿提议。"))
            self.status.setStyleSheet(ERROR_STYLE)
            return None
        return self.money.proposals[row]

    def approve_selected(self) -> bool:
        """Approve the selected proposal as the manager logged in."""
        if (proposal := self._selected_proposal()) is None:
            return False
        now = self.now()
        return self._decide(
            lambda: approve_compensation(self._database, proposal.id, now, proposal.version),
            self.tr("已批准补偿提议。"),
        )

    def decline_selected(self, reason: str | None = None) -> bool:
        """Decline the selected proposal; asks why when not given."""
        if (proposal := self._selected_proposal()) is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("不批准补偿提议"), self.tr("不批准的理由："))
            if not ok:
                return False
        now = self.now()
        return self._decide(
            lambda: decline_compensation(self._database, proposal.id, reason, now, proposal.version),
            self.tr("已退回补偿提议。"),
        )

    def _decide(self, action: Callable[[], object], done: str) -> bool:
        try:
            perform(self, action)
        except UseCaseError as error:
            self.refresh()
            self.status.setText(message_text(error))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        self._done(done)
        return True

    def failure_notice(self) -> FailureNoticeDialog:
        dialog = FailureNoticeDialog(self._database, self._case_id, self.money, self.now, self)
        dialog.generated.connect(self._notice_written)
        dialog.open()
        return dialog

    def _notice_written(self, letter: LetterInfo) -> None:
        try:
            path = letter_copy(self._database, letter)
        except DocumentUnavailable as error:  # the notice is kept: only its copy could not be made
            self._done(message_text(error))
            self.status.setStyleSheet(ERROR_STYLE)
            return
        self._done(
            self.tr('已生成未能按期完成告知书 {number}：<a href="{url}">{path}</a>').format(
                number=letter.document_number, url=QUrl.fromLocalFile(str(path)).toString(), path=path
            )
        )

    def _refused(self, refusal: NotPermitted) -> bool:
        """A write this login may not make: the stored values shown again, the refusal said."""
        for edit in (self.amount, self.hours, self.note):
            edit.clear()
        self.refresh()
        self.status.setText(message_text(refusal))
        self.status.setStyleSheet(ERROR_STYLE)
        return False

    def _done(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)
        self._written()

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()
