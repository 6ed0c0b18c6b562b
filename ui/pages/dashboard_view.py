"""工作台: the figures a coordinator checks first thing, and every item that needs someone now —
my tasks today, cases at risk and why, client notices due, SLA clocks near breach, open incidents,
reviews due, mentions and key decisions, compensation to approve. Each item opens where it can be
acted on (Enter or a double-click)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Changes
from app.db.database import Database
from app.domain.case_costs import format_fen
from app.domain.case_risk import Severity
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.sla import ClockState
from app.usecases.access import may
from app.usecases.case_activity import mark_mentions_read
from app.usecases.dashboard import Dashboard, load_dashboard
from app.usecases.staff import list_staff
from ui.access import lock_to_login
from ui.labels import captioned, counted, duration_text, label, message_text, person_text
from ui.operations import perform
from ui.preferences import Preferences
from ui.worker import LatestRead

AMBER = "#b26a00"
RED = "#c62828"
GREY = "#6b6b6b"
#: The target of the line that folds (or unfolds) the cases only crossing a risk window.
FOLD = "fold_windows"


@dataclass(frozen=True)
class Item:
    """One line of a dashboard list and where it leads."""

    text: str
    detail: str = ""
    colour: str = ""
    case_id: int = 0
    target: str = ""  # a case-window tab, "board", "reviews", FOLD, or "" for the case window
    number: str = ""
    mention_id: int = 0


class ItemListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []
        self.filled = False  # not before the page's first read: an empty list then says nothing yet

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = items
        self.filled = True
        self.endResetModel()

    def item(self, row: int) -> Item:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail or item.text
        if role == Qt.ItemDataRole.ForegroundRole and item.colour:
            return QBrush(QColor(item.colour))
        return None


class _ItemList(QListView):
    """A dashboard list: one line per item, elided to the width, and a hint in place of nothing."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.hint = hint
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumHeight(36)  # the page fits a small screen; the lists scroll

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, ItemListModel) and model.filled and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), flags, self.hint)


class _FigureCard(QFrame):
    def __init__(self, title: str, hint: str, warning_colour: str | None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(hint)
        self.value = QLabel("—")
        self._warning_colour = warning_colour
        caption = QLabel(title)
        caption.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(caption)
        layout.addWidget(self.value)

    def set_value(self, value: int) -> None:
        colour = self._warning_colour if self._warning_colour and value else "palette(text)"
        self.value.setStyleSheet(f"font-size: 20pt; color: {colour};")
        self.value.setText(str(value))


class DashboardView(QWidget):
    """Signals:
    case_requested(int, str): open the case window of this case on this tab ("" for the first).
    board_requested(int, str): show the board of this case (id, number).
    reviews_requested(): show the reviews due in the knowledge base.
    """

    case_requested = Signal(int, str)
    board_requested = Signal(int, str)
    reviews_requested = Signal()

    def __init__(
        self, database: Database, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._preferences = preferences
        title = QLabel(self.tr("今日概况"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.me = QComboBox()
        self.me.setObjectName("dashboard_me")
        self.me.setToolTip(self.tr("选择您自己：“我的今日任务”和“@我的”按此人显示"))
        self.me.addItem(self.tr("（未选择）"), 0)
        for member in list_staff(database):
            self.me.addItem(person_text(member.name, member.role), member.id)
        if preferences is not None:
            self.me.setCurrentIndex(max(0, self.me.findData(preferences.desk_staff_id)))
        # The person logged in, and no one else (only SYSTEM, at a desk without logins, chooses).
        if lock_to_login(self.me, database):
            self.me.setToolTip(self.tr("当前登录的人：“我的今日任务”和“@我的”按此人显示"))
        self.me.currentIndexChanged.connect(self._me_changed)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取（F5）"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("我是：")))
        top.addWidget(self.me)
        top.addWidget(refresh)
        # One line while a year's holidays are only estimated: the notice is out in November.
        self.calendar_reminder = QLabel()
        self.calendar_reminder.setObjectName("calendar_reminder")
        self.calendar_reminder.setWordWrap(True)
        self.calendar_reminder.setStyleSheet(f"color: {AMBER};")
        self.calendar_reminder.hide()

        self.cards = {
            "open_cases": _FigureCard(self.tr("进行中的加急案件"), self.tr("待受理、已受理与办理中"), None),
            "due_soon": _FigureCard(self.tr("48 小时内到期"), self.tr("客户要求的截止时间临近"), AMBER),
            "overdue": _FigureCard(self.tr("已超期"), self.tr("截止时间已过仍未结案"), RED),
            "blocked_tasks": _FigureCard(self.tr("受阻任务"), self.tr("进行中案件里标为受阻的任务"), RED),
            "reviews_due": _FigureCard(self.tr("待复盘"), self.tr("结案后 24 个工作小时内须复盘"), AMBER),
            "reviews_overdue": _FigureCard(
                self.tr("复盘已超期"), self.tr("结案已超过 24 个工作小时仍未复盘"), RED
            ),
            "notices_overdue": _FigureCard(
                self.tr("客户通知逾期"), self.tr("里程碑或风险预警后未按时告知客户"), RED
            ),
            "clocks_breached": _FigureCard(self.tr("响应超时"), self.tr("SLA 计时已超过承诺时限"), RED),
            "incidents_open": _FigureCard(
                self.tr("开放的突发事件"), self.tr("尚未处理完毕的突发事件"), AMBER
            ),
        }
        figures = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            figures.addWidget(card, index // 5, index % 5)  # two rows: the page fits a small screen

        self.lists: dict[str, tuple[QGroupBox, _ItemList, ItemListModel]] = {}
        sections = {
            "my_tasks": self.tr("我的今日任务"),
            "at_risk": self.tr("风险案件"),
            "notices": self.tr("客户通知"),
            "clocks": self.tr("SLA 计时临近或已超时"),
            "incidents": self.tr("开放的突发事件"),
            "reviews": self.tr("待复盘"),
            "mentions": self.tr("@我的与关键决策"),
            "compensations": self.tr("待审批的赔付"),
        }
        hints = {
            "my_tasks": "",  # depends on who is at the desk: set when refreshed
            "at_risk": self.tr("没有风险案件"),
            "notices": self.tr("没有待发的客户通知"),
            "clocks": self.tr("没有临近或超时的计时"),
            "incidents": self.tr("没有开放的突发事件"),
            "reviews": self.tr("没有待复盘的案件"),
            "mentions": self.tr("没有提到您的留言"),
            "compensations": self.tr("没有待审批的赔付提议"),
        }
        # Only who may approve sees the proposals; the feed then gives them its second column.
        approving = may(database, Permission.APPROVE_COMPENSATION)
        grid = QGridLayout()
        self._captions = sections
        for index, (key, caption) in enumerate(sections.items()):
            box = QGroupBox(caption)
            view = _ItemList(hints[key])
            view.setObjectName(f"dashboard_{key}")
            model = ItemListModel(view)
            view.setModel(model)
            view.activated.connect(lambda index, m=model: self._open(m.item(index.row())))
            QVBoxLayout(box).addWidget(view)
            self.lists[key] = (box, view, model)
            if key == "compensations" and not approving:
                box.hide()
            else:
                wide = key == "mentions" and not approving
                grid.addWidget(box, index // 4, index % 4, 1, 2 if wide else 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.calendar_reminder)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        self.dashboard: Dashboard | None = None
        self.windows_unfolded = False  # the cases only crossing a risk window, listed one by one
        # The first read waits for the page's first paint, so that the window at start-up shows at once
        # (its figures "—") and fills right after: reading them takes 0.1–0.3 s on a large office.
        self._first_read_due = True
        self.reader = LatestRead(self)

    def showEvent(self, event) -> None:
        if not self._first_read_due:
            self.refresh()
        super().showEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._first_read_due:
            self._first_read_due = False
            QTimer.singleShot(0, self, self.refresh)

    def _me_changed(self) -> None:
        if self._preferences is not None:
            self._preferences.desk_staff_id = self.me.currentData() or 0
        self.refresh()

    def apply_changes(self, changes: Changes, shown: bool) -> None:
        """Read again (off the GUI thread) if shown, for its figures span the office; a hidden one
        reads when next shown."""
        if shown and changes:
            self.reader.read(self._reading(), lambda read: self._show(*read))

    def refresh(self) -> None:
        self.reader.overtake()
        self._show(*self._reading()())

    def _reading(self) -> Callable[[], tuple[datetime, Dashboard]]:
        """The read of the dashboard as of now, for the person chosen in 我是."""
        now, me = self._database.clock.now(), self.me.currentData() or None
        return lambda: (now, load_dashboard(self._database, now, me))

    def _show(self, now: datetime, board: Dashboard) -> None:
        self._first_read_due = False
        self.dashboard = board
        me = self.me.currentData() or None
        self.lists["my_tasks"][1].hint = (
            self.tr("今天没有您的任务")
            if me
            else self.tr("在右上角“我是”选择您自己，这里列出您今天要办的任务")
        )
        values = {
            **vars(board.figures),
            "reviews_due": len(board.reviews),
            "reviews_overdue": sum(item.overdue for item in board.reviews),
            "notices_overdue": sum(n.overdue for n in board.notices),
            "clocks_breached": sum(c.state is ClockState.BREACHED for c in board.clocks),
            "incidents_open": len(board.incidents),
        }
        for name, card in self.cards.items():
            card.set_value(values[name])
        years = "、".join(str(year) for year in board.years_to_import)
        self.calendar_reminder.setText(
            self.tr(
                "⚠ {years} 年节假日尚无放假通知，日期按法律预估（含补假）。通知发布后请在"
                "“设置 → 工作日历 → 导入放假通知”中粘贴（或 expedite-desk calendar import-notice 文件）。"
            ).format(years=years)
        )
        self.calendar_reminder.setVisible(bool(years))
        self._fill("my_tasks", [self._task_item(t) for t in board.my_tasks])
        self._fill_risks()
        self._fill("notices", [self._notice_item(n, now) for n in board.notices])
        self._fill("clocks", [self._clock_item(c) for c in board.clocks])
        self._fill("incidents", [self._incident_item(i) for i in board.incidents])
        self._fill("reviews", [self._review_item(r) for r in board.reviews])
        self._fill("mentions", [self._mention_item(m) for m in board.mentions])
        self._fill("compensations", [self._compensation_item(c) for c in board.compensations])

    def _fill(self, key: str, items: list[Item], count: int | None = None) -> None:
        box, _view, model = self.lists[key]
        model.set_items(items)
        box.setTitle(counted(self._captions[key], len(items) if count is None else count))

    def _fill_risks(self) -> None:
        """The cases to act on, most serious first; those only crossing a risk window in one line after
        them, unfolded on request (they are to know of, not to act on today)."""
        assert self.dashboard is not None
        urgent, windows = self.dashboard.at_risk, self.dashboard.window_only
        items = [self._risk_item(case) for case in urgent]
        if windows:
            fold = (
                self.tr("▾ 收起 {n} 件仅跨越风险窗口")
                if self.windows_unfolded
                else self.tr("▸ 另有 {n} 件仅跨越风险窗口")
            )
            why = self.tr(
                "计划跨越系统升级、节假日等风险窗口，但未超期、未预计超期，也无其他风险。回车或双击展开、收起"
            )
            items.append(Item(fold.format(n=len(windows)), why, GREY, target=FOLD))
            if self.windows_unfolded:
                items += [self._risk_item(case) for case in windows]
        self._fill("at_risk", items, len(urgent))

    # -- the lines -------------------------------------------------------------------------------
    def _task_item(self, task) -> Item:
        due = format_datetime(task.due) if task.due else "—"
        return Item(
            self.tr("{case} {task}（{status}），最晚 {due}").format(
                case=task.case_number, task=task.name, status=label(task.status), due=due
            ),
            colour=RED if task.critical else "",
            case_id=task.case_id,
            target="board",
            number=task.case_number,
        )

    def _risk_item(self, case) -> Item:
        return Item(
            f"{case.number} {message_text(case.reasons[0])}",  # the reason first: the client is in the tip
            "\n".join([case.client, *map(message_text, case.reasons)]),
            RED if case.severe else GREY if case.severity is Severity.WINDOW_ONLY else AMBER,
            case.case_id,
        )

    def _notice_item(self, notice, now: datetime) -> Item:
        if notice.overdue:
            when = self.tr("已逾期 {span}").format(
                span=duration_text(int((now - notice.due_at).total_seconds() // 60))
            )
        else:
            when = self.tr("{due} 前").format(due=format_datetime(notice.due_at))
        return Item(
            captioned(f"{notice.case_number} {label(notice.kind)}", when),
            notice.reason,
            RED if notice.overdue else AMBER,
            notice.case_id,
            "notices",
        )

    def _clock_item(self, clock) -> Item:
        if clock.state is ClockState.BREACHED:
            state = self.tr("已超时 {span}").format(span=duration_text(clock.breach_minutes))
        else:
            state = self.tr("剩 {span}").format(span=duration_text(clock.minutes_left))
        return Item(
            captioned(f"{clock.case_number} {clock.title}", state),
            self.tr("应于 {due} 前响应").format(due=format_datetime(clock.due_at)),
            RED if clock.state is ClockState.BREACHED else AMBER,
            clock.case_id,
            "clocks",
        )

    def _incident_item(self, incident) -> Item:
        escalated = (
            self.tr("（已升级至{name}）").format(name=incident.escalated_to) if incident.escalated_to else ""
        )
        return Item(
            f"{incident.case_number} {label(incident.category)} {label(incident.level)}{escalated}",
            incident.description,
            RED if incident.escalated_to else AMBER,
            incident.case_id,
            "incidents",
        )

    def _review_item(self, review) -> Item:
        return Item(
            self.tr("{number} {client}（{outcome}），应于 {due} 前复盘").format(
                number=review.number,
                client=review.client_name,
                outcome=label(review.outcome),
                due=format_datetime(review.due),
            ),
            colour=RED if review.overdue else "",
            case_id=review.case_id,
            target="reviews",
        )

    def _mention_item(self, mention) -> Item:
        tag = self.tr("【关键决策】") if mention.decision else ""
        return Item(
            captioned(f"{mention.case_number} {tag}{mention.author_name}", mention.text),
            colour=RED if mention.decision else "",
            case_id=mention.case_id,
            target="activity",
            mention_id=mention.id,
        )

    def _compensation_item(self, proposal) -> Item:
        return Item(
            self.tr("{number} {client} {amount}，{name} {when} 提议").format(
                number=proposal.number,
                client=proposal.client,
                amount=format_fen(proposal.amount_fen),
                name=proposal.proposed_by or "—",
                when=format_datetime(proposal.proposed_at),
            ),
            "\n".join(
                filter(
                    None,
                    [
                        label(proposal.kind),
                        proposal.note,
                        self.tr("回车或双击打开“成本与失败处理”批准或不批准"),
                    ],
                )
            ),
            AMBER,
            proposal.case_id,
            "costs",
        )

    def _open(self, item: Item) -> None:
        if item.target == FOLD:
            self.windows_unfolded = not self.windows_unfolded
            self._fill_risks()
        elif item.target == "board":
            self.board_requested.emit(item.case_id, item.number)
        elif item.target == "reviews":
            self.reviews_requested.emit()
        else:
            reads = may(self._database, Permission.CASE_ACTIVITY)  # the admin has no feed to read
            if item.mention_id and (me := self.me.currentData()) and reads:
                database, mention_id, now = self._database, item.mention_id, self._database.clock.now()
                perform(self, lambda: mark_mentions_read(database, me, [mention_id], now))
            self.case_requested.emit(item.case_id, item.target)
