"""The case window: reached from the cases list and the dashboard, every tab built and drawn, and a
write in one tab shown in the others."""

from datetime import datetime

from sqlalchemy import select

from app.db.models import Case, IncidentRecord
from app.domain.vocabulary import CaseStatus
from ui.case.case_window import TAB_KEYS, CaseWindow
from ui.main_window import MainWindow


def _active_case(database) -> tuple[int, str]:
    with database.unit_of_work() as session:
        return session.execute(
            select(Case.id, Case.number).where(Case.status == CaseStatus.ACTIVE).order_by(Case.id)
        ).first()


def test_every_tab_is_built_and_drawn(qtbot, sample_database):
    case_id, number = _active_case(sample_database)
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.reader.pending)  # the header is read off the GUI thread
    assert number in window.header.text() and number in window.windowTitle()
    assert window.risks.text()  # either its risks or "no known risk"
    for key in TAB_KEYS:
        window.show_tab(key)
        panel = window.panel(key)
        assert panel.isVisible() and panel.objectName() == f"panel_{key}"
        assert not window.grab().isNull()
    window.close()


def test_a_complaint_in_the_feedback_tab_shows_in_the_incidents_tab(qtbot, sample_database):
    case_id, _number = _active_case(sample_database)
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.show()
    incidents = window.panel("incidents")
    before = incidents.model.rowCount() if hasattr(incidents, "model") else None
    feedback = window.panel("feedback")
    dialog = feedback.record()
    dialog.satisfaction.setValue(1)
    dialog.taken_by.setCurrentIndex(1)
    dialog.comment.setPlainText("承诺的回电一直没有打来")
    dialog.save()
    with sample_database.unit_of_work() as session:
        opened = session.scalars(select(IncidentRecord).where(IncidentRecord.case_id == case_id)).all()
    assert any(i.description.startswith("承诺的回电") or "回电" in i.description for i in opened)
    if before is not None:  # a tab behind the others reads the case when it is brought forward
        window.show_tab("incidents")
        assert incidents.model.rowCount() == before + 1  # refreshed through the window's changed signal
    qtbot.waitUntil(lambda: not window.reader.pending)
    assert "开放的突发事件：客户投诉" in window.risks.text()
    window.close()


def test_the_case_window_opens_from_the_cases_list_and_the_dashboard(qtbot, sample_database, preferences):
    case_id, _number = _active_case(sample_database)
    main = MainWindow(sample_database, preferences)
    qtbot.addWidget(main)
    main.show()
    main.show_page("cases")
    cases = main.page("cases")
    qtbot.waitUntil(lambda: not cases.reader.pending)  # the list is read off the GUI thread
    cases.select_case(case_id)
    cases.open_case()
    window = main._case_windows[case_id]
    assert window.isVisible() and window.case_id == case_id
    assert main.open_case_window(case_id, "notices") is window  # one window per case
    assert TAB_KEYS[window.tabs.currentIndex()] == "notices"
    main.show_page("dashboard")
    dashboard = main.page("dashboard")
    _box, view, model = dashboard.lists["at_risk"]
    if model.rowCount():
        view.activated.emit(model.index(0))
        assert model.item(0).case_id in main._case_windows
    window.close()


def test_a_tab_behind_another_skips_its_timed_refresh_and_makes_it_up_when_shown(qtbot, sample_database):
    case_id, _number = _active_case(sample_database)
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("notices")
    notices = window.panel("notices")
    reads = []
    notices.now = lambda: reads.append(1) or datetime(2024, 11, 5, 10, 0)
    window.show_tab("clocks")
    notices.timer.timeout.emit()  # hidden: nothing is read
    assert not reads
    window.show_tab("notices")
    assert len(reads) == 1  # the missed read, once, on showing
    window.show_tab("clocks")
    window.show_tab("notices")
    assert len(reads) == 1  # no tick missed: switching tabs reads nothing
    notices.timer.timeout.emit()
    assert len(reads) == 2
    window.close()


def test_a_write_in_one_tab_reads_the_tabs_behind_when_they_are_shown(qtbot, sample_database):
    """Each tab built is read again after a write in another, but only when it is in view: a hidden
    one is read when brought forward (a post in the feed cost 0.3 s of the team tab's pool on a large
    office, issue 24)."""
    case_id, _number = _active_case(sample_database)
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.show()
    reads: list[str] = []
    for key in ("incidents", "feedback"):
        panel = window.panel(key)
        panel.refresh = lambda key=key, read=panel.refresh: (reads.append(key), read())[1]
    window.show_tab("feedback")
    window.panel("feedback").changed.emit()  # what a write in the feedback tab emits
    assert reads == []  # the feedback tab wrote (it shows its own result), the incidents tab is behind
    window.panel("incidents").changed.emit()
    assert reads == ["feedback"]  # in view: read at once
    window.show_tab("incidents")
    assert reads == ["feedback", "incidents"]  # behind: read when brought forward
    window.close()
