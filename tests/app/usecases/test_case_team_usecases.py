"""The case team as stored: the resource pool's load, staff profiles, saving a team (its rules,
the case manager kept on the case, stale versions refused) and suggestions."""

import pytest
from sqlalchemy import select

from app.db.models import Case, CaseMember, Staff, Task
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceType, StaffRole, TaskStatus
from app.usecases.board import TaskEdit, edit_task, task_detail
from app.usecases.case_team import case_team, resource_pool, save_staff_profile, save_team, suggest_members
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from tests.helpers import NOW, first_open_case


def staff_ids(database) -> dict[str, int]:
    with database.unit_of_work() as session:
        return {name: staff_id for name, staff_id in session.execute(select(Staff.name, Staff.id))}


def test_the_pool_counts_open_tasks_of_open_cases(sample_database):
    pool = {member.name: member for member in resource_pool(sample_database, NOW)}
    assert len(pool) == 18 and pool["王磊"].role is StaffRole.COORDINATOR
    with sample_database.unit_of_work() as session:
        open_tasks = session.scalars(
            select(Task)
            .join(Case, Case.id == Task.case_id)
            .where(
                Case.status.in_(OPEN_CASE_STATUSES),
                Task.status != TaskStatus.DONE,
                Task.assignee_id.is_not(None),
            )
        ).all()
        todo_minutes = {}
        for task in open_tasks:
            if task.status is TaskStatus.TODO:
                todo_minutes[task.assignee_id] = todo_minutes.get(task.assignee_id, 0) + task.duration_minutes
        names = {staff.id: staff.name for staff in session.scalars(select(Staff))}
    assert sum(member.open_tasks for member in pool.values()) == len(open_tasks) > 0
    for staff_id, minutes in todo_minutes.items():
        assert pool[names[staff_id]].open_minutes >= minutes  # a task not started has all of it left
        assert pool[names[staff_id]].cases >= 1


def test_a_staff_profile_is_saved_cleaned_and_checked(sample_database):
    zhang = staff_ids(sample_database)["张伟"]
    save_staff_profile(sample_database, zhang, [" 清税", "税务申报", "清税", ""], " 上海 ")
    member = next(m for m in resource_pool(sample_database, NOW) if m.id == zhang)
    assert member.skills == ("清税", "税务申报") and member.region == "上海"
    with pytest.raises(ValidationFailed) as failure:
        save_staff_profile(sample_database, zhang, ["清税"], "区" * 41)
    assert "region" in failure.value.problems
    with pytest.raises(ValidationFailed, match="不存在"):
        save_staff_profile(sample_database, 9999, [], "")


def test_save_a_team_and_keep_the_case_manager_on_the_case(sample_database):
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    team = case_team(sample_database, case_id)
    members = [
        (ids["刘芳"], StaffRole.COORDINATOR),
        (ids["张伟"], StaffRole.SPECIALIST),
        (ids["李娜"], StaffRole.SPECIALIST),
        (ids["韩立"], StaffRole.LOGISTICS),
        (ids["何雪"], StaffRole.COMPLIANCE),
    ]
    version = save_team(sample_database, case_id, members, NOW, team.version)
    saved = case_team(sample_database, case_id)
    assert saved.version == version > team.version
    assert saved.manager_id == ids["刘芳"] and saved.reviewer_id == ids["何雪"]
    assert [(m.name, m.part) for m in saved.members][:1] == [("刘芳", StaffRole.COORDINATOR)]
    assert {m.name for m in saved.members} == {"刘芳", "张伟", "李娜", "韩立", "何雪"}

    # A new case manager, a specialist gone: the stored rows follow, the case's manager too.
    members = [
        (ids["王磊"], StaffRole.COORDINATOR),
        (ids["张伟"], StaffRole.SPECIALIST),
        (ids["何雪"], StaffRole.COMPLIANCE),
    ]
    save_team(sample_database, case_id, members, NOW, saved.version)
    with sample_database.unit_of_work() as session:
        stored = set(
            session.execute(select(CaseMember.staff_id, CaseMember.role).where(CaseMember.case_id == case_id))
        )
        assert session.get(Case, case_id).manager_id == ids["王磊"]
    assert stored == set(members)


def test_the_compliance_reviewer_may_not_be_on_the_team_it_reviews(sample_database):
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    team = case_team(sample_database, case_id)
    with pytest.raises(ValidationFailed) as failure:
        save_team(
            sample_database,
            case_id,
            [
                (ids["王磊"], StaffRole.COORDINATOR),
                (ids["何雪"], StaffRole.SPECIALIST),
                (ids["何雪"], StaffRole.COMPLIANCE),
            ],
            NOW,
            team.version,
        )
    assert "独立" in failure.value.problems["compliance"]
    with pytest.raises(ValidationFailed) as failure:
        save_team(
            sample_database,
            case_id,
            [(ids["王磊"], StaffRole.COORDINATOR), (ids["张伟"], StaffRole.COMPLIANCE)],
            NOW,
            team.version,
        )
    assert "合规岗或主管" in failure.value.problems["compliance"]
    assert case_team(sample_database, case_id) == team  # nothing stored


def test_a_stale_version_is_refused(sample_database):
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    team = case_team(sample_database, case_id)
    save_team(sample_database, case_id, [(ids["王磊"], StaffRole.COORDINATOR)], NOW, team.version)
    with pytest.raises(ConcurrentEdit):  # another desk's form, read before that save
        save_team(sample_database, case_id, [(ids["刘芳"], StaffRole.COORDINATOR)], NOW, team.version)
    assert case_team(sample_database, case_id).manager_id == ids["王磊"]


def test_a_member_that_is_no_staff_id_is_refused_in_words(sample_database):
    """Seen: a button's checked=False taken for a staff id reached the query and showed its SQL."""
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    team = case_team(sample_database, case_id)
    members = [(ids["王磊"], StaffRole.COORDINATOR), (False, StaffRole.SPECIALIST)]
    with pytest.raises(ValidationFailed) as refused:
        save_team(sample_database, case_id, members, NOW, team.version)
    assert refused.value.problems == {"members": "所选人员不存在或已停用，请刷新后重选"}


def test_a_case_without_a_team_shows_its_manager(sample_database):
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        session.execute(CaseMember.__table__.delete().where(CaseMember.case_id == case_id))
        manager_id = session.get(Case, case_id).manager_id
    team = case_team(sample_database, case_id)
    assert [(m.staff_id, m.part) for m in team.members] == [(manager_id, StaffRole.COORDINATOR)]


def test_suggestions_for_a_case_prefer_its_skill_and_region_and_leave_out_the_team(sample_database):
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        case = session.get(Case, case_id)
        case.service_type, case.region = ServiceType.TAX_CLEARANCE, "上海"
    for name in ("张伟", "李娜", "孙杰", "马超", "朱婷", "胡鹏", "郭敏"):
        save_staff_profile(sample_database, ids[name], ["社保"], "北京")
    save_staff_profile(sample_database, ids["朱婷"], ["清税"], "上海")
    save_staff_profile(sample_database, ids["胡鹏"], ["清税"], "北京")
    team = case_team(sample_database, case_id)
    save_team(sample_database, case_id, [(ids["王磊"], StaffRole.COORDINATOR)], NOW, team.version)

    ranked = suggest_members(sample_database, case_id, StaffRole.SPECIALIST, NOW)
    assert [s.candidate.name for s in ranked[:2]] == ["朱婷", "胡鹏"]
    assert ranked[0].reasons.startswith("熟悉清税、同在上海、")
    assert "王磊" not in {s.candidate.name for s in ranked}
    reviewers = suggest_members(sample_database, case_id, StaffRole.COMPLIANCE, NOW)
    assert {s.candidate.name for s in reviewers} == {"何雪", "罗文", "周明远", "黄海"}
    # The team as edited on screen, not yet saved, is left out too.
    reviewers = suggest_members(sample_database, case_id, StaffRole.COMPLIANCE, NOW, exclude={ids["何雪"]})
    assert "何雪" not in {s.candidate.name for s in reviewers}


def _case_with_reviewer(database) -> tuple[int, int, Task]:
    """A case of the sample office with a compliance reviewer, and one of its non-review tasks."""
    with database.unit_of_work() as session:
        case_id, reviewer = session.execute(
            select(CaseMember.case_id, CaseMember.staff_id)
            .join(Case, Case.id == CaseMember.case_id)
            .where(CaseMember.role == StaffRole.COMPLIANCE, Case.status.in_(OPEN_CASE_STATUSES))
            .order_by(CaseMember.case_id)
            .limit(1)
        ).one()
        work = session.scalars(
            select(Task).where(Task.case_id == case_id, Task.role != StaffRole.COMPLIANCE).order_by(Task.id)
        ).first()
        assert work is not None
        return case_id, reviewer, work


def test_the_reviewer_may_not_be_made_responsible_for_the_work_it_reviews(sample_database):
    case_id, reviewer, work = _case_with_reviewer(sample_database)
    detail = task_detail(sample_database, work.id)
    edit = TaskEdit(
        work.id, detail.version, reviewer, detail.duration_minutes, detail.notes, detail.checklist
    )
    with pytest.raises(ValidationFailed) as failure:
        edit_task(sample_database, edit, NOW)
    assert "独立合规复核人" in failure.value.problems["assignee"]
    assert task_detail(sample_database, work.id).assignee_id == detail.assignee_id
    with sample_database.unit_of_work() as session:
        review = session.scalars(
            select(Task).where(Task.case_id == case_id, Task.role == StaffRole.COMPLIANCE)
        ).first()
    if review is not None:  # the review tasks stay the reviewer's to carry
        review_detail = task_detail(sample_database, review.id)
        edit_task(
            sample_database,
            TaskEdit(review.id, review_detail.version, reviewer, review_detail.duration_minutes, "", []),
            NOW,
        )


def test_a_reviewer_who_carries_the_cases_work_cannot_be_named_its_reviewer(sample_database):
    ids, case_id = staff_ids(sample_database), first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        work = session.scalars(
            select(Task).where(Task.case_id == case_id, Task.role != StaffRole.COMPLIANCE).order_by(Task.id)
        ).first()
        assert work is not None
        work.assignee_id = ids["何雪"]
    team = case_team(sample_database, case_id)
    with pytest.raises(ValidationFailed) as failure:
        save_team(
            sample_database,
            case_id,
            [(ids["王磊"], StaffRole.COORDINATOR), (ids["何雪"], StaffRole.COMPLIANCE)],
            NOW,
            team.version,
        )
    assert "独立合规复核人" in failure.value.problems["compliance"]
