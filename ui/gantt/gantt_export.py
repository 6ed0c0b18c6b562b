"""Exporting the Gantt chart for a progress report: PNG, and PDF on A4 or A3 landscape pages.

The chart paints itself (``GanttChart.paint_chart``); here it is given a painter on an image or
on PDF pages, beside the table of its rows, under a heading (a case's client, deadline, projected
finish and margin) and over the legend; on paper with a scale fitting the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.domain.gantt_geometry import TimeScale
from ui.gantt.chart_rows import Tone
from ui.gantt.gantt_chart import HEADER_HEIGHT, ROW_HEIGHT, GanttChart
from ui.gantt.gantt_legend import legend_height, paint_legend

_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
#: The widest a column of the table beside the bars gets (longer task names are elided).
MAX_COLUMN_WIDTH = 240
# Beyond this size a PNG gets unwieldy (zoom out, or export the PDF, which pages a long chart).
MAX_PNG_SIDE = 16000
PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
LINE = 22  # one line of the heading above the chart
MARGIN = 10  # around a PNG (a PDF page has its own)


class ExportTooLarge(Exception):
    pass


@dataclass(frozen=True)
class Sheet:
    """What an exported chart shows around its bars."""

    title: str
    table: QAbstractItemModel  # the columns beside the bars, one line per chart row
    facts: str = ""  # a case's client, deadline, projected finish and margin, on one line
    overview: bool = False  # the office's cases rather than one case's tasks (which legend)


def _columns(metrics: QFontMetricsF, table: QAbstractItemModel) -> list[tuple[int, float]]:
    """The table's columns that say something, each as wide as its widest text (up to a limit)."""
    columns = []
    for column in range(table.columnCount()):
        texts = [str(table.data(table.index(row, column)) or "") for row in range(table.rowCount())]
        if any(texts):  # the overview's cases have no slack column to show
            header = str(table.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in [header, *texts])
            columns.append((column, min(MAX_COLUMN_WIDTH, widest + 12)))
    return columns


def _heading_height(sheet: Sheet) -> float:
    return LINE * (2 if sheet.facts else 1) + 6


def _paint_heading(painter: QPainter, sheet: Sheet, width: float) -> None:
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor("#263238"))
    painter.drawText(QRectF(0, 0, width, LINE), Qt.AlignmentFlag.AlignVCenter, sheet.title)
    painter.restore()
    if sheet.facts:
        painter.setPen(QColor("#37474f"))
        painter.drawText(QRectF(0, LINE, width, LINE), Qt.AlignmentFlag.AlignVCenter, sheet.facts)


def _paint_table(
    painter: QPainter, sheet: Sheet, columns: list[tuple[int, float]], rows: range, carried: str | None
) -> float:
    """The table's header and ``rows`` (a continued group's heading first); returns its width."""
    table, metrics = sheet.table, QFontMetricsF(painter.font())
    width = sum(w for _c, w in columns)
    height = HEADER_HEIGHT + (len(rows) + (carried is not None)) * ROW_HEIGHT
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), QColor("#fafafa"))
    lines: list[tuple[str, list[str], dict[int, Any]]] = []
    if carried is not None:
        continued = QCoreApplication.translate("GanttExport", "{group}（续）").format(group=carried)
        lines.append(("group", [continued], {}))
    for row in rows:
        index = table.index(row, 0)
        lines.append((
            "row",
            [str(table.data(table.index(row, c)) or "") for c, _w in columns],
            {role: table.data(index, role) for role in (_BACKGROUND, _FOREGROUND, _FONT)},
        ))  # fmt: skip
    x = 0.0
    painter.setPen(QColor("#263238"))
    for column, column_width in columns:
        header = str(table.headerData(column, Qt.Orientation.Horizontal))
        painter.drawText(
            QRectF(x + 6, 0, column_width - 12, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, header
        )
        x += column_width
    for n, (kind, texts, roles) in enumerate(lines):
        y = HEADER_HEIGHT + n * ROW_HEIGHT
        painter.save()
        if kind == "group" or roles.get(_BACKGROUND) is not None:
            painter.fillRect(QRectF(0, y, width, ROW_HEIGHT), QColor("#eceff1"))
        shape = roles.get(_FONT)  # the table's bold headings and struck-through cancelled tasks
        if kind == "group" or shape is not None:
            font = QFont(painter.font())
            font.setBold(kind == "group" or (shape is not None and shape.bold()))
            font.setStrikeOut(shape is not None and shape.strikeOut())
            painter.setFont(font)
        foreground = roles.get(_FOREGROUND)
        painter.setPen(foreground.color() if foreground is not None else QColor("#263238"))
        x = 0.0
        for (_column, column_width), text in zip(columns, texts, strict=False):
            room = column_width - 12 if kind == "row" else width - 12  # a heading spans the table
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(x + 6, y, room, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, shown)
            x += column_width
        painter.restore()
    painter.setPen(QColor("#b0bec5"))
    painter.drawLine(QPointF(0, HEADER_HEIGHT - 1), QPointF(width, HEADER_HEIGHT - 1))
    painter.drawLine(QPointF(width - 1, 0), QPointF(width - 1, height))
    return width


def _paint_slice(
    painter: QPainter, chart: GanttChart, sheet: Sheet, columns, rows: range, carried: str | None
) -> float:
    """The table and the bars of ``rows``, the time axis across the chart's whole span; a group
    continued from the page before is named again on top. Returns the height painted."""
    left = _paint_table(painter, sheet, columns, rows, carried)
    first = rows.start - (carried is not None)  # the carried heading takes the slot of the row before
    height = HEADER_HEIGHT + (rows.stop - first) * ROW_HEIGHT
    width = chart.content_width()
    painter.save()
    painter.translate(left, 0)
    painter.setClipRect(QRectF(0, 0, width, height))
    chart.paint_chart(painter, 0, width, first * ROW_HEIGHT, height)
    if carried is not None:
        painter.fillRect(QRectF(0, HEADER_HEIGHT, width, ROW_HEIGHT), QColor("#eceff1"))
    painter.restore()
    return height


def _pages(chart: GanttChart, per_page: int) -> list[tuple[range, str | None]]:
    """The rows of each page, with the heading of the group a page continues (named again on it);
    a heading is never left alone at the foot of a page."""
    rows, pages, first = chart.rows, [], 0
    while first < len(rows):
        heading = next((r.title for r in reversed(rows[:first]) if r.tone is Tone.GROUP), None)
        carried = heading if first and rows[first].tone is not Tone.GROUP else None
        last = min(len(rows), first + max(1, per_page - (carried is not None)))
        if last < len(rows) and last - first > 1 and rows[last - 1].tone is Tone.GROUP:
            last -= 1
        pages.append((range(first, last), carried))
        first = last
    return pages or [(range(0, 0), None)]


def export_png(chart: GanttChart, path: Path, sheet: Sheet) -> Path:
    """The whole chart as one image, with its heading, its table and the legend.

    Raises:
        ExportTooLarge: too many rows for one image (export a PDF instead).
    """
    metrics = QFontMetricsF(chart.font())
    columns = _columns(metrics, sheet.table)
    width = sum(w for _c, w in columns) + chart.content_width()
    top = _heading_height(sheet)
    legend = legend_height(metrics, width, sheet.overview) + 8
    height = top + HEADER_HEIGHT + len(chart.rows) * ROW_HEIGHT + legend
    if height > MAX_PNG_SIDE or width > MAX_PNG_SIDE:
        raise ExportTooLarge(
            QCoreApplication.translate(
                "GanttExport", "图片过大（共 {n} 行），请缩小时间轴或导出 PDF（可分多页）"
            ).format(n=len(chart.rows))
        )
    image = QImage(int(width) + 2 * MARGIN, int(height) + 2 * MARGIN, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(chart.font())
    painter.translate(MARGIN, MARGIN)
    _paint_heading(painter, sheet, width)
    painter.translate(0, top)
    drawn = _paint_slice(painter, chart, sheet, columns, range(len(chart.rows)), None)
    paint_legend(painter, QRectF(0, drawn + 8, width, legend), sheet.overview)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"无法写入 {path}")
    return path


def export_pdf(chart: GanttChart, path: Path, sheet: Sheet, paper: str = "A4") -> int:
    """The chart on landscape pages of ``paper``, the time span fitted to the page width beside the
    table, under the heading and over the legend on every page; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet.title)
    writer.setResolution(110)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    saved = chart.scale
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("GanttExport", "无法写入 {path}").format(path=path))
    try:
        painter.setFont(chart.font())
        metrics = QFontMetricsF(painter.font())
        columns = _columns(metrics, sheet.table)
        span_hours = max(1.0, (chart.span[1] - chart.span[0]).total_seconds() / 3600)
        room = page.width() - sum(w for _c, w in columns) - 40
        chart.scale = TimeScale(chart.span[0], max(0.01, room / span_hours))
        top = _heading_height(sheet)
        legend = legend_height(metrics, page.width(), sheet.overview)
        footer = legend + 28  # the legend, then the page number
        per_page = max(1, int((page.height() - top - HEADER_HEIGHT - footer) // ROW_HEIGHT))
        pages = _pages(chart, per_page)
        for number, (rows, carried) in enumerate(pages):
            if number:
                writer.newPage()
            painter.save()
            _paint_heading(painter, sheet, page.width())
            painter.translate(0, top)
            _paint_slice(painter, chart, sheet, columns, rows, carried)
            painter.restore()
            paint_legend(painter, QRectF(0, page.height() - footer, page.width(), legend), sheet.overview)
            painter.setPen(QColor("#607d8b"))
            painter.drawText(
                QRectF(0, page.height() - 20, page.width(), 20),
                Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("GanttExport", "第 {page} 页 共 {pages} 页").format(
                    page=number + 1, pages=len(pages)
                ),
            )
    finally:
        painter.end()
        chart.scale = saved
    return len(pages)
