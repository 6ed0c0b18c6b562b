"""A case's confirmation letters: versions, preview, print, save as PDF, the client's signed copy."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.document_store import DocumentUnavailable
from app.domain.case_documents import DocumentKind
from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.permissions import Permission
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import NotPermitted
from app.usecases.calendar import load_working_calendar
from app.usecases.case_costs import case_money
from app.usecases.case_documents import (
    generate_case_summary,
    generate_progress_report,
)
from app.usecases.errors import ValidationFailed
from app.usecases.letters import (
    LetterInfo,
    generate_letter_version,
    list_letter_versions,
    mark_signed,
    suggested_file_name,
)
from app.usecases.stored_documents import write_document
from reports.pdf_join import join_pdfs
from ui.access import allow_only, desk_person, login_tip
from ui.case.failure_dialogs import FailureNoticeDialog
from ui.document_copies import document_copy, letter_copy
from ui.field_cell import ERROR_STYLE, FieldCell, ok_cancel_layout
from ui.file_dialogs import open_file, save_file, start_folder
from ui.labels import label, message_text
from ui.moment_field import MomentField
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table
from ui.screen_fit import fit_to_screen


class LetterVersionModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("文书"),
            self.tr("版本"),
            self.tr("文书编号"),
            self.tr("生成时间"),
            self.tr("金额"),
            self.tr("签回"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        letter: LetterInfo = self._rows[index.row()]
        if letter.kind is not DocumentKind.CONFIRMATION:
            signed = ""
        elif letter.signed_on:
            signed = self.tr("{date} 由 {who} 接收").format(
                date=format_date_long(letter.signed_on), who=letter.received_by
            )
        else:
            signed = self.tr("未签回")
        cells = (
            label(letter.kind),
            f"V{letter.version}",
            letter.document_number,
            format_datetime(letter.created_at),
            f"¥{letter.total:,.2f}" if letter.total else "",
            signed,
        )
        return cells[index.column()]


#: The resolution pages are sent to a printer at, at most: sharp on paper, about a second and 0.7 MB
#: a page (Qt's high-resolution mode printed at 1200 dpi: 15 s and 11 MB for two pages to a PDF printer).
PRINT_DPI = 480


def letter_printer(file_name: str) -> QPrinter:
    """A printer for the print dialog whose 打印到文件 writes ``file_name`` in the file dialogs' start
    folder (Qt's own default is print.pdf in the home folder). An installed printer stays the one
    chosen: the dialog selects 打印到文件 only for a printer already writing PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    output = printer.outputFormat()
    printer.setOutputFileName(str(start_folder() / file_name))  # this makes it a PDF printer…
    printer.setOutputFormat(output)  # …which it stays only when no printer is installed
    return printer


def print_pdfs(paths: list[Path], printer: QPrinter) -> int:
    """Print every page of the PDFs at ``paths``, one after the other, as one job; returns the pages.

    Printing to a PDF file copies the documents: their text and embedded fonts, not pictures of
    pages (one document as it is, several joined into one file titled by the file's name).
    Otherwise the pages go to the printer as pictures (:func:`print_pages`).

    Raises: OSError when the PDF file cannot be written.
    """
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        target = Path(printer.outputFileName())
        if len(paths) == 1:
            shutil.copyfile(paths[0], target)
        else:
            target.write_bytes(join_pdfs([path.read_bytes() for path in paths], target.stem))
        document = QPdfDocument()
        document.load(str(target))
        return document.pageCount()
    return print_pages(paths, printer)


def print_pages(paths: list[Path], printer: QPrinter) -> int:
    """Print every page of the PDFs at ``paths`` as a grey-scale picture of at most :data:`PRINT_DPI`,
    one after the other, as one job; returns the pages."""
    printer.setResolution(min(printer.resolution(), PRINT_DPI))  # a driver may round it to its own
    painter = QPainter(printer)
    printed = 0
    try:
        for path in paths:
            document = QPdfDocument()
            document.load(str(path))
            for page in range(document.pageCount()):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = (
                    document.pagePointSize(page)
                    .toSize()
                    .scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                image = document.render(page, size).convertToFormat(QImage.Format.Format_Grayscale8)
                painter.drawImage(target.x(), target.y(), image)
                printed += 1
    finally:
        painter.end()
    return printed


class SignedDialog(QDialog):
    """When the client signed, who received it at the desk (the person logged in, whom mark_signed
    records; typed only when SYSTEM acts), and the scanned copy."""

    def __init__(self, today: date, parent: QWidget | None = None, database: Database | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记签回件"))
        # Typed like any date (昨天, 11月20日, 2026/11/20): one Tab leaves it for 接收人.
        calendar = load_working_calendar(database) if database is not None else WorkingCalendar()
        self.signed_on = MomentField(
            "signed_on", calendar, lambda: today, with_time=False,
            placeholder=self.tr("如 2026-11-20、11月20日、昨天"),
        )  # fmt: skip
        self.signed_on.set_moment(today)
        self.received_by = QLineEdit()
        self.received_by.setObjectName("received_by")
        self.received_by.setPlaceholderText(self.tr("接收签回件的同事"))
        if database is not None and (person := desk_person(database)) is not None:
            self.received_by.setText(person.name)
            self.received_by.setReadOnly(True)
            self.received_by.setToolTip(login_tip())
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("签回件扫描件（PDF 或图片），可稍后补充"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(browse)
        self.cells = {"signed_on": self.signed_on, "received_by": FieldCell(self.received_by)}
        scan_box = QWidget()
        scan_box.setLayout(scan_row)
        self.cells["scan"] = FieldCell(scan_box, "scan_error")
        form = QFormLayout()
        form.addRow(self.tr("签署日期"), self.cells["signed_on"])
        form.addRow(self.tr("接收人"), self.cells["received_by"])
        form.addRow(self.tr("扫描件"), self.cells["scan"])
        ok_cancel_layout(self, form)

    def _browse(self) -> None:
        path = open_file(
            self, self.tr("选择签回件"), self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        if path:
            self.scan.setText(str(path))

    def accept(self) -> None:
        """OK closes only with a date read from what was typed."""
        if self.signed_on.day() is None:
            self.signed_on.show_problem(self.signed_on.unread() or self.tr("请填写签署日期"))
            self.signed_on.edit.setFocus()
            return
        super().accept()

    def values(self) -> tuple[date, str, Path | None]:
        """What OK accepted: the date is read (see :meth:`accept`)."""
        scan = self.scan.text().strip()
        signed_on = self.signed_on.day()
        assert signed_on is not None
        return signed_on, self.received_by.text(), Path(scan) if scan else None

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, cell in self.cells.items():
            cell.show_problem(problems.get(name))


@dataclass(frozen=True)
class _Versions:
    """A case's letter versions as stored, the row to select, and its PDF copied out to show."""

    letters: list[LetterInfo]
    row: int
    copy: Path | DocumentUnavailable | None  # None: no letter yet


def _versions(database: Database, case_id: int, select_id: int | None) -> _Versions:
    letters = list_letter_versions(database, case_id)
    row = next((n for n, letter in enumerate(letters) if letter.id == select_id), 0)
    return _Versions(letters, row, _copy_of(database, letters[row]) if letters else None)


def _copy_of(database: Database, letter: LetterInfo) -> Path | DocumentUnavailable:
    """The letter's PDF copied out to show, or why it cannot be."""
    try:
        return letter_copy(database, letter)
    except DocumentUnavailable as error:
        return error


def _with_versions(database: Database, letter: LetterInfo) -> tuple[LetterInfo, _Versions]:
    return letter, _versions(database, letter.case_id, letter.id)


class LettersDialog(QDialog):
    def __init__(self, database: Database, case_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters_dialog")
        self.setWindowTitle(self.tr("确认书与文书 — {number}").format(number=number))
        self._database, self._case_id = database, case_id
        self.model = LetterVersionModel(self)
        self.table = row_table(self.model, "letter_versions")
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("letter_preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        generate = QPushButton(self.tr("生成确认书新版本"))
        generate.setObjectName("generate_letter")
        generate.setToolTip(self.tr("按案件当前的计划与费用生成确认书；旧版本保留（Ctrl+G）"))
        generate.clicked.connect(self.generate)
        QShortcut(QKeySequence("Ctrl+G"), self).activated.connect(self.generate)
        print_button = QPushButton(self.tr("打印…"))
        print_button.setToolTip(self.tr("打印选中的版本（Ctrl+P）"))
        print_button.clicked.connect(self.print_selected)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_selected)
        save = QPushButton(self.tr("另存为 PDF…"))
        save.clicked.connect(self.save_as)
        progress = QPushButton(self.tr("生成进度报告"))
        progress.setObjectName("generate_progress")
        progress.clicked.connect(lambda: self._generate(generate_progress_report))
        failure = QPushButton(self.tr("未能按期完成告知书…"))
        failure.setObjectName("generate_failure")
        failure.clicked.connect(self.failure_notice)
        summary = QPushButton(self.tr("生成案件摘要"))
        summary.setObjectName("generate_summary")
        summary.clicked.connect(lambda: self._generate(generate_case_summary))
        signed = QPushButton(self.tr("登记签回件…"))
        signed.setObjectName("mark_signed")
        signed.clicked.connect(self.mark_signed)
        self.signed_button = signed
        allow_only(database, Permission.REGISTER_SIGNED, signed)
        allow_only(database, Permission.DOCUMENTS, generate, progress, failure, summary)
        scan = QPushButton(self.tr("查看签回件"))
        scan.setObjectName("open_scan")
        scan.clicked.connect(self.open_scan)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("letters_message")
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        for button in (generate, print_button, save, signed, scan, progress, failure, summary):
            left_layout.addWidget(button)
        left_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        fit_to_screen(self, 1120, 780)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._show_versions(_versions(self._database, self._case_id, select_id))

    def _show_versions(self, versions: _Versions) -> None:
        self.model.set_rows(versions.letters)
        if versions.copy is not None:
            self.table.selectRow(versions.row)
            self._show_copy(versions.copy)
        else:
            self.document.close()
            self._say(self.tr("尚未生成确认书。按“生成确认书新版本”（Ctrl+G）生成第一版。"))

    def selected(self) -> LetterInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._show_copy(_copy_of(self._database, self.model.row_at(row)))

    def _show_copy(self, copy: Path | DocumentUnavailable) -> None:
        if isinstance(copy, DocumentUnavailable):
            self.document.close()
            self._say(message_text(copy), error=True)
        else:
            self.document.load(str(copy))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def generate(self) -> None:
        self._generate(generate_letter_version)

    def _generate(self, make) -> LetterInfo | None:
        """Run one of the generate_… use cases for this case and show the new version."""
        database, case_id, now = self._database, self._case_id, self._database.clock.now()

        try:  # the versions read again off the GUI thread too, with the new one
            letter, versions = perform(self, lambda: _with_versions(database, make(database, case_id, now)))
        except (ValidationFailed, NotPermitted) as refusal:
            self._say(message_text(refusal), error=True)
            return None
        self._show_versions(versions)
        done = self.tr("已生成{kind}第 {version} 版（{number}）")
        self._say(done.format(kind=label(letter.kind), version=letter.version, number=letter.document_number))
        return letter

    def failure_notice(self) -> FailureNoticeDialog:
        """The costs tab's notice form (prefilled from the case's failure record): one form for the
        notice wherever it is asked for."""
        money = case_money(self._database, self._case_id)
        dialog = FailureNoticeDialog(self._database, self._case_id, money, self._database.clock.now, self)
        dialog.generated.connect(self._notice_generated)
        dialog.open()
        return dialog

    def _notice_generated(self, letter: LetterInfo) -> None:
        self.reload(letter.id)
        self._say(self.tr("已生成告知书（{number}）").format(number=letter.document_number))

    def print_selected(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        printer = letter_printer(suggested_file_name(self._database, letter))
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            try:
                pages = print_pdfs([letter_copy(self._database, letter)], printer)
            except DocumentUnavailable as error:
                self._say(message_text(error), error=True)
                return
            except OSError as error:
                reason = error.strerror or message_text(error)
                self._say(self.tr("无法打印到文件：{reason}").format(reason=reason), error=True)
                return
            self._say(self.tr("已送打印：{pages} 页").format(pages=pages))

    def save_as(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        name = suggested_file_name(self._database, letter)
        path = save_file(self, self.tr("另存为 PDF"), name, "PDF (*.pdf)")
        if not path:
            return
        try:
            write_document(self._database, letter.sha256, letter.file_name, Path(path))
        except DocumentUnavailable as error:
            self._say(message_text(error), error=True)
            return
        except OSError as error:
            self._say(
                self.tr("无法保存到 {path}：{reason}").format(path=path, reason=error.strerror or error),
                error=True,
            )
            return
        self._say(self.tr("已保存：{path}").format(path=path))

    def open_scan(self) -> Path | None:
        """Hand the selected letter's signed scan to the system's viewer; returns the copy shown."""
        letter = self.selected()
        if letter is None or not letter.scan_sha256:
            self._say(self.tr("该版本没有登记签回件扫描件。"), error=True)
            return None
        try:
            path = document_copy(self._database, letter.scan_sha256, letter.scan_name)
        except DocumentUnavailable as error:
            self._say(message_text(error), error=True)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def mark_signed(self, dialog: SignedDialog | None = None) -> None:
        letter = self.selected()
        if letter is None:
            return
        dialog = dialog or SignedDialog(self._database.clock.today(), self, self._database)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            signed_on, received_by, scan = dialog.values()
            now = self._database.clock.now()
            try:
                perform(
                    self, partial(mark_signed, self._database, letter.id, signed_on, received_by, scan, now)
                )
            except ValidationFailed as failure:
                dialog.show_problems(failure.problems)
                continue
            except NotPermitted as refusal:
                self.reload(letter.id)  # as stored: nothing was registered
                self._say(message_text(refusal), error=True)
                return
            self.reload(letter.id)
            self._say(
                self.tr("已登记签回：第 {version} 版。当前计划已设为基线。").format(version=letter.version)
            )
            return
