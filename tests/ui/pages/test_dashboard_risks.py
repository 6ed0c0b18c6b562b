"""工作台's 风险案件 list (issue 22): the urgent first, the cases only crossing a risk window in one line."""

from __future__ import annotations

from datetime import timedelta

from app.domain.risk_window import WindowForm
from app.usecases.risk_calendar import save_window
from tests.helpers import NOW
from ui.pages.dashboard_view import FOLD, DashboardView


def test_window_only_cases_fold_into_one_line_after_the_urgent_ones(qtbot, sample_database, tmp_path):
    """Seen: 69 of 170 cases "at risk" only for crossing a risk window, listed among the urgent ones."""
    save_window(sample_database, WindowForm("金税系统升级", NOW, NOW + timedelta(days=60)))  # every plan
    view = DashboardView(sample_database)
    qtbot.addWidget(view)
    view.resize(1240, 640)
    view.show()
    view.refresh()
    board = view.dashboard
    assert board is not None and board.at_risk and board.window_only
    box, listing, model = view.lists["at_risk"]
    urgent = len(board.at_risk)
    texts = [model.item(row).text for row in range(model.rowCount())]
    assert model.rowCount() == urgent + 1 and box.title() == f"风险案件（{urgent}）"
    assert [model.item(row).case_id for row in range(urgent)] == [c.case_id for c in board.at_risk]
    assert texts[-1] == f"▸ 另有 {len(board.window_only)} 件仅跨越风险窗口"
    listing.activated.emit(model.index(urgent))  # Enter or a double-click on the folded line
    assert model.rowCount() == urgent + 1 + len(board.window_only) and model.item(urgent).target == FOLD
    assert model.item(urgent).text == f"▾ 收起 {len(board.window_only)} 件仅跨越风险窗口"
    assert model.item(urgent + 1).text.startswith(board.window_only[0].number)
    view.grab().save(str(tmp_path / "dashboard.png"))
    listing.activated.emit(model.index(urgent))
    assert model.rowCount() == urgent + 1
