"""SOP templates: the built-in files, parsing and refusals, versions, planning and scheduling cases."""

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import LOGIN_PASSWORD_ENV, LOGIN_USER_ENV
from app.db.models import Case, Task, TaskChecklistItem, TaskDependency
from app.domain.office_profile import OfficeProfileData
from app.domain.scheduling import schedule_plan
from app.domain.sop_template import Flow, TemplateError, duration_minutes, load_template_file, parse_template
from app.domain.vocabulary import ServiceType, StaffRole
from app.domain.working_calendar import CalendarOverride, WorkingCalendar
from app.sample.logins import DEMO_PASSWORD
from app.usecases.calendar import (
    delete_calendar_override,
    list_calendar_overrides,
    load_working_calendar,
    save_calendar_override,
    save_office_hours,
)
from app.usecases.errors import ValidationFailed
from app.usecases.office import save_office_profile
from app.usecases.planning import plan_case, schedule_case
from app.usecases.sop import (
    builtin_english_names,
    builtin_template_files,
    import_builtin_templates,
    list_templates,
    load_template,
    publish_template_version,
    template_versions,
)
from tests.helpers import NOW, add_login

MINIMAL = {
    "code": "demo",
    "name": "演示模板",
    "service_type": "tax_filing",
    "steps": [
        {"key": "a", "name": "材料预审", "role": "front_desk", "duration": "2h"},
        {"key": "b", "name": "提交申请", "role": "specialist", "duration": "1d", "after": ["a"]},
    ],
}


def _builtin(code):
    return load_template_file(next(p for p in builtin_template_files() if p.stem == code))


def test_every_built_in_template_has_an_english_name_by_its_chinese_one():
    names = builtin_english_names()
    chinese = [load_template_file(path).name for path in builtin_template_files()]
    assert sorted(names) == sorted(chinese)
    assert names["税务申报（加急版）"] == "Tax filing (expedite)"
    assert all(english.isascii() for english in names.values())


def test_every_built_in_template_is_valid_and_named_after_its_code():
    files = builtin_template_files()
    assert len(files) >= 16
    templates = [load_template_file(path) for path in files]
    assert all(t.code == path.stem for t, path in zip(templates, files, strict=True))
    assert {t.service_type for t in templates if t.flow is Flow.EXPEDITE} == set(ServiceType)
    assert all(any(step.milestone for step in t.steps) for t in templates)


@pytest.mark.parametrize(
    ("code", "low", "high"),
    [
        ("tax-filing-normal", 3 * 7.5, 5 * 7.5),  # the seed's serial flow: 3–5 working days
        ("tax-filing-expedite", 8, 24),  # its expedite version: 8–24 working hours
        ("company-deregistration-expedite", 16 * 7.5, 20 * 7.5),  # about 18 working days
    ],
)
def test_the_seeds_durations_hold_on_the_critical_path(code, low, high):
    template = _builtin(code)
    # Office-day durations on a flat clock: the offsets count working minutes only.
    schedule = schedule_plan(
        template.plan_tasks(), WorkingCalendar.around_the_clock(), datetime(2026, 11, 23)
    )
    assert low <= (schedule.finish_offset - schedule.start_offset) / 60 <= high


def test_tax_clearance_is_on_the_deregistration_critical_path():
    template = load_template_file(
        next(p for p in builtin_template_files() if p.stem == "company-deregistration-expedite")
    )
    schedule = template.schedule(WorkingCalendar(), datetime(2026, 11, 23, 9))
    names = [schedule.tasks[key].name for key in schedule.critical_chain()]
    assert any("税务清算" in name for name in names)


def test_durations_read_as_working_time():
    assert [duration_minutes(t) for t in ("90m", "1.5h", "2d", "0.5d")] == [90, 90, 900, 225]
    assert duration_minutes("1d", minutes_per_day=8 * 60) == 480
    with pytest.raises(TemplateError, match="无法识别的工期“两天”"):
        duration_minutes("两天")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["steps"][1].update(after=["x"]), "前置步骤“x”不存在"),
        (lambda t: t["steps"][0].update(after=["b"]), "前置关系存在循环"),
        (lambda t: t["steps"][1].update(key="a"), "标识“a”重复"),
        (lambda t: t["steps"][0].update(role="boss"), "角色的取值“boss”无效"),
        (lambda t: t["steps"][0].update(duration="soon"), "无法识别的工期"),
        (lambda t: t.update(service_type="x"), "业务类型的取值“x”无效"),
        (lambda t: t.update(steps=[]), "没有任何步骤"),
        (lambda t: t.pop("code"), "模板 demo：缺少“code”或其不是文字"),
        (lambda t: t["steps"][1].pop("name"), "模板 demo：步骤“b”缺少“name”或其不是文字"),
        (lambda t: t["steps"].append("c"), "模板 demo：第 3 步格式不正确"),
        (lambda t: t["steps"][0].update(key="A 1"), "第 1 步的标识“A 1”只能用小写字母、数字和连字符"),
        (lambda t: t["steps"][1].update(after="a"), "步骤“提交申请”的 after 和 checklist 应为列表"),
        (lambda t: t["steps"][1].update(checklist="核对"), "步骤“提交申请”的 after 和 checklist 应为列表"),
        (lambda t: t["steps"][1].update(after=[{"kind": "ss"}]), "步骤“提交申请”的前置步骤应写成步骤标识"),
        (lambda t: t["steps"][1].update(after=[3]), "步骤“提交申请”的前置步骤应写成步骤标识"),
    ],
)
def test_bad_templates_are_refused_naming_the_step(change, message):
    raw = json.loads(json.dumps(MINIMAL))
    change(raw)
    with pytest.raises(TemplateError, match=message):
        parse_template(raw, "模板 demo")


def test_a_template_survives_its_round_trip_through_data():
    template = parse_template(MINIMAL)
    assert parse_template(template.to_data()) == template


def test_builtins_are_imported_once_and_an_edit_is_a_new_version(database):
    assert import_builtin_templates(database) >= 16
    assert import_builtin_templates(database) == 0
    published = load_template(database, "tax-filing-expedite")
    assert published.version == 1
    edited = published.template.__class__(
        **{**published.template.__dict__, "name": "税务申报（加急版，含复核）"}
    )
    with pytest.raises(ValidationFailed) as failure:
        publish_template_version(database, edited, "  ")
    assert "修订说明" in failure.value.problems["revision_note"]
    assert publish_template_version(database, edited, "增加复核说明") == 2
    assert [v.version for v in template_versions(database, "tax-filing-expedite")] == [2, 1]
    assert load_template(database, "tax-filing-expedite", 1).template.name == "税务申报（加急版）"
    summary = next(t for t in list_templates(database) if t.code == "tax-filing-expedite")
    assert (summary.name, summary.latest_version) == ("税务申报（加急版，含复核）", 2)


def test_planning_a_case_copies_the_template_and_keeps_its_version(sample_database):
    with sample_database.unit_of_work() as session:
        case = session.scalars(
            select(Case).where(Case.service_type == ServiceType.TAX_FILING).limit(1)
        ).first()
        session.execute(Task.__table__.delete().where(Task.case_id == case.id))
        case_id = case.id
    count = plan_case(sample_database, case_id, "tax-filing-expedite")
    published = load_template(sample_database, "tax-filing-expedite")
    assert count == len(published.template.steps)
    with sample_database.unit_of_work() as session:
        assert session.get(Case, case_id).sop_version_id == published.version_id
        links = session.scalar(
            select(func.count())
            .select_from(TaskDependency)
            .join(Task, Task.id == TaskDependency.successor_id)
            .where(Task.case_id == case_id)
        )
        assert links == sum(len(step.after) for step in published.template.steps)
        assert session.scalar(
            select(func.count()).select_from(TaskChecklistItem).join(Task).where(Task.case_id == case_id)
        )
    with pytest.raises(ValidationFailed, match="已有任务计划"):
        plan_case(sample_database, case_id)
    schedule = schedule_case(sample_database, case_id, NOW)
    assert schedule.deadline is not None and schedule.critical_chain()


def test_open_sample_cases_schedule_against_their_deadlines(sample_database):
    with sample_database.unit_of_work() as session:
        open_ids = session.scalars(select(Case.id).where(Case.closed_at.is_(None))).all()
    for case_id in open_ids:
        schedule = schedule_case(sample_database, case_id, NOW)
        assert schedule.feasibility().summary().startswith("预计")


def test_office_hours_and_overrides_shape_the_calendar(database):
    with pytest.raises(ValidationFailed, match="请先填写机构信息"):
        save_office_hours(database, "09:00-17:00")
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司"))
    with pytest.raises(ValidationFailed) as failure:
        save_office_hours(database, "9点-5点")
    assert "无法识别" in failure.value.problems["office_hours"]
    save_office_hours(database, "08:30-12:00, 13:00-17:30")
    save_calendar_override(database, CalendarOverride(date(2027, 2, 9), False, "2027 年春节放假通知"))
    save_calendar_override(database, CalendarOverride(date(2027, 2, 9), False, "国务院 2027 年春节放假通知"))
    assert list_calendar_overrides(database) == [
        CalendarOverride(date(2027, 2, 9), False, "国务院 2027 年春节放假通知")
    ]
    calendar = load_working_calendar(database)
    assert calendar.hours.minutes_per_day == 8 * 60
    assert not calendar.is_working_day(date(2027, 2, 9)) and not calendar.is_estimated(date(2027, 2, 9))
    delete_calendar_override(database, date(2027, 2, 9))
    assert list_calendar_overrides(database) == []


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True)


@pytest.fixture
def coordinator(database, monkeypatch) -> str:
    """The test office's URL, where ``wanglei`` logs in (the commands below read office data)."""
    add_login(database, "wanglei", StaffRole.COORDINATOR)
    monkeypatch.setenv(LOGIN_USER_ENV, "wanglei")  # the subprocesses inherit the environment
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    return f"sqlite:///{database.file}"


def test_schedule_command_prints_json_for_a_template(coordinator: str):
    url = coordinator
    result = _cli("schedule", "--database", url, "--template", "tax-filing-expedite",
                  "--start", "2026-02-13T15:00", "--deadline", "2026-02-24T12:00", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["projected_finish"] == "2026-02-24T14:15" and not data["feasible"]
    assert data["short_by_working_hours"] == 0.75 and data["estimated"] is False
    assert data["critical_path"][0] == "assess-precheck"
    assert all(
        {"earliest_start", "latest_finish", "total_slack_hours", "critical"} <= set(t) for t in data["tasks"]
    )


@pytest.mark.slow
def test_schedule_command_for_a_file_and_a_case(tmp_path: Path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert _cli("demo", "--cases", "20", "--database", url).returncode == 0  # into an empty database
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    template = Path("resources/sop_templates/food-licence-expedite.toml").resolve()
    result = _cli("schedule", "--database", url, "--user", "wanglei", "--template", str(template),
                  "--start", "2026-12-28T09:00")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "（预估）" in result.stdout  # it runs into 2027
    result = _cli("schedule", "--database", url, "--user", "wanglei", "--case", "20", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["deadline"] is not None


def test_schedule_command_refuses_an_unknown_template_and_a_bad_time(coordinator: str):
    url = coordinator
    result = _cli("schedule", "--database", url, "--template", "不存在的模板")
    assert result.returncode == 1 and "找不到模板“不存在的模板”" in result.stderr
    result = _cli("schedule", "--database", url, "--template", "tax-filing-expedite", "--start", "明天")
    assert result.returncode == 2 and "无法识别的时间" in result.stderr


def test_predecessors_are_written_and_read_as_people_type_them():
    from app.domain.sop_template import StepLink, format_links, parse_links
    from app.domain.vocabulary import DependencyKind

    links = (StepLink("a"), StepLink("b", DependencyKind.START_TO_START), StepLink("c", lag="2h"),
             StepLink("d", DependencyKind.START_TO_START, "1h"))  # fmt: skip
    assert format_links(links) == "a, b(ss), c(+2h), d(ss+1h)"
    assert parse_links("a，b（ss）、c(+2h); d(ss＋1h)") == links
    with pytest.raises(TemplateError, match="无法识别的前置步骤“b\\[ss\\]”"):
        parse_links("a, b[ss]")


def test_an_unreadable_template_file_is_refused_naming_it(tmp_path: Path):
    with pytest.raises(TemplateError, match="无法读取模板文件 missing.toml"):
        load_template_file(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text('code = "demo"\n[[steps]\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="无法读取模板文件 broken.toml"):
        load_template_file(broken)
