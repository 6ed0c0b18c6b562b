"""战时沟通: the case's activity feed, a comment box with @ completion of staff names, the 关键决策
tag (which must @ the case manager), and a task's check asked for and confirmed in the feed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.case_team import ActivityKind
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.vocabulary import StaffRole
from app.usecases.case_activity import (
    ActivityView,
    TaskChoice,
    case_feed,
    confirm_check,
    post_activity,
    request_check,
    tasks_to_check,
)
from app.usecases.case_team import CaseTeamView, case_team
from app.usecases.errors import UseCaseError, ValidationFailed
from app.usecases.staff import StaffMember, list_staff
from ui.access import allow_only, lock_to_login
from ui.case.case_panel import CasePanel
from ui.field_cell import error_label
from ui.labels import captioned, label, message_text, person_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # a feed line as rich text
MENTION_STYLE = "color:#1565c0; font-weight:bold;"  # an @name in the feed
DECISION_BACKGROUND = QColor("#fff3cd")  # amber: a decision stands out of the chat
WAITING_BACKGROUND = QColor("#e3f2fd")  # blue: a check still waiting for its reviewer


class FeedModel(RowTableModel):
    """The feed's lines (:class:`ActivityView` rows), oldest first, in one column shown as a list;
    decisions tagged and highlighted. A RowTableModel, as ``CasePanel.model`` is in every tab."""

    def __init__(self, parent=None) -> None:
        super().__init__([""], parent)

    def _tag(self, line: ActivityView) -> str:
        if line.decision:
            return self.tr("【关键决策】")
        if line.kind is ActivityKind.CHECK_REQUEST:
            state = self.tr("已确认") if line.task_checked else self.tr("待确认")
            return self.tr("【{kind}·{state}】").format(kind=label(line.kind), state=state)
        if line.kind is ActivityKind.CHECK_DONE:
            return self.tr("【{kind}】").format(kind=label(line.kind))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: ActivityView = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return captioned(f"{format_datetime(line.at)}  {line.author_name}{self._tag(line)}", line.text)
        if role == HTML_ROLE:
            text = escape(line.text)
            if line.mentions:  # the longest name first: @刘芳芳 is not @刘芳 followed by 芳
                names = sorted((escape(name) for name in line.mentions), key=len, reverse=True)
                mention = re.compile("@(" + "|".join(map(re.escape, names)) + ")")
                text = mention.sub(lambda m: f'<span style="{MENTION_STYLE}">{m.group(0)}</span>', text)
            head = escape(f"{format_datetime(line.at)}  {line.author_name}{self._tag(line)}")
            return captioned(head, text.replace("\n", "<br>"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.decision:
                return QBrush(DECISION_BACKGROUND)
            if line.kind is ActivityKind.CHECK_REQUEST and not line.task_checked:
                return QBrush(WAITING_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and line.mentions:
            return self.tr("提及：{names}").format(names="、".join(line.mentions))
        return None


class FeedDelegate(QStyledItemDelegate):
    """Draws a feed line as rich text, the people it @mentions stand out; wraps to the view's width."""

    PADDING = 4

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        view = option.widget  # the view drawing: its width, not the item's, wraps the text
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        document.setTextWidth(max(1, width - 2 * self.PADDING))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        painter.translate(item.rect.topLeft() + QPoint(self.PADDING, self.PADDING))
        self._document(option, index).drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2 * self.PADDING)


class MentionEdit(QPlainTextEdit):
    """A comment box: typing @ offers staff names; Ctrl+Enter submits.

    Signals:
    submitted(): Ctrl+Enter was pressed.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.insert_name)  # activated(QString): the default overload
        self.textChanged.connect(self._complete)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def _typed_after_at(self) -> str | None:
        """What follows the @ being typed before the cursor, or None when no @ is being typed."""
        before = self.toPlainText()[: self.textCursor().position()]
        at = before.rfind("@")
        if at < 0 or any(ch.isspace() for ch in before[at + 1 :]):
            return None
        return before[at + 1 :]

    def insert_name(self, name: str) -> None:
        typed = self._typed_after_at() or ""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(typed))
        cursor.insertText(name + " ")
        self.setTextCursor(cursor)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None, "a completer in PopupCompletion mode makes its popup when asked"
        return popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._popup().isVisible() and (enter or event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab)):
            event.ignore()  # the completer's popup takes it
            return
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _complete(self) -> None:
        # On any change, not on key presses: Chinese arrives through the input method.
        popup = self._popup()
        typed = self._typed_after_at() if self.hasFocus() else None
        if typed is not None:
            self.completer.setCompletionPrefix(typed)
        if typed is None or self.completer.completionCount() == 0:
            popup.hide()
            return
        # The popup's own size hint is taken before its rows are laid out (「周…」): measure the names.
        model = self.completer.completionModel()
        metrics = popup.fontMetrics()
        widest = max(metrics.horizontalAdvance(model.index(row, 0).data()) for row in range(model.rowCount()))
        rect = self.cursorRect()
        margins = 2 * popup.frameWidth() + 4 * metrics.averageCharWidth()  # the item's own padding
        rect.setWidth(widest + margins + popup.verticalScrollBar().sizeHint().width())
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))  # Enter takes the first


@dataclass(frozen=True)
class _Read:
    """What the tab shows of its case, read together (off the GUI thread after the first time)."""

    team: CaseTeamView
    staff: list[StaffMember]
    tasks: list[TaskChoice]
    feed: list[ActivityView]


class ActivityPanel(CasePanel):
    """The case window's 战时沟通 tab; ``changed`` when a line was posted, a check asked for or
    confirmed."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("activity_panel", database, case_id, parent, to_the_second=True)
        self.model = FeedModel(self)
        self.feed = QListView()
        self.feed.setObjectName("activity_feed")
        self.feed.setModel(self.model)
        self.feed.setWordWrap(True)
        self.feed.setItemDelegate(FeedDelegate(self.feed))
        self.feed.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.feed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feed.setAlternatingRowColors(False)
        self.feed.selectionModel().currentChanged.connect(lambda _c, _p: self._enable_confirm())

        self.author = QComboBox()
        self._people: list[tuple[int, str, StaffRole]] = []  # as listed in ``author``
        self.author.setObjectName("activity_author")
        self.author.setToolTip(self.tr("以谁的身份发言、请求或确认复核"))  # SYSTEM only: see refresh
        self.text = MentionEdit()
        self.text.setObjectName("activity_text")
        self.text.setPlaceholderText(self.tr("输入 @ 提及同事；Ctrl+Enter 发送"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
        self.text.submitted.connect(self.post)
        self.decision = QCheckBox(self.tr("关键决策"))
        self.decision.setObjectName("activity_decision")
        self.decision.setToolTip(self.tr("关键决策须 @ 项目经理，会出现在其工作台"))
        post = QPushButton(self.tr("发送"))
        post.setObjectName("activity_post")
        post.setToolTip(self.tr("发送（Ctrl+Enter）"))
        post.clicked.connect(self.post)
        self.error = error_label("activity_error")

        self.task = QComboBox()
        self.task.setObjectName("activity_task")
        ask = QPushButton(self.tr("请求复核"))
        ask.setObjectName("activity_request_check")
        ask.setToolTip(
            self.tr("所选任务已完成，@ 合规复核（无则项目经理）请其复核；输入框中的文字作为复核要点")
        )
        ask.clicked.connect(self.request_check)
        self.confirm = QPushButton(self.tr("确认复核"))
        self.confirm.setObjectName("activity_confirm_check")
        self.confirm.setToolTip(self.tr("确认所选的复核请求，记入任务"))
        self.confirm.clicked.connect(self.confirm_selected)
        self._may_speak = allow_only(database, Permission.CASE_ACTIVITY, self.text, post, ask, self.confirm)
        self.decision.setEnabled(self._may_speak)

        compose = QHBoxLayout()
        compose.addWidget(QLabel(self.tr("发言人")))
        compose.addWidget(self.author)
        compose.addWidget(self.decision)
        compose.addStretch(1)
        compose.addWidget(post)
        checks = QHBoxLayout()
        checks.addWidget(QLabel(self.tr("任务")))
        checks.addWidget(self.task, 1)
        checks.addWidget(ask)
        checks.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.feed, 1)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addLayout(compose)
        layout.addLayout(checks)
        self.refresh()

    def _read(self) -> _Read:
        database, case_id = self._database, self._case_id
        return _Read(
            case_team(database, case_id), list_staff(database), tasks_to_check(database, case_id),
            case_feed(database, case_id),
        )  # fmt: skip

    def refresh(self) -> None:
        """Read the feed, the staff and the case's tasks off the GUI thread (when the tab opens, after
        a post, after a change elsewhere); what is typed stays."""
        self.reader.read(self._read, self._show)

    def _show(self, read: _Read) -> None:
        """The speaker is the person logged in (the use cases record the login); only SYSTEM picks one."""
        author = self.author.currentData()
        team = read.team
        on_team = {m.staff_id for m in team.members}
        staff = sorted(read.staff, key=lambda s: (s.id not in on_team, s.id))
        people = [(s.id, s.name, s.role) for s in staff]
        if people != self._people:  # the team first; a large office's 1,500 names only when they change
            self._people = people
            self.author.clear()
            for person_id, name, role in people:
                self.author.addItem(person_text(name, role), person_id)
            self.text.set_names([name for _id, name, _role in people])
        chosen = author if author is not None else team.manager_id
        self.author.setCurrentIndex(max(0, self.author.findData(chosen)))
        lock_to_login(self.author, self._database)
        task = self.task.currentData()
        self.task.clear()
        for choice in read.tasks:
            done = self.tr("（已复核）") if choice.checked else ""
            self.task.addItem(f"{choice.name}  [{label(choice.status)}]{done}", choice.id)
        self.task.setCurrentIndex(max(0, self.task.findData(task)))
        self.model.set_rows(read.feed)
        self.feed.scrollToBottom()
        self._enable_confirm()

    def _done(self) -> None:
        self.error.clear()
        self.refresh()
        self.changed.emit()

    def _failed(self, error: UseCaseError) -> None:
        if isinstance(error, ValidationFailed):
            self.error.setText(message_text(error))
        else:  # ConcurrentEdit, NotPermitted: show the feed as stored now, keep what was typed
            self.refresh()
            self.error.setText(message_text(error))

    def post(self) -> bool:
        """Post what is typed; a refusal is shown under the box and the text is kept."""
        database, case_id, author, text = (
            self._database,
            self._case_id,
            self.author.currentData(),
            self.text.toPlainText(),
        )
        now, decision = self.now(), self.decision.isChecked()
        try:
            perform(self, lambda: post_activity(database, case_id, author, text, now, decision=decision))
        except UseCaseError as error:
            self._failed(error)
            return False
        self.text.clear()
        self.decision.setChecked(False)
        self._done()
        return True

    def request_check(self) -> bool:
        task_id = self.task.currentData()
        if task_id is None:
            self.error.setText(self.tr("本案没有任务"))
            return False
        database, author, now, text = (
            self._database,
            self.author.currentData(),
            self.now(),
            self.text.toPlainText(),
        )
        try:
            perform(self, lambda: request_check(database, task_id, author, now, text))
        except UseCaseError as error:
            self._failed(error)
            return False
        self.text.clear()
        self._done()
        return True

    def _selected_request(self) -> ActivityView | None:
        index = self.feed.currentIndex()
        if not index.isValid():
            return None
        line: ActivityView = self.model.row_at(index.row())
        return line if line.kind is ActivityKind.CHECK_REQUEST and not line.task_checked else None

    def _enable_confirm(self) -> None:
        self.confirm.setEnabled(self._may_speak and self._selected_request() is not None)

    def confirm_selected(self) -> bool:
        """Confirm the selected check request as the chosen speaker (the reviewer)."""
        line = self._selected_request()
        if line is None or line.task_id is None:
            return False
        database, task_id, author, now = self._database, line.task_id, self.author.currentData(), self.now()
        try:
            perform(self, lambda: confirm_check(database, task_id, author, now))
        except UseCaseError as error:
            self._failed(error)
            return False
        self._done()
        return True
