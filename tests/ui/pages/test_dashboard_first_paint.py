"""工作台 at start-up (issue 24): painted first, its figures read right after, so the window shows sooner."""

from __future__ import annotations

from ui.pages.dashboard_view import DashboardView


def test_the_dashboard_is_painted_before_its_figures_are_read(qtbot, sample_database):
    view = DashboardView(sample_database)
    qtbot.addWidget(view)
    view.resize(1240, 640)
    view.show()
    assert view.dashboard is None and view.cards["open_cases"].value.text() == "—"
    # Not yet read, an empty list says nothing: not "没有风险案件" for an office that has some.
    _box, listing, model = view.lists["at_risk"]
    blank = listing.viewport().grab().toImage()
    colours = {blank.pixel(x, y) for x in range(0, blank.width(), 2) for y in range(0, blank.height(), 2)}
    assert len(colours) == 1
    qtbot.waitUntil(lambda: view.dashboard is not None)
    assert view.dashboard is not None and view.dashboard.at_risk
    assert int(view.cards["open_cases"].value.text()) == view.dashboard.figures.open_cases
    assert model.rowCount() > 0
