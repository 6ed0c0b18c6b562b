"""Every page and every dialog of the app, opened in turn over a main window: what the screen tests
(tests/ui/test_screen_fit.py, tests/ui/test_english_everywhere.py) walk through."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from sqlalchemy import select

from app.db.models import Case, Task
from app.domain.case_documents import Responsibility
from app.domain.vocabulary import CaseStatus, StaffRole
from app.usecases.case_costs import record_failure
from app.usecases.closing import close_case
from app.usecases.knowledge_io import ImportReport, export_knowledge, plan_import
from app.usecases.staff import list_staff
from tests.helpers import NOW, first_open_case
from ui.localization import install_translators
from ui.main_window import MainWindow


def tabs(name: str, window: QWidget) -> Iterator[str]:
    """Each tab of each tab widget of ``window``, brought to the front in turn."""
    yield name
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{name} / {tabs.tabText(index)}"


def import_plan(database, folder: Path) -> ImportReport:
    """A knowledge-base import that adds every entry again (their numbers cleared): a long list."""
    path = folder / "知识库.xlsx"
    export_knowledge(database, path)
    book = load_workbook(path)
    sheet = book["知识库条目"]
    for row in range(3, sheet.max_row + 1):
        sheet.cell(row=row, column=1).value = None
    book.save(path)
    return plan_import(database, path)


def dialogs(database, main: MainWindow, folder: Path) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Every dialog reachable from the screens, as a name and what opens it over ``main``."""
    from app.usecases.sop import load_template
    from ui.board.column_settings_dialog import ColumnSettingsDialog
    from ui.board.task_dialog import TaskDialog
    from ui.case.case_window import CaseWindow
    from ui.case.close_dialog import CloseCaseDialog
    from ui.change_password_dialog import ChangePasswordDialog
    from ui.countersign_dialog import CountersignDialog
    from ui.file_dialogs import file_dialog
    from ui.first_admin_dialog import FirstAdminDialog
    from ui.first_run_dialog import FirstRunDialog
    from ui.intake.intake_dialog import IntakeDialog
    from ui.intake.material_review_dialog import MaterialReviewDialog
    from ui.knowledge.entry_dialog import EntryDialog
    from ui.knowledge.import_confirm_dialog import ImportConfirmDialog
    from ui.knowledge.retrospective_dialog import RetrospectiveDialog
    from ui.letters.letters_dialog import LettersDialog, SignedDialog
    from ui.login_dialog import LoginDialog
    from ui.pages.resource_pool_view import ResourcePoolView, StaffProfileDialog
    from ui.settings.holiday_notice_dialog import HolidayNoticeDialog
    from ui.settings.sop_template_editor import SopTemplateEditor

    case_id, number = first_open_case(database)
    with database.unit_of_work() as session:
        task_id = session.scalar(select(Task.id).where(Task.case_id == case_id).order_by(Task.id))
        failed_id, failed_number = session.execute(
            select(Case.id, Case.number)
            .where(Case.id != case_id, Case.status == CaseStatus.ACTIVE)
            .order_by(Case.id)
        ).first()
    close_case(database, failed_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    recorder = next(member.id for member in list_staff(database))
    record_failure(database, failed_id, Responsibility.OFFICE, "错过截止时间", recorder, NOW)
    letters = LettersDialog(database, case_id, number, main)

    def case_window(case: int = case_id) -> CaseWindow:
        return main.open_case_window(case)

    def resolve() -> QDialog:
        incidents = case_window().panel("incidents")
        logged = incidents.log_dialog()
        logged.category.setCurrentIndex(1)
        logged.level.setCurrentIndex(1)
        logged.description.setPlainText("章程被退回")
        logged.save()
        incidents.logged(logged.incident_id)
        dialog = incidents.resolve_dialog()
        assert dialog is not None
        return dialog

    def staff_profile() -> StaffProfileDialog:
        pool = main.page("resources")
        assert isinstance(pool, ResourcePoolView)
        pool.table.selectRow(0)
        dialog = pool.edit_selected()
        assert dialog is not None
        return dialog

    yield "intake", lambda: IntakeDialog(database, main)
    yield "material review", lambda: MaterialReviewDialog(database, case_id, main)
    yield "letters", lambda: letters
    yield "signed copy", lambda: SignedDialog(NOW.date(), letters, database)
    yield "failure notice (letters)", letters.failure_notice
    yield "case window", case_window
    yield "task", lambda: TaskDialog(database, task_id, main)
    yield "column settings", lambda: ColumnSettingsDialog(database, main)
    yield "incident", lambda: case_window().panel("incidents").log_dialog()
    yield "incident resolved", resolve
    yield "notice sent", lambda: case_window().panel("notices")._open(None)
    yield "feedback", lambda: case_window().panel("feedback").record()
    yield "compensation", lambda: case_window(failed_id).panel("costs").record_compensation()
    yield "failure notice", lambda: case_window(failed_id).panel("costs").failure_notice()
    yield "close case", lambda: CloseCaseDialog(database, case_id, main)
    yield "knowledge import", lambda: ImportConfirmDialog(import_plan(database, folder), main)
    yield "retrospective", lambda: RetrospectiveDialog(database, failed_id, failed_number, "王磊", main)
    yield "knowledge entry", lambda: EntryDialog(database, None, main)
    yield (
        "countersign",
        lambda: CountersignDialog(database, "主管复核：经营范围变更加急", [StaffRole.MANAGER], main),
    )
    yield "holiday notice", lambda: HolidayNoticeDialog(database, main)
    template = load_template(database, "tax-filing-expedite")
    yield "SOP editor", lambda: SopTemplateEditor(database, template.template, template.version, main)
    yield "staff profile", staff_profile
    yield "change password", lambda: ChangePasswordDialog(database, parent=main)
    yield "login", lambda: LoginDialog(database)
    yield "first admin", lambda: FirstAdminDialog(database)
    yield "first run", lambda: FirstRunDialog(database)
    yield "file dialog", lambda: file_dialog(main, "导出 PDF", None, "PDF (*.pdf)")


@contextmanager
def interface_language(app: QApplication, language: str) -> Iterator[None]:
    """The interface in ``language`` ("zh_CN" or "en"), Qt's own buttons included, until the end."""
    default = QLocale()
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(default)
