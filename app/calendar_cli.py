"""`expedite-desk calendar …`: the year's holidays as the office calendar has them, and the State
Council's notice imported from a file (the same reading and checks as 设置 → 工作日历)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the calendar is imported when the command runs: the parser is built at every start
    from app.domain.working_calendar import DayInfo

_WEEKDAYS = "一二三四五六日"


def add_calendar_command(commands, database_option: argparse.ArgumentParser) -> None:
    """The ``calendar`` command and its two subcommands, on the main parser's ``commands``."""
    calendar = commands.add_parser(
        "calendar", parents=[database_option], help="工作日历：查看某年放假安排、导入国务院放假通知"
    )
    actions = calendar.add_subparsers(dest="calendar_command", metavar="操作", required=True)
    show = actions.add_parser(
        "show", parents=[database_option], help="列出某年的每个放假日与调休上班日（注明节日，及预估或依据）"
    )
    show.add_argument("--year", type=int, required=True, metavar="YYYY", help="年份")
    show.add_argument(
        "--json", action="store_true", help="输出 JSON：[{date, working, name, estimated, source}]"
    )
    notice = actions.add_parser(
        "import-notice",
        parents=[database_option],
        help="导入国务院办公厅放假通知（.txt 或 .html）；有任何问题则不导入",
    )
    notice.add_argument("file", type=Path, metavar="FILE", help="通知全文（.txt 或另存的 .html 网页）")
    notice.add_argument("--dry-run", action="store_true", help="只检查并列出变化，不写入")
    notice.add_argument("--json", action="store_true", help="只输出该年的放假安排 JSON（同 calendar show）")


def run_calendar(database, args) -> int:
    if args.calendar_command == "show":
        return _show(database, args.year, args.json)
    return _import_notice(database, args.file, dry_run=args.dry_run, as_json=args.json)


def _source(info: DayInfo) -> str:
    if info.note:
        return f"本所设定：{info.note}"
    if info.estimated:
        return "预估"
    return info.source or "chinesecalendar"


def _data(days: list[DayInfo]) -> list[dict]:
    return [
        {
            "date": info.day.isoformat(),
            "working": info.working,
            "name": info.holiday or "",
            "estimated": info.estimated,
            "source": _source(info),
        }
        for info in days
    ]


def _print_days(year: int, days: list[DayInfo]) -> None:
    """The year's days, one a line; the source once above them, and beside a day that has another."""
    from app.domain.working_calendar import day_state

    sources = [_source(info) for info in days]
    common = Counter(sources).most_common(1)[0][0] if sources else "chinesecalendar"
    basis = "按法定节假日及补假预估，尚无放假通知" if common == "预估" else f"依据：{common}"
    print(f"{year} 年放假与调休上班（{basis}）：")
    for info, source in zip(days, sources, strict=True):
        line = f"{info.day.isoformat()} 星期{_WEEKDAYS[info.day.weekday()]}  {day_state(info)}"
        print(line if source == common else f"{line}  〔{source}〕")


def _show(database, year: int, as_json: bool) -> int:
    from app.usecases.holiday_notices import year_days

    days = year_days(database, year)
    if as_json:
        print(json.dumps(_data(days), ensure_ascii=False, indent=2))
    else:
        _print_days(year, days)
    return 0


def _import_notice(database, path: Path, *, dry_run: bool, as_json: bool) -> int:
    """Problems on stderr, one per line naming the line of the notice; exits 1 then (nothing written)."""
    from app.domain.chinese_format import format_datetime
    from app.domain.working_calendar import day_state
    from app.usecases.access import NotPermitted
    from app.usecases.errors import ValidationFailed
    from app.usecases.holiday_notices import import_holiday_notice, read_notice_file

    try:
        text = read_notice_file(path)
        result = import_holiday_notice(database, text, database.clock.now(), dry_run=dry_run)
    except (ValidationFailed, NotPermitted) as error:
        problems = getattr(error, "problems", {})
        if "notice" in problems:
            print(f"错误：{path.name} 有问题，未导入：", file=sys.stderr)
            for problem in problems["notice"].splitlines():
                print(f"  {problem}", file=sys.stderr)
        else:
            print(f"错误：{error}", file=sys.stderr)
        return 1
    preview = result.preview
    if as_json:
        print(json.dumps(_data(preview.arrangement), ensure_ascii=False, indent=2))
        return 0
    notice = preview.notice
    off = sum(not d.working for d in notice.days)
    print(f"《{notice.title}》（{notice.year} 年）：放假 {off} 天，调休上班 {len(notice.days) - off} 天。")
    _print_days(notice.year or 0, preview.arrangement)
    if preview.replaces:
        print(f"将取代此前导入的《{preview.replaces}》。")
    print(f"与现行日历相比的变化（{len(preview.changes)} 处）：")
    for before, after in preview.changes:
        print(f"  {before.day.isoformat()}：{day_state(before)} → {day_state(after)}")
    if dry_run:
        print("试运行：通知检查无误，未写入任何内容。")
        return 0
    moved = [case for case in result.rescheduled if case.moved]
    print(
        f"已导入为本所 {notice.year} 年的正式日历数据；重新排程在办案件 {len(result.rescheduled)} 个，"
        f"其中 {len(moved)} 个预计完成时间改变（其余只是时差与最迟完成时间随之更新）："
    )
    for case in moved:
        old = format_datetime(case.old_finish) if case.old_finish else "—"
        new = format_datetime(case.new_finish) if case.new_finish else "—"
        signed = (
            f"（已签确认书承诺 {format_datetime(case.committed_finish)}，原文不变）"
            if case.committed_finish
            else ""
        )
        print(f"  {case.number} {case.client}：预计完成 {old} → {new}{signed}")
    return 0
