"""客户通知: a case's notices to its client, counted down while due, logged when sent; the daily
progress report as text for WeChat and as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from app.db.database import Database
from app.db.document_store import DocumentUnavailable
from app.domain.chinese_format import format_datetime
from app.domain.client_notice import NoticeChannel, NoticeStatus
from app.domain.permissions import Permission
from app.usecases.access import NotPermitted
from app.usecases.case_documents import generate_progress_report
from app.usecases.client_notices import (
    NoticeView,
    adhoc_draft,
    case_notices,
    daily_progress_text,
    log_adhoc_notice,
    log_notice,
    notice_draft,
)
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from ui import moments
from ui.access import allow_only, lock_to_login
from ui.case.case_panel import CasePanel, PanelDialog, lay_out_dialog, status_label
from ui.document_copies import letter_copy
from ui.field_cell import ERROR_STYLE, FieldCell, error_label, show_problems, staff_combo, text_box
from ui.labels import duration_text, label, message_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel
from ui.screen_fit import fit_to_screen

OVERDUE_TEXT = QColor("#c62828")
OVERDUE_BACKGROUND = QColor("#fdecea")
SENT_TEXT = QColor("#616161")


class NoticeModel(RowTableModel):
    KIND, ABOUT, DUE, STATE, CHANNEL, SENT_BY, SENT_AT = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("类型"),
                self.tr("事由"),
                self.tr("应通知时间"),
                self.tr("状态"),
                self.tr("渠道"),
                self.tr("通知人"),
                self.tr("通知时间"),
            ],
            parent,
        )

    def state_text(self, notice: NoticeView) -> str:
        state = notice.state
        if state.status is NoticeStatus.DUE:
            return self.tr("剩 {t}").format(t=duration_text(state.minutes_left))
        if state.status is NoticeStatus.OVERDUE:
            return self.tr("已超时 {t}").format(t=duration_text(state.late_minutes))
        if state.status is NoticeStatus.SENT_LATE:
            return self.tr("逾时 {t} 通知").format(t=duration_text(state.late_minutes))
        return label(state.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        notice: NoticeView = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            about = notice.milestone or notice.reason or notice.text
            return [
                label(notice.kind),
                about,
                format_datetime(notice.due_at),
                self.state_text(notice),
                label(notice.channel) if notice.channel else "",
                notice.sent_by_name,
                format_datetime(notice.sent_at) if notice.sent_at else "",
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return notice.text or notice.reason or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if notice.overdue or (notice.state.status is NoticeStatus.SENT_LATE and column == self.STATE):
                return QBrush(OVERDUE_TEXT)
            return QBrush(SENT_TEXT) if notice.sent_at else None
        if role == Qt.ItemDataRole.BackgroundRole and notice.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        return None


class NoticeLogDialog(PanelDialog):
    """Record a notice as sent: channel, who, when and the words (prefilled from the template).

    ``notice`` None: a notice the office sends of its own accord (进展通报)."""

    def __init__(
        self,
        database: Database,
        case_id: int,
        notice: NoticeView | None,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice_log_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database, self._case_id, self._notice, self._now = database, case_id, notice, now
        if notice is None:
            self.setWindowTitle(self.tr("主动通知客户"))
        else:
            self.setWindowTitle(self.tr("记录通知 — {kind}").format(kind=label(notice.kind)))
        self.channel = QComboBox()
        self.channel.setObjectName("notice_channel")
        for channel in NoticeChannel:
            self.channel.addItem(label(channel), channel.value)
        self.sent_by = staff_combo("notice_sender", database, self.tr("（请选择）"))
        lock_to_login(self.sent_by, database)  # log_notice records who is logged in
        self.sent_at = moments.moment_edit("notice_sent_at")
        self.sent_at.setDateTime(moments.to_qt(now()))
        self.text = text_box("notice_text", self.tr("发给客户的内容"), 7)
        self._draft = self._make_draft()
        self.text.setPlainText(self._draft)
        self.sent_by.currentIndexChanged.connect(self._sender_chosen)
        self.cells = {
            "sent_by": FieldCell(self.sent_by, "sent_by_error"),
            "sent_at": FieldCell(self.sent_at, "sent_at_error"),
            "text": FieldCell(self.text, "text_error"),
        }
        self.error = error_label("notice_error")
        form = QFormLayout()
        if notice is not None:
            due = QLabel(format_datetime(notice.due_at))
            form.addRow(self.tr("应通知时间"), due)
        form.addRow(self.tr("渠道 *"), self.channel)
        form.addRow(self.tr("通知人 *"), self.cells["sent_by"])
        form.addRow(self.tr("通知时间 *"), self.cells["sent_at"])
        form.addRow(self.tr("内容 *"), self.cells["text"])
        lay_out_dialog(self, form, self.error, self.save, self.tr("保存（Ctrl+Enter）"))
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        fit_to_screen(self, 560, self.sizeHint().height())

    def _make_draft(self) -> str:
        sender = self.sent_by.currentData()
        if self._notice is None:
            return adhoc_draft(self._database, self._case_id, self._now(), sender)
        return notice_draft(self._database, self._notice.id, self._now(), sender)

    def _sender_chosen(self) -> None:
        # The draft is signed by the sender, unless the words were already edited by hand.
        if self.text.toPlainText() == self._draft:
            self._draft = self._make_draft()
            self.text.setPlainText(self._draft)

    def save(self) -> None:
        channel = NoticeChannel(self.channel.currentData())
        values = (
            self.text.toPlainText(),
            self.sent_by.currentData(),
            moments.from_qt(self.sent_at.dateTime()),
        )
        notice, now = self._notice, self._now()
        try:
            if notice is None:
                perform(self, lambda: log_adhoc_notice(self._database, self._case_id, channel, *values, now))
            else:
                perform(
                    self, lambda: log_notice(self._database, notice.id, channel, *values, now, notice.version)
                )
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        except NotPermitted as refusal:
            self.error.setText(message_text(refusal))
            return
        except ConcurrentEdit as error:
            self.refuse_as_stale(error)
            return
        self.accept()


class NoticesPanel(CasePanel):
    """The case window's 客户通知 tab."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("notices_panel", database, case_id, parent)
        self.add_summary_and_table(NoticeModel(self), "notices_summary", "notices_table", NoticeModel.ABOUT)
        self.table.doubleClicked.connect(self._double_clicked)

        self.record_button = QPushButton(self.tr("记录通知…"))
        self.record_button.setObjectName("record_notice")
        self.record_button.setToolTip(self.tr("记录已发出的通知（双击待通知行亦可）"))
        self.record_button.clicked.connect(self.record_selected)
        adhoc = QPushButton(self.tr("主动通知…"))
        adhoc.setObjectName("adhoc_notice")
        adhoc.clicked.connect(self.record_adhoc)
        self._may_record = allow_only(database, Permission.CLIENT_CONTACT, self.record_button, adhoc)
        copy = QPushButton(self.tr("复制进度日报"))
        copy.setObjectName("copy_daily_report")
        copy.setToolTip(self.tr("复制本案进度日报，可直接粘贴到微信"))
        copy.clicked.connect(self.copy_daily_report)
        pdf = QPushButton(self.tr("生成进度报告 PDF"))
        pdf.setObjectName("progress_report_pdf")
        pdf.clicked.connect(self.generate_report)
        self.status = status_label("notices_status")
        self.lay_out(self.table, [self.record_button, adhoc, copy, pdf], self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_while_shown()
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        notices = case_notices(self._database, self._case_id, self.now())
        self.model.set_rows(notices)
        due = [n for n in notices if n.sent_at is None]
        overdue = sum(n.overdue for n in due)
        if not notices:
            self.summary.setText(
                self.tr("本案暂无客户通知。里程碑完成或案件预计逾期时，通知会自动列在这里。")
            )
        elif overdue:
            self.summary.setText(
                self.tr("待通知 {n} 条，其中 {m} 条已超时，请尽快联系客户。").format(n=len(due), m=overdue)
            )
        else:
            self.summary.setText(self.tr("待通知 {n} 条。").format(n=len(due)))
        self.summary.setStyleSheet(ERROR_STYLE if overdue else "")
        if selected is not None:
            self.select_by_id(selected.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        notice = self.selected()
        self.record_button.setEnabled(self._may_record and (notice is None or notice.sent_at is None))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self._may_record and self.model.row_at(index.row()).sent_at is None:
            self.record_selected()

    def _open(self, notice: NoticeView | None) -> NoticeLogDialog:
        dialog = NoticeLogDialog(self._database, self._case_id, notice, self.now, self)
        dialog.accepted.connect(self._written)
        dialog.stale.connect(self.show_stale)
        dialog.open()
        return dialog

    def record_selected(self) -> NoticeLogDialog | None:
        """Log the selected notice (the soonest due one when none is selected)."""
        notice = self.selected()
        if notice is None:
            rows = (self.model.row_at(r) for r in range(self.model.rowCount()))
            notice = next((n for n in rows if n.sent_at is None), None)
        if notice is None or notice.sent_at is not None:
            self.status.setText(self.tr("没有待记录的通知；如需主动联系客户，请用“主动通知…”。"))
            return None
        return self._open(notice)

    def record_adhoc(self) -> NoticeLogDialog:
        return self._open(None)

    def _written(self) -> None:
        self.status.setText(self.tr("通知已记录。"))
        self.refresh()
        self.changed.emit()

    def copy_daily_report(self) -> None:
        text = daily_progress_text(self._database, self.now(), [self._case_id])
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("进度日报已复制，可粘贴到微信或邮件。"))

    def generate_report(self) -> None:
        now = self.now()
        report = perform(self, lambda: generate_progress_report(self._database, self._case_id, now))
        try:
            path = letter_copy(self._database, report)
            text = self.tr('已生成进度报告 {number}：<a href="{url}">{path}</a>').format(
                number=report.document_number, url=QUrl.fromLocalFile(str(path)).toString(), path=path
            )
        except DocumentUnavailable as error:
            text = message_text(error)
        self.status.setText(text)
        self.changed.emit()
