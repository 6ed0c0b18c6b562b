"""The board's use cases: cards from stored schedules, moves with their gates, edits, columns."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import Case, Task, TaskDependency, TaskEvent, UrgencyAssessmentRecord
from app.domain.board_rules import (
    DueClock,
    Urgency,
    format_working_minutes,
    keyboard_step,
    move_problems,
    place_in_group,
    rank_between,
    status_change_text,
)
from app.domain.urgency import Recommendation, UrgencyDimension, UrgencyInput, priority
from app.domain.vocabulary import BOARD_STATUSES, OPEN_CASE_STATUSES, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.usecases.board import (
    ChecklistLine,
    MoveRequest,
    PredecessorsOpen,
    TaskEdit,
    edit_task,
    move_task,
    task_detail,
)
from app.usecases.board_cards import (
    ColumnSetting,
    board_columns,
    expedite_lane_counts,
    leading_cases,
    load_board,
    save_board_columns,
)
from app.usecases.cases import list_case_rows
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from tests.helpers import NOW


def _first(cards, **wanted):
    return next(c for c in cards if all(getattr(c, k) == v for k, v in wanted.items()))


def test_the_office_board_holds_open_cases_and_recent_done_cards(sample_database):
    cards = load_board(sample_database, NOW)
    with sample_database.unit_of_work() as session:
        open_ids = set(session.scalars(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES))))
    assert {c.case_id for c in cards} == open_ids
    assert all(c.due is not None and c.slack_minutes is not None for c in cards)
    assert any(c.critical for c in cards) and any(c.expedite for c in cards)
    ranks = {}
    for card in cards:  # each column in rank order
        assert card.rank >= ranks.get(card.status, float("-inf"))
        ranks[card.status] = card.rank


def test_cards_and_case_rows_carry_the_priority_of_the_stored_scores_and_time(sample_database):
    cards = load_board(sample_database, NOW)
    with sample_database.unit_of_work() as session:
        stored = {r.case_id: r for r in session.scalars(select(UrgencyAssessmentRecord))}
    graded = {
        case_id: priority(UrgencyInput({d: getattr(r, d.value) for d in UrgencyDimension},
                                       r.minutes_left, r.normal_minutes, r.expedite_minutes))
        for case_id, r in stored.items()
    }  # fmt: skip
    assert all(c.priority is graded[c.case_id] for c in cards)
    assert all(c.expedite == (stored[c.case_id].chosen is Recommendation.FULL) for c in cards)
    assert all(row.priority is graded[row.id] for row in list_case_rows(sample_database))
    assert len(set(graded.values())) == 3  # the sample office shows every priority


def test_a_case_board_shows_every_task_of_the_case(sample_database):
    case_id = load_board(sample_database, NOW)[0].case_id
    with sample_database.unit_of_work() as session:
        count = len(session.scalars(select(Task.id).where(Task.case_id == case_id)).all())
    assert len(load_board(sample_database, NOW, case_id)) == count


def _todo_without_open_predecessors(database):
    with database.unit_of_work() as session:
        waiting = set(
            session.scalars(
                select(TaskDependency.successor_id)
                .join(Task, Task.id == TaskDependency.predecessor_id)
                .where(Task.status != TaskStatus.DONE)
            )
        )
    return [c for c in load_board(database, NOW) if c.status is TaskStatus.TODO and c.task_id not in waiting]


def test_a_move_is_stored_in_its_place_recorded_and_reschedules_the_case(sample_database):
    card = _todo_without_open_predecessors(sample_database)[0]
    column = [c for c in load_board(sample_database, NOW) if c.status is TaskStatus.IN_PROGRESS]
    result = move_task(
        sample_database,
        MoveRequest(card.task_id, TaskStatus.IN_PROGRESS, column[1].task_id, start_unsigned=True),
        NOW,
    )
    assert result.card.status is TaskStatus.IN_PROGRESS and column[0].rank < result.card.rank < column[1].rank
    assert {c.case_id for c in result.case_cards} == {card.case_id} and result.projected_finish
    with sample_database.unit_of_work() as session:
        task = session.get(Task, card.task_id)
        assert task.started_at == NOW and task.version == card.version + 1
        events = session.scalars(select(TaskEvent.text).where(TaskEvent.task_id == card.task_id)).all()
    assert events == ["从“待办”移到“进行中”"]
    back = move_task(sample_database, result.previous, NOW)  # what undo does
    assert (back.card.status, back.card.rank) == (TaskStatus.TODO, card.rank)


def test_done_needs_the_checklist_and_blocked_needs_a_reason(sample_database):
    card = next(c for c in load_board(sample_database, NOW)
                if c.status is TaskStatus.IN_PROGRESS and c.checklist_done < c.checklist_total)  # fmt: skip
    with pytest.raises(ValidationFailed, match="检查清单尚未完成") as failure:
        move_task(sample_database, MoveRequest(card.task_id, TaskStatus.DONE, confirmed=True), NOW)
    assert "checklist" in failure.value.problems
    with pytest.raises(ValidationFailed, match="请填写受阻原因"):
        move_task(sample_database, MoveRequest(card.task_id, TaskStatus.BLOCKED), NOW)
    blocked = move_task(
        sample_database, MoveRequest(card.task_id, TaskStatus.BLOCKED, blocked_reason="窗口系统升级"), NOW
    )
    assert blocked.card.blocked_reason == "窗口系统升级"
    detail = task_detail(sample_database, card.task_id)
    lines = [ChecklistLine(line.text, True) for line in detail.checklist]
    edit = TaskEdit(
        card.task_id, detail.version, detail.assignee_id, detail.duration_minutes, detail.notes, lines
    )
    edit_task(sample_database, edit, NOW)
    done = move_task(sample_database, MoveRequest(card.task_id, TaskStatus.DONE, confirmed=True), NOW)
    assert done.card.status is TaskStatus.DONE and done.card.blocked_reason == ""


def test_starting_a_task_whose_predecessors_are_open_warns_first(sample_database):
    with sample_database.unit_of_work() as session:
        successor = session.scalar(
            select(TaskDependency.successor_id)
            .join(Task, Task.id == TaskDependency.predecessor_id)
            .join(Case, Case.id == Task.case_id)
            .where(Task.status == TaskStatus.TODO, Case.status.in_(OPEN_CASE_STATUSES))
            .limit(1)
        )
    with pytest.raises(PredecessorsOpen, match="前置任务尚未完成"):
        move_task(sample_database, MoveRequest(successor, TaskStatus.IN_PROGRESS, start_unsigned=True), NOW)
    confirmed = MoveRequest(successor, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True)
    moved = move_task(sample_database, confirmed, NOW)
    assert moved.card.status is TaskStatus.IN_PROGRESS


def test_a_card_moved_by_another_desk_is_not_moved_again(sample_database):
    card = _todo_without_open_predecessors(sample_database)[0]
    started = MoveRequest(card.task_id, TaskStatus.IN_PROGRESS, version=card.version, start_unsigned=True)
    move_task(sample_database, started, NOW)
    with pytest.raises(ConcurrentEdit):
        move_task(sample_database, MoveRequest(card.task_id, TaskStatus.REVIEW, version=card.version), NOW)


def test_a_move_between_columns_reads_as_the_history_keeps_it():
    assert status_change_text(TaskStatus.TODO, TaskStatus.IN_PROGRESS) == "从“待办”移到“进行中”"
    assert status_change_text(TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, "等客户盖章") == (
        "从“进行中”移到“受阻”（等客户盖章）"
    )


def test_an_edit_reschedules_and_is_in_the_history(sample_database):
    card = _todo_without_open_predecessors(sample_database)[0]
    detail = task_detail(sample_database, card.task_id)
    longer = detail.duration_minutes + 600
    edit = TaskEdit(card.task_id, detail.version, None, longer, "客户下午送材料", detail.checklist)
    cards = edit_task(sample_database, edit, NOW)
    edited = _first(cards, task_id=card.task_id)
    assert edited.assignee_id is None and edited.planned_finish > card.planned_finish
    history = task_detail(sample_database, card.task_id).history
    assert "工期" in history[0][1] and "负责人" in history[0][1] and "备注" in history[0][1]
    with pytest.raises(ValidationFailed, match="空行"):
        edit_task(
            sample_database,
            TaskEdit(card.task_id, detail.version + 1, None, 60, "", [ChecklistLine(" ", False)]),
            NOW,
        )


def test_columns_keep_the_office_titles_order_and_limits(sample_database):
    assert [c.status for c in board_columns(sample_database)] == list(BOARD_STATUSES)
    columns = [ColumnSetting(TaskStatus.BLOCKED, "卡住了", 5), ColumnSetting(TaskStatus.TODO, ""),
               ColumnSetting(TaskStatus.IN_PROGRESS, "", 3, True)]  # fmt: skip
    save_board_columns(sample_database, columns)
    stored = board_columns(sample_database)
    assert stored[:3] == columns and {c.status for c in stored} == set(BOARD_STATUSES)
    with pytest.raises(ValidationFailed):
        save_board_columns(sample_database, [ColumnSetting(TaskStatus.TODO, "", -1)])


def test_board_rules():
    assert (
        rank_between(None, None) == 0.0 and rank_between(2.0, None) == 3.0 and rank_between(1.0, 2.0) == 1.5
    )
    assert move_problems(TaskStatus.REVIEW, TaskStatus.DONE, ["双人核对公章"], "") == {
        "checklist": "检查清单尚未完成：“双人核对公章”。完成检查后才能移到“已完成”"
    }
    assert move_problems(TaskStatus.DONE, TaskStatus.DONE, ["x"], "") == {}
    clock = DueClock(WorkingCalendar(), NOW)  # Monday 10:00
    assert clock.minutes_left(NOW + timedelta(hours=1)) == 60
    assert clock.urgency(NOW + timedelta(hours=1)) is Urgency.RED
    assert clock.urgency(NOW + timedelta(hours=6)) is Urgency.AMBER
    assert clock.urgency(NOW + timedelta(days=3)) is Urgency.CALM
    assert clock.urgency(NOW - timedelta(days=400)) is Urgency.RED
    assert clock.overdue(NOW - timedelta(minutes=1)) and not clock.overdue(NOW)
    morning = DueClock(WorkingCalendar(), NOW.replace(hour=9))  # the day's first working minute
    sunday = NOW - timedelta(days=1)  # before now, yet no working time has passed since
    assert morning.minutes_left(sunday) == 0 and not morning.overdue(sunday)
    # A countdown to the due time, never to be read as the work left (walk 2: 「剩 42 工时」).
    assert format_working_minutes(90) == "1.5 工时后到期" and format_working_minutes(-120) == "已超期 2 工时"


def test_a_keyboard_step_never_lands_in_a_column_that_asks_for_input():
    columns = [
        TaskStatus.TODO,
        TaskStatus.IN_PROGRESS,
        TaskStatus.REVIEW,
        TaskStatus.BLOCKED,
        TaskStatus.DONE,
    ]
    assert keyboard_step(columns, 2, 1) == 4  # 待复核 → 已完成, over 受阻
    assert keyboard_step(columns, 4, -1) == 2
    assert keyboard_step(columns, 3, 1) == 4  # out of 受阻 needs nothing
    assert keyboard_step(columns, 0, 1) == 1 and keyboard_step(columns, 0, -1) is None
    assert keyboard_step([TaskStatus.DONE, TaskStatus.BLOCKED], 0, 1) is None  # 受阻 last: nowhere to go


def test_cards_with_the_same_rank_are_spaced_out_before_one_goes_between(sample_database):
    # Any three of 待办 (a reorder within the column asks nothing of their predecessors).
    todo = [c for c in load_board(sample_database, NOW) if c.status is TaskStatus.TODO][:3]
    with sample_database.unit_of_work() as session:
        for card in todo:
            session.get(Task, card.task_id).board_rank = 7.0  # worn down by many halvings
    result = move_task(sample_database, MoveRequest(todo[2].task_id, TaskStatus.TODO, todo[1].task_id), NOW)
    column = [c.task_id for c in load_board(sample_database, NOW) if c.status is TaskStatus.TODO]
    assert column.index(todo[0].task_id) < column.index(todo[2].task_id) < column.index(todo[1].task_id)
    assert result.card.rank != 7.0


def test_a_stale_before_card_in_another_column_puts_the_card_at_the_end(sample_database):
    todo = _todo_without_open_predecessors(sample_database)[0]
    elsewhere = next(c for c in load_board(sample_database, NOW) if c.status is TaskStatus.IN_PROGRESS)
    result = move_task(sample_database, MoveRequest(todo.task_id, TaskStatus.TODO, elsewhere.task_id), NOW)
    column = [c for c in load_board(sample_database, NOW) if c.status is TaskStatus.TODO]
    assert column[-1].task_id == todo.task_id and not result.renumbered


def test_reordering_within_done_keeps_when_the_task_was_done(sample_database):
    with sample_database.unit_of_work() as session:
        ids = session.scalars(select(Task.id).where(Task.status == TaskStatus.DONE).limit(2)).all()
    done = [
        next(c for c in load_board(sample_database, NOW, _case_of(sample_database, i)) if c.task_id == i)
        for i in ids
    ]
    with sample_database.unit_of_work() as session:
        finished = session.get(Task, done[1].task_id).completed_at
    move_task(
        sample_database,
        MoveRequest(done[1].task_id, TaskStatus.DONE, done[0].task_id),
        NOW + timedelta(days=2),
    )
    with sample_database.unit_of_work() as session:
        assert session.get(Task, done[1].task_id).completed_at == finished


def _case_of(database, task_id):
    with database.unit_of_work() as session:
        return session.get(Task, task_id).case_id


def test_a_card_due_before_the_boards_history_reads_overdue_not_a_count_of_hours():
    clock = DueClock(WorkingCalendar(), NOW)
    long_ago = clock.minutes_left(NOW - timedelta(days=400))
    assert format_working_minutes(long_ago) == "已超期"
    assert format_working_minutes(-(10**8) + 1) != "已超期"  # a late but countable card keeps its hours


def test_a_card_dropped_among_another_priority_goes_to_the_nearest_end_of_its_own():
    lane = [0, 0, 1, 1, 1, 2]  # the ⚡ lane's other cards by priority: 特急, 特急, 紧急 ×3, 一般
    assert place_in_group(lane, 1, 3) == 3  # among its own: where dropped
    assert place_in_group(lane, 1, 0) == 2  # on a 特急 card: first of 紧急
    assert place_in_group(lane, 1, 6) is None  # after the 一般 card: last of 紧急 (the end)
    assert place_in_group(lane, 1, 5) is None  # at the end of its own
    assert place_in_group(lane, 3, 1) is None  # the only one of its priority: after the others
    assert place_in_group([], 0, 0) is None


def test_the_office_board_in_parts_is_its_leading_cases_and_the_rest(sample_database):
    lead_cases = leading_cases(sample_database, 2)
    lead, more = lead_cases.expedite + lead_cases.others, lead_cases.more
    with sample_database.unit_of_work() as session:
        expedite = set(session.scalars(
            select(UrgencyAssessmentRecord.case_id).join(Case, Case.id == UrgencyAssessmentRecord.case_id)
            .where(UrgencyAssessmentRecord.chosen == Recommendation.FULL, Case.status.in_(OPEN_CASE_STATUSES))
        ))  # fmt: skip
        numbers = dict(session.execute(select(Case.id, Case.number)).all())
    others = [case_id for case_id in lead if case_id not in expedite]
    assert more and expedite <= set(lead) and len(others) == 2  # the ⚡ lane's cases, then two by number
    first, rest = load_board(sample_database, NOW, among=lead), load_board(sample_database, NOW, besides=lead)
    assert {c.case_id for c in first} <= set(lead) and not {c.case_id for c in rest} & set(lead)
    assert max(numbers[c] for c in others) < min(
        numbers[c.case_id] for c in rest if c.case_id not in expedite
    )
    assert sorted(first + rest) == sorted(load_board(sample_database, NOW))
    assert leading_cases(sample_database, 10**6).more is False


def test_the_expedite_lane_counted_by_the_database_is_the_lane_a_whole_read_gives(sample_database):
    counted: dict[int, dict[TaskStatus, int]] = {}
    for card in load_board(sample_database, NOW):
        if card.expedite:
            per_case = counted.setdefault(card.case_id, {})
            per_case[card.status] = per_case.get(card.status, 0) + 1
    assert counted and expedite_lane_counts(sample_database, NOW) == counted
    assert set(counted) == set(leading_cases(sample_database, 2).expedite)
