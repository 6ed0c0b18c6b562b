"""季度分析: the most frequent problem types, their trend by quarter, success rate and delay —
as charts (QtCharts) and as tables."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.vocabulary import ServiceType
from app.usecases.knowledge import Analysis
from ui.labels import label

#: Quarters shown in the trend charts (the tables list them all).
RECENT_QUARTERS = 8


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
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

    def show_analysis(self, analysis: Analysis) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        top = QChart()
        top.setTitle(self.tr("最常见的问题类型"))
        bars = QBarSet(self.tr("次数"))
        bars.append([count for _name, count in analysis.top_problems])
        series = QBarSeries()
        series.append(bars)
        top.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name or self.tr("（未标注）") for name, _count in analysis.top_problems])
        top.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        top.legend().hide()

        recent = analysis.quarters[-RECENT_QUARTERS:]
        trend = QChart()
        trend.setTitle(self.tr("问题类型的季度趋势"))
        trend_series = QBarSeries()
        for name, _count in analysis.top_problems[:4]:
            bar = QBarSet(name or self.tr("（未标注）"))
            bar.append([q.problems.get(name, 0) for q in recent])
            trend_series.append(bar)
        trend.addSeries(trend_series)
        quarters = QBarCategoryAxis()
        quarters.append([q.quarter for q in recent])
        trend.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
        trend_series.attachAxis(quarters)
        trend_counts = QValueAxis()
        trend_counts.setLabelFormat("%d")
        trend.addAxis(trend_counts, Qt.AlignmentFlag.AlignLeft)
        trend_series.attachAxis(trend_counts)

        success = QChart()
        success.setTitle(self.tr("按期完成率（%）与平均延误（工作小时）"))
        rate, delay = QLineSeries(), QLineSeries()
        rate.setName(self.tr("按期完成率"))
        delay.setName(self.tr("平均延误"))
        for n, quarter in enumerate(recent):
            rate.append(n, quarter.success_rate * 100)
            delay.append(n, quarter.average_delay_hours)
        success_quarters = QBarCategoryAxis()
        success_quarters.append([q.quarter for q in recent])
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([100.0] + [q.average_delay_hours for q in recent]) * 1.1)
        success.addAxis(success_quarters, Qt.AlignmentFlag.AlignBottom)
        success.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for line in (rate, delay):
            success.addSeries(line)
            line.attachAxis(success_quarters)
            line.attachAxis(values)

        self._layout.addWidget(_view(top), 0, 0)
        self._layout.addWidget(_view(trend), 0, 1)
        self._layout.addWidget(_view(success), 1, 0)
        quarter_rows = [
            (
                q.quarter,
                q.cases,
                f"{q.success_rate:.0%}",
                round(q.average_delay_hours, 1),
                q.problems.most_common(1)[0][0] if q.problems else "",
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
        self._layout.addWidget(
            _table([self.tr("业务类型"), self.tr("最常见的问题类型（次数）")], service_rows), 2, 0, 1, 2
        )
