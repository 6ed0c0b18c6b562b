"""Letters in the app: generate (or why not), preview, sign, save and print, batch print, and the
unsigned-start decision."""

import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.db.models import Case
from app.domain.vocabulary import StaffRole, TaskStatus
from app.usecases.case_documents import generate_progress_report
from app.usecases.letters import list_letter_versions, signed_letter
from app.usecases.stored_documents import MAX_FILE_BYTES
from tests.helpers import NOW, first_open_case, just_taken_in, logged_in_as
from tests.helpers.pages import cases_list, noting_thread, shown_board
from ui.document_copies import letter_copy
from ui.file_dialogs import start_folder
from ui.letters import letters_dialog
from ui.letters.letters_dialog import LettersDialog, SignedDialog
from ui.pages.cases_view import CasesView


class _Viewer(QObject):
    """Stands in for the system's viewer: Qt hands it the URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.shown.append(Path(url.toLocalFile()))


def test_generate_preview_and_register_the_signed_copy(qtbot, sample_database, tmp_path):
    case_id, number = first_open_case(sample_database)
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "尚未生成" in dialog.message.text()
    dialog.generate()
    dialog.generate()
    assert [v.version for v in list_letter_versions(sample_database, case_id)] == [2, 1]
    assert dialog.document.pageCount() >= 2  # the preview shows the selected version
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    signed = SignedDialog(NOW.date(), dialog)
    signed.received_by.setText("陈静")
    signed.scan.setText(str(scan))
    signed.exec = lambda: signed.accept() or 1  # the clerk presses OK
    dialog.mark_signed(signed)
    assert signed_letter(sample_database, case_id).received_by == "陈静"
    assert "已登记签回" in dialog.message.text()

    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")  # the system's viewer, as the clerk sees it
    try:
        shown = dialog.open_scan()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert shown is not None and viewer.shown == [shown] and shown.read_bytes() == scan.read_bytes()
    assert not shown.is_relative_to(
        sample_database.file.parent
    )  # a temporary copy, not the database's folder


def test_a_new_version_is_read_back_off_the_gui_thread(qtbot, sample_database, monkeypatch):
    # The versions and the new PDF were read on the GUI thread after each generation (60 ms on the
    # large office behind a 1 ms network): the save's answer carries them.
    read_on: list[threading.Thread] = []
    monkeypatch.setattr(
        letters_dialog, "list_letter_versions", noting_thread(read_on, letters_dialog.list_letter_versions)
    )
    case_id, number = first_open_case(sample_database)
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    read_on.clear()
    dialog.generate()
    assert read_on and threading.main_thread() not in read_on
    assert dialog.model.rowCount() == 1 and dialog.document.pageCount() >= 2


def test_a_scan_over_the_size_limit_is_refused_in_the_scan_field(qtbot, sample_database, tmp_path):
    case_id, number = first_open_case(sample_database)
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    dialog.generate()
    scan = tmp_path / "签回件.pdf"
    with scan.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    signed = SignedDialog(NOW.date(), dialog)
    signed.received_by.setText("陈静")
    signed.scan.setText(str(scan))
    answers = iter([1, 0])  # OK, then Cancel once the problem is shown
    signed.exec = lambda: next(answers)
    dialog.mark_signed(signed)
    assert signed.cells["scan"].problem() == f"文件超过 50 MB，无法保存：{scan}"
    assert signed_letter(sample_database, case_id) is None


def test_batch_printing_prints_the_selected_cases_letters(qtbot, sample_database, tmp_path):
    view = cases_list(qtbot, sample_database)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
    )
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    pages = view.print_letters(printer)
    assert pages >= 4 and (tmp_path / "batch.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(
    not shutil.which("pdftotext") or not shutil.which("pdffonts"), reason="needs poppler-utils"
)
def test_a_batch_printed_to_a_pdf_file_is_the_letters_text_with_embedded_fonts(
    qtbot, sample_database, tmp_path
):
    view = cases_list(qtbot, sample_database)
    selection = view.table.selectionModel()
    for row in range(3):
        selection.select(
            view.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    case_ids = view.selected_case_ids()
    with sample_database.unit_of_work() as session:
        clients = [session.get_one(Case, case_id).client.name for case_id in case_ids]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as the print dialog hands it over
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    pages = view.print_letters(printer)

    path = tmp_path / "batch.pdf"
    text = re.sub(
        r"\s+", "", subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    )
    assert len(case_ids) == 3 and all(client in text for client in clients)  # text, not pictures of pages
    assert text.count("第1页") == 3  # each letter keeps its own page numbers
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows)  # emb: only embedded fonts
    assert len({row[0] for row in rows}) == len(rows)  # each subset named apart
    assert path.stat().st_size < 3 * 300 * 1024
    assert pages == int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        )[1]
    )


def test_starting_an_unsigned_case_on_the_board_records_the_login_as_who_decided(qtbot, sample_database):
    case_id, _number = first_open_case(sample_database)
    just_taken_in(sample_database, case_id)
    coordinator = logged_in_as(sample_database, StaffRole.COORDINATOR)
    page = shown_board(qtbot, sample_database)
    page.confirm = lambda _question: True
    card = next(c for c in page.model._cards.values() if c.case_id == case_id)
    asked = []
    page.ask_unsigned_start = lambda number, person: asked.append((number, person)) or False  # cancelled
    assert not page.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    page.ask_unsigned_start = lambda number, person: True
    assert page.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    with sample_database.unit_of_work() as session:
        case = session.get(Case, case_id)
        assert asked == [(card.case_number, coordinator.name)]
        assert case.unsigned_start_by == coordinator.name and case.unsigned_start_at == NOW


def test_the_other_documents_are_generated_from_the_dialog(qtbot, sample_database):
    case_id, number = first_open_case(sample_database)
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    for name in ("generate_progress", "generate_summary"):
        dialog.findChild(QPushButton, name).click()
    notice = dialog.failure_notice()
    notice.compensation.setText("一千多")  # "a thousand or so": no amount
    notice.save()
    assert "无法识别的金额" in notice.cells["compensation"].problem()
    kinds = {v.kind.value for v in list_letter_versions(sample_database, case_id)}
    assert kinds == {"progress", "summary"}
    # no font has 🙏: said, not printed blank
    notice.what_happened.setPlainText("税务系统升级🙏，未能按期受理")
    notice.remedy.setPlainText("免费继续办理")
    notice.compensation.setText("500")
    notice.save()
    assert "发生了什么中的“🙏”" in notice.error.text() and notice.error.isVisibleTo(notice)
    notice.what_happened.setPlainText("税务系统升级，未能按期受理")
    notice.save()
    assert f"已生成告知书（{notice.letter.document_number}）" == dialog.message.text()
    assert {v.kind.value for v in list_letter_versions(sample_database, case_id)} == {
        "progress",
        "summary",
        "failure",
    }
    assert dialog.model.rowCount() == 3 and dialog.document.pageCount() >= 1


def _client_named(database, case_id: int, name: str) -> None:
    with database.unit_of_work() as session:
        session.get_one(Case, case_id).client.name = name


def test_a_letter_that_cannot_print_a_character_says_which_and_where(qtbot, sample_database):
    case_id, number = first_open_case(sample_database)
    _client_named(sample_database, case_id, "😀加急🚀有限公司")
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    dialog.generate()
    assert "甲方名称中的“😀”" in dialog.message.text() and dialog.model.rowCount() == 0


def test_a_copy_is_saved_under_the_clients_name_and_printing_to_a_file_keeps_the_letter(
    qtbot, sample_database, tmp_path, monkeypatch
):
    case_id, number = first_open_case(sample_database)
    _client_named(sample_database, case_id, "恒通/科技:有限公司")
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    dialog.generate()
    offered = []
    # The file dialog's answer: the folder chosen, the name as offered.
    monkeypatch.setattr(
        letters_dialog, "save_file", lambda *args: offered.append(args[2]) or tmp_path / args[2]
    )
    dialog.save_as()
    assert offered == [f"确认书-恒通科技有限公司-{number}-V1.pdf"] and (tmp_path / offered[0]).exists()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = letters_dialog.print_pdfs([tmp_path / offered[0]], printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert pages >= 2 and printed == (tmp_path / offered[0]).read_bytes()  # the letter, not page pictures


def test_pages_go_to_a_printer_at_a_sane_resolution(qtbot, sample_database, tmp_path):
    case_id, number = first_open_case(sample_database)
    dialog = LettersDialog(sample_database, case_id, number)
    qtbot.addWidget(dialog)
    letter = dialog._generate(generate_progress_report)  # one page: quick to rasterise
    path = letter_copy(sample_database, letter)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, as the print dialog starts
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    assert letters_dialog.print_pages([path, path], printer) == 2  # as to a printer: pictures of pages
    assert printer.resolution() <= 600 and (tmp_path / "two.pdf").stat().st_size <= 2 * 1024 * 1024


def test_a_batch_printed_to_a_file_defaults_to_a_named_pdf_in_the_documents_folder(qtbot, sample_database):
    # It was /root/print.pdf (walk 2): Qt's default, in the home folder.
    view = CasesView(sample_database)
    qtbot.addWidget(view)
    printer = view.batch_printer()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = start_folder() / f"确认书-批量-{sample_database.clock.now():%Y-%m-%d}.pdf"
    assert dialog.findChild(QLineEdit, "filename").text() == str(expected)
