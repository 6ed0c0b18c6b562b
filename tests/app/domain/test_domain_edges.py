"""Edges of domain rules the screens reach but the use-case tests do not: the floor of app/domain's
line coverage is 100 %, measured on tests/app alone as well as on the whole suite."""

from datetime import datetime
from decimal import Decimal

from app.domain.case_costs import fen_of
from app.domain.gantt_geometry import TimeScale
from app.domain.permissions import roles_table
from app.domain.retrospective import RetrospectiveForm, retrospective_problems


def test_yuan_become_exact_fen():
    assert fen_of(Decimal("1800.05")) == 180005 and fen_of(Decimal(0)) == 0


def test_a_drag_snaps_to_what_the_scale_shows():
    origin = datetime(2026, 12, 1)
    assert [TimeScale(origin, pixels).snap_minutes() for pixels in (40, 4, 0.5)] == [30, 60, 24 * 60]


def test_an_empty_review_names_each_missing_part():
    problems = retrospective_problems(RetrospectiveForm(written_by="王磊"))
    assert problems["root_cause"].startswith("请写明根本原因")
    assert problems["title"] == "请为知识库条目写一个标题" and problems["problem_type"] == "请选择问题类型"


def test_the_roles_table_has_a_row_per_permission_and_a_column_per_role():
    table = roles_table(lambda member: member.label, "权限").splitlines()
    assert table[0].startswith("| 权限 | 前台 |") and table[1].count("|---") == 8
    assert any(row.startswith("| 结案 |") for row in table[2:])
