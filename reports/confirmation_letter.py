"""The confirmation letter (加急服务确认书) as a PDF: A4, the bundled font embedded, page X of Y.

Laid out like a letter from a careful law office: letterhead, document number and QR code, both
parties, the service and its milestones, the fees with the total in capitals, the obligations,
risks and responsibilities, the service tier's response times, and the signature and seal blocks
kept together on one page.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.chinese_format import format_date_long
from app.domain.letter import ConfirmationLetter
from reports.cjk_text import para, style
from reports.fonts import register_cjk_font

MARGIN = 20 * mm
GRID = colors.HexColor("#90a4ae")
HEAD = colors.HexColor("#eceff1")


def _when(moment, estimated: bool = False) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}" + ("（预估）" if estimated else "")


def _yuan(amount) -> str:
    return f"¥{amount:,.2f}"


class _NumberedCanvas(Canvas):
    """Draws 第 X 页 共 Y 页 once the number of pages is known."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(register_cjk_font(), 9)
            self.setFillColor(colors.HexColor("#607d8b"))
            self.drawCentredString(A4[0] / 2, 12 * mm, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def _qr(text: str, size: float = 24 * mm) -> Drawing:
    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _table(rows, widths, *, header: bool = True, extra=()) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def render_confirmation_letter(letter: ConfirmationLetter) -> bytes:
    body = style("body")
    small = style("small", 9)
    cell = style("cell", 9.5, 14)
    right = style("right", 9.5, 14, alignment=TA_RIGHT)
    heading = style("heading", 12, 18, spaceBefore=8, spaceAfter=4)
    title = style("title", 20, 28, alignment=TA_CENTER, spaceAfter=6)
    office = style("office", 13, 18, textColor=colors.HexColor("#263238"))
    width = A4[0] - 2 * MARGIN

    story = []
    letterhead = Table(
        [
            [
                [
                    para(letter.office.name, office),
                    para(f"{letter.office.address}　电话：{letter.office.phone}", small),
                    para(f"文书编号：{letter.document_number}（第 {letter.version} 版）", small),
                ],
                _qr(letter.document_number),
            ]
        ],
        colWidths=[width - 28 * mm, 28 * mm],
    )
    letterhead.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#37474f")),
            ]
        )
    )
    story += [letterhead, Spacer(1, 6 * mm), para(letter.title, title), para(letter.preamble, body)]

    def party(role: str, who, extra: list[tuple[str, str]]) -> list:
        lines = [
            ("名称", who.name),
            ("统一社会信用代码", who.credit_code or "—"),
            ("地址", who.address or "—"),
            ("联系人", who.contact or "—"),
            ("电话", who.phone or "—"),
            *extra,
        ]
        return [para(role, cell), [para(f"{label}：{value}", cell) for label, value in lines]]

    story.append(
        _table(
            [
                party("甲方（委托方）", letter.client, []),
                party("乙方（服务方）", letter.office, [("签字人", letter.signatory or "—")]),
            ],
            [30 * mm, width - 30 * mm],
            header=False,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEAD)],
        )
    )

    story.append(para("一、服务事项", heading))
    story.append(para(f"业务类型：{letter.service}。办理事项：{letter.scope_title}。", body))
    if letter.scope_detail:
        story.append(para(f"具体要求：{letter.scope_detail}", body))

    story.append(para("二、办理计划与完成时限", heading))
    promised = _when(letter.committed_finish, letter.committed_estimated)
    asked = f"甲方要求的截止时间：{_when(letter.deadline)}。"
    story.append(para(f"{asked}乙方承诺于 {promised} 前完成。{letter.calendar_basis}", body))
    if letter.milestones:
        rows = [[para("里程碑", cell), para("计划完成时间", cell)]]
        rows += [[para(m.name, cell), para(_when(m.due, m.estimated), cell)] for m in letter.milestones]
        story.append(_table(rows, [width - 55 * mm, 55 * mm]))

    story.append(para("三、服务费用", heading))
    rows = [[para("项目", cell), para("金额（元）", right)]]
    rows += [[para(fee.label, cell), para(_yuan(fee.amount), right)] for fee in letter.fees]
    rows.append([para("合计", cell), para(_yuan(letter.total), right)])
    rows.append([para(f"合计（大写）：{letter.total_capitals}", cell), ""])
    story.append(
        _table(
            rows,
            [width - 45 * mm, 45 * mm],
            extra=[
                ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 2), (-1, len(rows) - 2), HEAD),
            ],
        )
    )

    sections = (
        ("四、甲方义务", letter.obligations),
        ("五、风险提示与不可抗力", letter.risks),
        ("六、责任划分与补偿", letter.responsibilities),
    )
    for name, lines in sections:
        story.append(para(name, heading))
        story += [para(f"{index}. {line}", body) for index, line in enumerate(lines, start=1)]
    story.append(para(f"七、服务等级与响应时效（{letter.tier_name}）", heading))
    story += [para(f"{index}. {line}", body) for index, line in enumerate(letter.tier_response, start=1)]
    story.append(para("八、其他", heading))
    story.append(para(letter.closing, body))

    signature = _table(
        [
            [para("甲方（盖章）：", cell), para("乙方（盖章）：", cell)],
            [para(letter.client.name, cell), para(letter.seal_text or letter.office.name, cell)],
            [para("授权代表（签字）：", cell), para(f"授权代表（签字）：{letter.signatory}", cell)],
            [
                para("日期：　　年　　月　　日", cell),
                para(f"日期：{format_date_long(letter.issued_on)}", cell),
            ],
        ],
        [width / 2, width / 2],
        header=False,
        extra=[("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)],
    )
    story.append(KeepTogether([para("签署", heading), signature]))

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title=f"{letter.title} {letter.document_number}",
        author=letter.office.name,
        subject=letter.scope_title,
        creator="加急工作台",
    )
    document.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
