"""The audit trail: who changed what, when, old → new, in the change's own transaction; append-only."""

import gc
import weakref
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, event, func, select, text
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.config import LOGIN_PASSWORD_ENV
from app.db.database import open_database
from app.db.migrate import upgrade
from app.db.models import AuditEntry, MaterialReviewRecord, Staff, Task, TaskChecklistItem
from app.domain.audit_trail import VALUE_LIMIT, summary_text, value_text
from app.domain.case_costs import ActualCostItem
from app.domain.material_checklist import ReviewLevel
from app.domain.office_profile import OfficeProfileData
from app.domain.permissions import SYSTEM, Actor
from app.domain.vocabulary import StaffRole, TaskStatus
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.usecases.access import NotPermitted
from app.usecases.audit import audit_of_case, audit_people, export_audit, office_audit
from app.usecases.board import ChecklistLine, MoveRequest, TaskEdit, edit_task, move_task, task_detail
from app.usecases.case_costs import delete_actual_cost, record_actual_cost
from app.usecases.case_team import case_team, save_team
from app.usecases.material_review import load_case_materials, save_case_materials
from app.usecases.office import save_office_profile
from app.usecases.risk_calendar import delete_window, list_windows
from reports.audit_workbook import AUDIT_SHEET
from tests.helpers import NOW, first_open_case, just_taken_in


def _staff(database, role: StaffRole) -> Actor:
    with database.unit_of_work() as session:
        person = session.scalars(select(Staff).where(Staff.role == role).limit(1)).one()
        return Actor(person.id, person.name, role, f"user{person.id}")


def _todo_task(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        task = session.scalars(select(Task).where(Task.status == TaskStatus.TODO).limit(1)).one()
        return task.id, task.case_id


def _count(database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def _last_id(database) -> int:
    """The newest audit row so far: a test reads only what it wrote after the sample's own rows."""
    with database.unit_of_work() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def test_a_card_move_records_who_moved_it_and_not_what_the_scheduler_recomputed(sample_database):
    task_id, case_id = _todo_task(sample_database)
    just_taken_in(sample_database, case_id)  # the client has not signed: someone decides to start
    sample_database.actor = manager = _staff(sample_database, StaffRole.MANAGER)
    mark = _last_id(sample_database)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True),
        NOW,
    )

    lines = [line for line in audit_of_case(sample_database, case_id) if line.id > mark]
    changed = {line.field: (line.old_value, line.new_value) for line in lines}
    assert changed == {
        "status": ("待办", "进行中"),
        "started_at": ("", "2026-11-23 10:00"),
        # the client had not signed: the manager's decision to start, in the same unit of work
        "unsigned_start_by": ("", manager.name),
        "unsigned_start_at": ("", "2026-11-23 10:00"),
    }
    assert {(line.staff_name, line.entity_id, line.case_id) for line in lines} == {
        (manager.name, task_id, case_id),
        (manager.name, case_id, case_id),
    }
    with sample_database.unit_of_work() as session:
        assert (
            session.scalar(select(AuditEntry.staff_id).where(AuditEntry.id > mark).limit(1))
            == manager.staff_id
        )


def test_money_reads_in_yuan_and_a_deletion_keeps_what_was_deleted(sample_database):
    _task, case_id = _todo_task(sample_database)
    mark = _last_id(sample_database)
    cost_id = record_actual_cost(
        sample_database, case_id, ActualCostItem.CHANNEL_FEE, 12_345, None, "顺丰", NOW
    )
    delete_actual_cost(sample_database, cost_id)

    deleted, inserted = [line for line in audit_of_case(sample_database, case_id) if line.id > mark]
    assert (inserted.action, inserted.field, inserted.staff_name) == ("insert", "", "系统")
    assert "¥123.45" in inserted.new_value and "顺丰" in inserted.new_value
    assert deleted.action == "delete" and "¥123.45" in deleted.old_value and deleted.id > inserted.id


def test_settings_changes_are_recorded_by_field_and_by_statement(sample_database):
    save_office_profile(
        sample_database, OfficeProfileData("明远企业服务有限公司（示例）", phone="021-12345678")
    )
    window = list_windows(sample_database)[0]
    delete_window(sample_database, window.id)  # a DELETE statement, not the unit of work

    lines = office_audit(sample_database, entity="office_profile")
    assert [(line.field, line.new_value) for line in lines if line.field == "phone"] == [
        ("phone", "021-12345678")
    ]
    (removed,) = [
        line for line in office_audit(sample_database, entity="risk_window") if line.action == "delete"
    ]
    assert (removed.action, removed.entity_id) == ("delete", window.id) and window.title in removed.old_value


def test_a_password_change_is_recorded_without_the_hash(sample_database):
    with sample_database.unit_of_work() as session:
        person = session.scalars(select(Staff).limit(1)).one()
        person.password_hash, person.must_change_password = "scrypt$secret-hash", True
    (line,) = office_audit(sample_database, entity="staff", text="密码")
    assert (line.field, line.old_value, line.new_value) == ("password_hash", "", "密码已重置")
    with sample_database.unit_of_work() as session:
        values = session.execute(select(AuditEntry.old_value, AuditEntry.new_value)).all()
    assert not any("secret-hash" in old + new for old, new in values)


def test_office_audit_filters_by_dates_kind_person_and_words(sample_database):
    task_id, case_id = _todo_task(sample_database)
    sample_database.actor = coordinator = _staff(sample_database, StaffRole.MANAGER)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.BLOCKED, blocked_reason="等客户盖章", confirmed=True),
        NOW,
    )
    today = NOW.date()

    found = office_audit(sample_database, today, today, "task", coordinator.name, "盖章")
    assert [(line.field, line.new_value) for line in found] == [("blocked_reason", "等客户盖章")]
    assert found[0].case_number.startswith("JJ")
    assert office_audit(sample_database, today + timedelta(days=1), None, "task") == []
    assert office_audit(sample_database, text=found[0].case_number, entity="task")[0].case_id == case_id
    assert coordinator.name in audit_people(sample_database)
    lines = office_audit(sample_database, limit=None)
    assert [line.id for line in lines] == sorted((line.id for line in lines), reverse=True)


def test_only_roles_that_may_view_the_audit_trail_read_it(sample_database):
    sample_database.actor = _staff(sample_database, StaffRole.FRONT_DESK)
    with pytest.raises(NotPermitted, match="无权查看与导出审计记录"):
        office_audit(sample_database)
    with pytest.raises(NotPermitted):
        audit_of_case(sample_database, 1)
    sample_database.actor = _staff(sample_database, StaffRole.COMPLIANCE)
    assert office_audit(sample_database, limit=5)


def _assert_append_only(database) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO audit_entry (at, staff_name, entity, entity_id, action, field, old_value, "
                 "new_value) VALUES (:at, '系统', 'case', 1, 'update', 'title', 'a', 'b')"),
            {"at": NOW},
        )  # fmt: skip
    statements = ["UPDATE audit_entry SET new_value = 'forged'", "DELETE FROM audit_entry"]
    if database.engine.dialect.name == "postgresql":  # SQLite has no TRUNCATE (DELETE stands for it)
        statements.append("TRUNCATE audit_entry")
    for statement in statements:
        with pytest.raises(DBAPIError, match="审计记录只能追加"), database.engine.begin() as connection:
            connection.execute(text(statement))
    with database.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM audit_entry WHERE new_value = 'b'")) == 1


def test_audit_rows_cannot_be_changed_or_removed_on_sqlite(database):
    _assert_append_only(database)


def test_audit_rows_cannot_be_changed_or_removed_on_postgres(pg_database):
    _assert_append_only(pg_database)


def test_the_audit_trail_works_on_postgres(pg_database):
    from app.sample.office import generate_sample_office

    generate_sample_office(pg_database, 8, seed=4, now=NOW)
    task_id, case_id = _todo_task(pg_database)
    statements: list[str] = []
    event.listen(
        pg_database.engine, "before_cursor_execute", lambda _c, _cu, sql, *_a: statements.append(sql)
    )
    move_task(
        pg_database, MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True), NOW
    )
    assert sum(sql.startswith("INSERT INTO audit_entry") for sql in statements) == 1
    assert sum("pg_notify" in sql for sql in statements) == 1
    assert ("status", "待办", "进行中") in [
        (line.field, line.old_value, line.new_value) for line in audit_of_case(pg_database, case_id)
    ]


def test_the_export_holds_every_selected_change_with_real_dates(sample_database, tmp_path):
    task_id, case_id = _todo_task(sample_database)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.BLOCKED, blocked_reason="=HYPERLINK(1)", confirmed=True),
        NOW,
    )
    out = tmp_path / "审计.xlsx"
    rows = export_audit(sample_database, out, case_id=case_id)

    sheet = load_workbook(out)[AUDIT_SHEET]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:4] == ("时间", "人员", "案件", "对象") and len(values) - 1 == rows == len(
        audit_of_case(sample_database, case_id)
    )
    assert all(isinstance(row[0], datetime) for row in values[1:])
    typed = next(row[-1] for row in sheet.iter_rows(min_row=2) if row[-1].value == "=HYPERLINK(1)")
    assert typed.data_type == "s" and typed.quotePrefix  # a text cell as typed, never a formula


def test_the_command_line_exports_the_trail(sample_database, database_url, tmp_path, capsys, monkeypatch):
    task_id, _case_id = _todo_task(sample_database)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True),
        NOW,
    )
    out = tmp_path / "audit.xlsx"
    since = NOW.date().isoformat()
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    command = ["--database", database_url, "--user", DEMO_ADMIN, "export-audit", "--out", str(out)]
    assert main([*command, "--since", since], sample_database.clock) == 0
    assert "条修改记录" in capsys.readouterr().out
    with sample_database.unit_of_work() as session:  # the sample's history of moves is older
        today = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.at >= datetime.fromisoformat(since))
        )
    assert 0 < today < _count(sample_database)
    assert load_workbook(out)[AUDIT_SHEET].max_row == today + 1


def test_a_replaced_checklist_records_each_line_removed_and_added(sample_database):
    with sample_database.unit_of_work() as session:
        task_id = session.scalar(select(TaskChecklistItem.task_id).limit(1))
    detail = task_detail(sample_database, task_id)
    mark = _last_id(sample_database)
    edit = TaskEdit(
        task_id,
        detail.version,
        detail.assignee_id,
        detail.duration_minutes,
        "",
        [ChecklistLine("只剩一项", True)],
    )
    edit_task(sample_database, edit, NOW)

    lines = [line for line in office_audit(sample_database, entity="task_checklist_item") if line.id > mark]
    assert sorted(line.old_value for line in lines if line.action == "delete") == sorted(
        f"内容：{line.text}" for line in detail.checklist
    )
    assert [line.new_value for line in lines if line.action == "insert"] == ["内容：只剩一项"]
    assert {line.case_id for line in lines} == {_case_of(sample_database, task_id)}


def _case_of(database, task_id: int) -> int:
    with database.unit_of_work() as session:
        return session.get(Task, task_id).case_id


def test_values_read_as_people_write_them():
    assert value_text("amount_fen", 123_456) == "¥1,234.56"
    assert value_text("status", TaskStatus.BLOCKED) == "受阻"
    assert value_text("started_at", datetime(2026, 11, 23, 9, 5)) == "2026-11-23 09:05"
    assert value_text("done", True) == "是" and value_text("note", None) == ""
    assert value_text("steps", ["打电话", "上门"]) == '["打电话", "上门"]'
    assert len(value_text("notes", "长" * 5000)) == VALUE_LIMIT
    assert (
        summary_text("cost_line", {"item": "加急服务费", "amount_fen": "¥800.00"})
        == "项目：加急服务费；金额：¥800.00"
    )
    assert summary_text("task", {"name": ""}) == ""


def test_a_closed_database_is_freed_though_its_changes_were_audited(database_url):
    """The trail's listeners belong to the session class and reach the Database weakly: a test run or a
    restore that opens many databases does not keep every one of them (and its engine) alive."""
    database = open_database(database_url)
    database.actor = SYSTEM
    upgrade(database)
    save_office_profile(database, OfficeProfileData("测试代理", "地址", "010-1234567", "张三", "测试代理"))
    assert _count(database) > 0
    database.dispose()
    freed = weakref.ref(database)
    del database
    gc.collect()
    assert freed() is None


def test_material_checks_reviews_and_the_team_are_in_the_trail(sample_database):
    case_id = first_open_case(sample_database)[0]
    materials = load_case_materials(sample_database, case_id)
    first = materials.form.materials[0]
    materials.form.materials[0] = replace(first, note="营业执照副本已过期，客户下午送新件")
    save_case_materials(sample_database, materials, NOW)
    with sample_database.unit_of_work() as session:
        manager = session.scalars(select(Staff).where(Staff.role == StaffRole.MANAGER)).first()
        assert manager is not None
        session.execute(delete(MaterialReviewRecord).where(MaterialReviewRecord.case_id == case_id))
        level = ReviewLevel.SUPERVISOR
        session.add(
            MaterialReviewRecord(case_id=case_id, level=level, reviewer_id=manager.id, reviewed_at=NOW)
        )
    team = case_team(sample_database, case_id)
    members = [(m.staff_id, m.part) for m in team.members if m.part is not StaffRole.LOGISTICS]
    save_team(sample_database, case_id, members, NOW, team.version)

    lines = audit_of_case(sample_database, case_id)
    notes = [line for line in lines if line.entity == "material_check" and line.field == "note"]
    assert notes and notes[0].new_value == "营业执照副本已过期，客户下午送新件"
    reviews = [line for line in lines if line.entity == "material_review" and line.action == "insert"]
    assert reviews and manager.name in reviews[0].new_value
    assert any(line.entity == "case_member" for line in lines)


def test_a_transaction_writes_its_trail_once_at_commit_and_a_rollback_writes_none(sample_database):
    """Each statement is a round trip to a server: an intake flushes five times, and wrote its trail in
    five statements. Now the trail of a whole transaction is written at its commit (one statement on
    PostgreSQL, see the test below), and a transaction rolled back after it flushed leaves none of its
    lines, nor hands them to the next."""
    statements: list[str] = []
    event.listen(
        sample_database.engine, "before_cursor_execute", lambda _c, _cu, sql, *_a: statements.append(sql)
    )
    task_id, _case_id = _todo_task(sample_database)
    first = _last_id(sample_database)
    with sample_database.unit_of_work() as session:
        task = session.get_one(Task, task_id)
        task.notes = "第一次保存"
        session.flush()
        task.duration_minutes += 30
        session.flush()
        session.add(TaskChecklistItem(task_id=task_id, position=99, text="核对签字", done=False))
    writes = [sql for sql in statements if sql.startswith(("INSERT", "UPDATE"))]
    trail = [n for n, sql in enumerate(writes) if sql.startswith("INSERT INTO audit_entry")]
    assert len(writes) - len(trail) == 3 and trail == list(range(3, len(writes)))  # after the changes
    with sample_database.unit_of_work() as session:
        written = session.execute(
            select(AuditEntry.entity, AuditEntry.field).where(AuditEntry.id > first)
        ).all()
    assert sorted(written) == [("task", "duration_minutes"), ("task", "notes"), ("task_checklist_item", "")]
    last = _last_id(sample_database)
    with pytest.raises(RuntimeError), sample_database.unit_of_work() as session:
        session.get_one(Task, task_id).notes = "不会保存"
        session.flush()
        raise RuntimeError("the save failed after its flush")
    with sample_database.unit_of_work() as session:
        session.get_one(Task, task_id).notes = "再保存一次"
    with sample_database.unit_of_work() as session:
        new_values = session.scalars(select(AuditEntry.new_value).where(AuditEntry.id > last)).all()
    assert new_values == ["再保存一次"]
