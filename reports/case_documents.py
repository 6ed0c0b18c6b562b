"""The progress report, the failure notice and the one-page case summary, on the office's letterhead."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from app.domain.case_documents import CaseSummary, FailureNotice, ProgressReport
from app.domain.chinese_format import format_date_long
from reports.cjk_text import para
from reports.document_layout import WIDTH, build_pdf, grid_table, letterhead, styles, when, yuan


def render_progress_report(report: ProgressReport) -> bytes:
    s = styles()
    story = letterhead(report.office, report.document_number, f"截至 {when(report.issued_at)}")
    story += [
        para("加急事项进度报告", s.title),
        para(f"致：{report.client.name}（{report.client.contact}）", s.body),
    ]
    story.append(
        para(
            f"您委托的“{report.title}”（{report.service}，案件编号 {report.case_number}）目前进展如下。",
            s.body,
        )
    )
    state = "预计可按期完成" if report.on_track else "存在不能按期完成的风险，我们正在采取措施"
    story.append(para("一、总体情况", s.heading))
    story.append(
        para(
            f"截止时间：{when(report.deadline)}；"
            f"预计完成：{when(report.projected_finish, report.estimated)}；"
            f"已完成 {report.tasks_done}/{report.tasks_total} 项工作，{state}。",
            s.body,
        )
    )
    if report.milestones:
        story.append(para("二、里程碑", s.heading))
        rows = [[para("里程碑", s.cell), para("状态", s.cell), para("完成 / 计划完成时间", s.cell)]]
        rows += [
            [
                para(m.name, s.cell),
                para("已完成" if m.done else "进行中或未开始", s.cell),
                para(when(m.due, m.estimated, m.makeup), s.cell),
            ]
            for m in report.milestones
        ]
        story.append(grid_table(rows, [WIDTH - 85 * mm, 30 * mm, 55 * mm]))
    story.append(para("三、说明", s.heading))
    story.append(para(report.summary, s.body))
    story.append(para("如有疑问，请随时与我们联系。", s.body))
    return build_pdf(
        story, title=f"进度报告 {report.document_number}", author=report.office.name, subject=report.title
    )


def render_failure_notice(notice: FailureNotice) -> bytes:
    s = styles()
    story = letterhead(notice.office, notice.document_number)
    story += [para("未能按期完成告知书", s.title), para(f"致：{notice.client.name}", s.body)]
    story.append(
        para(
            f"关于您委托的“{notice.title}”（案件编号 {notice.case_number}，"
            f"截止时间 {when(notice.deadline)}），"
            "我们遗憾地告知：该事项未能按期完成。具体情况如下。",
            s.body,
        )
    )
    sections = (
        ("一、发生了什么", notice.what_happened),
        ("二、责任认定", notice.responsibility.label),
        ("三、补救方案", notice.remedy),
    )
    for heading, text in sections:
        story += [para(heading, s.heading), para(text, s.body)]
    story.append(para("四、补偿", s.heading))
    compensation = [f"补偿金额：{yuan(notice.compensation)}（{notice.compensation_capitals}）。"]
    if notice.fee_waived:
        compensation.append("按确认书约定，本次加急服务费不予收取，并免费继续办理直至完成。")
    story += [para(line, s.body) for line in compensation]
    story.append(
        KeepTogether(
            [
                para("特此告知。", s.body),
                grid_table(
                    [
                        [para(f"{notice.office.name}", s.cell)],
                        [para(f"签字人：{notice.signatory}", s.cell)],
                        [para(f"日期：{format_date_long(notice.issued_on)}", s.cell)],
                    ],
                    [WIDTH / 2],
                    header=False,
                ),
            ]
        )
    )
    return build_pdf(
        story, title=f"告知书 {notice.document_number}", author=notice.office.name, subject=notice.title
    )


def render_case_summary(summary: CaseSummary) -> bytes:
    s = styles()
    story = letterhead(summary.office, summary.document_number, f"生成于 {when(summary.issued_at)}")
    story.append(para(f"案件摘要：{summary.case_number}", s.title))
    finish = when(summary.projected_finish) if summary.projected_finish else "—"
    facts = [
        ("客户", f"{summary.client.name}（{summary.client.credit_code or '无信用代码'}）"),
        ("联系人", f"{summary.client.contact} {summary.client.phone}"),
        ("业务类型 / 事项", f"{summary.service}：{summary.title}"),
        ("状态", summary.status),
        ("受理时间", when(summary.taken_on)),
        ("截止时间", when(summary.deadline)),
        ("预计完成", finish),
        ("项目经理", summary.manager),
        ("错过的后果", summary.consequence or "—"),
        ("紧急度评估", summary.urgency),
        ("费用", f"{yuan(summary.fees_total)}（{summary.fees_capitals}）"),
        ("材料预审", summary.materials),
        ("审核", "；".join(summary.reviews) or "—"),
        ("任务进度", f"已完成 {summary.tasks_done}/{summary.tasks_total}"),
        ("待处理的关键任务", "、".join(summary.open_critical) or "—"),
        ("确认书", summary.letter),
        ("证据文件", "、".join(summary.evidence) or "—"),
    ]
    rows = [[para(label, s.cell), para(value, s.cell)] for label, value in facts]
    story.append(grid_table(rows, [38 * mm, WIDTH - 38 * mm], header=False))
    return build_pdf(
        story, title=f"案件摘要 {summary.case_number}", author=summary.office.name, subject=summary.title
    )
