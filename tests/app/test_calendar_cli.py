"""`expedite-desk calendar show` and `calendar import-notice`: the same reading and checks as the
settings page, the year's days as JSON, a malformed notice refused with its line named."""

import json

import pytest

from app.cli import main
from app.config import LOGIN_PASSWORD_ENV
from app.domain.clock import FixedClock
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.usecases.holiday_notices import list_holiday_notices
from tests.app.usecases.test_holiday_notice_import import NOTICE_2027
from tests.helpers import HOLIDAY_NOTICES, NOW

KEYS = ("date", "working", "name", "estimated")


@pytest.fixture
def calendar_command(sample_database, database_url, monkeypatch, capsys):
    """``calendar_command(*args)``: the command run by the sample office's admin; (exit code, out, err)."""
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--database", database_url, "--user", DEMO_ADMIN, "calendar", *args], clock=FixedClock(NOW)
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _days(out: str) -> list[tuple]:
    return [tuple(day[key] for key in KEYS) for day in json.loads(out)]


def test_show_lists_the_estimated_year_with_its_make_up_days_off(calendar_command):
    code, out, _err = calendar_command("show", "--year", "2027", "--json")
    assert code == 0
    days = json.loads(out)
    assert {
        "date": "2027-02-09",
        "working": False,
        "name": "春节",
        "estimated": True,
        "source": "预估",
    } in days
    made_up = ["2027-05-03", "2027-05-04", "2027-10-04", "2027-10-05"]  # for 1–2 May and 2–3 October
    assert [d["date"] for d in days if d["date"] in made_up] == made_up
    code, out, _err = calendar_command("show", "--year", "2027")
    assert "（按法定节假日及补假预估，尚无放假通知）" in out and "2027-02-10 星期三  春节放假（预估）" in out


def test_the_2026_notice_gives_exactly_the_days_chinesecalendar_has(calendar_command, sample_database):
    _code, library, _err = calendar_command("show", "--year", "2026", "--json")
    code, notice, _err = calendar_command(
        "import-notice", str(HOLIDAY_NOTICES / "2026.txt"), "--dry-run", "--json"
    )
    assert code == 0 and _days(notice) == _days(library) and len(_days(notice)) == 39
    code, out, _err = calendar_command("import-notice", str(HOLIDAY_NOTICES / "2026.txt"), "--dry-run")
    assert "与现行日历相比的变化（0 处）" in out and "试运行" in out
    assert list_holiday_notices(sample_database) == []


def test_an_imported_notice_is_what_show_lists_and_no_longer_estimated(calendar_command, tmp_path):
    notice = tmp_path / "2027.txt"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    code, out, _err = calendar_command("import-notice", str(notice))
    assert code == 0 and "已导入为本所 2027 年的正式日历数据" in out
    assert "2027-02-11：工作日（预估） → 春节放假" in out
    _code, shown, _err = calendar_command("show", "--year", "2027", "--json")
    days = json.loads(shown)
    assert not any(day["estimated"] for day in days)
    assert {day["source"] for day in days} == {"国务院办公厅关于2027年部分节假日安排的通知"}
    _code, listed, _err = calendar_command("import-notice", str(notice), "--json", "--dry-run")
    assert json.loads(listed) == days


def test_a_malformed_notice_is_refused_naming_the_line(calendar_command, sample_database, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(
        (HOLIDAY_NOTICES / "2026.txt").read_text(encoding="utf-8").replace("（周四）", "（周五）", 1)
    )
    code, out, err = calendar_command("import-notice", str(wrong))
    assert code == 1 and out == ""
    assert "第 5 行（一、元旦）：1月1日是星期四，通知写的是“周五”" in err
    code, _out, err = calendar_command("import-notice", str(tmp_path / "none.txt"))
    assert code == 1 and "无法读取 none.txt" in err
    assert list_holiday_notices(sample_database) == []
