"""The confirmation letter (加急服务确认书) as a PDF: A4, only embedded fonts, page X of Y.

Laid out like a letter from a careful law office: letterhead, document number and QR code, both
parties, the service and its milestones, the fees with the total in capitals, the obligations,
risks and responsibilities, the service tier's response times, the signature and seal blocks kept
together on one page (a seal box a company seal fits, room to write the date), and the 附件
「材料清单」 that clause 四.1 refers to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.domain.chinese_format import format_date_long
from app.domain.letter import MATERIAL_STATUS, ConfirmationLetter, Party
from app.domain.material_checklist import ReviewLevel
from reports.cjk_text import para
from reports.document_layout import (
    GRID,
    HEAD,
    WIDTH,
    Cell,
    build_pdf,
    grid_table,
    letterhead,
    styles,
    when,
    yuan,
)

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand as TableCommand

#: A company seal is 40–42 mm across: the box leaves it room.
SEAL_SIZE = 42 * mm
#: Room to write a date by hand.
DATE_BLANK = "日期：______年_____月_____日"
SIGN_BLANK = "_" * 16


class SealBox(Flowable):
    """An empty dashed square where the seal goes; what it is for is printed under it, never inside."""

    def __init__(self, size: float = SEAL_SIZE) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(GRID)
        self.canv.setDash(3, 2)
        self.canv.rect(0, 0, self.width, self.height)


def account_groups(account: str) -> str:
    """``6222 0212 3456 7890``: an account number in groups of four, as a bank slip prints it."""
    return " ".join(account[i : i + 4] for i in range(0, len(account), 4))


def render_confirmation_letter(letter: ConfirmationLetter) -> bytes:
    s = styles()
    body, cell, right, heading, width = s.body, s.cell, s.right, s.heading, WIDTH
    day = letter.issued_on  # its weekday's brackets would sit inside the note's
    issued = f"第 {letter.version} 版，{day.year}年{day.month}月{day.day}日出具"
    story = letterhead(letter.office, letter.document_number, issued)
    story += [para(letter.title, s.title), para(letter.preamble, body)]

    def party(role: str, who: Party, extra: list[tuple[str, str]]) -> list[Cell]:
        lines = [
            ("名称", who.name),
            ("统一社会信用代码", who.credit_code or "—"),
            ("地址", who.address or "—"),
            ("联系人", who.contact or "—"),
            ("电话", who.phone or "—"),
            *extra,
        ]
        return [para(role, cell), [para(f"{label}：{value}", cell) for label, value in lines]]

    account = account_groups(letter.office_account) or "—"
    bank = [("开户银行", letter.office_bank or "—"), ("银行账号", account)]
    story.append(
        grid_table(
            [
                party("甲方（委托方）", letter.client, []),
                party("乙方（服务方）", letter.office, [("签字人", letter.signatory or "—"), *bank]),
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
    promised = when(letter.committed_finish, letter.committed_estimated, letter.committed_makeup)
    asked = f"甲方要求的截止时间：{when(letter.deadline)}。"
    promise = (
        f"乙方无法在该时间前完成，承诺于 {promised} 前完成；甲方签署本确认书即表示接受该完成时间。"
        if letter.misses_deadline
        else f"乙方承诺于 {promised} 前完成。"
    )
    story.append(para(f"{asked}{promise}{letter.calendar_basis}", body))
    if letter.milestones:
        rows: list[list[Cell]] = [[para("里程碑", cell), para("计划完成时间", cell)]]
        rows += [
            [para(m.name, cell), para(when(m.due, m.estimated, m.makeup), cell)] for m in letter.milestones
        ]
        story.append(grid_table(rows, [width - 55 * mm, 55 * mm]))

    story.append(para("三、服务费用", heading))
    rows = [[para("项目", cell), para("金额（元）", right)]]
    rows += [[para(fee.label, cell), para(yuan(fee.amount), right)] for fee in letter.fees]
    rows.append([para("合计", cell), para(yuan(letter.total), right)])
    rows.append([para(f"合计（大写）：{letter.total_capitals}", cell), ""])
    story.append(
        grid_table(
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
    # The last clause goes with the signatures: never a page of seals alone, detached from the text.
    closing = [para("八、其他", heading), para(letter.closing, body), Spacer(1, 3 * mm)]
    story.append(KeepTogether([*closing, signatures(letter)]))
    story += attachment(letter)
    return build_pdf(
        story,
        title=f"{letter.title} {letter.document_number}",
        author=letter.office.name,
        subject=letter.scope_title,
    )


def signatures(letter: ConfirmationLetter) -> Flowable:
    """Both parties side by side: the seal box, whose seal it is under it, the signature, and the date
    each writes when signing (the day the letter was made is in the letterhead)."""
    s = styles()
    seal = letter.seal_text
    seal_note = [para(f"（{seal}）", s.small)] if seal not in ("", letter.office.name) else []
    client = [para("甲方（盖章）：", s.cell), SealBox(), para(letter.client.name, s.cell),
              para(f"授权代表（签字）：{SIGN_BLANK}", s.cell), para(DATE_BLANK, s.cell)]  # fmt: skip
    office = [para("乙方（盖章）：", s.cell), SealBox(), para(letter.office.name, s.cell), *seal_note,
              para(f"授权代表（签字）：{SIGN_BLANK}（{letter.signatory}）", s.cell),
              para(DATE_BLANK, s.cell)]  # fmt: skip
    spacing: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 10),
    ]  # fmt: skip
    return grid_table([[client, office]], [WIDTH / 2, WIDTH / 2], header=False, extra=spacing)


def attachment(letter: ConfirmationLetter) -> list[Flowable]:
    """附件「材料清单」: the case's checklist as it stands, and who checked it, on a page of its own."""
    s = styles()
    story: list[Flowable] = [PageBreak(), para("附件　材料清单", s.title)]
    story.append(
        para(
            f"本附件是文书编号 {letter.document_number} 的《{letter.title}》的组成部分，列明第四条第 1 款"
            f"所称的全部材料及截至 {format_date_long(letter.issued_on)} 的收取与核对情况。"
            "标“待提交”“需补正”的材料，甲方应按该款约定的期限提交。",
            s.body,
        )
    )
    rows: list[list[Cell]] = [[para(text, s.cell) for text in ("序号", "材料", "要求", "状态", "说明")]]
    rows += [
        [para(str(number), s.cell), para(line.name, s.cell),
         para("必交" if line.required else "如有", s.cell), para(MATERIAL_STATUS[line.state], s.cell),
         para(line.note, s.cell)]
        for number, line in enumerate(letter.materials, start=1)
    ]  # fmt: skip
    if not letter.materials:
        rows.append([para("本案的材料清单为空。", s.cell), "", "", "", ""])
    story.append(
        grid_table(
            rows,
            [12 * mm, WIDTH - 92 * mm, 16 * mm, 18 * mm, 46 * mm],
            extra=[("SPAN", (0, 1), (-1, 1))] if not letter.materials else [],
        )
    )
    reviews = {review.level: review for review in letter.material_reviews}
    checked = [
        f"{level.label}：{reviews[level].reviewer}（{when(reviews[level].at)}）"
        if level in reviews
        else f"{level.label}：尚未进行"
        for level in ReviewLevel
    ]
    story += [Spacer(1, 4 * mm), para("材料核对", s.heading), *(para(line, s.body) for line in checked)]
    story += [Spacer(1, 10 * mm), para(f"甲方经办人（签字）：{SIGN_BLANK}　　{DATE_BLANK}", s.body)]
    return story
