"""工作台: the figures a coordinator checks first thing in the morning."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.db.database import Database
from app.usecases.cases import dashboard_figures
from app.usecases.knowledge import retrospectives_due

AMBER = "#b26a00"
RED = "#c62828"


class _FigureCard(QFrame):
    def __init__(self, title: str, hint: str, warning_colour: str | None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(120)
        self.value = QLabel("—")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._warning_colour = warning_colour
        caption = QLabel(title)
        caption.setStyleSheet("font-weight: bold;")
        note = QLabel(hint)
        note.setStyleSheet("color: palette(mid);")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.value)
        layout.addWidget(note)

    def set_value(self, value: int) -> None:
        colour = self._warning_colour if self._warning_colour and value else "palette(text)"
        self.value.setStyleSheet(f"font-size: 28pt; color: {colour};")
        self.value.setText(str(value))


class DashboardView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        title = QLabel(self.tr("今日概况"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.cards = {
            "open_cases": _FigureCard(self.tr("进行中的加急案件"), self.tr("待受理、已受理与办理中"), None),
            "due_soon": _FigureCard(self.tr("48 小时内到期"), self.tr("客户要求的截止时间临近"), AMBER),
            "overdue": _FigureCard(self.tr("已超期"), self.tr("截止时间已过仍未结案"), RED),
            "blocked_tasks": _FigureCard(self.tr("受阻任务"), self.tr("进行中案件里标为受阻的任务"), RED),
            "reviews_due": _FigureCard(self.tr("待复盘"), self.tr("结案后 24 个工作小时内须复盘"), AMBER),
            "reviews_overdue": _FigureCard(
                self.tr("复盘已超期"), self.tr("结案已超过 24 个工作小时仍未复盘"), RED
            ),
        }
        grid = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 3, index % 3)
        upcoming = QLabel(
            self.tr(
                "后续版本将在这里列出：我的待办、SLA 计时与客户通知提醒、被 @ 的消息与关键决策。"
                "待复盘的案件在“知识库 → 待复盘”中。"
            )
        )
        upcoming.setWordWrap(True)
        upcoming.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(upcoming)
        layout.addStretch(1)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        now = datetime.now()
        figures = dashboard_figures(self._database, now)
        due = retrospectives_due(self._database, now)
        values = {
            **vars(figures),
            "reviews_due": len(due),
            "reviews_overdue": sum(item.overdue for item in due),
        }
        for name, card in self.cards.items():
            card.set_value(values[name])
