"""客户反馈: what the client said after each milestone and at closing; a complaint becomes an
incident (客户投诉, level 2) with its 2-hour response clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.client_feedback import stars, suggests_complaint
from app.domain.permissions import Permission
from app.usecases.errors import ValidationFailed
from app.usecases.feedback import FeedbackView, case_feedback, feedback_points, record_feedback
from ui.access import allow_only, lock_to_login
from ui.case.case_panel import CasePanel, lay_out_dialog, status_label
from ui.field_cell import FieldCell, error_label, show_problems, staff_combo, text_box
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel
from ui.screen_fit import fit_to_screen

COMPLAINT_TEXT = QColor("#c62828")
#: The point a feedback follows, as the combo's data: a milestone's task id, or one of these.
AT_CLOSING, ANY_TIME = "closing", None


class FeedbackModel(RowTableModel):
    TAKEN_AT, POINT, SCORE, COMMENT, TAKEN_BY, COMPLAINT = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("时间"),
                self.tr("节点"),
                self.tr("满意度"),
                self.tr("意见"),
                self.tr("记录人"),
                self.tr("投诉"),
            ],
            parent,
        )

    def point(self, feedback: FeedbackView) -> str:
        if feedback.at_closing:
            return self.tr("结案时")
        return self.tr("“{name}”后").format(name=feedback.milestone) if feedback.milestone else "—"

    def complaint(self, feedback: FeedbackView) -> str:
        if not feedback.complaint:
            return ""
        if feedback.incident_id is None:
            return self.tr("投诉")
        return self.tr("投诉 → 突发事件 #{id}（二级响应）").format(id=feedback.incident_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        feedback: FeedbackView = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                format_datetime(feedback.taken_at),
                self.point(feedback),
                stars(feedback.satisfaction),
                feedback.comment,
                feedback.taken_by,
                self.complaint(feedback),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COMMENT:
            return feedback.comment or None
        if role == Qt.ItemDataRole.ForegroundRole and feedback.complaint:
            return QBrush(COMPLAINT_TEXT)
        return None


class StarsField(QWidget):
    """Satisfaction 1–5 as five buttons; with the field focused, the keys 1–5 and ←/→ set it."""

    valueChanged = Signal(int)  # noqa: N815 - Qt's naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for score in range(1, 6):
            button = QToolButton()
            button.setObjectName(f"star_{score}")
            button.setText(self.tr("{n} 星").format(n=score))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, score)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self.valueChanged)

    def value(self) -> int:
        return max(0, self._group.checkedId())  # 0: not chosen

    def setValue(self, score: int) -> None:  # noqa: N802 - Qt's naming
        button = self._group.button(score)
        if button is not None and not button.isChecked():
            button.setChecked(True)
            self.valueChanged.emit(score)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's naming
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.setValue(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Left:
            self.setValue(max(1, self.value() - 1))
        elif key == Qt.Key.Key_Right:
            self.setValue(min(5, self.value() + 1))
        else:
            super().keyPressEvent(event)


class FeedbackDialog(QDialog):
    """记录客户反馈: the score, after which milestone (or at closing), what was said, who took it,
    and whether it is a complaint (ticked for a score of 2 or less; the clerk may untick it).

    ``saved(feedback id, complaint)`` is emitted when it is stored."""

    saved = Signal(int, bool)

    def __init__(
        self,
        database: Database,
        case_id: int,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_dialog")
        self.setWindowTitle(self.tr("记录客户反馈"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database, self._case_id, self._now = database, case_id, now
        self.feedback_id: int | None = None
        self.satisfaction = StarsField()
        self.satisfaction.setObjectName("satisfaction")
        self.point = QComboBox()
        self.point.setObjectName("feedback_point")
        points = feedback_points(database, case_id)
        self.point.addItem(self.tr("（不针对具体节点）"), ANY_TIME)
        for milestone in points.milestones:
            done = "" if milestone.done else self.tr("（未完成）")
            self.point.addItem(
                self.tr("里程碑“{name}”后").format(name=milestone.name) + done, milestone.task_id
            )
        self.point.addItem(self.tr("结案时"), AT_CLOSING)
        last_done = [m.task_id for m in points.milestones if m.done]
        default = AT_CLOSING if points.closed else (last_done[-1] if last_done else ANY_TIME)
        self.point.setCurrentIndex(max(0, self.point.findData(default)))
        self.comment = text_box("feedback_comment", self.tr("客户的原话或要点"), 4)
        self.taken_by = staff_combo("feedback_taken_by", database, self.tr("（请选择）"))
        lock_to_login(self.taken_by, database)  # record_feedback records who is logged in
        self.complaint = QCheckBox(self.tr("投诉（立为突发事件，二级响应 2 小时内处理）"))
        self.complaint.setObjectName("feedback_complaint")
        self.satisfaction.valueChanged.connect(self._score_chosen)
        self.cells = {
            "satisfaction": FieldCell(self.satisfaction, "satisfaction_error"),
            "task": FieldCell(self.point, "task_error"),
            "comment": FieldCell(self.comment, "comment_error"),
            "taken_by": FieldCell(self.taken_by, "taken_by_error"),
        }
        self.error = error_label("feedback_error")
        form = QFormLayout()
        form.addRow(self.tr("满意度 *（按 1–5）"), self.cells["satisfaction"])
        form.addRow(self.tr("反馈节点"), self.cells["task"])
        form.addRow(self.tr("意见"), self.cells["comment"])
        form.addRow(self.tr("记录人 *"), self.cells["taken_by"])
        form.addRow("", self.complaint)
        lay_out_dialog(self, form, self.error, self.save, self.tr("保存（Ctrl+Enter）"))
        self.satisfaction.setFocus()
        fit_to_screen(self, 520, self.sizeHint().height())

    def _score_chosen(self, score: int) -> None:
        self.complaint.setChecked(suggests_complaint(score))

    def save(self) -> None:
        point = self.point.currentData()
        score, comment, taken_by, now = (
            self.satisfaction.value(),
            self.comment.toPlainText(),
            self.taken_by.currentData(),
            self._now(),
        )
        complaint = self.complaint.isChecked()
        try:
            self.feedback_id = perform(
                self,
                lambda: record_feedback(
                    self._database,
                    self._case_id,
                    score,
                    comment,
                    taken_by,
                    now,
                    task_id=point if isinstance(point, int) else None,
                    at_closing=point == AT_CLOSING,
                    complaint=complaint,
                ),
            )
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        self.saved.emit(self.feedback_id, self.complaint.isChecked())
        self.accept()


class FeedbackPanel(CasePanel):
    """The case window's 客户反馈 tab."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("feedback_panel", database, case_id, parent)
        self.add_summary_and_table(
            FeedbackModel(self), "feedback_summary", "feedback_table", FeedbackModel.COMMENT
        )
        record = QPushButton(self.tr("记录客户反馈…"))
        record.setObjectName("record_feedback")
        record.clicked.connect(self.record)
        allow_only(database, Permission.CLIENT_CONTACT, record)  # record_feedback refuses others anyway
        self.status = status_label("feedback_status")
        self.lay_out(self.table, [record], self.status)
        self.refresh()

    def refresh(self) -> None:
        rows = case_feedback(self._database, self._case_id)
        self.model.set_rows(rows)
        if not rows:
            self.summary.setText(self.tr("尚无客户反馈。里程碑完成后和结案时，请回访客户并记录。"))
            return
        average = sum(r.satisfaction for r in rows) / len(rows)
        complaints = sum(r.complaint for r in rows)
        self.summary.setText(
            self.tr("共 {n} 条反馈，平均满意度 {avg:.1f} / 5，投诉 {c} 条。").format(
                n=len(rows), avg=average, c=complaints
            )
        )

    def record(self) -> FeedbackDialog:
        dialog = FeedbackDialog(self._database, self._case_id, self.now, self)
        dialog.saved.connect(self._written)
        dialog.open()
        return dialog

    def _written(self, _feedback_id: int, complaint: bool) -> None:
        self.status.setText(
            self.tr("反馈已记录；投诉已立为突发事件，请在 2 小时内回应客户。")
            if complaint
            else self.tr("反馈已记录。")
        )
        self.refresh()
        self.changed.emit()
