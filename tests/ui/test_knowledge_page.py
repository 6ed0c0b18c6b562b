"""The knowledge base in the app: close a case, review it, find the lesson, analyse, Excel in and out."""

import time
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.domain.retrospective import TagKind
from app.domain.vocabulary import CaseStatus
from app.usecases.knowledge import EntryQuery, retrospectives_due, search_entries
from tests.benchmarks.knowledge_import import write_sample
from tests.helpers import NOW, first_open_case
from ui.knowledge.retrospective_dialog import RetrospectiveDialog
from ui.pages.cases_view import CasesView
from ui.pages.dashboard_view import DashboardView
from ui.pages.knowledge_page import KnowledgePage


def test_close_review_and_find_the_lesson(qtbot, sample_database):
    cases = CasesView(sample_database)
    qtbot.addWidget(cases)
    cases.show()
    case_id, number = first_open_case(sample_database)
    cases.select_case(case_id)
    assert cases.close_selected(CaseStatus.FAILED)
    assert any(item.case_id == case_id for item in retrospectives_due(sample_database, NOW))
    dashboard = DashboardView(sample_database)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert int(dashboard.cards["reviews_due"].value.text()) >= 1

    dialog = RetrospectiveDialog(sample_database, case_id, number, "王磊")
    qtbot.addWidget(dialog)
    assert "结案：失败" in dialog.timeline.toPlainText()  # the facts come from the case
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog._cells["score_goal"].problem()
    for spin in dialog.scores.values():
        spin.setValue(3)
    dialog.root_cause.setPlainText("材料清单漏了股东会决议")
    dialog.title.setText("股权变更清算前核对股东会决议")
    dialog.tags[TagKind.PROBLEM].setCurrentText("材料问题")
    dialog.add_action()
    dialog.action_table.item(0, 0).setText("预审清单加入股东会决议")
    dialog.action_table.item(0, 2).setText("2026-13-01")  # not a date: said, nothing lost
    dialog.save()
    assert "无法识别的日期" in dialog._cells["actions"].problem()
    dialog.action_table.item(0, 2).setText("2026-12-01")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.entry_id

    page = KnowledgePage(sample_database)
    qtbot.addWidget(page)
    page.show()
    page.search.setText("清算")  # two characters
    assert any(
        page.model.row_at(r).title == "股权变更清算前核对股东会决议" for r in range(page.model.rowCount())
    )
    assert all(d.case_id != case_id for d in retrospectives_due(sample_database, NOW))


def test_analysis_tab_draws_charts_and_tables(qtbot, sample_database):
    page = KnowledgePage(sample_database)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.tabs.setCurrentIndex(2)
    from PySide6.QtCharts import QChartView

    views = page.analysis.findChildren(QChartView)
    assert len(views) == 3
    qtbot.waitUntil(lambda: views[0].width() > 100)
    image = views[0].grab().toImage()
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)})
        > 10
    )


def test_export_off_the_gui_thread_then_import_with_a_dry_run(qtbot, sample_database, tmp_path: Path):
    page = KnowledgePage(sample_database)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "kb.xlsx"
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    page.export(path, progress)
    qtbot.waitUntil(lambda: "已导出" in page.message.text(), timeout=20000)
    assert path.exists()
    asked = []

    def decline(summary: str) -> bool:
        asked.append(summary)
        return False

    page.import_file(path, confirm=decline)
    qtbot.waitUntil(lambda: page.message.text() == "未导入：已取消", timeout=20000)
    assert "将新增 0 条、更新 0 条" in asked[0]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"nope")
    page.import_file(bad, confirm=lambda _s: True)
    qtbot.waitUntil(lambda: "无法读取" in page.message.text(), timeout=20000)
    assert page.message.text() == "无法读取“bad.xlsx”：不是有效的 Excel 工作簿（.xlsx），或文件已损坏、已加密"
    assert search_entries(sample_database, EntryQuery(""))  # untouched


def test_import_as_a_user_sees_it_problems_then_one_reading_then_the_result(qtbot, database, tmp_path: Path):
    page = KnowledgePage(database)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "知识库.xlsx"
    write_sample(path, 40)
    book = load_workbook(path)
    book["知识库条目"].cell(row=7, column=2).value = None
    book["知识库条目"].cell(row=9, column=1).value = True
    book.save(path)
    page.import_file(path, confirm=lambda _s: True)
    qtbot.waitUntil(lambda: "问题" in page.message.text(), timeout=20000)
    assert page.message.text() == (
        "文件有 2 处问题，未导入任何内容：\n"
        "工作表“知识库条目”第 7 行“标题”列：请填写标题\n"
        "工作表“知识库条目”第 9 行“编号”列：应为正整数或留空（新条目），现在是“True”"
    )
    book["知识库条目"].cell(row=7, column=2).value = "补上的标题"
    book["知识库条目"].cell(row=9, column=1).value = None
    book.save(path)
    asked = []

    def confirm(summary: str) -> bool:
        asked.append(summary)
        path.write_bytes(b"changed after the check")  # what is written is what was checked and shown
        return True

    page.import_file(path, confirm=confirm)
    qtbot.waitUntil(lambda: "已导入" in page.message.text(), timeout=20000)
    assert asked == ["将新增 40 条、更新 0 条（0 条不变）。确定导入吗？"]
    assert page.message.text() == "已导入：新增 40 条，更新 0 条"
    assert page.model.rowCount() == 40 and page.count.text() == "共 40 条"


def test_import_reads_off_the_gui_thread_and_cancel_really_cancels(qtbot, database, tmp_path: Path):
    page = KnowledgePage(database)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "kb.xlsx"
    write_sample(path, 5000)
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    ticks = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(progress.value()))
    timer.start(20)
    began = time.perf_counter()
    page.import_file(path, confirm=lambda _s: True, progress=progress)
    assert time.perf_counter() - began < 0.2  # the reading is not on this thread
    qtbot.waitUntil(progress.isVisible, timeout=20000)  # shown by this thread's event loop meanwhile
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()
    qtbot.waitUntil(lambda: "取消" in page.message.text(), timeout=20000)
    assert page.message.text() == "已取消导入，未导入任何内容"
    assert not search_entries(database, EntryQuery(""))
    page.import_file(path, confirm=lambda _s: True, progress=progress)  # the same dialog again: not cancelled
    qtbot.waitUntil(lambda: "已导入" in page.message.text(), timeout=60000)
    assert any(0 < value < 100 for value in ticks)  # the bar moved while reading, the timer ticking
    assert len(search_entries(database, EntryQuery(""), limit=6000)) == 5000
