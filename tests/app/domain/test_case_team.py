"""The case team's rules on plain data: one case manager, an independent compliance reviewer,
suggestions by skill, region and load, skills as typed, @mentions in Chinese text."""

from app.domain.case_team import (
    Candidate,
    has_skill,
    parse_mentions,
    parse_skills,
    profile_problems,
    remaining_minutes,
    same_region,
    suggest,
    team_problems,
)
from app.domain.vocabulary import StaffRole

COORDINATOR, SPECIALIST, LOGISTICS, COMPLIANCE, MANAGER = (
    StaffRole.COORDINATOR,
    StaffRole.SPECIALIST,
    StaffRole.LOGISTICS,
    StaffRole.COMPLIANCE,
    StaffRole.MANAGER,
)
# 1 王磊 coordinator, 2 张伟 / 3 李娜 specialists, 4 韩立 logistics, 5 何雪 compliance, 6 周明远 manager
ROLES = {
    1: COORDINATOR,
    2: SPECIALIST,
    3: SPECIALIST,
    4: LOGISTICS,
    5: COMPLIANCE,
    6: MANAGER,
    7: StaffRole.FRONT_DESK,
}


def test_a_full_team_with_an_independent_reviewer_is_fine():
    assert team_problems([(1, COORDINATOR), (2, SPECIALIST), (4, LOGISTICS), (5, COMPLIANCE)], ROLES) == {}
    assert team_problems([(1, COORDINATOR)], ROLES) == {}  # the reviewer may be named later


def test_exactly_one_case_manager():
    assert "项目经理" in team_problems([(2, SPECIALIST)], ROLES)["manager"]
    assert "只能有一名" in team_problems([(1, COORDINATOR), (6, COORDINATOR)], ROLES)["manager"]
    assert "主管" in team_problems([(7, COORDINATOR)], ROLES)["manager"]  # front desk cannot lead
    assert team_problems([(6, COORDINATOR)], ROLES) == {}  # a manager may lead a case


def test_the_compliance_reviewer_is_compliance_staff_or_a_manager():
    assert "合规岗或主管" in team_problems([(1, COORDINATOR), (2, COMPLIANCE)], ROLES)["compliance"]
    assert team_problems([(1, COORDINATOR), (6, COMPLIANCE)], ROLES) == {}
    assert (
        "只能指定一名"
        in team_problems([(1, COORDINATOR), (5, COMPLIANCE), (6, COMPLIANCE)], ROLES)["compliance"]
    )


def test_the_reviewer_may_not_play_another_part_on_the_team_it_reviews():
    problems = team_problems([(1, COORDINATOR), (5, SPECIALIST), (5, COMPLIANCE)], ROLES)
    assert "独立" in problems["compliance"] and "members" not in problems
    problems = team_problems([(6, COORDINATOR), (6, COMPLIANCE)], ROLES)
    assert "独立" in problems["compliance"]


def test_a_person_appears_once_and_must_exist():
    assert (
        "只能担任一个角色"
        in team_problems([(1, COORDINATOR), (2, SPECIALIST), (2, LOGISTICS)], ROLES)["members"]
    )
    assert "不存在" in team_problems([(1, COORDINATOR), (99, SPECIALIST)], ROLES)["members"]
    assert "小组角色" in team_problems([(1, COORDINATOR), (7, StaffRole.FRONT_DESK)], ROLES)["members"]


def test_the_front_desk_and_the_admin_neither_help_on_a_team_nor_are_suggested():
    roles = {**ROLES, 8: StaffRole.ADMIN}
    for helper in (7, 8):
        for part in (SPECIALIST, LOGISTICS):
            assert "承担任务" in team_problems([(1, COORDINATOR), (helper, part)], roles)["members"]
    pool = [*_pool(), Candidate(7, "陈静", StaffRole.FRONT_DESK), Candidate(8, "吴宇", StaffRole.ADMIN)]
    for part in (SPECIALIST, LOGISTICS):
        assert {"陈静", "吴宇"}.isdisjoint(s.candidate.name for s in suggest(pool, "清税", "上海", part))


def _pool() -> list[Candidate]:
    return [
        Candidate(2, "张伟", SPECIALIST, ("工商设立",), "上海", 1, 60),
        Candidate(3, "李娜", SPECIALIST, ("清税", "税务申报"), "北京", 0, 0),
        Candidate(8, "孙杰", SPECIALIST, ("清税",), "上海", 3, 600),
        Candidate(9, "马超", SPECIALIST, ("清税",), "上海市浦东新区", 2, 300),
        Candidate(1, "王磊", COORDINATOR, ("清税",), "上海", 0, 0),
        Candidate(5, "何雪", COMPLIANCE, (), "上海", 0, 0),
        Candidate(6, "周明远", MANAGER, ("清税",), "上海", 5, 900),
    ]


def test_suggestions_rank_skill_then_region_then_load():
    ranked = suggest(_pool(), "清税", "上海", SPECIALIST)
    names = [s.candidate.name for s in ranked]
    # Specialists first: skilled and near, lighter load first; then skilled elsewhere; then the rest.
    assert names[:4] == ["马超", "孙杰", "李娜", "张伟"]
    assert ranked[0].reasons == "熟悉清税、同在上海市浦东新区、当前负载 2 项（约 5 小时）"
    assert ranked[2].reasons == "熟悉清税、在北京、当前无在办任务"
    assert "未登记清税技能" in ranked[3].reasons
    assert set(names[4:]) == {"王磊", "何雪", "周明远"}  # others may help, ranked after


def test_suggestions_only_offer_who_may_play_the_part_and_leave_out_the_team():
    reviewers = suggest(_pool(), "清税", "上海", COMPLIANCE)
    assert [s.candidate.name for s in reviewers] == ["何雪", "周明远"]
    reviewers = suggest(_pool(), "清税", "上海", COMPLIANCE, exclude={5})
    assert [s.candidate.name for s in reviewers] == ["周明远"]
    managers = suggest(_pool(), "清税", "上海", COORDINATOR)
    assert [s.candidate.name for s in managers] == ["王磊", "周明远"]


def test_skills_and_regions_match_loosely():
    assert has_skill(["税务申报"], "税务") and has_skill(["税务"], "税务申报")
    assert not has_skill(["税务"], "清税") and not has_skill([], "清税") and not has_skill(["清税"], "")
    assert (
        same_region("上海", "上海市浦东新区")
        and not same_region("上海", "")
        and not same_region("北京", "上海")
    )


def test_skills_as_typed():
    assert parse_skills("清税、税务申报, 工商设立，清税；英语\n") == ["清税", "税务申报", "工商设立", "英语"]
    assert parse_skills(" 、, ") == []
    assert "20 个字" in profile_problems(["很" * 21], "")["skills"]
    assert "40 个字" in profile_problems([], "区" * 41)["region"]
    assert profile_problems(["清税"], "上海") == {}


def test_remaining_minutes_of_an_open_task():
    assert remaining_minutes(240, None, False) == 240
    assert remaining_minutes(240, 90, False) == 150
    assert remaining_minutes(240, 500, False) == 0
    assert remaining_minutes(240, 10, True) == 0  # waiting for its check


def test_mentions_in_chinese_text_without_spaces():
    names = ["刘芳", "王磊", "王磊磊", "何雪"]
    assert parse_mentions("@刘芳请确认，@王磊磊 也看一下，@刘芳", names) == (["刘芳", "王磊磊"], [])
    assert parse_mentions("关键决策：走线下窗口 @王磊", names) == (["王磊"], [])
    assert parse_mentions("@王小明 请看；@赵六。", names) == ([], ["王小明", "赵六"])
    assert parse_mentions("发邮件到 abc@qq.com 即可", names) == ([], [])
    assert parse_mentions("只有一个 @ 号", names) == ([], [])


def test_more_than_twenty_skills_are_refused():
    skills = [f"技能{n}" for n in range(21)]
    assert profile_problems(skills, "上海") == {"skills": "技能最多登记 20 项"}
    assert profile_problems(skills[:20], "上海") == {}
