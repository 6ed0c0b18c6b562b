"""季度分析: the most frequent problem types, their trend by quarter, success rate and delay —
as charts (QtCharts) and as tables."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.vocabulary import ServiceType
from app.usecases.knowledge import Analysis
from ui.labels import label

#: Problem types the trend chart draws (the ranking's first).
TREND_PROBLEMS = 4
#: What QtCharts keeps beside a category label: a label longer than its share of the axis (the axis
#: width over the categories and one) less this is cut to "…". Measured on Qt 6 with eight quarters:
#: a 42 px "2025Q1" was cut at 53 px a share and whole at 58; 20 leaves room for larger fonts.
LABEL_PADDING = 20


def count_ticks(top: float, intervals: int = 5) -> list[int]:
    """Round ticks from 0 past ``top`` (a count): each whole number up to ``intervals``, else steps of 1, 2
    or 5 × 10ⁿ, at most ``intervals`` of them — 0 5 10 15, never 0 106 213 319."""
    if top <= intervals:
        return list(range(max(1, math.ceil(top)) + 1))
    rough = top / intervals
    scale = 10 ** math.floor(math.log10(rough))
    step = next(n * scale for n in (1, 2, 5, 10) if n * scale >= rough)
    return list(range(0, math.ceil(top / step) * step + 1, step))


def _count_axis(top: float, intervals: int = 5) -> QValueAxis:
    axis = QValueAxis()
    ticks = count_ticks(top, intervals)
    axis.setRange(0, ticks[-1])
    axis.setTickCount(len(ticks))
    axis.setLabelFormat("%d")
    return axis


def _fit_quarters(chart: QChart, axis: QBarCategoryAxis, quarters: list[str]) -> None:
    """The quarters under the bars as 2026Q3 while they fit their share of the width, else as 26Q3 (the
    way people shorten them), never "…"."""
    metrics = QFontMetrics(axis.labelsFont())
    room = chart.plotArea().width() / (len(quarters) + 1) - LABEL_PADDING  # as QtCharts measures it
    fits = max((metrics.horizontalAdvance(quarter) for quarter in quarters), default=0) <= room
    wanted = quarters if fits else [quarter[2:] for quarter in quarters]
    if axis.categories() != wanted:
        axis.setCategories(wanted)


def _quarter_axis(chart: QChart, quarters: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(quarters)
    chart.plotAreaChanged.connect(lambda _area: _fit_quarters(chart, axis, quarters))
    return axis


def _view(chart: QChart) -> QChartView:
    chart.legend().setShowToolTips(True)  # a name cut short on a narrow screen shows whole on hover
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)  # two rows of charts fit a 720-pixel-high screen
    return view


def _table(headers: list[str], rows: list[tuple]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int | float):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    return table


class AnalysisView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        for column in (0, 1):  # halves: left to itself, the trend chart was squeezed to its legend's markers
            self._layout.setColumnStretch(column, 1)

    def show_analysis(self, analysis: Analysis) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        # Both problem charts and the service table count the same reviews, those of the recent quarters.
        recent = analysis.recent
        ranking_title = self.tr("近 {n} 个季度最常见的问题类型（复盘案件数）").format(n=len(recent))
        # Bars across, the names beside them and whole; the most frequent on top.
        top = QChart()
        top.setTitle(ranking_title)
        ranked = analysis.top_problems[::-1]
        bars = QBarSet(self.tr("次数"))
        bars.append([count for _name, count in ranked])
        series = QHorizontalBarSeries()
        series.append(bars)
        top.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name or self.tr("（未标注）") for name, _count in ranked])
        top.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        counts = _count_axis(max((count for _name, count in ranked), default=0))
        top.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        top.legend().hide()

        shown = [name for name, _count in analysis.top_problems[:TREND_PROBLEMS]]
        trend = QChart()
        trend.setTitle(
            self.tr("近 {n} 个季度前 {top} 类问题的季度趋势（复盘案件数）").format(
                n=len(recent), top=len(shown)
            )
        )
        trend_series = QBarSeries()
        for name in shown:
            bar = QBarSet(name or self.tr("（未标注）"))
            bar.append([q.problems.get(name, 0) for q in recent])
            trend_series.append(bar)
        trend.addSeries(trend_series)
        quarters = _quarter_axis(trend, [q.quarter for q in recent])
        trend.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
        trend_series.attachAxis(quarters)
        trend_counts = _count_axis(
            max((q.problems.get(name, 0) for q in recent for name in shown), default=0)
        )
        trend.addAxis(trend_counts, Qt.AlignmentFlag.AlignLeft)
        trend_series.attachAxis(trend_counts)

        success = QChart()
        success.setTitle(self.tr("按期完成率与平均延误"))
        rate, delay = QLineSeries(), QLineSeries()
        # Each axis named in the legend: the chart is too short for an upright title beside it.
        rate.setName(self.tr("按期完成率（%，左轴）"))
        delay.setName(self.tr("平均延误（工作小时，右轴）"))
        for n, quarter in enumerate(recent):
            rate.append(n, quarter.success_rate * 100)
            delay.append(n, quarter.average_delay_hours)
        success_quarters = _quarter_axis(success, [q.quarter for q in recent])
        success.addAxis(success_quarters, Qt.AlignmentFlag.AlignBottom)
        # Each line on its own scale (hours beside a 0–100 % lie flat), in two intervals (0 50 100): the
        # chart shares its row with a table and is short. The delay's grid would cross the rate's.
        percent = _count_axis(100, 2)
        hours = _count_axis(max((q.average_delay_hours for q in recent), default=0), 2)
        hours.setGridLineVisible(False)
        success.setMargins(QMargins(6, 20, 6, 20))  # the width of the right axis's labels, for the quarters'
        for line, axis, side in (
            (rate, percent, Qt.AlignmentFlag.AlignLeft),
            (delay, hours, Qt.AlignmentFlag.AlignRight),
        ):
            success.addAxis(axis, side)
            success.addSeries(line)
            line.attachAxis(success_quarters)
            line.attachAxis(axis)
            axis.setLinePenColor(line.color())  # which line reads which axis

        self._layout.addWidget(_view(top), 0, 0)
        self._layout.addWidget(_view(trend), 0, 1)
        self._layout.addWidget(_view(success), 1, 0)
        quarter_rows = [
            (
                q.quarter,
                q.cases,
                f"{q.success_rate:.0%}",
                round(q.average_delay_hours, 1),
                "、".join(analysis.leading_problems(q)),
                "—" if q.average_satisfaction is None else round(q.average_satisfaction, 1),
                q.complaints,
            )
            for q in reversed(analysis.quarters)
        ]
        self._layout.addWidget(
            _table(
                [
                    self.tr("季度"),
                    self.tr("复盘案件"),
                    self.tr("按期完成率"),
                    self.tr("平均延误（工作小时）"),
                    self.tr("最常见问题"),
                    self.tr("客户满意度（1–5）"),
                    self.tr("投诉"),
                ],
                quarter_rows,
            ),
            1,
            1,
        )
        services = {service.value: label(service) for service in ServiceType}
        service_rows = [
            (
                services.get(code, code or self.tr("（不限）")),
                "、".join(f"{name} {count}" for name, count in top),
            )
            for code, top in analysis.by_service.items()
        ]
        self._layout.addWidget(_table([self.tr("业务类型"), ranking_title], service_rows), 2, 0, 1, 2)
