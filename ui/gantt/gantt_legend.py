"""What the Gantt chart's colours, lines and marks mean: painted under the chart and on exported pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.gantt.chart_rows import Tone
from ui.gantt.gantt_chart import (
    BAR_COLOURS,
    DEADLINE,
    HOLIDAY,
    MAKEUP,
    REST_DAY,
    RISK,
    RISK_BAND,
    TODAY,
    paint_cancelled_bar,
    paint_diamond,
)

SAMPLE = 24  # the width of each entry's sample, in pixels
GAP = 14  # between one entry and the next


def legend_entries(overview: bool) -> list[tuple[str, str]]:
    """(sample kind, text) for a case's chart, or for the overview of cases."""

    translate = QCoreApplication.translate
    if overview:
        bars = [
            ("bar", translate("GanttLegend", "按期")),
            ("critical", translate("GanttLegend", "预计超期")),
            ("deadline_tick", translate("GanttLegend", "该案截止时间")),
        ]
    else:
        bars = [
            ("bar", translate("GanttLegend", "任务（深色为进度）")),
            ("critical", translate("GanttLegend", "关键路径")),
            ("near", translate("GanttLegend", "关键且临近最晚完成")),
            ("done", translate("GanttLegend", "已完成")),
            ("cancelled", translate("GanttLegend", "已取消")),
            ("milestone", translate("GanttLegend", "里程碑")),
            ("slack", translate("GanttLegend", "时差（可推迟到的最晚完成）")),
            ("baseline", translate("GanttLegend", "基线（签字确认时的计划）")),
            ("deadline", translate("GanttLegend", "截止时间")),
        ]
    return bars + [
        ("today", translate("GanttLegend", "今天（现在）")),
        ("holiday", translate("GanttLegend", "法定节假日")),
        ("makeup", translate("GanttLegend", "调休上班")),
        ("rest", translate("GanttLegend", "休息日")),
        ("estimated", translate("GanttLegend", "预估：该年放假安排尚未公布，按惯例推算")),
        ("window", translate("GanttLegend", "政策风险窗口")),
    ]


def _layout(
    metrics: QFontMetricsF, width: float, overview: bool
) -> tuple[list[tuple[QPointF, str, str]], float]:
    """Each entry's top-left, left to right and wrapped at ``width``, and the height they take."""
    line = max(16.0, metrics.height() + 4)
    x = y = 0.0
    placed = []
    for kind, text in legend_entries(overview):
        size = _width(kind) + 5 + metrics.horizontalAdvance(text)
        if x and x + size > width:
            x, y = 0.0, y + line
        placed.append((QPointF(x, y), kind, text))
        x += size + GAP
    return placed, y + line


def legend_height(metrics: QFontMetricsF, width: float, overview: bool) -> float:
    return _layout(metrics, width, overview)[1]


def paint_legend(painter: QPainter, area: QRectF, overview: bool) -> None:
    """The legend from the top-left of ``area``, wrapped at its width, in the painter's font."""
    metrics = QFontMetricsF(painter.font())
    placed, _height = _layout(metrics, area.width(), overview)
    line = max(16.0, metrics.height() + 4)
    for corner, kind, text in placed:
        box = QRectF(area.left() + corner.x(), area.top() + corner.y(), _width(kind), line)
        painter.save()
        _sample(painter, kind, box)
        painter.restore()
        painter.setPen(QColor("#37474f"))
        painter.drawText(
            QRectF(box.right() + 5, box.top(), metrics.horizontalAdvance(text) + 2, line),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _sample(painter: QPainter, kind: str, box: QRectF) -> None:
    """A small picture of how the chart draws ``kind``, in ``box``."""
    mid = box.center().y()
    bar = QRectF(box.left(), mid - 5, box.width(), 10)
    tones = {"bar": Tone.NORMAL, "critical": Tone.CRITICAL, "near": Tone.NEAR, "done": Tone.DONE}
    if kind in tones:
        colour = BAR_COLOURS[tones[kind]]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour.lighter(150))
        painter.drawRoundedRect(bar, 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(bar.adjusted(0, 0, -box.width() / 2 if kind != "done" else 0, 0), 3, 3)
        if kind == "near":
            painter.setPen(QPen(QColor("#ff8f00"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 3, 3)
    elif kind == "cancelled":
        paint_cancelled_bar(painter, bar)
    elif kind == "milestone":
        paint_diamond(painter, QPointF(box.center().x(), mid), BAR_COLOURS[Tone.CRITICAL])
    elif kind == "slack":
        painter.setPen(QPen(BAR_COLOURS[Tone.NORMAL].darker(110), 1))
        painter.drawLine(QPointF(box.left(), mid), QPointF(box.right() - 2, mid))
        painter.drawLine(QPointF(box.right() - 2, mid - 3), QPointF(box.right() - 2, mid + 3))
    elif kind == "baseline":
        painter.fillRect(QRectF(box.left(), mid - 2, box.width(), 4), QColor(0, 0, 0, 45))
    elif kind in ("today", "deadline"):
        painter.setPen(QPen(TODAY if kind == "today" else DEADLINE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(box.center().x(), box.top() + 1), QPointF(box.center().x(), box.bottom() - 1)
        )
    elif kind == "deadline_tick":
        painter.setPen(QPen(DEADLINE, 2))
        painter.drawLine(QPointF(box.center().x(), mid - 7), QPointF(box.center().x(), mid + 7))
    elif kind in ("holiday", "makeup", "rest"):
        colour = {"holiday": HOLIDAY, "makeup": MAKEUP, "rest": REST_DAY}[kind]
        painter.setPen(QColor("#cfd8dc"))  # an outline: the rest day's grey is close to white
        painter.setBrush(colour)
        painter.drawRect(box.adjusted(0, 2, -1, -3))
    elif kind == "window":
        painter.fillRect(box.adjusted(0, 2, 0, -2), RISK_BAND)
        painter.setPen(QPen(RISK, 1, Qt.PenStyle.DashLine))
        for x in (box.left() + 1, box.right() - 1):
            painter.drawLine(QPointF(x, box.top() + 2), QPointF(x, box.bottom() - 2))


def _width(kind: str) -> float:
    return 0 if kind == "estimated" else SAMPLE  # the header's own word explains itself


class GanttLegend(QWidget):
    """The legend under the chart, as tall as its entries wrapped at its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = True
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_overview(self, overview: bool) -> None:
        if overview != self.overview:
            self.overview = overview
            self.updateGeometry()
            self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(legend_height(QFontMetricsF(self.font()), width, self.overview)) + 2

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(max(400, self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(max(400, self.width())))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_legend(painter, QRectF(self.rect()), self.overview)
        painter.end()
