"""Retrospectives and the knowledge base: due dates, the review, search, tags, analysis, Excel."""

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.database import open_database
from app.db.migrate import upgrade
from app.db.models import (
    Case,
    ClientFeedback,
    ClientNotice,
    CompensationRecord,
    FailureRecord,
    IncidentRecord,
    KnowledgeEntry,
    SlaClockRecord,
    Staff,
    Task,
)
from app.domain.case_costs import CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.client_notice import NoticeKind
from app.domain.incident import IncidentCategory
from app.domain.permissions import SYSTEM
from app.domain.retrospective import (
    Dimension,
    EntryForm,
    ImprovementAction,
    RetrospectiveForm,
    TagKind,
    delay_end,
    industry_in_name,
    minutes_words,
    outcome_problem,
    proposed_outcome,
    retrospective_problems,
    timeline_lines,
    work_finished_at,
    working_span_words,
)
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, TaskStatus
from app.usecases.closing import close_case, closing_of
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.knowledge import (
    EntryQuery,
    QuarterFigures,
    case_timeline,
    quarterly_analysis,
    retrospectives_due,
    save_entry,
    save_retrospective,
    save_tag_list,
    search_entries,
    tag_lists,
)
from app.usecases.knowledge_io import export_knowledge, import_knowledge
from tests.helpers import NOW, finish_work, first_open_case


def _form(**changes) -> RetrospectiveForm:
    form = RetrospectiveForm(
        written_by="王磊",
        scores=dict.fromkeys(Dimension, 4),
        root_cause="税务局系统升级两天暂停受理",
        title="清税遇系统升级，提前预约避开窗口",
        lesson="系统升级前一周的清税申报提前办理。",
        problem_type="外部因素/政策",
        risk_level="重大",
        solution_kind="长期优化",
        industry="贸易",
        actions=[ImprovementAction("在 SOP 中加入升级公告检查", owner="刘芳")],
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def test_a_closed_case_is_due_for_review_within_24_working_hours(sample_database):
    with sample_database.unit_of_work() as session:  # one still in time (the sample has overdue ones)
        case_id = session.scalars(
            select(Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.requested_deadline > NOW)
            .order_by(Case.id)
            .limit(1)
        ).one()
    finish_work(sample_database, case_id, NOW)
    with pytest.raises(ValidationFailed, match="按期完成"):
        close_case(sample_database, case_id, CaseStatus.ACHIEVED_LATE, NOW)  # on time
    close_case(sample_database, case_id, CaseStatus.ACHIEVED, NOW)
    due = next(d for d in retrospectives_due(sample_database, NOW) if d.case_id == case_id)
    assert not due.overdue and due.due > NOW + timedelta(days=2)  # three working days of 8 hours
    assert next(
        d for d in retrospectives_due(sample_database, due.due + timedelta(hours=1)) if d.case_id == case_id
    ).overdue
    with pytest.raises(ValidationFailed, match="已于"):
        close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    assert "结案：按期完成" in "\n".join(case_timeline(sample_database, case_id))


def test_the_outcome_follows_the_deadline_and_when_the_work_finished():
    deadline = NOW
    assert work_finished_at([NOW - timedelta(days=3), NOW - timedelta(days=1)], NOW + timedelta(days=5)) == (
        NOW - timedelta(days=1)
    )  # every task done: the last one's completion, however late the clerk closes
    assert work_finished_at([NOW - timedelta(days=1), None], NOW) == NOW  # work open: it ends now
    assert work_finished_at([], NOW) == NOW
    assert proposed_outcome(deadline, NOW, 0) is CaseStatus.ACHIEVED
    assert proposed_outcome(deadline, NOW + timedelta(days=2), 0) is CaseStatus.ACHIEVED_LATE
    late = NOW + timedelta(days=2)
    assert "应选“逾期完成”" in outcome_problem(CaseStatus.ACHIEVED, deadline, late, 0)
    assert "应选“按期完成”" in outcome_problem(CaseStatus.ACHIEVED_LATE, deadline, NOW, 0)
    assert outcome_problem(CaseStatus.ACHIEVED_LATE, deadline, late, 0) == ""
    assert outcome_problem(CaseStatus.FAILED, deadline, late, 3) == ""
    assert outcome_problem(CaseStatus.WITHDRAWN, deadline, NOW, 3) == ""


def test_work_not_all_done_is_not_completed_whatever_the_date():
    """Seen: a case with all 12 tasks 待办 proposed 逾期完成, one with 领取营业执照 待办 按期完成."""
    assert proposed_outcome(NOW, NOW - timedelta(days=1), 1) is CaseStatus.FAILED
    assert proposed_outcome(NOW, NOW + timedelta(days=1), 12) is CaseStatus.FAILED
    for outcome in (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE):
        problem = outcome_problem(outcome, NOW, NOW - timedelta(days=1), 12)
        assert (
            problem
            == f"尚有 12 项任务未完成，不能按“{outcome.label}”结案：请先办完，或按“失败”或“已撤回”结案"
        )


def test_the_delay_runs_to_the_finish_or_for_an_older_late_case_to_its_closing():
    deadline, closed = NOW, NOW + timedelta(days=5)
    late = NOW + timedelta(days=1)
    assert delay_end(CaseStatus.ACHIEVED_LATE, deadline, late, closed) == late
    assert delay_end(CaseStatus.ACHIEVED_LATE, deadline, NOW - timedelta(days=1), closed) == closed
    assert delay_end(CaseStatus.ACHIEVED, deadline, NOW - timedelta(days=1), closed) == NOW - timedelta(
        days=1
    )


def test_a_span_of_working_time_reads_in_hours_and_working_days():
    assert working_span_words(210, 450) == "3.5 个工作小时"
    assert working_span_words(450, 450) == "7.5 个工作小时"
    assert working_span_words(1140, 450) == "19 个工作小时（约 2.5 个工作日）"
    assert working_span_words(120, 0) == "2 个工作小时"  # a 7×24 calendar counts no working days


def test_closing_proposes_the_outcome_and_cancels_open_tasks_only_when_asked(sample_database):
    """Seen: 结案 offered 按期完成 two days past the deadline, and closed a case with 2 tasks 进行中
    and 5 待办 without a word; then proposed 逾期完成 for a case with all its tasks 待办, and closed
    one as 按期完成 with 领取营业执照 still 待办."""
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        case = session.get(Case, case_id)
        case.requested_deadline = NOW - timedelta(days=2)
        version = case.version
    closing = closing_of(sample_database, case_id, NOW)
    assert closing.proposed is CaseStatus.FAILED and "个工作小时" in closing.delay  # its work is not done
    assert closing.open_tasks and all(t.status is not TaskStatus.DONE for t in closing.open_tasks)
    for completed in (CaseStatus.ACHIEVED, CaseStatus.ACHIEVED_LATE):  # cancelling the rest does not do it
        with pytest.raises(ValidationFailed) as refused:
            close_case(sample_database, case_id, completed, NOW, closing.version, True)
        assert f"项任务未完成，不能按“{completed.label}”结案" in refused.value.problems["outcome"]
    with pytest.raises(ValidationFailed) as refused:
        close_case(sample_database, case_id, CaseStatus.FAILED, NOW, closing.version)
    assert "尚有任务未完成" in refused.value.problems["tasks"]
    assert closing.version == version + 1  # the deadline moved above; nothing else was written
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, closing.version, True)
    with sample_database.unit_of_work() as session:
        statuses = set(session.scalars(select(Task.status).where(Task.case_id == case_id)))
    assert statuses <= {TaskStatus.DONE, TaskStatus.CANCELLED} and TaskStatus.CANCELLED in statuses
    assert "记为“已取消”" in "\n".join(case_timeline(sample_database, case_id))


def test_a_case_whose_work_is_done_closes_on_time_or_late_as_its_finish_says(sample_database):
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        session.get_one(Case, case_id).requested_deadline = NOW - timedelta(days=2)
    finish_work(sample_database, case_id, NOW - timedelta(days=1))
    closing = closing_of(sample_database, case_id, NOW)
    assert closing.proposed is CaseStatus.ACHIEVED_LATE and not closing.open_tasks
    with pytest.raises(ValidationFailed, match="逾期完成"):
        close_case(sample_database, case_id, CaseStatus.ACHIEVED, NOW, closing.version)
    close_case(sample_database, case_id, CaseStatus.ACHIEVED_LATE, NOW, closing.version)


def test_the_facts_tell_the_delay_the_failure_the_compensation_and_what_went_wrong(sample_database):
    """Seen: 事实经过 prefilled 4 lines, leaving out the missed deadline and by how much, the 乙方
    failure record, the ¥1,800 compensation and the complaint."""
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        case = session.get(Case, case_id)
        case.requested_deadline = NOW - timedelta(days=4)  # Thursday 10:00; now is Monday 10:00
        manager = session.scalar(select(Staff.id).where(Staff.name == "周明远"))
        failure = FailureRecord(
            case_id=case_id, attribution=Responsibility.OFFICE, description="漏交股东会决议", recorded_at=NOW
        )
        compensation = CompensationRecord(
            case_id=case_id,
            kind=CompensationKind.FEE_WAIVED,
            amount_fen=180000,
            approved_by_id=manager,
            approved_at=NOW,
        )
        complaint = ClientFeedback(
            case_id=case_id,
            satisfaction=1,
            comment="一再拖延",
            complaint=True,
            taken_at=NOW - timedelta(days=2),
        )
        incident = IncidentRecord(
            case_id=case_id,
            category=IncidentCategory.SYSTEM_OUTAGE,
            level=ResponseLevel.L2,
            description="电子税务局停机",
            reported_at=NOW - timedelta(days=4),
        )
        notice = ClientNotice(
            case_id=case_id,
            kind=NoticeKind.MILESTONE,
            raised_at=NOW - timedelta(days=4),
            due_at=NOW - timedelta(days=4),
            sent_at=NOW - timedelta(days=3),
            late_minutes=95,
        )
        clock = SlaClockRecord(
            case_id=case_id,
            title="客户投诉响应",
            level=ResponseLevel.L2,
            minutes=120,
            around_the_clock=False,
            started_at=NOW - timedelta(days=2),
            stopped_at=NOW - timedelta(days=1),
            breach_minutes=45,
        )
        session.add_all([failure, compensation, complaint, incident, notice, clock])
    finish_work(sample_database, case_id, NOW)
    close_case(sample_database, case_id, CaseStatus.ACHIEVED_LATE, NOW)
    facts = "\n".join(case_timeline(sample_database, case_id))
    assert "客户截止时间" in facts and "结案：逾期完成，比截止时间晚 15 个工作小时（约 2 个工作日）" in facts
    assert "登记未能按期完成：乙方原因，漏交股东会决议" in facts
    assert "补偿：免收加急费 ¥1,800.00（周明远 批准）" in facts
    assert "投诉" in facts and "突发事件：系统故障，二级（2 小时）响应：电子税务局停机" in facts
    assert "里程碑通知晚发 1.6 小时" in facts and "SLA 计时“客户投诉响应”超时 45 分钟" in facts


def test_a_signed_copy_dated_the_intake_day_is_listed_after_the_intake_without_a_time(sample_database):
    """Seen: 「12-02 00:00 客户签回确认书第 1 版」 before 「12-02 15:45 受理登记」: a date has no time."""
    from app.usecases.letters import generate_letter_version, mark_signed

    case_id, _number = first_open_case(sample_database)
    with sample_database.unit_of_work() as session:
        taken = session.get(Case, case_id).created_at
    letter = generate_letter_version(sample_database, case_id, NOW)
    mark_signed(sample_database, letter.id, taken.date(), "陈静", None, NOW)
    facts = [str(line) for line in case_timeline(sample_database, case_id)]
    signed = facts.index(f"{taken:%m-%d} 客户签回确认书第 1 版")
    assert signed > facts.index(f"{taken:%m-%d %H:%M} 受理登记")
    assert not any(line.startswith(f"{taken:%m-%d} ") and line[6].isdigit() for line in facts[signed + 1 :])


def test_the_facts_of_a_day_list_its_timed_events_before_those_dated_only():
    day = date(2026, 12, 2)
    events = [
        (datetime(2026, 12, 3, 9, 0), "次日"),
        (day, "签回"),
        (datetime(2026, 12, 2, 15, 45), "受理"),
        (datetime(2026, 12, 1, 18, 0), "前一天"),
        (datetime(2026, 12, 2, 23, 59), "深夜"),
    ]
    assert timeline_lines(events) == [
        "12-01 18:00 前一天", "12-02 15:45 受理", "12-02 23:59 深夜", "12-02 签回", "12-03 09:00 次日"
    ]  # fmt: skip


def test_small_words_of_the_facts():
    assert [minutes_words(n) for n in (45, 90, 120)] == ["45 分钟", "1.5 小时", "2 小时"]
    assert industry_in_name("上海星河科技有限公司", ["贸易", "科技"]) == "科技"
    assert industry_in_name("上海星河有限公司", ["贸易", "科技"]) == ""


def test_the_review_becomes_a_tagged_entry_and_is_no_longer_due(sample_database):
    case_id = first_open_case(sample_database)[0]
    with pytest.raises(ValidationFailed, match="已结案"):
        save_retrospective(sample_database, case_id, _form(), NOW)
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    with pytest.raises(ValidationFailed) as failure:
        save_retrospective(sample_database, case_id, _form(written_by="", scores={}), NOW)
    assert "written_by" in failure.value.problems and "score_goal" in failure.value.problems
    entry_id = save_retrospective(sample_database, case_id, _form(), NOW)
    assert all(d.case_id != case_id for d in retrospectives_due(sample_database, NOW))
    entry = next(e for e in search_entries(sample_database, EntryQuery("提前预约")) if e.id == entry_id)
    assert (entry.problem_type, entry.risk_level, entry.outcome, entry.case_id) == (
        "外部因素/政策",
        "重大",
        "failed",
        case_id,
    )


def test_two_and_three_character_chinese_words_are_found(sample_database):
    save_entry(
        sample_database,
        EntryForm("清算组备案经验", "公告期内不能注销，清算报告须全体股东签字。", "刘芳", "流程卡点"),
        NOW,
    )
    save_entry(
        sample_database, EntryForm("税务局预约技巧", "提前一天在电子税务局预约。", "刘芳", "流程卡点"), NOW
    )
    titles = lambda text: {e.title for e in search_entries(sample_database, EntryQuery(text))}  # noqa: E731
    assert "清算组备案经验" in titles("清算") and "税务局预约技巧" not in titles("清算")
    assert "税务局预约技巧" in titles("税务") and "税务局预约技巧" in titles("税务局")
    assert titles("清算 股东") >= {"清算组备案经验"} and "清算组备案经验" not in titles("清算 海关")
    assert "清算组备案经验" in {
        e.title for e in search_entries(sample_database, EntryQuery("清算", {TagKind.PROBLEM: "流程卡点"}))
    }


def test_a_stale_edit_of_an_entry_is_refused(sample_database):
    entry_id = save_entry(sample_database, EntryForm("旧标题", "内容", "刘芳", "沟通"), NOW)
    save_entry(sample_database, EntryForm("新标题", "内容", "刘芳", "沟通"), NOW, entry_id, version=1)
    with pytest.raises(ConcurrentEdit):
        save_entry(sample_database, EntryForm("另一个标题", "内容", "王磊", "沟通"), NOW, entry_id, version=1)
    with pytest.raises(ValidationFailed) as failure:
        save_entry(sample_database, EntryForm("", "", "", ""), NOW)
    assert set(failure.value.problems) == {"title", "body", "problem_type"}


def test_tag_lists_are_the_offices_own(sample_database):
    assert "材料问题" in tag_lists(sample_database)[TagKind.PROBLEM]
    save_tag_list(sample_database, TagKind.PROBLEM, ["材料问题", "窗口政策变化"])
    assert tag_lists(sample_database)[TagKind.PROBLEM] == ["材料问题", "窗口政策变化"]
    with pytest.raises(ValidationFailed):
        save_tag_list(sample_database, TagKind.PROBLEM, ["重复", "重复"])


def test_the_quarterly_analysis_counts_problems_success_and_delay(database):
    from datetime import datetime

    rows = [
        ("2026-01-10", "材料问题", "achieved", 0.0),
        ("2026-02-10", "材料问题", "achieved_late", 6.0),
        ("2026-03-10", "沟通", "failed", 10.0),
        ("2026-04-10", "沟通", "achieved", -2.0),
    ]
    with database.unit_of_work() as session:
        for day, problem, outcome, delay in rows:
            at = datetime.fromisoformat(day)
            session.add(
                KnowledgeEntry(
                    title=problem,
                    body="",
                    source="retrospective",
                    problem_type=problem,
                    service_type="tax_filing",
                    outcome=outcome,
                    delay_hours=delay,
                    created_at=at,
                    updated_at=at,
                )
            )
    analysis = quarterly_analysis(database)
    assert analysis.top_problems == [("材料问题", 2), ("沟通", 2)]
    q1, q2 = analysis.quarters
    assert (q1.quarter, q1.cases, q1.success_rate, q1.average_delay_hours) == ("2026Q1", 3, 1 / 3, 8.0)
    assert (q2.quarter, q2.cases, q2.success_rate, q2.average_delay_hours) == ("2026Q2", 1, 1.0, 0.0)
    assert analysis.by_service == {"tax_filing": [("材料问题", 2), ("沟通", 2)]}


def test_the_analysis_ranks_problems_over_the_quarters_it_charts(database):
    """Seen: 最常见的问题类型 counted every review ever (人为失误 ≈150) beside a trend of the last 8 quarters
    (人为失误 ≈59), and the quarters table named 沟通 the most common where neither chart had it."""
    from datetime import datetime

    rows = [("2024-01-10", "人为失误")] * 5  # nine quarters back: outside the charted period
    rows += [(f"{2024 + (n + 1) // 4}-{(n + 1) % 4 * 3 + 1:02d}-10", "沟通") for n in range(8)]
    rows += [("2025-10-10", "材料问题"), ("2025-10-11", "系统故障"), ("2025-10-12", "材料问题")]
    with database.unit_of_work() as session:
        for day, problem in rows:
            at = datetime.fromisoformat(day)
            session.add(
                KnowledgeEntry(
                    title=problem, body="", source="retrospective", problem_type=problem,
                    service_type="tax_filing", outcome="achieved", delay_hours=0.0,
                    created_at=at, updated_at=at,
                )
            )  # fmt: skip
    analysis = quarterly_analysis(database)
    assert len(analysis.quarters) == 9 and [q.quarter for q in analysis.recent][0] == "2024Q2"
    assert analysis.top_problems == [("沟通", 8), ("材料问题", 2), ("系统故障", 1)]
    assert analysis.by_service == {"tax_filing": analysis.top_problems}
    q2025q4 = next(q for q in analysis.quarters if q.quarter == "2025Q4")
    assert analysis.leading_problems(q2025q4) == ["材料问题"]
    q2024q2 = analysis.recent[0]
    assert analysis.leading_problems(q2024q2) == ["沟通"]
    tied = QuarterFigures("2026Q1", 3, 1.0, 0.0, Counter({"系统故障": 1, "人为失误": 1, "沟通": 1}))
    assert analysis.leading_problems(tied) == ["沟通", "系统故障", "人为失误"]  # in the period's order
    assert analysis.leading_problems(QuarterFigures("2026Q2", 0, 0.0, 0.0, Counter())) == []


def test_search_wildcards_are_taken_literally(sample_database):
    save_entry(sample_database, EntryForm("减免 100% 滞纳金", "内容", "刘芳", "沟通"), NOW)
    save_entry(sample_database, EntryForm("罚款 1000 元", "内容", "刘芳", "沟通"), NOW)
    titles = {e.title for e in search_entries(sample_database, EntryQuery("100%"))}
    assert "减免 100% 滞纳金" in titles and "罚款 1000 元" not in titles
    assert not search_entries(sample_database, EntryQuery("_"))


def test_export_then_import_into_an_empty_database_gives_the_same_entries(sample_database, tmp_path: Path):
    save_entry(sample_database, EntryForm('=HYPERLINK("http://x")', "@公式样的文本", "刘芳", "沟通"), NOW)
    save_entry(sample_database, EntryForm("带控制字符", "响铃\x07字符", "刘芳", "沟通"), NOW)
    path = tmp_path / "知识库.xlsx"
    rows = export_knowledge(sample_database, path)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["知识库条目", "标签统计", "季度分析"]
    analysis = quarterly_analysis(sample_database)
    leading = {q.quarter: "、".join(analysis.leading_problems(q)) for q in analysis.quarters}
    quarters = list(book["季度分析"].iter_rows(min_row=2, values_only=True))
    assert {row[0]: row[4] for row in quarters} == leading  # every type tied for the most, as on screen
    sheet = book["知识库条目"]
    header = next(sheet.iter_rows(values_only=True))
    assert header[:3] == ("编号", "标题", "内容")
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert len(values) == rows + 1 and any(v[1] == '=HYPERLINK("http://x")' for v in values)  # a text cell
    assert any(v[2] == "响铃字符" for v in values)  # control characters dropped, never a broken file
    book.close()
    fresh = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    fresh.actor = SYSTEM
    upgrade(fresh)
    dry = import_knowledge(fresh, _without_ids(path, tmp_path), NOW, dry_run=True)
    assert dry.added == rows and not dry.problems and not search_entries(fresh)
    report = import_knowledge(fresh, _without_ids(path, tmp_path), NOW, dry_run=False)
    assert report.added == rows

    def key(e):
        return (
            e.title,
            e.body,
            e.problem_type,
            e.risk_level,
            e.solution_kind,
            e.industry,
            e.service_type,
            e.outcome,
        )

    original = [key(e) for e in search_entries(sample_database) if e.title != "带控制字符"]
    assert sorted(k for k in map(key, search_entries(fresh)) if k[0] != "带控制字符") == sorted(original)
    again = import_knowledge(sample_database, path, NOW, dry_run=True)  # same file, same database
    assert (again.unchanged, again.updated, again.added) == (
        rows - 1,
        1,
        0,
    )  # only the cleaned control character
    assert again.changes[0].title == "带控制字符" and again.changes[0].changes == ("内容已修改",)
    fresh.dispose()


def _without_ids(path: Path, folder: Path) -> Path:
    """The exported file with the 编号 column emptied: every row is a new entry."""
    from openpyxl import load_workbook as load

    book = load(path)
    for row in book["知识库条目"].iter_rows(min_row=2):
        row[0].value = None
    target = folder / "new.xlsx"
    book.save(target)
    return target


def test_a_bad_row_names_sheet_row_and_column_and_nothing_is_imported(sample_database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    export_knowledge(sample_database, path, EntryQuery("", {TagKind.PROBLEM: "沟通"}))
    from openpyxl import load_workbook as load

    book = load(path)
    sheet = book["知识库条目"]
    sheet.cell(row=2, column=2).value = "改过的标题"
    sheet.cell(row=3, column=11).value = "火星业务"
    book.save(path)
    before = len(search_entries(sample_database))
    report = import_knowledge(sample_database, path, NOW, dry_run=False)
    assert [str(p) for p in report.problems] == [
        "工作表“知识库条目”第 3 行“业务类型”列：无法识别的业务类型“火星业务”"
    ]
    assert len(search_entries(sample_database)) == before
    assert not search_entries(
        sample_database, EntryQuery("改过的标题")
    )  # the good row was not written either
    sheet.cell(row=3, column=11).value = sheet.cell(row=4, column=11).value  # fixed
    sheet.cell(row=3, column=1).value = sheet.cell(row=2, column=1).value  # but 编号 now repeated
    book.save(path)
    repeated = import_knowledge(sample_database, path, NOW, dry_run=True)
    assert [p.column for p in repeated.problems] == ["编号"] and "重复" in repeated.problems[0].message
    sheet.cell(row=3, column=1).value = None  # a new entry again
    book.save(path)
    edited = int(sheet.cell(row=2, column=1).value)
    save_entry(sample_database, EntryForm("另一张桌改的", "内容", "刘芳", "沟通"), NOW, edited, version=1)
    stale = import_knowledge(sample_database, path, NOW, dry_run=True)
    assert [(p.row, p.column) for p in stale.problems] == [(2, "版本")]  # edited since the export
    assert "重新导出" in stale.problems[0].message
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationFailed, match="不是有效的 Excel"):
        import_knowledge(sample_database, tmp_path / "bad.xlsx", NOW, dry_run=True)


def test_an_improvement_actions_owner_over_the_limit_is_refused_naming_the_action():
    actions = [ImprovementAction("预约窗口", owner="刘芳"), ImprovementAction("更新清单", owner="刘" * 61)]
    assert retrospective_problems(_form(actions=actions)) == {
        "actions": "第 2 条改进措施的负责人不能超过 60 个字"
    }
    assert retrospective_problems(_form(actions=actions[:1])) == {}


def test_an_empty_improvement_action_is_refused_naming_it():
    assert retrospective_problems(_form(actions=[ImprovementAction("  ", owner="刘芳")])) == {
        "actions": "第 1 条改进措施没有内容"
    }


def test_an_action_proposing_an_sop_change_names_the_template():
    proposal = ImprovementAction("升级前先查公告", proposed_change="在“提交申请”前加一步：查看系统升级公告")
    assert retrospective_problems(_form(actions=[proposal])) == {
        "actions": "第 1 条改进措施提出了 SOP 修改，请选择要修改的模板"
    }
    proposal.sop_template_code = "tax-filing-expedite"
    assert retrospective_problems(_form(actions=[proposal])) == {}
