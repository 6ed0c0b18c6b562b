"""Exporting the Gantt chart for a progress report: PNG, and PDF on A4 or A3 landscape pages.

The chart paints itself (``GanttChart.paint_chart``); here it is given a painter on an image or
on PDF pages, with a column of row titles on the left and, on paper, a scale fitting the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.domain.gantt_geometry import TimeScale
from ui.gantt.chart_rows import Tone
from ui.gantt.gantt_chart import HEADER_HEIGHT, ROW_HEIGHT, GanttChart

LABEL_WIDTH = 260
# Beyond this size a PNG gets unwieldy (zoom out, or export the PDF, which pages a long chart).
MAX_PNG_SIDE = 16000
PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}


class ExportTooLarge(Exception):
    pass


def _paint_labels(painter: QPainter, chart: GanttChart, first: int, last: int, title: str) -> None:
    painter.fillRect(
        QRectF(0, 0, LABEL_WIDTH, HEADER_HEIGHT + (last - first) * ROW_HEIGHT), QColor("#ffffff")
    )
    painter.setPen(QColor("#263238"))
    painter.drawText(QRectF(6, 0, LABEL_WIDTH - 12, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, title)
    for n, row in enumerate(chart.rows[first:last]):
        y = HEADER_HEIGHT + n * ROW_HEIGHT
        if row.tone is Tone.GROUP:
            painter.fillRect(QRectF(0, y, LABEL_WIDTH, ROW_HEIGHT), QColor("#eceff1"))
        painter.setPen(QColor("#c62828") if row.tone in (Tone.CRITICAL, Tone.NEAR) else QColor("#263238"))
        text = painter.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
        painter.drawText(QRectF(6, y, LABEL_WIDTH - 12, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)
    painter.setPen(QColor("#b0bec5"))
    painter.drawLine(
        QPointF(LABEL_WIDTH - 1, 0), QPointF(LABEL_WIDTH - 1, HEADER_HEIGHT + (last - first) * ROW_HEIGHT)
    )


def _paint_slice(painter: QPainter, chart: GanttChart, first: int, last: int, title: str) -> None:
    """Rows ``first``…``last`` with their titles, the time axis across the chart's whole span."""
    _paint_labels(painter, chart, first, last, title)
    painter.save()
    painter.translate(LABEL_WIDTH, 0)
    width = chart.content_width()
    painter.setClipRect(QRectF(0, 0, width, HEADER_HEIGHT + (last - first) * ROW_HEIGHT))
    chart.paint_chart(painter, 0, width, first * ROW_HEIGHT, HEADER_HEIGHT + (last - first) * ROW_HEIGHT)
    painter.restore()


def export_png(chart: GanttChart, path: Path, title: str) -> Path:
    """The whole chart as one image.

    Raises:
        ExportTooLarge: too many rows for one image (export a PDF instead).
    """
    height = HEADER_HEIGHT + len(chart.rows) * ROW_HEIGHT
    if height > MAX_PNG_SIDE or LABEL_WIDTH + chart.content_width() > MAX_PNG_SIDE:
        raise ExportTooLarge(
            QCoreApplication.translate(
                "GanttExport", "图片过大（共 {n} 行），请缩小时间轴或导出 PDF（可分多页）"
            ).format(n=len(chart.rows))
        )
    image = QImage(LABEL_WIDTH + chart.content_width(), height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(chart.font())
    _paint_slice(painter, chart, 0, len(chart.rows), title)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"无法写入 {path}")
    return path


def export_pdf(chart: GanttChart, path: Path, title: str, paper: str = "A4") -> int:
    """The chart on landscape pages of ``paper``, the time span fitted to the page width; returns pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
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
    span_hours = max(1.0, (chart.span[1] - chart.span[0]).total_seconds() / 3600)
    chart.scale = TimeScale(chart.span[0], (page.width() - LABEL_WIDTH - 40) / span_hours)
    per_page = max(1, int((page.height() - HEADER_HEIGHT - 24) // ROW_HEIGHT))
    pages = max(1, -(-len(chart.rows) // per_page))
    painter = QPainter(writer)
    if not painter.isActive():
        chart.scale = saved
        raise OSError(QCoreApplication.translate("GanttExport", "无法写入 {path}").format(path=path))
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            first = number * per_page
            last = min(len(chart.rows), first + per_page)
            _paint_slice(painter, chart, first, last, title)
            painter.setPen(QColor("#607d8b"))
            painter.drawText(
                QRectF(0, page.height() - 20, page.width(), 20),
                Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("GanttExport", "第 {page} 页 共 {pages} 页").format(
                    page=number + 1, pages=pages
                ),
            )
    finally:
        painter.end()
        chart.scale = saved
    return pages
