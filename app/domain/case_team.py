"""The case team (专属小组): who plays which part, the compliance reviewer's independence, and
whom to suggest from the resource pool by skill and current load. Plain rules over plain data.

Who may play which part (the office's small size in mind):
- the case manager (项目经理) is a coordinator or a manager (主管) — the seed's "高层级的项目经理
  (拥有最终决策权)";
- the compliance reviewer (独立合规复核) is compliance staff or a manager: in a small office the 主管
  often does the final legal check (法务终审). Either way they may not play another part on the
  team they review (DESIGN.md: "cannot be on the case team it reviews");
- specialists and logistics support may be anyone who carries tasks (may move cards on the board):
  a small office lends people across roles, but not its front desk or its system admin.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.domain.message import Message
from app.domain.permissions import Permission, allowed
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum, StaffRole

#: The parts a member plays on a case team; the compliance reviewer signs off but is not on the team.
TEAM_ROLES = (StaffRole.COORDINATOR, StaffRole.SPECIALIST, StaffRole.LOGISTICS, StaffRole.COMPLIANCE)

#: The roles that carry tasks: those who may move cards on the board.
TASK_CARRIERS = tuple(role for role in StaffRole if allowed(role, Permission.PLAN_TASKS))

#: Whose own role allows them to play a part.
PART_ROLES = {
    StaffRole.COORDINATOR: (StaffRole.COORDINATOR, StaffRole.MANAGER),
    StaffRole.SPECIALIST: TASK_CARRIERS,
    StaffRole.LOGISTICS: TASK_CARRIERS,
    StaffRole.COMPLIANCE: (StaffRole.COMPLIANCE, StaffRole.MANAGER),
}

SKILL_LIMIT = 20  # characters of one skill
SKILL_COUNT_LIMIT = 20
REGION_LIMIT = 40  # the column's length


def may_play(part: StaffRole, own_role: StaffRole) -> bool:
    return own_role in PART_ROLES.get(part, ())


def team_problems(members: list[tuple[int, StaffRole]], staff_roles: dict[int, StaffRole]) -> dict[str, str]:
    """What is wrong with a team of (staff id, part); ``staff_roles`` gives each person's own role.

    Keys: ``manager`` (the case manager), ``compliance`` (the reviewer), ``members`` (the rest).
    """
    problems: dict[str, str] = {}
    if any(part not in TEAM_ROLES for _, part in members):
        problems["members"] = QT_TRANSLATE_NOOP(
            "messages", "小组角色只能是项目经理、执行专员、后勤支持或合规复核"
        )
    if any(staff_id not in staff_roles for staff_id, _ in members):
        problems["members"] = QT_TRANSLATE_NOOP("messages", "所选人员不存在或已停用，请刷新后重选")
    parts_of: dict[int, list[StaffRole]] = {}
    for staff_id, part in members:
        parts_of.setdefault(staff_id, []).append(part)
    managers = [staff_id for staff_id, part in members if part is StaffRole.COORDINATOR]
    reviewers = [staff_id for staff_id, part in members if part is StaffRole.COMPLIANCE]
    if not managers:
        problems["manager"] = QT_TRANSLATE_NOOP("messages", "须指定一名项目经理")
    elif len(managers) > 1:
        problems["manager"] = QT_TRANSLATE_NOOP("messages", "项目经理只能有一名")
    elif staff_roles.get(managers[0]) and not may_play(StaffRole.COORDINATOR, staff_roles[managers[0]]):
        problems["manager"] = QT_TRANSLATE_NOOP("messages", "项目经理须由项目经理岗或主管担任")
    if len(reviewers) > 1:
        problems["compliance"] = QT_TRANSLATE_NOOP("messages", "合规复核只能指定一名")
    elif reviewers and len(parts_of[reviewers[0]]) > 1:
        problems["compliance"] = QT_TRANSLATE_NOOP(
            "messages", "合规复核人员不能同时担任本案小组的其他角色（须独立于所复核的小组）"
        )
    elif (
        reviewers
        and staff_roles.get(reviewers[0])
        and not may_play(StaffRole.COMPLIANCE, staff_roles[reviewers[0]])
    ):
        problems["compliance"] = QT_TRANSLATE_NOOP("messages", "合规复核须由合规岗或主管担任")
    repeated = [
        staff_id for staff_id, parts in parts_of.items() if len(parts) > 1 and staff_id not in reviewers
    ]
    if repeated and "members" not in problems:
        problems["members"] = QT_TRANSLATE_NOOP("messages", "同一人在小组中只能担任一个角色")
    helpers = (StaffRole.SPECIALIST, StaffRole.LOGISTICS)
    if "members" not in problems and any(
        part in helpers and staff_id in staff_roles and not may_play(part, staff_roles[staff_id])
        for staff_id, part in members
    ):
        problems["members"] = QT_TRANSLATE_NOOP(
            "messages", "执行专员与后勤支持须由承担任务的岗位担任（前台与系统管理员不在小组中办理任务）"
        )
    return problems


def assignment_problem(task_role: StaffRole, assignee_id: int | None, reviewer_id: int | None) -> str:
    """Why ``assignee_id`` may not carry a task needing ``task_role`` on a case reviewed by
    ``reviewer_id``, or "": the reviewer carries the review tasks, never the work they review."""
    if assignee_id is not None and assignee_id == reviewer_id and task_role is not StaffRole.COMPLIANCE:
        return QT_TRANSLATE_NOOP(
            "messages", "此人是本案的独立合规复核人，只能负责合规复核任务，不能负责其所复核的工作（请改派）"
        )
    return ""


# -- the resource pool's suggestions ------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A person of the resource pool as the suggestion sees them (load: open tasks of open cases)."""

    staff_id: int
    name: str
    role: StaffRole
    skills: tuple[str, ...] = ()
    region: str = ""
    open_tasks: int = 0
    open_minutes: int = 0


@dataclass(frozen=True)
class Suggestion:
    candidate: Candidate
    skilled: bool
    same_region: bool
    reasons: str  # in words, e.g. "熟悉清税、同在上海、当前负载 3 项（约 5.5 小时）"


def has_skill(skills: Iterable[str], needed: str) -> bool:
    """A skill covers the need when one names the other ("税务申报" covers "税务", and the reverse)."""
    needed = needed.strip()
    return bool(needed) and any(skill and (skill in needed or needed in skill) for skill in skills)


def same_region(one: str, other: str) -> bool:
    """ "上海" and "上海市浦东新区" are the same place for staffing; an unknown region matches nothing."""
    one, other = one.strip(), other.strip()
    return bool(one and other) and (one in other or other in one)


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".removesuffix(".0")


def _reasons(candidate: Candidate, needed_skill: str, region: str, skilled: bool, near: bool) -> str:
    words: list[str] = []
    if needed_skill:
        words.append(
            Message(QT_TRANSLATE_NOOP("messages", "熟悉{needed_skill}"), needed_skill=needed_skill)
            if skilled
            else Message(QT_TRANSLATE_NOOP("messages", "未登记{needed_skill}技能"), needed_skill=needed_skill)
        )
    if near:
        words.append(Message(QT_TRANSLATE_NOOP("messages", "同在{region}"), region=candidate.region))
    elif candidate.region and region:
        words.append(Message(QT_TRANSLATE_NOOP("messages", "在{region}"), region=candidate.region))
    if candidate.open_tasks:
        words.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "当前负载 {open_tasks} 项（约 {hours} 小时）"),
                open_tasks=candidate.open_tasks,
                hours=_hours(candidate.open_minutes),
            )
        )
    else:
        words.append(QT_TRANSLATE_NOOP("messages", "当前无在办任务"))
    return Message("{words}", words=tuple(words))  # the words joined: 、 in Chinese


def suggest(
    candidates: Iterable[Candidate],
    needed_skill: str,
    region: str,
    role: StaffRole,
    exclude: Collection[int] = (),
) -> list[Suggestion]:
    """Who to put in ``role`` (a team part), best first.

    Only those who may play the part (see PART_ROLES) and are not in ``exclude`` (already on the
    team: nobody plays two parts). Ranked by: own role is the part, knows the service type, works
    in the case's region, then the lighter load (remaining working minutes, then open tasks).
    """
    ranked = []
    for candidate in candidates:
        if candidate.staff_id in exclude or not may_play(role, candidate.role):
            continue
        skilled = has_skill(candidate.skills, needed_skill)
        near = same_region(candidate.region, region)
        key = (
            candidate.role is not role,
            not skilled,
            not near,
            candidate.open_minutes,
            candidate.open_tasks,
            candidate.staff_id,
        )
        reasons = _reasons(candidate, needed_skill, region, skilled, near)
        ranked.append((key, Suggestion(candidate, skilled, near, reasons)))
    return [suggestion for _, suggestion in sorted(ranked, key=lambda pair: pair[0])]


# -- skills and region as typed ------------------------------------------------------------------

_SKILL_SEPARATORS = re.compile(r"[,，、;；\n]+")


def parse_skills(text: str) -> list[str]:
    """Skills as typed: separated by commas (either width), 、 or semicolons; repeats dropped."""
    seen: dict[str, None] = {}
    for part in _SKILL_SEPARATORS.split(text):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def profile_problems(skills: list[str], region: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(skills) > SKILL_COUNT_LIMIT:
        problems["skills"] = Message(
            QT_TRANSLATE_NOOP("messages", "技能最多登记 {SKILL_COUNT_LIMIT} 项"),
            SKILL_COUNT_LIMIT=SKILL_COUNT_LIMIT,
        )
    elif any(len(skill) > SKILL_LIMIT for skill in skills):
        problems["skills"] = Message(
            QT_TRANSLATE_NOOP("messages", "每项技能不超过 {SKILL_LIMIT} 个字"), SKILL_LIMIT=SKILL_LIMIT
        )
    if len(region.strip()) > REGION_LIMIT:
        problems["region"] = Message(
            QT_TRANSLATE_NOOP("messages", "地区不超过 {REGION_LIMIT} 个字"), REGION_LIMIT=REGION_LIMIT
        )
    return problems


# -- remaining work -------------------------------------------------------------------------------


def remaining_minutes(duration: int, worked: int | None, awaiting_check: bool) -> int:
    """What is left of an open task: its duration less the working minutes since it started; a task
    waiting for its check (待复核) has nothing left for its assignee."""
    if awaiting_check:
        return 0
    return max(0, duration - (worked or 0))


# -- @mentions in the activity feed ---------------------------------------------------------------


class ActivityKind(LabelledEnum):
    """What a line of the activity feed is (stored as CaseActivity.kind)."""

    COMMENT = "comment", QT_TRANSLATE_NOOP("vocabulary", "讨论")
    CHECK_REQUEST = "check_request", QT_TRANSLATE_NOOP("vocabulary", "请求复核")
    CHECK_DONE = "check_done", QT_TRANSLATE_NOOP("vocabulary", "已复核")


ACTIVITY_TEXT_LIMIT = 2000
# An @ inside a word (an e-mail address: abc@qq.com) is not a mention.
_MENTION_AT = re.compile(r"(?<![A-Za-z0-9_.])@")
_NAME_END = re.compile(r"[\s,，、。:：;；!！?？()（）@]")


def parse_mentions(text: str, names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The staff names @mentioned in ``text`` (in order, once each), and the @words that name nobody.

    Chinese runs on without spaces ("@刘芳请确认"), so each @ takes the longest known name it is
    followed by; an @ followed by no known name yields the word up to the next space or punctuation.
    """
    by_length = sorted({name for name in names if name}, key=len, reverse=True)
    known: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for at in _MENTION_AT.finditer(text):
        rest = text[at.end() :]
        name = next((name for name in by_length if rest.startswith(name)), None)
        if name is not None:
            known.setdefault(name, None)
            continue
        end = _NAME_END.search(rest)
        word = rest[: end.start() if end else len(rest)]
        if word:
            unknown.setdefault(word, None)
    return list(known), list(unknown)


def activity_problems(text: str) -> dict[str, str]:
    if not text.strip():
        return {"text": QT_TRANSLATE_NOOP("messages", "请输入内容")}
    if len(text) > ACTIVITY_TEXT_LIMIT:
        return {
            "text": Message(
                QT_TRANSLATE_NOOP("messages", "内容不能超过 {ACTIVITY_TEXT_LIMIT} 个字"),
                ACTIVITY_TEXT_LIMIT=ACTIVITY_TEXT_LIMIT,
            )
        }
    return {}
