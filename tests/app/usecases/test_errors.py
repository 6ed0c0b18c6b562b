"""The use cases' one error family (app/domain/errors.py) and their record look-up (get_or_refuse)."""

from __future__ import annotations

import pytest

import app.db.database
from app.db.database import Database, DatabaseError
from app.db.models import Case, Staff, Task
from app.domain.message import Message
from app.domain.permissions import Actor, Permission
from app.domain.vocabulary import StaffRole
from app.usecases.accounts import LoginFailed
from app.usecases.board import PredecessorsOpen, task_detail
from app.usecases.case_team import case_team
from app.usecases.errors import (
    MISSING,
    ConcurrentEdit,
    NotFound,
    NotLoggedIn,
    NotPermitted,
    UseCaseError,
    ValidationFailed,
    get_or_refuse,
    not_found,
)
from app.usecases.feedback import feedback_points
from app.usecases.letters import case_parties
from app.usecases.material_review import load_case_materials
from app.usecases.planning import case_plan_tasks

GONE = 987_654  # an id no sample record has
CASE_GONE = "案件不存在（可能已被删除）"


def test_every_refusal_is_one_family_and_none_a_database_problem():
    refusals = [
        ValidationFailed({"name": "请填写姓名"}),
        NotFound("Case", GONE, "case", CASE_GONE),
        NotPermitted(None, Permission.APPROVE_FEES),
        NotLoggedIn(),
        ConcurrentEdit(),
        PredecessorsOpen(["核对材料"]),
        LoginFailed(),
    ]
    assert all(isinstance(refusal, UseCaseError) for refusal in refusals)
    assert not any(isinstance(refusal, DatabaseError) for refusal in refusals)
    # the database's unit of work raises the family's conflict itself
    assert app.db.database.ConcurrentEdit is ConcurrentEdit


def test_each_refusal_says_why_in_chinese_with_its_parameters():
    assert str(ValidationFailed({"name": "请填写姓名", "phone": "电话无效"})) == "请填写姓名；电话无效"
    anybody = NotPermitted(None, Permission.APPROVE_FEES)
    assert str(anybody) == "请先登录，再审批超过额度的费用。"
    assert anybody.permission is Permission.APPROVE_FEES
    specialist = Actor(3, "王五", StaffRole.SPECIALIST, "wangwu")
    refused = NotPermitted(specialist, Permission.APPROVE_FEES)
    assert str(refused) == "您的角色“执行专员”无权审批超过额度的费用。"
    message = refused.args[0]
    assert isinstance(message, Message) and message.params["role"] is StaffRole.SPECIALIST
    assert str(NotLoggedIn()) == "请先登录后再操作。"
    assert str(ConcurrentEdit()).startswith("该记录已被他人修改")


def test_not_found_is_a_refused_field_naming_the_record():
    missing = NotFound("Task", GONE, "task", "任务不存在（可能已被删除）")
    assert isinstance(missing, ValidationFailed)
    assert missing.problems == {"task": "任务不存在（可能已被删除）"}
    assert (missing.kind, missing.key) == ("Task", GONE)


def test_get_or_refuse_gives_the_row_or_refuses_with_its_kinds_wording(sample_database: Database):
    with sample_database.unit_of_work() as session:
        case = session.query(Case).first()
        assert case is not None
        assert get_or_refuse(session, Case, case.id) is case
        with pytest.raises(NotFound) as gone:
            get_or_refuse(session, Case, GONE)
        assert gone.value.problems == {"case": CASE_GONE} and gone.value.key == GONE
        with pytest.raises(NotFound) as picked:  # a person picked in a form's field: refused there
            get_or_refuse(session, Staff, GONE, field="taken_by")
        assert picked.value.problems == {"taken_by": MISSING[Staff][1]}
    assert not_found(Task, GONE).problems == {"task": MISSING[Task][1]}


def test_a_case_that_is_not_there_is_refused_in_one_wording_everywhere(sample_database: Database):
    """One wording, where there were three ("案件 {case_id} 不存在", "案件 {number} 已被删除", this one)."""
    look_ups = [feedback_points, case_plan_tasks, load_case_materials, case_team]
    for look_up in look_ups:
        with pytest.raises(NotFound) as refused:
            look_up(sample_database, GONE)
        assert refused.value.problems == {"case": CASE_GONE}, look_up.__name__
    with sample_database.unit_of_work() as session, pytest.raises(NotFound) as refused:
        case_parties(session, GONE)
    assert refused.value.problems == {"letter": CASE_GONE}  # the letter dialog's own field
    with pytest.raises(NotFound, match="任务不存在"):
        task_detail(sample_database, GONE)
