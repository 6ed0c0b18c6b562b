"""The knowledge base in the app: close a case, review it, find the lesson, analyse, Excel in and out."""

from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from app.domain.retrospective import TagKind
from app.domain.vocabulary import CaseStatus
from app.usecases.knowledge import EntryQuery, retrospectives_due, search_entries
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
    assert not page.import_file(path, confirm=lambda summary: asked.append(summary) or False)
    assert "将新增 0 条、更新 0 条" in asked[0]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"nope")
    assert not page.import_file(bad, confirm=lambda _s: True)
    assert "不是有效的 Excel" in page.message.text()
    assert search_entries(sample_database, EntryQuery(""))  # untouched
