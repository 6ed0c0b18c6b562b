"""The case activity feed: @mentions parsed into dashboard notices, key decisions that must @ the
case manager, and the check a specialist asks for, confirmed by the reviewer on the task."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import Case, Staff, Task
from app.domain.case_team import ActivityKind
from app.domain.vocabulary import OPEN_CASE_STATUSES, StaffRole
from app.usecases.case_activity import (
    case_feed,
    confirm_check,
    mark_mentions_read,
    my_mentions,
    post_activity,
    request_check,
    tasks_to_check,
)
from app.usecases.case_team import case_team, save_team
from app.usecases.errors import ValidationFailed
from tests.helpers import NOW


@pytest.fixture
def team(sample_database) -> tuple[int, dict[str, int]]:
    """An open case with 刘芳 as case manager, 张伟 a specialist and 何雪 the compliance reviewer."""
    with sample_database.unit_of_work() as session:
        ids = {name: staff_id for name, staff_id in session.execute(select(Staff.name, Staff.id))}
        case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id))
    members = [
        (ids["刘芳"], StaffRole.COORDINATOR),
        (ids["张伟"], StaffRole.SPECIALIST),
        (ids["何雪"], StaffRole.COMPLIANCE),
    ]
    save_team(sample_database, case_id, members, NOW, case_team(sample_database, case_id).version)
    return case_id, ids


def _unread(database, staff_id: int, case_id: int) -> list:
    return [m for m in my_mentions(database, staff_id) if m.case_id == case_id]


def test_mentions_are_parsed_and_reach_the_dashboard(sample_database, team):
    case_id, ids = team
    before = len(case_feed(sample_database, case_id))
    line = post_activity(
        sample_database, case_id, ids["张伟"], "@何雪 请看一下章程签字页，@黄海 也请留意", NOW
    )
    feed = case_feed(sample_database, case_id)
    assert len(feed) == before + 1 and feed[-1].id == line
    assert feed[-1].author_name == "张伟" and feed[-1].mentions == ("何雪", "黄海")  # 黄海 is off the team
    assert not feed[-1].decision and feed[-1].kind is ActivityKind.COMMENT
    mention = next(m for m in _unread(sample_database, ids["黄海"], case_id) if m.activity_id == line)
    assert mention.author_name == "张伟" and mention.read_at is None

    assert mark_mentions_read(sample_database, ids["何雪"], [mention.id], NOW) == 0  # not hers
    assert mark_mentions_read(sample_database, ids["黄海"], [mention.id], NOW) == 1
    assert all(m.activity_id != line for m in _unread(sample_database, ids["黄海"], case_id))
    read = my_mentions(sample_database, ids["黄海"], unread_only=False)
    assert any(m.activity_id == line and m.read_at == NOW for m in read)


def test_unknown_names_empty_and_long_text_are_refused(sample_database, team):
    case_id, ids = team
    before = case_feed(sample_database, case_id)
    with pytest.raises(ValidationFailed) as failure:
        post_activity(sample_database, case_id, ids["张伟"], "@王小明 @何雪 请确认", NOW)
    assert "王小明" in failure.value.problems["text"]
    with pytest.raises(ValidationFailed, match="请输入内容"):
        post_activity(sample_database, case_id, ids["张伟"], "  \n", NOW)
    with pytest.raises(ValidationFailed, match="2000"):
        post_activity(sample_database, case_id, ids["张伟"], "很" * 2001, NOW)
    assert case_feed(sample_database, case_id) == before


def test_a_key_decision_must_mention_the_case_manager(sample_database, team):
    case_id, ids = team
    with pytest.raises(ValidationFailed) as failure:
        post_activity(
            sample_database, case_id, ids["张伟"], "关键决策：改走线下窗口 @何雪", NOW, decision=True
        )
    assert (
        failure.value.problems["text"].startswith("关键决策须 @ 项目经理")
        and "刘芳" in failure.value.problems["text"]
    )
    line = post_activity(
        sample_database, case_id, ids["张伟"], "关键决策：改走线下窗口 @刘芳", NOW, decision=True
    )
    assert case_feed(sample_database, case_id)[-1].decision
    assert any(m.activity_id == line and m.decision for m in _unread(sample_database, ids["刘芳"], case_id))
    # The case manager's own decision needs no @ to themselves.
    post_activity(sample_database, case_id, ids["刘芳"], "关键决策：启用备用银行", NOW, decision=True)


def test_a_check_is_asked_of_the_reviewer_and_confirmed_on_the_task(sample_database, team):
    case_id, ids = team
    task = tasks_to_check(sample_database, case_id)[0]
    request_check(sample_database, task.id, ids["张伟"], NOW, "要点：注册资本与章程一致")
    asked = case_feed(sample_database, case_id)[-1]
    assert (
        asked.kind is ActivityKind.CHECK_REQUEST and asked.task_id == task.id and asked.task_name == task.name
    )
    assert asked.mentions == ("何雪",) and asked.text.startswith("@何雪 ") and "注册资本" in asked.text
    assert not asked.task_checked
    assert any(m.activity_id == asked.id for m in _unread(sample_database, ids["何雪"], case_id))

    later = NOW + timedelta(minutes=20)
    with pytest.raises(ValidationFailed, match="合规复核或项目经理"):
        confirm_check(sample_database, task.id, ids["李娜"], later)  # not the case's reviewer
    confirm_check(sample_database, task.id, ids["何雪"], later)
    with sample_database.unit_of_work() as session:
        stored = session.get(Task, task.id)
        assert (stored.checked_by_id, stored.checked_at) == (ids["何雪"], later)
    feed = case_feed(sample_database, case_id)
    assert feed[-1].kind is ActivityKind.CHECK_DONE and set(feed[-1].mentions) == {"张伟", "刘芳"}
    assert next(line for line in feed if line.id == asked.id).task_checked
    with pytest.raises(ValidationFailed, match="已于"):
        confirm_check(sample_database, task.id, ids["刘芳"], later)
    with pytest.raises(ValidationFailed, match="已于"):
        request_check(sample_database, task.id, ids["张伟"], later)


def test_nobody_confirms_their_own_request_and_the_manager_stands_in_for_a_missing_reviewer(
    sample_database, team
):
    case_id, ids = team
    first, second = tasks_to_check(sample_database, case_id)[:2]
    with pytest.raises(ValidationFailed, match="还没有人请求复核"):
        confirm_check(sample_database, first.id, ids["何雪"], NOW)
    request_check(sample_database, first.id, ids["何雪"], NOW)  # the reviewer asks: the manager checks
    assert case_feed(sample_database, case_id)[-1].mentions == ("刘芳",)
    with pytest.raises(ValidationFailed, match="不能确认自己"):
        confirm_check(sample_database, first.id, ids["何雪"], NOW)
    confirm_check(sample_database, first.id, ids["刘芳"], NOW)

    members = [(ids["刘芳"], StaffRole.COORDINATOR), (ids["张伟"], StaffRole.SPECIALIST)]
    save_team(sample_database, case_id, members, NOW, case_team(sample_database, case_id).version)
    request_check(sample_database, second.id, ids["张伟"], NOW)  # no reviewer: the case manager
    assert case_feed(sample_database, case_id)[-1].mentions == ("刘芳",)
    with pytest.raises(ValidationFailed, match="没有其他人可以复核"):
        request_check(sample_database, second.id, ids["刘芳"], NOW)
