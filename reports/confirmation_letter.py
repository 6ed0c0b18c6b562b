"""The confirmation letter (加急服务确认书) as a PDF: A4, the bundled font embedded, page X of Y.

Laid out like a letter from a careful law office: letterhead, document number and QR code, both
parties, the service and its milestones, the fees with the total in capitals, the obligations,
risks and responsibilities, the service tier's response times, and the signature and seal blocks
kept together on one page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from app.domain.chinese_format import format_date_long
from app.domain.letter import ConfirmationLetter, Party
from reports.cjk_text import para
from reports.document_layout import HEAD, WIDTH, Cell, build_pdf, grid_table, letterhead, styles, when, yuan


def render_confirmation_letter(letter: ConfirmationLetter) -> bytes:
    s = styles()
    body, cell, right, heading, width = s.body, s.cell, s.right, s.heading, WIDTH
    story = letterhead(letter.office, letter.document_number, f"第 {letter.version} 版")
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

    story.append(
        grid_table(
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
    promised = when(letter.committed_finish, letter.committed_estimated, letter.committed_makeup)
    asked = f"甲方要求的截止时间：{when(letter.deadline)}。"
    story.append(para(f"{asked}乙方承诺于 {promised} 前完成。{letter.calendar_basis}", body))
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
    story.append(para("八、其他", heading))
    story.append(para(letter.closing, body))

    signature = grid_table(
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

    return build_pdf(
        story,
        title=f"{letter.title} {letter.document_number}",
        author=letter.office.name,
        subject=letter.scope_title,
    )
