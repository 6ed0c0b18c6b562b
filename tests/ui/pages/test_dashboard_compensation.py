"""工作台's 待审批的赔付 (issue 22): the compensation proposed, before the manager who approves it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, func, select

from app.db.models import Case, Client, CompensationProposal
from app.domain.case_costs import CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus
from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import login
from app.usecases.case_costs import (
    approve_compensation,
    pending_compensations,
    propose_compensation,
    record_failure,
)
from app.usecases.closing import close_case
from app.usecases.dashboard import load_dashboard
from tests.helpers import NOW
from ui.pages.dashboard_view import DashboardView


def _failed_cases(database, count: int) -> list[tuple[int, str, str]]:
    with database.unit_of_work() as session:
        rows = session.execute(
            select(Case.id, Case.number, Client.name)
            .join(Client, Client.id == Case.client_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.requested_deadline > NOW)
            .order_by(Case.id)
            .limit(count)
        ).all()
    for case_id, _number, _client in rows:
        close_case(database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    return [tuple(row) for row in rows]


def _waiting_proposals(database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(
            select(func.count())
            .select_from(CompensationProposal)
            .where(CompensationProposal.compensation_id.is_(None), CompensationProposal.declined_at.is_(None))
        )


def _as(database, username: str) -> None:
    database.actor = login(database, username, DEMO_PASSWORD, NOW)


def test_a_manager_sees_pending_compensation_on_the_dashboard_and_opens_its_costs_tab(qtbot, sample_database):
    """Seen: a proposal showed only in its case window's costs tab, so the manager never learnt of it."""
    (first, number, client), (second, *_rest) = _failed_cases(sample_database, 2)
    waiting = _waiting_proposals(sample_database)  # the sample office's own, proposed before these two
    _as(sample_database, "wanglei")  # 项目经理 records the failures and proposes
    for case_id in (first, second):
        record_failure(sample_database, case_id, Responsibility.OFFICE, "漏交材料", None, NOW)
    proposed = propose_compensation(
        sample_database, first, CompensationKind.OTHER, 180_000, "赔付快递费", None, NOW
    )
    propose_compensation(
        sample_database, second, CompensationKind.FREE_REDO, 0, "", None, NOW + timedelta(hours=1)
    )
    assert load_dashboard(sample_database, NOW, None).compensations == []  # not theirs to approve
    coordinator_view = DashboardView(sample_database)
    qtbot.addWidget(coordinator_view)
    assert coordinator_view.lists["compensations"][0].isHidden()

    _as(sample_database, "zhoumingyuan")  # 主管 approves
    statements: list[str] = []
    count = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(sample_database.engine, "before_cursor_execute", count)
    try:
        pending = pending_compensations(sample_database)
    finally:
        event.remove(sample_database.engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1  # one query
    assert [(p.case_id, p.number, p.client, p.amount_fen, p.proposed_by) for p in pending][waiting] == (
        first,
        number,
        client,
        180_000,
        "王磊",
    )
    assert [p.id for p in pending][waiting] == proposed and len(pending) == waiting + 2

    view = DashboardView(sample_database)
    qtbot.addWidget(view)
    view.resize(1240, 640)
    view.show()
    view.refresh()
    box, listing, model = view.lists["compensations"]
    assert not box.isHidden() and box.title() == f"待审批的赔付（{waiting + 2}）"
    line = model.item(waiting)
    assert line.text.startswith(f"{number} {client} ¥1,800.00") and "王磊" in line.text
    assert "赔付快递费" in line.detail
    with qtbot.waitSignal(view.case_requested) as opened:
        listing.activated.emit(model.index(waiting))  # Enter or a double-click
    assert opened.args == [first, "costs"]

    approve_compensation(sample_database, proposed, NOW + timedelta(hours=2))
    view.refresh()
    assert model.rowCount() == waiting + 1 and box.title() == f"待审批的赔付（{waiting + 1}）"


def test_the_costs_tab_opened_for_a_proposal_selects_it_with_its_buttons_in_view(qtbot, sample_database):
    """Seen at 1366×768: opened from 待审批的赔付, the proposal table and 批准 were below the fold with
    no row selected, so 批准 answered nothing useful."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    from ui.case.case_window import CaseWindow

    ((case_id, _number, _client),) = _failed_cases(sample_database, 1)
    _as(sample_database, "wanglei")
    record_failure(sample_database, case_id, Responsibility.OFFICE, "漏交材料", None, NOW)
    propose_compensation(sample_database, case_id, CompensationKind.OTHER, 180_000, "赔付快递费", None, NOW)
    _as(sample_database, "zhoumingyuan")
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.resize(1000, 560)  # what is left of 768 under the title bar and the taskbar
    window.show_tab("costs")
    window.show()
    panel = window.panel("costs")
    area = window.tabs.currentWidget()
    assert isinstance(area, QScrollArea)

    def in_view(widget) -> bool:
        top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
        return area.viewport().rect().contains(QRect(top_left, widget.size()))

    qtbot.waitUntil(lambda: in_view(panel.approve_button))
    assert panel.proposals.currentRow() == 0 and panel._selected_proposal() is not None
