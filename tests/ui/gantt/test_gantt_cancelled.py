"""A closed case's Gantt (issue 22): the tasks cancelled at its closing are drawn as dropped, not as work."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from app.db.models import Case, Task
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, TaskStatus
from app.usecases.closing import close_case
from app.usecases.gantt import load_case_gantt
from tests.helpers import NOW
from ui.gantt.chart_rows import Tone
from ui.gantt.gantt_chart import HEADER_HEIGHT, ROW_HEIGHT
from ui.gantt.gantt_legend import legend_entries
from ui.gantt.gantt_page import GanttPage


def _case_with_work_left(database) -> int:
    """An open case with a task under way and tasks not started."""
    with database.unit_of_work() as session:
        return session.scalar(
            select(Task.case_id).join(Case, Case.id == Task.case_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Task.status == TaskStatus.IN_PROGRESS)
            .order_by(Task.case_id).limit(1)
        )  # fmt: skip


def test_cancelled_tasks_are_drawn_apart_and_left_out_of_the_projection(
    qtbot, sample_database, tmp_path: Path
):
    """Seen: a case closed with its open tasks cancelled drew them as work still to do, projected
    past the closing, on the critical path and with slack."""
    case_id = _case_with_work_left(sample_database)
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    gantt = load_case_gantt(sample_database, case_id, NOW)
    cancelled = [t for t in gantt.tasks if t.status is TaskStatus.CANCELLED]
    assert len(cancelled) >= 2
    assert all(t.slack_minutes is None and not t.critical and not t.near_critical for t in cancelled)
    assert all(t.finish <= NOW for t in cancelled)  # where they stood when the case closed
    assert not {t.task_id for t in cancelled} & set(gantt.critical_chain)
    assert gantt.projected_finish <= NOW

    page = GanttPage(sample_database)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    qtbot.waitExposed(page)
    page.open_case(case_id, "case")
    qtbot.waitUntil(lambda: not page.reader.pending)  # read off the GUI thread
    shown = page.message.text()
    rows = {row.key: (n, row) for n, row in enumerate(page.chart.rows)}
    for task in cancelled:
        line, row = rows[task.task_id]
        assert row.tone is Tone.CANCELLED and row.slack_hours is None and row.slack_end is None
        tip = page.table_model.data(page.table_model.index(line, 0), Qt.ItemDataRole.ToolTipRole)
        assert "已取消" in tip and "已取消" in page.chart.bar_tip(line)
    assert ("cancelled", "已取消") in legend_entries(False)

    chart = page.chart
    line, row = rows[max(cancelled, key=lambda t: t.finish - t.start).task_id]
    chart.horizontalScrollBar().setValue(int(chart.scale.x(row.start)) - 50)
    chart.verticalScrollBar().setValue(line * ROW_HEIGHT)
    rect = chart.bar_rect(line)
    x = int(rect.center().x() - chart.horizontalScrollBar().value())
    y = int(rect.center().y() + HEADER_HEIGHT - chart.verticalScrollBar().value())
    assert chart.handle_at(QPoint(x, y)) is None  # nothing to drag on a dropped task
    image = chart.viewport().grab().toImage()
    colours = [QColor(image.pixel(x + dx, y + dy)) for dx in range(-6, 7, 2) for dy in (-2, 0, 2)]
    assert all(abs(c.red() - c.blue()) < 12 for c in colours)  # grey, not the blue of work to do

    page.export(tmp_path / "case.pdf", "pdf")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (.ci/run installs it)")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "case.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    assert "已取消" in text  # the legend names the grey bars
    # A closed case says how and when it closed, not a projection and a margin from today.
    assert gantt.summary == "2026-11-23 10:00 结案：失败。" and shown.endswith(gantt.summary)
    assert "结案：失败" in text and "余量" not in text and "预计完成" not in text
