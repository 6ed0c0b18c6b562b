"""The critical path method: textbook answers, working time, refusals, and properties."""

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.scheduling import Feasibility, Link, PlanError, PlanTask, schedule_plan, topological_order
from app.domain.vocabulary import DependencyKind
from app.domain.working_calendar import WorkingCalendar

H = 60  # minutes in an hour
CLOCK = WorkingCalendar.around_the_clock()
OFFICE = WorkingCalendar()
MONDAY = datetime(2026, 11, 23, 9)
SS = DependencyKind.START_TO_START


def task(key, hours, *after, **fields):
    links = tuple(a if isinstance(a, Link) else Link(a) for a in after)
    return PlanTask(key, f"步骤{key}", hours * H, links, **fields)


TEXTBOOK = [task("A", 3), task("B", 4, "A"), task("C", 2, "A"), task("D", 5, "B"), task("E", 1, "C"),
            task("F", 2, "D", "E")]  # fmt: skip


def test_textbook_network_hand_checked():
    schedule = schedule_plan(TEXTBOOK, CLOCK, datetime(2026, 11, 23))
    figures = {k: (t.earliest_start // H, t.earliest_finish // H, t.latest_start // H, t.latest_finish // H,
                   t.total_slack // H, t.free_slack // H) for k, t in schedule.tasks.items()}  # fmt: skip
    assert figures == {
        "A": (0, 3, 0, 3, 0, 0),
        "B": (3, 7, 3, 7, 0, 0),
        "C": (3, 5, 9, 11, 6, 0),
        "D": (7, 12, 7, 12, 0, 0),
        "E": (5, 6, 11, 12, 6, 6),
        "F": (12, 14, 12, 14, 0, 0),
    }
    assert schedule.critical_keys() == ["A", "B", "D", "F"]
    assert schedule.critical_chain() == ["A", "B", "D", "F"]
    assert schedule.projected_finish == datetime(2026, 11, 23, 14)


def test_start_to_start_links_with_lag_run_steps_in_parallel():
    plan = [task("X", 4), task("Y", 3, Link("X", SS, 1 * H)), task("Z", 2, "X", "Y")]
    schedule = schedule_plan(plan, CLOCK, datetime(2026, 11, 23))
    spans = [(schedule.tasks[k].earliest_start // H, schedule.tasks[k].earliest_finish // H) for k in "XYZ"]
    assert spans == [(0, 4), (1, 4), (4, 6)]
    assert schedule.tasks["Y"].total_slack == 0 and schedule.critical_chain() == ["X", "Z"]


def test_working_time_and_a_deadline_that_cannot_hold():
    # 7.5 working hours a day: 16 h of serial work from Monday 09:00 ends Wednesday 10:00.
    plan = [task("prepare", 6), task("review", 4, "prepare"), task("submit", 6, "review"), task("notify", 1)]
    schedule = schedule_plan(plan, OFFICE, MONDAY, deadline=datetime(2026, 11, 24, 18))
    feasibility = schedule.feasibility()
    assert feasibility.projected_finish == datetime(2026, 11, 25, 10)
    assert (feasibility.short_by_minutes, feasibility.feasible) == (1 * H, False)
    assert schedule.tasks["prepare"].total_slack == -1 * H and schedule.critical_keys() == [
        "prepare",
        "review",
        "submit",
    ]
    assert feasibility.tasks_to_shorten == ("步骤prepare", "步骤submit", "步骤review")
    assert feasibility.summary() == (
        "预计 2026-11-25 10:00 完成，比截止时间晚 1 个工作小时。"
        "请压缩或改为并行处理关键任务：步骤prepare、步骤submit、步骤review。"
    )


def test_a_deadline_with_room_reports_the_spare_time():
    schedule = schedule_plan([task("A", 2)], OFFICE, MONDAY, deadline=datetime(2026, 11, 24, 12))
    feasibility = schedule.feasibility()
    assert (
        feasibility.feasible and feasibility.spare_minutes == 8 * H + 30  # Mon 11–12, 13:30–18; Tue 9–12
    )
    assert feasibility.summary().startswith("预计 2026-11-23 11:00 完成，距截止时间还有 8.5 个工作小时")


def test_done_tasks_stay_put_and_started_ones_run_their_remainder():
    now = datetime(2026, 11, 24, 10)
    plan = [
        task("A", 3, started_at=datetime(2026, 11, 23, 9), completed_at=datetime(2026, 11, 23, 14)),
        task("B", 4, "A", started_at=datetime(2026, 11, 24, 9)),  # 1 h worked, 3 h left
        task("C", 2, "B"),
    ]
    schedule = schedule_plan(plan, OFFICE, now)
    a, b, c = (schedule.tasks[k] for k in "ABC")
    assert a.done and not a.critical
    assert schedule.instant(a.earliest_finish, finish=True) == datetime(2026, 11, 23, 14)
    assert schedule.instant(b.earliest_finish, finish=True) == datetime(2026, 11, 24, 14, 30)
    assert schedule.instant(c.earliest_start) == datetime(2026, 11, 24, 14, 30)
    assert schedule.projected_finish == datetime(2026, 11, 24, 16, 30)


def test_the_finish_crossing_into_2027_is_marked_estimated():
    schedule = schedule_plan([task("A", 15)], OFFICE, datetime(2026, 12, 31, 9))
    assert schedule.projected_finish == datetime(2027, 1, 4, 18)
    assert schedule.estimated and schedule.feasibility().summary().startswith(
        "预计 2027-01-04 18:00（预估） 完成"
    )


def test_a_cycle_is_refused_naming_its_steps():
    plan = [task("A", 1, "C"), task("B", 1, "A"), task("C", 1, "B"), task("D", 1)]
    with pytest.raises(PlanError, match="前置关系存在循环：步骤B → 步骤C → 步骤A → 步骤B"):
        topological_order(plan)


def test_a_missing_step_is_refused_naming_it():
    with pytest.raises(PlanError, match="步骤“步骤B”的前置步骤“Q”不存在"):
        schedule_plan([task("A", 1), task("B", 1, "Q")], OFFICE, MONDAY)


@st.composite
def plans(draw):
    count = draw(st.integers(1, 25))
    tasks = []
    for index in range(count):
        predecessors = draw(st.lists(st.integers(0, index - 1), unique=True, max_size=3)) if index else []
        links = tuple(
            Link(str(p), draw(st.sampled_from(list(DependencyKind))), draw(st.sampled_from([0, 0, 30, 90])))
            for p in predecessors
        )
        tasks.append(PlanTask(str(index), f"步骤{index}", draw(st.integers(0, 20)) * 30, links))
    return draw(st.permutations(tasks))


@settings(max_examples=150, deadline=None)
@given(plans(), st.sampled_from([CLOCK, OFFICE]))
def test_schedule_properties(plan, calendar):
    schedule = schedule_plan(plan, calendar, MONDAY)
    tasks = schedule.tasks
    for item in plan:
        scheduled = tasks[item.key]
        assert scheduled.total_slack >= 0 and scheduled.free_slack >= 0  # feasible: no deadline
        assert scheduled.earliest_start >= schedule.start_offset
        for link in item.predecessors:
            predecessor = tasks[link.predecessor]
            anchor = (
                predecessor.earliest_finish
                if link.kind == DependencyKind.FINISH_TO_START
                else predecessor.earliest_start
            )
            assert scheduled.earliest_start >= anchor + link.lag_minutes
            assert (
                scheduled.latest_start
                >= (
                    predecessor.latest_finish
                    if link.kind == DependencyKind.FINISH_TO_START
                    else predecessor.latest_start
                )
                + link.lag_minutes
            )
    chain = schedule.critical_chain()
    assert chain and all(tasks[k].critical for k in chain)
    assert tasks[chain[0]].earliest_start == schedule.start_offset
    assert tasks[chain[-1]].earliest_finish == schedule.finish_offset
    links = {(link.predecessor, item.key) for item in plan for link in item.predecessors}
    assert all((a, b) in links for a, b in zip(chain, chain[1:], strict=False))


@settings(max_examples=100, deadline=None)
@given(plans(), st.data())
def test_the_earliest_allowed_start_is_read_off_the_plan_as_moved(plan, data):
    """What the predecessors allow a moved task is what they allow it unmoved: one pass checks a move."""
    moved = data.draw(st.sampled_from(plan))
    late = MONDAY + timedelta(days=data.draw(st.integers(0, 20)), hours=data.draw(st.integers(0, 9)))
    as_moved = [replace(t, not_before=late) if t is moved else t for t in plan]
    unmoved = schedule_plan(plan, OFFICE, MONDAY)
    assert schedule_plan(as_moved, OFFICE, MONDAY).earliest_allowed(moved.key) == unmoved.instant(
        unmoved.tasks[moved.key].earliest_start
    )


def test_a_cancelled_predecessor_allows_its_successor_at_once():
    plan = [
        task("A", 5, cancelled=True, completed_at=MONDAY),
        task("B", 2, "A", not_before=MONDAY + timedelta(days=3)),
    ]
    assert schedule_plan(plan, OFFICE, MONDAY).earliest_allowed("B") == MONDAY


def test_a_missed_deadline_gives_latest_times_before_it_and_negative_slack():
    calendar = WorkingCalendar()
    tasks = [PlanTask("a", "核名", 8 * 60), PlanTask("b", "递交", 8 * 60, (Link("a"),))]
    monday = datetime(2026, 11, 23, 9, 0)
    schedule = schedule_plan(tasks, calendar, monday, deadline=monday - timedelta(days=3))  # Friday 09:00
    assert schedule.tasks["b"].total_slack < 0
    assert schedule.instant(schedule.tasks["b"].latest_finish, finish=True) == datetime(2026, 11, 20, 9, 0)
    first_latest = schedule.instant(schedule.tasks["a"].latest_finish, finish=True)
    assert first_latest < datetime(2026, 11, 20, 9, 0) and calendar.is_working_day(first_latest.date())


def test_hours_in_the_summary_are_rounded_to_one_decimal():
    spare = Feasibility(datetime(2026, 11, 26, 11, 56), datetime(2026, 11, 26, 17), 0, 214, False, ())
    assert "还有 3.6 个工作小时的余量" in spare.summary()


def test_a_plan_whose_steps_are_all_done_has_no_critical_chain():
    done = [
        task("A", 2, completed_at=datetime(2026, 11, 20, 11)),
        task("B", 1, "A", completed_at=datetime(2026, 11, 20, 12)),
    ]
    schedule = schedule_plan(done, CLOCK, MONDAY)
    assert schedule.critical_keys() == [] and schedule.critical_chain() == []
    assert schedule_plan([], CLOCK, MONDAY).critical_chain() == []


def test_a_duplicate_step_key_is_refused_naming_the_step():
    with pytest.raises(PlanError, match="步骤“步骤A”的标识 A 重复"):
        topological_order([task("A", 1), task("B", 1, "A"), PlanTask("A", "步骤A", 60)])


def test_the_schedule_as_data_carries_the_figures_the_schedule_command_prints():
    schedule = schedule_plan(TEXTBOOK, CLOCK, datetime(2026, 11, 23), deadline=datetime(2026, 11, 23, 16))
    data = json.loads(json.dumps(schedule.to_data()))
    assert {k: data[k] for k in ("start", "deadline", "projected_finish", "estimated", "feasible")} == {
        "start": "2026-11-23T00:00",
        "deadline": "2026-11-23T16:00",
        "projected_finish": "2026-11-23T14:00",
        "estimated": False,
        "feasible": True,
    }
    assert data["short_by_working_hours"] == 0 and data["critical_path"] == ["A", "B", "D", "F"]
    assert data["summary"] == "预计 2026-11-23 14:00 完成，距截止时间还有 2 个工作小时的余量。"
    assert [t["key"] for t in data["tasks"]] == ["A", "B", "C", "D", "E", "F"]
    c = data["tasks"][2]
    assert (c["name"], c["earliest_start"], c["earliest_finish"]) == (
        "步骤C",
        "2026-11-23T03:00",
        "2026-11-23T05:00",
    )
    assert (c["latest_start"], c["latest_finish"]) == ("2026-11-23T11:00", "2026-11-23T13:00")
    assert (c["total_slack_hours"], c["free_slack_hours"], c["critical"]) == (8.0, 0.0, False)
    assert (c["done"], c["milestone"], c["estimated"]) == (False, False, False)
    assert data["tasks"][5]["critical"] and data["tasks"][5]["latest_finish"] == "2026-11-23T16:00"


def test_a_schedule_without_a_deadline_says_so_in_its_data():
    data = schedule_plan(TEXTBOOK, CLOCK, datetime(2026, 11, 23)).to_data()
    assert data["deadline"] is None and data["feasible"] and data["summary"] == "预计 2026-11-23 14:00 完成。"


def test_a_successor_started_early_puts_no_latest_finish_on_its_predecessors():
    # B was begun on Monday at 11:00, before A (done) and R (in review) were finished: a start that
    # has happened cannot be delayed, so it gives them no latest finish: what they did or do next
    # cannot make B late. Before, A showed −4 h and R −6 h (critical) of slack under a margin of 0.5 h.
    now, deadline = datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 12)
    plan = [
        task("A", 3, started_at=MONDAY, completed_at=datetime(2026, 11, 23, 17)),
        task("R", 8, started_at=MONDAY),
        task("B", 8, "A", "R", started_at=datetime(2026, 11, 23, 11)),  # 6.5 h worked, 1.5 h left
    ]
    schedule = schedule_plan(plan, OFFICE, now, deadline)
    a, r, b = (schedule.tasks[k] for k in "ARB")
    spare = schedule.feasibility().spare_minutes
    assert spare == 30 and b.slack == spare and b.critical
    assert r.slack is not None and r.slack > spare and not r.critical
    assert a.slack is None and a.total_slack >= 0  # a done task has no slack to show


def test_cancelled_tasks_sit_where_they_were_dropped_and_hold_nothing_up():
    # Seen (issue 22): a closed case's Gantt drew the tasks cancelled at closing as work still to do:
    # they set its projected finish, its critical path and showed slack.
    closed, deadline = datetime(2026, 11, 24, 11), datetime(2026, 11, 24, 12)
    plan = [
        task("A", 3, started_at=MONDAY, completed_at=datetime(2026, 11, 23, 16)),
        task("B", 8, "A", started_at=datetime(2026, 11, 24, 9), completed_at=closed, cancelled=True),
        task("C", 6, "B", completed_at=closed, cancelled=True),
        task("D", 1, "C"),  # open after a cancelled step: it need not wait for it
        task("E", 20, "A", cancelled=True),  # cancelled before anything said when
    ]
    schedule = schedule_plan(plan, OFFICE, datetime(2026, 11, 24, 10), deadline)
    a, b, c, d, e = (schedule.tasks[k] for k in "ABCDE")
    assert (b.cancelled, c.cancelled, e.cancelled) == (True, True, True) and not (b.done or c.done)
    assert schedule.instant(b.earliest_start) == datetime(2026, 11, 24, 9)
    assert schedule.instant(b.earliest_finish, finish=True) == closed
    assert schedule.instant(c.earliest_finish, finish=True) == closed and c.duration == 6 * H
    assert schedule.instant(d.earliest_start) == datetime(2026, 11, 24, 10)
    assert schedule.projected_finish == datetime(2026, 11, 24, 11)  # D alone, not the 20 h of E
    assert [t.slack for t in (b, c, e)] == [None, None, None]
    assert not any(t.critical for t in (b, c, e)) and schedule.critical_chain() == ["D"]
    assert schedule.feasibility().feasible and schedule.feasibility().tasks_to_shorten == ("步骤D",)
    assert a.slack is None and d.slack == 60
