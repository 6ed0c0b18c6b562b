"""结案: the outcome proposed from the work done, the client's deadline and when the work finished
(a case with work open is not completed), the tasks still open listed with the choice to cancel them
with the case (or go back), refusals said in the dialog."""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.retrospective import CLOSED_OUTCOMES, COMPLETED_OUTCOMES
from app.domain.vocabulary import CaseStatus
from app.usecases.closing import close_case, closing_of
from app.usecases.errors import UseCaseError, ValidationFailed
from ui.field_cell import error_label
from ui.labels import label, message_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen


class CloseCaseDialog(QDialog):
    """Raises ValidationFailed when built for a case gone or closed meanwhile."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_case_dialog")
        self._database = database
        self.closing = closing = closing_of(database, case_id, database.clock.now())
        self.setWindowTitle(self.tr("结案 — {number}").format(number=closing.number))

        finished = format_datetime(closing.finished_at)
        if closing.open_tasks:  # the work is not done: it finishes when the case closes
            finished = self.tr("{now}（现在）").format(now=finished)
        when = (
            self.tr("{finished}，晚于截止时间 {delay}").format(
                finished=finished, delay=message_text(closing.delay)
            )
            if closing.delay
            else self.tr("{finished}，未超过截止时间").format(finished=finished)
        )
        self.outcome = QComboBox()
        self.outcome.setObjectName("close_outcome")
        for status in CLOSED_OUTCOMES:
            self.outcome.addItem(label(status), status.value)
            if closing.open_tasks and status in COMPLETED_OUTCOMES:  # work not done is not completed
                cast(QStandardItemModel, self.outcome.model()).item(self.outcome.count() - 1).setEnabled(
                    False
                )
        self.outcome.setCurrentIndex(self.outcome.findData(closing.proposed.value))
        form = QFormLayout()
        form.addRow(self.tr("客户截止时间"), QLabel(format_datetime(closing.deadline)))
        form.addRow(self.tr("完成时间"), QLabel(when))
        form.addRow(self.tr("结案结果"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "工作尚未全部完成，不能按完成结案，建议按“{outcome}”结案；客户撤回委托的请改选“已撤回”。"
            ).format(outcome=label(closing.proposed))
            if closing.open_tasks
            else self.tr("按截止时间与完成时间建议：{outcome}。失败或撤回的案件请改选。").format(
                outcome=label(closing.proposed)
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.tasks = QListWidget()
        self.tasks.setObjectName("close_open_tasks")
        self.cancel_tasks = QCheckBox(self.tr("将以上任务记为“已取消”后结案"))
        self.cancel_tasks.setObjectName("close_cancel_tasks")
        if closing.open_tasks:
            layout.addWidget(QLabel(self.tr("尚有 {n} 项任务未完成：").format(n=len(closing.open_tasks))))
            for task in closing.open_tasks:
                who = task.assignee or self.tr("未指派")
                self.tasks.addItem(f"{task.name}（{label(task.status)}）— {who}")
            layout.addWidget(self.tasks, 1)
            layout.addWidget(self.cancel_tasks)
        self.error = error_label("close_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("结案"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("返回"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        rows = min(len(closing.open_tasks), 10)
        fit_to_screen(self, 560, 240 + (60 + rows * self.tasks.sizeHintForRow(0) if rows else 0))

    def chosen(self) -> CaseStatus:
        return CaseStatus(self.outcome.currentData())

    def accept(self) -> None:
        """Close the case as chosen; a refusal is said here and the dialog stays open."""
        closing, outcome, now = self.closing, self.chosen(), self._database.clock.now()
        cancel_open_tasks = self.cancel_tasks.isChecked()
        try:
            perform(
                self,
                lambda: close_case(
                    self._database,
                    closing.case_id,
                    outcome,
                    now,
                    closing.version,
                    cancel_open_tasks=cancel_open_tasks,
                ),
            )
        except ValidationFailed as failure:
            self.error.setText(message_text(failure))
            return
        except UseCaseError as error:
            self.error.setText(message_text(error))
            return
        super().accept()
