"""Client notices on the sample office: raised by milestones and red cases, logged, drafted, reported."""

import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.db.models import Case, Client, ClientNotice, Task, TaskChecklistItem
from app.domain.client_notice import NoticeChannel, NoticeKind, NoticeStatus
from app.domain.incident import IncidentCategory
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceTier, TaskStatus
from app.usecases.board import ChecklistLine, MoveRequest, TaskEdit, edit_task, move_task, task_detail
from app.usecases.case_documents import generate_progress_report
from app.usecases.client_notices import (
    case_notices,
    cases_in_remediation,
    daily_progress_text,
    log_adhoc_notice,
    log_notice,
    notice_draft,
    notice_templates,
    notices_due,
    save_notice_template,
)
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.incidents import IncidentReport, open_incident_in
from app.usecases.stored_documents import write_document
from tests.helpers import NOW

FRIDAY_EVENING = datetime(2026, 11, 27, 17, 50)


def _milestone_ready(database, tier: ServiceTier) -> Task:
    """An open case's milestone task that is not done yet, its checklist ticked, its client of ``tier``."""
    with database.unit_of_work() as session:
        task = session.scalars(
            select(Task)
            .join(Case, Case.id == Task.case_id)
            .where(Task.milestone, Task.status != TaskStatus.DONE, Case.status.in_(OPEN_CASE_STATUSES))
            .order_by(Task.id)
        ).first()
        session.execute(
            update(TaskChecklistItem).where(TaskChecklistItem.task_id == task.id).values(done=True)
        )
        client_id = session.scalar(select(Case.client_id).where(Case.id == task.case_id))
        session.execute(update(Client).where(Client.id == client_id).values(tier=tier))
        return task


def _move(database, task_id: int, status: TaskStatus, now: datetime):
    return move_task(database, MoveRequest(task_id, status, confirmed=True, start_unsigned=True), now)


def _notices_of_task(database, task_id: int) -> list[ClientNotice]:
    with database.unit_of_work() as session:
        return session.scalars(select(ClientNotice).where(ClientNotice.task_id == task_id)).all()


@pytest.mark.parametrize(
    ("tier", "due"),
    [(ServiceTier.BASIC, datetime(2026, 11, 30, 9, 20)), (ServiceTier.VIP, datetime(2026, 11, 27, 18, 20))],
)
def test_a_milestone_done_raises_one_notice_due_on_the_clients_clock(sample_database, tier, due):
    task = _milestone_ready(sample_database, tier)
    _move(sample_database, task.id, TaskStatus.DONE, FRIDAY_EVENING)
    _move(sample_database, task.id, TaskStatus.IN_PROGRESS, FRIDAY_EVENING + timedelta(minutes=1))
    _move(sample_database, task.id, TaskStatus.DONE, FRIDAY_EVENING + timedelta(minutes=2))
    (notice,) = _notices_of_task(sample_database, task.id)
    assert notice.kind is NoticeKind.MILESTONE and notice.due_at == due
    assert notice.raised_at == FRIDAY_EVENING and notice.sent_at is None


def test_an_ordinary_task_done_raises_no_notice(sample_database):
    with sample_database.unit_of_work() as session:
        task_id = session.scalar(
            select(Task.id)
            .outerjoin(TaskChecklistItem, TaskChecklistItem.task_id == Task.id)
            .where(~Task.milestone, Task.status == TaskStatus.TODO, TaskChecklistItem.id.is_(None))
            .limit(1)
        )
    _move(sample_database, task_id, TaskStatus.DONE, NOW)
    assert _notices_of_task(sample_database, task_id) == []


def _on_time_case(database) -> tuple[int, int]:
    """An open case on time with a task still to do: (case id, that task's id)."""
    with database.unit_of_work() as session:
        return session.execute(
            select(Case.id, Task.id)
            .join(Task, Task.case_id == Case.id)
            .where(
                Case.status.in_(OPEN_CASE_STATUSES),
                Case.projected_finish <= Case.requested_deadline,
                Task.status == TaskStatus.TODO,
            )
            .order_by(Case.id, Task.position)
            .limit(1)
        ).one()


def _lengthen(database, task_id: int, minutes: int, now: datetime) -> None:
    detail = task_detail(database, task_id)
    edit_task(
        database,
        TaskEdit(task_id, detail.version, detail.assignee_id, minutes, detail.notes,
                 [ChecklistLine(c.text, c.done) for c in detail.checklist]),
        now,
    )  # fmt: skip


def test_a_case_turning_red_owes_the_client_one_at_risk_notice_within_an_hour(sample_database):
    case_id, task_id = _on_time_case(sample_database)
    _lengthen(sample_database, task_id, 400 * 60, NOW)  # 400 working hours: far past the deadline
    (notice,) = [n for n in notices_due(sample_database, NOW, case_id) if n.kind is NoticeKind.AT_RISK]
    assert notice.due_at == NOW + timedelta(hours=1)  # Monday 10:00, working time either way
    assert "晚于截止时间" in notice.reason and notice.state.status is NoticeStatus.DUE
    assert notice.minutes_left == 60
    _lengthen(sample_database, task_id, 60, NOW + timedelta(minutes=5))  # back on time
    _lengthen(sample_database, task_id, 400 * 60, NOW + timedelta(minutes=10))  # red again, still unsent
    assert len([n for n in notices_due(sample_database, NOW, case_id) if n.kind is NoticeKind.AT_RISK]) == 1
    assert case_id in [c.case_id for c in cases_in_remediation(sample_database, NOW)]
    assert "晚于截止时间" in notice_draft(sample_database, notice.id)


def test_logging_in_time_and_late_and_overdue_on_the_dashboard(sample_database):
    task = _milestone_ready(sample_database, ServiceTier.VIP)
    _move(sample_database, task.id, TaskStatus.DONE, NOW)
    (due,) = _due_of_task(sample_database, task.id, NOW + timedelta(minutes=45))
    assert due.overdue and due.minutes_left == -15 and due.milestone == task.name
    staff_id = _staff(sample_database)
    late = log_notice(
        sample_database, due.id, NoticeChannel.WECHAT, "已微信告知客户", staff_id,
        NOW + timedelta(minutes=40), NOW + timedelta(minutes=45), due.version,
    )  # fmt: skip
    assert late == 10
    (sent,) = [n for n in case_notices(sample_database, task.case_id, NOW) if n.id == due.id]
    assert sent.state.status is NoticeStatus.SENT_LATE and sent.channel is NoticeChannel.WECHAT
    assert sent.sent_by_name and sent.text == "已微信告知客户"
    with sample_database.unit_of_work() as session:
        assert session.get(ClientNotice, due.id).late_minutes == 10
    with pytest.raises(ValidationFailed) as again:
        log_notice(sample_database, due.id, NoticeChannel.PHONE, "再次", staff_id, NOW, NOW)
    assert "notice" in again.value.problems
    assert all(n.id != due.id for n in notices_due(sample_database, NOW))


def test_a_notice_sent_in_time_records_no_lateness(sample_database):
    task = _milestone_ready(sample_database, ServiceTier.BASIC)
    _move(sample_database, task.id, TaskStatus.DONE, NOW)
    (due,) = _due_of_task(sample_database, task.id, NOW)
    late = log_notice(
        sample_database, due.id, NoticeChannel.PHONE, "电话告知", _staff(sample_database),
        NOW + timedelta(minutes=10), NOW + timedelta(minutes=10), due.version,
    )  # fmt: skip
    assert late == 0
    with sample_database.unit_of_work() as session:
        assert session.get(ClientNotice, due.id).late_minutes is None


def _due_of_task(database, task_id: int, now: datetime):
    return [n for n in notices_due(database, now) if n.task_id == task_id]


def _staff(database) -> int:
    from app.usecases.staff import list_staff

    return list_staff(database)[0].id


def test_bad_input_and_stale_versions_are_refused(sample_database):
    task = _milestone_ready(sample_database, ServiceTier.BASIC)
    _move(sample_database, task.id, TaskStatus.DONE, NOW)
    (due,) = _due_of_task(sample_database, task.id, NOW)
    with pytest.raises(ValidationFailed) as bad:
        log_notice(sample_database, due.id, NoticeChannel.SMS, " ", None, NOW + timedelta(hours=1), NOW)
    assert set(bad.value.problems) == {"text", "sent_by", "sent_at"}
    with pytest.raises(ConcurrentEdit):
        log_notice(sample_database, due.id, NoticeChannel.SMS, "短信", _staff(sample_database), NOW, NOW, 99)
    assert _due_of_task(sample_database, task.id, NOW) == [due]


def test_drafts_fill_the_offices_template(sample_database):
    task = _milestone_ready(sample_database, ServiceTier.BASIC)
    _move(sample_database, task.id, TaskStatus.DONE, NOW)
    (due,) = _due_of_task(sample_database, task.id, NOW)
    with sample_database.unit_of_work() as session:
        number, client = session.execute(
            select(Case.number, Client.name).join(Client).where(Case.id == task.case_id)
        ).one()
    draft = notice_draft(sample_database, due.id)
    assert number in draft and client in draft and f"“{task.name}”" in draft and "{" not in draft
    save_notice_template(sample_database, NoticeKind.MILESTONE, "{客户}：{里程碑}已完成，{未知}")
    assert notice_templates(sample_database)[NoticeKind.MILESTONE].startswith("{客户}")
    assert notice_draft(sample_database, due.id) == f"{client}：{task.name}已完成，{{未知}}"
    with pytest.raises(ValidationFailed) as empty:
        save_notice_template(sample_database, NoticeKind.AT_RISK, "  ")
    assert "at_risk" in empty.value.problems


def test_an_adhoc_notice_is_kept_as_sent(sample_database):
    case_id, _ = _on_time_case(sample_database)
    notice_id = log_adhoc_notice(
        sample_database, case_id, NoticeChannel.VISIT, "上门说明进展", _staff(sample_database), NOW, NOW
    )
    (view,) = [n for n in case_notices(sample_database, case_id, NOW) if n.id == notice_id]
    assert view.kind is NoticeKind.PROGRESS and view.state.status is NoticeStatus.SENT_IN_TIME


def test_the_daily_report_lists_cases_in_remediation_and_prints(sample_database, tmp_path):
    case_id, task_id = _on_time_case(sample_database)
    _lengthen(sample_database, task_id, 400 * 60, NOW)
    with sample_database.unit_of_work() as session:
        other = session.scalar(
            select(Case.id).where(
                Case.status.in_(OPEN_CASE_STATUSES),
                Case.projected_finish <= Case.requested_deadline,
                Case.id != case_id,
            )
        )
        open_incident_in(
            session,
            IncidentReport(other, IncidentCategory.SYSTEM_OUTAGE, ResponseLevel.L2, "登记系统宕机", None),
            NOW,
        )
        numbers = dict(
            session.execute(select(Case.id, Case.number).where(Case.id.in_([case_id, other]))).all()
        )
    remediation = {c.case_id: c for c in cases_in_remediation(sample_database, NOW)}
    assert (
        remediation[case_id].late and remediation[other].open_incidents >= 1 and not remediation[other].late
    )
    text = daily_progress_text(sample_database, NOW)
    assert numbers[case_id] in text and numbers[other] in text and "登记系统宕机" in text
    assert "（预计逾期）" in text and "下一步：" in text
    single = daily_progress_text(sample_database, NOW, [other])
    assert numbers[other] in single and numbers[case_id] not in single

    report = generate_progress_report(sample_database, case_id, NOW)
    path = tmp_path / report.file_name
    write_document(sample_database, report.sha256, report.file_name, path)
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    words = "".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    assert numbers[case_id] in words
