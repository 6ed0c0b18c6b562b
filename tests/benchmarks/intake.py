"""Intake saved to visible on the office board, through the main window (target ≤ 50 ms).

Usage: python -m tests.benchmarks.intake [--cases 20000] [--runs 11] [--json FILE]

Offscreen, on a copy of the cached office: the main window shows the cases list and then the office
board (both loaded). One run is what follows the clerk's Enter in the intake form: the intake saved
(client, case, assessment, costs, plan, schedule, in one transaction), the case added to the cases
list and selected, its cards added to the board, and the board painted. Median after a warm-up.
"""

from __future__ import annotations

import gc
from datetime import datetime, timedelta

from PySide6.QtCore import QEventLoop

from app.domain.cost_estimate import CostItem
from app.domain.intake_form import IntakeForm
from app.domain.urgency import UrgencyDimension
from app.domain.vocabulary import ServiceType, StaffRole
from app.usecases.intake import load_intake_context, save_intake
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms
from tests.benchmarks.office_window import office_window
from ui.operations import perform


def intake_form(context, n: int, now: datetime) -> IntakeForm:
    service = ServiceType.COMPANY_CHANGE
    return IntakeForm(
        intake_by_id=next(s.id for s in context.staff if s.role is StaffRole.FRONT_DESK),
        client_id=context.clients[n % len(context.clients)].id,
        service_type=service,
        template_code=context.templates[service][0].template.code,
        title=f"经营范围变更加急（基准测试 {n}）",
        detail="增加“医疗器械经营”，投标文件需新执照",
        deadline=now + timedelta(days=6),
        consequence="失去省级投标资格",
        scores={UrgencyDimension.MARKET_OPPORTUNITY: 3},
        costs={CostItem.EXPEDITE_FEE: "2,000", CostItem.OVERTIME: "800"},
    )


def measure(args) -> list[Figure]:
    with office_window(args.cases) as (app, window, database):
        window.show_page("cases")
        cases = window.page("cases")
        while cases.reader.pending:  # the list is read on the thread pool
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        window.show_page("board")
        board = window.page("board")
        while board.reading:  # its cards are read on the thread pool
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()
        gc.freeze()  # as the app does once its window is shown
        now = datetime.now().replace(microsecond=0)
        context = load_intake_context(database)
        forms = iter([intake_form(context, n, now) for n in range(args.runs + 1)])  # typed by the clerk

        def intake_to_board() -> None:
            form = next(forms)
            saved = perform(cases, lambda: save_intake(database, form, now, "bench@desk"))
            cases.show_saved_intake(saved)
            while board.reading:  # the board reads the new case's cards on the thread pool
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            board.view.viewport().repaint()
            app.processEvents()
            assert any(card.case_id == saved.case_id for card in board.model._cards.values())

        spent, trips = RoundTrips(database).timed_runs(intake_to_board, args.runs)
    return [
        Figure("intake_to_board", "接待单保存到看板可见", median_ms(spent), "ms", 50,
               f"经主窗口，{args.runs} 次中位数", trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=11)
