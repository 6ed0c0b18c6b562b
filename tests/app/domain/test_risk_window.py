"""The policy-risk calendar: which plans run into a window, and the calendar as the office keeps it."""

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from app.db.models import Case, Task
from app.domain.risk_window import WindowForm, crosses, window_problems, windows_crossed
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceType, TaskStatus
from app.usecases.board_cards import load_board
from app.usecases.errors import ValidationFailed
from app.usecases.risk_calendar import (
    cases_by_window,
    cases_crossing_windows,
    delete_window,
    list_windows,
    save_window,
)
from tests.helpers import NOW

TAX = ServiceType.TAX_FILING.value


@dataclass(frozen=True)
class _Window:
    title: str
    starts_at: datetime
    ends_at: datetime
    region: str = ""
    service_types: tuple[str, ...] = ()


UPGRADE = _Window("金税系统升级", datetime(2026, 11, 27, 18), datetime(2026, 11, 30, 8), "", (TAX,))


def test_a_task_planned_into_the_window_crosses_it():
    assert crosses(UPGRADE, TAX, "上海", datetime(2026, 11, 27, 9), datetime(2026, 11, 30, 10))
    assert crosses(UPGRADE, TAX, "", datetime(2026, 11, 28, 9), datetime(2026, 11, 28, 9))  # a point inside
    assert windows_crossed([UPGRADE], TAX, "", datetime(2026, 11, 29), datetime(2026, 12, 1)) == [UPGRADE]


def test_touching_the_edges_is_not_crossing():
    assert not crosses(UPGRADE, TAX, "", datetime(2026, 11, 27, 9), datetime(2026, 11, 27, 18))
    assert not crosses(UPGRADE, TAX, "", datetime(2026, 11, 30, 8), datetime(2026, 11, 30, 17))
    assert crosses(UPGRADE, TAX, "", datetime(2026, 11, 27, 9), datetime(2026, 11, 27, 18, 1))


def test_another_region_or_service_type_is_not_concerned():
    shanghai = _Window("上海登记系统维护", UPGRADE.starts_at, UPGRADE.ends_at, "上海")
    planned = (datetime(2026, 11, 28), datetime(2026, 11, 29))
    assert crosses(shanghai, TAX, "上海", *planned)
    assert not crosses(shanghai, TAX, "北京", *planned)
    assert not crosses(shanghai, TAX, "", *planned)
    assert not crosses(UPGRADE, ServiceType.TRADEMARK.value, "上海", *planned)
    assert crosses(
        _Window("春节", UPGRADE.starts_at, UPGRADE.ends_at), ServiceType.TRADEMARK.value, "", *planned
    )


def _open_case(database) -> tuple[int, ServiceType, datetime, datetime]:
    """An open case with its open tasks' planned span."""
    with database.unit_of_work() as session:
        return session.execute(
            select(Case.id, Case.service_type, func.min(Task.planned_start), func.max(Task.planned_finish))
            .join(Task, Task.case_id == Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Task.status != TaskStatus.DONE)
            .group_by(Case.id)
            .having(func.max(Task.planned_finish) > NOW + timedelta(hours=2))
            .order_by(Case.id)
        ).first()


def _other_type(service: ServiceType) -> str:
    return next(s.value for s in ServiceType if s is not service)


def test_an_open_case_whose_plan_crosses_a_window_is_flagged(sample_database):
    case_id, service, start, finish = _open_case(sample_database)
    inside = max(start, NOW) + (finish - max(start, NOW)) / 2
    window = WindowForm("窗口系统维护", inside - timedelta(hours=1), inside + timedelta(hours=1))
    flagged = save_window(sample_database, replace(window, service_types=(service.value,)))
    other_type = save_window(
        sample_database, replace(window, title="他类维护", service_types=(_other_type(service),))
    )
    beijing = save_window(sample_database, replace(window, title="北京会议", region="北京"))
    before = save_window(sample_database, WindowForm("之前", start - timedelta(days=1), start))
    after = save_window(sample_database, WindowForm("之后", finish, finish + timedelta(days=1)))
    crossing = {w.id for w in cases_crossing_windows(sample_database, NOW).get(case_id, [])}
    assert flagged in crossing
    assert not crossing & {other_type, beijing, before, after}
    assert case_id in {c.case_id for c in cases_by_window(sample_database, NOW)[flagged]}
    with sample_database.unit_of_work() as session:
        session.execute(update(Case).where(Case.id == case_id).values(region="北京"))
    assert beijing in {w.id for w in cases_crossing_windows(sample_database, NOW)[case_id]}
    # The board flags the very tasks planned into it.
    cards = [c for c in load_board(sample_database, NOW, case_id) if "窗口系统维护" in c.risk_windows]
    assert cards and all(c.status is not TaskStatus.DONE for c in cards)


def test_a_window_over_before_now_no_longer_flags_anything(sample_database):
    case_id, service, start, _finish = _open_case(sample_database)
    save_window(sample_database, WindowForm("已过去", NOW - timedelta(days=30), NOW - timedelta(days=29)))
    assert all(w.title != "已过去" for w in cases_crossing_windows(sample_database, NOW).get(case_id, []))
    assert [w.title for w in list_windows(sample_database, NOW)].count("已过去") == 0
    assert "已过去" in [w.title for w in list_windows(sample_database)]


def test_the_calendar_is_checked_edited_and_emptied(database):
    starts = datetime(2026, 12, 1, 9)
    with pytest.raises(ValidationFailed) as refused:
        save_window(database, WindowForm(" ", starts, starts, service_types=("nonsense",)))
    assert set(refused.value.problems) == {"title", "ends_at", "service_types"}
    window_id = save_window(database, WindowForm("海关系统切换", starts, starts + timedelta(days=1)))
    save_window(
        database,
        WindowForm(
            "海关系统切换", starts, starts + timedelta(days=2), "上海", "海关", ("customs_filing",), "切换"
        ),
        window_id,
    )
    [window] = list_windows(database)
    assert (window.ends_at, window.region, window.bureau, window.service_types, window.note) == (
        starts + timedelta(days=2), "上海", "海关", ("customs_filing",), "切换",
    )  # fmt: skip
    delete_window(database, window_id)
    assert list_windows(database) == []
    with pytest.raises(ValidationFailed):
        save_window(database, WindowForm("已删", starts, starts + timedelta(hours=1)), window_id)


def _window_form(**changes) -> WindowForm:
    upgrade = WindowForm("金税系统升级", UPGRADE.starts_at, UPGRADE.ends_at, "上海", "税务局", (TAX,))
    return replace(upgrade, **changes)


def test_a_well_formed_window_has_no_problems():
    assert window_problems(_window_form()) == {}


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "升" * 201, "标题不能超过 200 个字"),
        ("region", "区" * 41, "地区不能超过 40 个字"),
        ("bureau", "局" * 101, "主管部门不能超过 100 个字"),
        ("note", "注" * 2001, "备注不能超过 2000 个字"),
    ],
)
def test_a_window_field_over_its_limit_is_refused_with_the_limit(field, text, message):
    assert window_problems(_window_form(**{field: text})) == {field: message}
    assert window_problems(_window_form(**{field: text[:-1]})) == {}
