"""季度分析's charts read as drawn (issue 22): axis labels that fit, legends that name their series, round
ticks. Checked through the QtCharts API on charts laid out offscreen at a narrow desk's size."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableWidget

from app.usecases.knowledge import Analysis, QuarterFigures, quarterly_analysis
from ui.knowledge.analysis_view import LABEL_PADDING, AnalysisView, count_ticks
from ui.knowledge.knowledge_page import KnowledgePage


def _shown(qtbot, database, analysis: Analysis | None = None) -> AnalysisView:
    """The tab as the knowledge page shows it in a 1280 × 720 main window (the smallest desk)."""
    page = KnowledgePage(database)
    qtbot.addWidget(page)
    page.resize(1110, 640)
    page.show()
    page.tabs.setCurrentWidget(page.analysis)
    if analysis is not None:
        page.analysis.show_analysis(analysis)

    def laid_out() -> bool:  # the charts replaced (the old ones deleted later) are gone
        views = page.analysis.findChildren(QChartView)
        return len(views) == 3 and all(view.chart().plotArea().width() > 50 for view in views)

    qtbot.waitUntil(laid_out)
    return page.analysis


def _ticks(axis: QValueAxis) -> list[float]:
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + n * step for n in range(axis.tickCount())]


def _round(step: float) -> bool:
    """1, 2, 5, 10, 20, 50 … (or 2.5, 25 …): a step people count in."""
    scale = 10 ** math.floor(math.log10(step))
    return any(math.isclose(step, nice * scale) for nice in (1, 2, 2.5, 5, 10))


def test_axes_have_readable_labels_and_round_ticks_and_legends_name_their_series(qtbot, sample_database):
    """Seen: every quarter on the x-axis drawn as "…", the trend legend's colours without names, ticks at
    106/213/319 and 27/55/82."""
    analysis = quarterly_analysis(sample_database)
    shown = _shown(qtbot, sample_database)
    charts = shown.findChildren(QChartView)
    for view in charts:
        chart = view.chart()
        for axis in chart.axes():
            if isinstance(axis, QValueAxis):
                ticks = _ticks(axis)
                step = ticks[1] - ticks[0]
                assert axis.min() == 0 and _round(step), (chart.title(), ticks)
                if axis.labelFormat() == "%d":
                    assert all(tick == int(tick) for tick in ticks), (chart.title(), ticks)  # no 0, 0, 1
            elif isinstance(axis, QBarCategoryAxis):
                plot, metrics = chart.plotArea(), QFontMetrics(axis.labelsFont())
                lengths = [metrics.horizontalAdvance(label) for label in axis.categories()]
                if axis.orientation() == Qt.Orientation.Horizontal:  # quarters under the bars, upright
                    room, along = plot.width() / (axis.count() + 1) - LABEL_PADDING, max(lengths)
                    assert axis.labelsAngle() == 0 and re.fullmatch(r"(20)?\d\dQ[1-4]", axis.categories()[0])
                else:  # names beside the bars, whole
                    room, along = plot.height() / axis.count(), metrics.height()
                    assert max(lengths) < plot.left(), (chart.title(), axis.categories())
                assert along <= room, (chart.title(), axis.categories(), axis.labelsAngle(), room)
        legend = chart.legend()
        if legend.isVisible():
            labels = [marker.label() for marker in legend.markers()]
            assert all(labels) and legend.showToolTips()
            metrics = QFontMetrics(legend.font())
            needed = sum(metrics.horizontalAdvance(label) + 2 * metrics.height() for label in labels)
            assert needed <= legend.geometry().width(), (chart.title(), labels)  # each name whole, in one row
    trend = next(c.chart() for c in charts if "趋势" in c.chart().title())
    assert [m.label() for m in trend.legend().markers()] == [name for name, _n in analysis.top_problems[:4]]


def _bars(chart) -> dict[str, list[float]]:
    """Each bar set's values by its name (the horizontal chart's one set by its categories)."""
    (series,) = chart.series()
    if series.count() == 1:
        (categories,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
        values = series.barSets()[0]
        return {name: [values.at(n)] for n, name in enumerate(categories.categories())}
    return {bars.label(): [bars.at(n) for n in range(bars.count())] for bars in series.barSets()}


def test_the_charts_and_the_table_count_the_same_reviews_and_say_so(qtbot, sample_database):
    """Seen: 最常见的问题类型 showed 人为失误 ≈150 (every review ever) while the trend's 人为失误 bars over 8
    quarters added to ≈59, neither said what it counted, and the quarters table named 沟通 most common in
    quarters where it was in neither chart."""
    analysis = quarterly_analysis(sample_database)
    shown = _shown(qtbot, sample_database)
    charts = [view.chart() for view in shown.findChildren(QChartView)]
    top = next(c for c in charts if c.title().startswith("近 8 个季度最常见的问题类型"))
    trend = next(c for c in charts if c.title().startswith("近 8 个季度前 4 类问题的季度趋势"))
    assert all("复盘案件数" in chart.title() for chart in (top, trend))
    ranked, by_quarter = _bars(top), _bars(trend)
    assert list(by_quarter) == list(ranked)[::-1][:4]  # the bar chart's top four, most frequent first
    for name, per_quarter in by_quarter.items():
        assert sum(per_quarter) == ranked[name][0], name
    recent = [q.quarter for q in analysis.quarters[-8:]]
    table = next(t for t in shown.findChildren(QTableWidget) if t.horizontalHeaderItem(0).text() == "季度")
    for row in range(table.rowCount()):
        quarter = next(q for q in analysis.quarters if q.quarter == table.item(row, 0).text())
        named = table.item(row, 4).text().split("、")
        most = max(quarter.problems.values())
        assert all(quarter.problems[name] == most for name in named), (quarter.quarter, named)
        assert len(named) == sum(count == most for count in quarter.problems.values())  # ties all named
        if quarter.quarter in recent:
            n = recent.index(quarter.quarter)
            for name in by_quarter:  # what the trend draws for that quarter agrees with the table
                assert by_quarter[name][n] == quarter.problems[name]


def test_success_and_delay_each_have_their_own_named_axis(qtbot, sample_database):
    """Seen: 按期完成率 (%) and 平均延误 (工作小时) shared one 0–100 axis: the delay lay flat at its foot."""
    analysis = quarterly_analysis(sample_database)
    shown = _shown(qtbot, sample_database)
    chart = next(v.chart() for v in shown.findChildren(QChartView) if "按期完成率" in v.chart().title())
    rate, delay = chart.series()
    (rate_axis,) = [a for a in rate.attachedAxes() if isinstance(a, QValueAxis)]
    (delay_axis,) = [a for a in delay.attachedAxes() if isinstance(a, QValueAxis)]
    assert (rate.name(), delay.name()) == (
        "按期完成率（%，左轴）",
        "平均延误（工作小时，右轴）",
    )  # in the legend
    assert rate_axis.alignment() == Qt.AlignmentFlag.AlignLeft and (rate_axis.min(), rate_axis.max()) == (
        0,
        100,
    )
    assert delay_axis.alignment() == Qt.AlignmentFlag.AlignRight
    longest = max(q.average_delay_hours for q in analysis.quarters[-8:])
    assert longest <= delay_axis.max() <= 2 * longest  # the line spans the chart's height, not its floor
    assert _round(_ticks(delay_axis)[1]) and not delay_axis.isGridLineVisible()  # the rate's grid only


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0, [0, 1]), (1, [0, 1]), (3, [0, 1, 2, 3]), (14, [0, 5, 10, 15]), (82, [0, 20, 40, 60, 80, 100]),
     (319, [0, 100, 200, 300, 400])],
)  # fmt: skip
def test_count_axes_tick_at_whole_round_numbers(top: int, ticks: list[int]):
    assert count_ticks(top) == ticks


def test_a_short_chart_takes_fewer_ticks():
    assert count_ticks(100, 2) == [0, 50, 100] and count_ticks(130, 2) == [0, 100, 200]
    assert count_ticks(2, 2) == [0, 1, 2]


def test_a_large_office_still_labels_every_quarter(qtbot, database):
    """Eight quarters of a 3,000-case office: hundreds of problems a quarter, long problem names."""
    names = ["外部因素/政策（窗口系统升级）", "人为失误", "流程卡点", "材料问题", "资源不足"]
    quarters = [
        QuarterFigures(f"{2025 + n // 4}Q{n % 4 + 1}", 300 + n, 0.857, 3.5 + n,
                       Counter({name: 40 + 30 * k + n for k, name in enumerate(names)}))
        for n in range(8)
    ]  # fmt: skip
    top = [(name, 319 - 40 * k) for k, name in enumerate(names)]
    shown = _shown(qtbot, database, Analysis(top, {}, quarters))
    for view in shown.findChildren(QChartView):
        for axis in view.chart().axes():
            if isinstance(axis, QValueAxis):
                assert _round(_ticks(axis)[1] - _ticks(axis)[0]), (view.chart().title(), _ticks(axis))
