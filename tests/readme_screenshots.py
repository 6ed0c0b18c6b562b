"""README's screenshots, taken from the real windows on a sample office at 1366×768.

``python -m tests.readme_screenshots`` (``make screenshots``) generates a sample office of
``CASES`` cases at the suite's ``NOW``, opens the main window on a 1366×768 screen (the common office
laptop; 40 px kept for the taskbar) as the person each screen belongs to, and saves each page and
dialog to ``resources/screenshots``. Offscreen: no display needed, the same pixels Qt paints on one.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.helpers import NOW

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "resources" / "screenshots"
CASES = 3000
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96}


def _screen_file(folder: Path) -> Path:
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    return path


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(folder)}"
    os.environ["EXPEDITE_DESK_CONFIG_DIR"] = str(folder / "config")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.db.database import open_database
    from app.db.migrate import upgrade
    from app.domain.clock import FixedClock
    from app.domain.permissions import SYSTEM
    from app.sample.logins import DEMO_PASSWORD
    from app.sample.office import generate_sample_office
    from app.usecases.accounts import login
    from tests.helpers import first_open_case
    from ui.localization import install_translators, register_cjk_font
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    app = QApplication(sys.argv[:1])
    register_cjk_font(app)
    install_translators(app, "zh_CN")
    database = open_database(f"sqlite:///{folder / 'office.db'}", clock=FixedClock(NOW))
    database.actor = SYSTEM
    upgrade(database)
    print(f"示例事务所：{CASES} 个案件…", flush=True)
    generate_sample_office(database, CASES, now=NOW)
    preferences = Preferences(folder / "config" / "preferences.ini")

    def save(widget: QWidget, name: str) -> None:
        QTest.qWait(800)  # layouts settle, lazy pages load, charts and the PDF preview paint
        widget.grab().save(str(SHOTS / f"{name}.png"))
        print(f"{name}.png {widget.width()}×{widget.height()}", flush=True)

    def as_person(username: str) -> MainWindow:
        database.actor = login(database, username, DEMO_PASSWORD, NOW)
        main = MainWindow(database, preferences)
        main.showMaximized()  # as an office laptop runs it
        return main

    def page(main: MainWindow, key: str, prepare: Callable[[QWidget], None] | None = None) -> None:
        main.show_page(key)
        if prepare is not None:
            prepare(main.page(key))
        save(main, key)

    manager = as_person("zhoumingyuan")
    page(manager, "dashboard")
    manager.close()

    coordinator = as_person("wanglei")
    page(coordinator, "cases")
    page(coordinator, "board", _lanes_by_assignee)
    case_id, number = first_open_case(database)
    page(coordinator, "gantt", lambda gantt: gantt.open_case(case_id, number))  # type: ignore[attr-defined]
    page(coordinator, "knowledge", _quarterly_analysis)
    coordinator.close()

    front_desk = as_person("chenjing")
    _intake(front_desk, save)
    _letters(database, front_desk, save)
    front_desk.close()
    database.dispose()


def _lanes_by_assignee(board) -> None:
    from ui.board.board_model import LaneKind

    board.lanes.setCurrentIndex(board.lanes.findData(LaneKind.ASSIGNEE))


def _quarterly_analysis(knowledge) -> None:
    knowledge.tabs.setCurrentWidget(knowledge.analysis)


def _intake(main, save) -> None:
    """A bid's business licence, taken at the front desk: the urgency and quote tab, filled."""
    from datetime import timedelta

    from app.domain.cost_estimate import CostItem
    from app.domain.urgency import UrgencyDimension
    from ui.intake.intake_dialog import IntakeDialog

    dialog = IntakeDialog(main._database, main)  # noqa: SLF001 - the database the window runs on
    form = dialog.form()
    form.new_client.name = "杭州青禾供应链管理有限公司"
    form.title = "新设公司营业执照加急（赶投标资格）"
    form.deadline = (NOW + timedelta(days=4)).replace(hour=17, minute=0)
    form.consequence = "12月8日投标截止，没有营业执照无法报名"
    form.scores = {UrgencyDimension.BUSINESS_SURVIVAL: 2, UrgencyDimension.MARKET_OPPORTUNITY: 3}
    form.costs = {CostItem.EXPEDITE_FEE: "3800", CostItem.OVERTIME: "600", CostItem.CHANNEL_FEE: "一千二"}
    dialog.set_form(form)
    dialog.show()
    dialog.pages.setCurrentIndex(2)
    save(dialog, "intake")
    dialog.reject()


def _letters(database, main, save) -> None:
    """The letters of the latest case given one, its signed letter previewed."""
    from sqlalchemy import select

    from app.db.models import Case, LetterVersion
    from ui.letters.letters_dialog import LettersDialog

    with database.unit_of_work() as session:
        case_id, number = session.execute(
            select(Case.id, Case.number).join(LetterVersion).order_by(Case.id.desc()).limit(1)
        ).one()
    dialog = LettersDialog(database, case_id, number, main)
    dialog.show()
    dialog.table.selectRow(0)
    save(dialog, "letters")
    dialog.reject()


if __name__ == "__main__":
    main()
