"""What every document from the office shares: A4 pages, letterhead with QR code, styles, tables,
page X of Y, and the build into PDF bytes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.chinese_format import format_moment_long
from app.domain.letter import Party
from app.domain.working_calendar import time_remark
from reports.cjk_text import para, style
from reports.fonts import register_cjk_font

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand as TableCommand

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#90a4ae")
HEAD = colors.HexColor("#eceff1")

Cell: TypeAlias = str | Flowable | Sequence[Flowable]
"""What a table cell holds: text, a paragraph or drawing, or flowables stacked."""
C = TypeVar("C", bound=Cell)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    right: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    office: ParagraphStyle


@cache
def styles() -> Styles:
    return Styles(
        style("body"), style("small", 9), style("cell", 9.5, 14), style("right", 9.5, 14, alignment=TA_RIGHT),
        style("heading", 12, 18, spaceBefore=8, spaceAfter=4, keepWithNext=True),  # never alone at a foot
        style("title", 20, 28, alignment=TA_CENTER, spaceAfter=6),
        style("office", 13, 18, textColor=colors.HexColor("#263238")),
    )  # fmt: skip


def when(moment: datetime, estimated: bool = False, makeup: bool = False) -> str:
    """``2026年10月10日 18:00（调休上班）``: a time in a document, with what the calendar says of its day."""
    return format_moment_long(moment) + time_remark(makeup, estimated)


def yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


class NumberedCanvas(Canvas):
    """Draws 第 X 页 共 Y 页 once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # whatever the document passes a Canvas
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own, left out of the stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(register_cjk_font(), 9)
            self.setFillColor(colors.HexColor("#607d8b"))
            self.drawCentredString(A4[0] / 2, 12 * mm, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def font_command() -> TableCommand:
    """A table's cells start in the bundled font: reportlab's default, Helvetica, is not embedded."""
    return ("FONTNAME", (0, 0), (-1, -1), register_cjk_font())


def qr_code(text: str, size: float = 24 * mm) -> Drawing:
    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    scale = [size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0]
    # A drawing starts in Helvetica, which is not embedded: in the bundled font instead.
    drawing = Drawing(size, size, transform=scale, initialFontName=register_cjk_font())
    drawing.add(widget)
    return drawing


def grid_table(
    rows: Sequence[list[C]],  # C: any one cell type, so that a list of paragraphs is a row too
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Iterable[TableCommand] = (),
) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands: list[TableCommand] = [
        font_command(),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def letterhead(office: Party, document_number: str, note: str = "") -> list[Flowable]:
    """The office's name, address and phone, the document number (and its QR code), a rule below."""
    s = styles()
    number = f"文书编号：{document_number}" + (f"（{note}）" if note else "")
    address = para(f"{office.address}　电话：{office.phone}", s.small)
    head = Table(
        [[[para(office.name, s.office), address, para(number, s.small)], qr_code(document_number)]],
        colWidths=[WIDTH - 28 * mm, 28 * mm],
    )
    head.setStyle(TableStyle([font_command(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#37474f"))]))  # fmt: skip
    return [head, Spacer(1, 6 * mm)]


def build_pdf(story: list[Flowable], *, title: str, author: str, subject: str) -> bytes:
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm, bottomMargin=22 * mm,
        title=title, author=author, subject=subject, creator="加急工作台",
        initialFontName=register_cjk_font(),  # each page starts in a font: else Helvetica, not embedded
    )  # fmt: skip
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
