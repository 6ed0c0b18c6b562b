"""The commands of `expedite-desk`, for scripting and support; `python -m app` runs them.

`expedite-desk` itself starts in ui/launcher.py, above the user interface: it opens the window (no
command) or runs `smoke`, and hands every other command to :func:`run_command`; app/ imports no ui.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import app
from app.calendar_cli import add_calendar_command, run_calendar
from app.config import BACKUP_PASSWORD_ENV, DATABASE_URL_ENV, LOGIN_PASSWORD_ENV, LOGIN_USER_ENV
from app.domain.clock import Clock
from app.domain.vocabulary import StaffRole

# The database layer (SQLAlchemy, the models) is imported in run_command(): the window's start-up
# (ui/launcher.py) imports it with the garbage collector paused.


def _positive_int(text: str) -> int:
    value = int(text) if text.strip().lstrip("-").isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"必须是大于 0 的整数：{text}")
    return value


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"无法识别的时间：{text}（示例：2026-11-23T09:00）") from error


class _VersionAction(argparse.Action):
    """``--version``: the version is read (importlib.metadata) only when asked, not at every start."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{parser.prog} {app.__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    help_text = f"数据库地址（默认：用户数据文件夹中的 SQLite 文件；也可用环境变量 {DATABASE_URL_ENV}）"
    user_help = (
        f"登录名：读写机构数据的命令以此人的身份和权限运行（也可用环境变量 {LOGIN_USER_ENV}；"
        f"密码取自环境变量 {LOGIN_PASSWORD_ENV}，未设置时在终端输入）"
    )
    # Accepted before or after the command. The command's copies have no default, so they never
    # overwrite a --database or --user given before the command name.
    database_option = argparse.ArgumentParser(add_help=False)
    database_option.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=help_text)
    database_option.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=user_help)
    parser = argparse.ArgumentParser(
        prog="expedite-desk",
        description="加急工作台：不带子命令时打开主窗口。",
    )
    parser.add_argument("--database", metavar="URL", default=None, help=help_text)
    parser.add_argument("--user", metavar="NAME", default=None, help=user_help)
    parser.add_argument("--version", action=_VersionAction, help="显示版本号并退出")
    commands = parser.add_subparsers(dest="command", metavar="命令")
    demo = commands.add_parser("demo", parents=[database_option], help="写入示例数据（客户、加急案件、任务）")
    demo.add_argument("--cases", type=_positive_int, default=200, help="案件数（默认 200）")
    demo.add_argument("--seed", type=int, default=2026, help="随机种子，相同种子生成相同数据")
    commands.add_parser("migrate", parents=[database_option], help="把数据库结构升级到本程序的版本")
    commands.add_parser(
        "smoke", help="冒烟测试：在临时文件夹中建库、迁移、生成确认书与知识库工作簿、离屏打开主窗口"
    )
    schedule = commands.add_parser(
        "schedule", parents=[database_option], help="按工作日历排程：SOP 模板或案件的关键路径与预计完成时间"
    )
    source = schedule.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--template", metavar="FILE_OR_NAME", help="模板文件（.toml），或数据库中模板的代码或名称"
    )
    source.add_argument("--case", type=_positive_int, metavar="ID", help="案件编号（数据库中的 ID）")
    schedule.add_argument("--start", type=_instant, metavar="ISO_DATETIME", help="开始时间（默认：现在）")
    schedule.add_argument(
        "--deadline", type=_instant, metavar="ISO_DATETIME", help="截止时间（案件默认取客户要求）"
    )
    schedule.add_argument("--json", action="store_true", help="输出 JSON")
    letter = commands.add_parser(
        "letter", parents=[database_option], help="生成案件当前的《加急服务确认书》PDF"
    )
    letter.add_argument("--case", type=_positive_int, required=True, metavar="ID", help="案件 ID")
    letter.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    export = commands.add_parser(
        "export-kb", parents=[database_option], help="把复盘知识库导出为 Excel 工作簿"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="写入的 .xlsx 文件")
    export.add_argument("--search", default="", help="只导出标题或内容含这些词的条目（空格分隔，全部须出现）")
    export.add_argument("--problem-type", default="", help="只导出此问题类型")
    export.add_argument(
        "--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="只导出此日期及以后的条目"
    )
    export.add_argument(
        "--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="只导出此日期及以前的条目"
    )
    import_kb = commands.add_parser(
        "import-kb",
        parents=[database_option],
        help="从 Excel 工作簿导入复盘知识库（有任何问题则全部不导入）",
    )
    import_kb.add_argument("file", type=Path, metavar="FILE.xlsx", help="本程序导出（可修改后）的 .xlsx 文件")
    import_kb.add_argument(
        "--dry-run", action="store_true", help="只检查并逐行列出将新增、更新的条目及改动，不写入"
    )
    audit = commands.add_parser(
        "export-audit", parents=[database_option], help="把修改记录（审计记录）导出为 Excel 工作簿"
    )
    audit.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="写入的 .xlsx 文件")
    audit.add_argument("--case", type=_positive_int, metavar="ID", help="只导出此案件（数据库中的 ID）的记录")
    audit.add_argument(
        "--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="只导出此日期及以后的记录"
    )
    backup = commands.add_parser(
        "backup", parents=[database_option], help="立即备份数据库（SQLite 在线备份，写入后做完整性检查）"
    )
    backup.add_argument(
        "--out", type=Path, metavar="DIR", help="写入此文件夹（默认：数据库旁的 backups 文件夹）"
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=f"用密码加密备份（密码取自环境变量 {BACKUP_PASSWORD_ENV}，未设置时提示输入）",
    )
    account = commands.add_parser(
        "account",
        parents=[database_option],
        help="新建员工登录账号（须系统管理员登录；机构还没有任何账号时可不登录创建第一个管理员）。"
        "新账号的密码从标准输入读取，不写在命令行上",
    )
    account.add_argument("--username", required=True, help="用户名（英文字母、数字和 . _ -）")
    account.add_argument("--name", required=True, help="姓名")
    account.add_argument("--role", required=True, choices=[role.value for role in StaffRole], help="角色")
    account.add_argument("--temporary", action="store_true", help="临时密码：首次登录时须修改")
    add_calendar_command(commands, database_option)
    return parser


def _account(database, args) -> int:
    """Run by an admin; as SYSTEM only on an office without any login (see main), whose first is its admin."""
    import getpass

    from app.domain.permissions import SYSTEM, Permission
    from app.usecases.access import require
    from app.usecases.accounts import create_account, create_first_admin
    from app.usecases.errors import ValidationFailed

    role = StaffRole(args.role)
    first = database.actor is SYSTEM
    if first and (role is not StaffRole.ADMIN or args.temporary):
        print(
            "错误：本机构还没有登录账号，第一个账号须是系统管理员（--role admin），且不能是临时密码",
            file=sys.stderr,
        )
        return 1
    require(database, Permission.MANAGE_ACCOUNTS)  # refused before the new password is asked for
    password = getpass.getpass("新账号密码：") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    try:
        if first:
            create_first_admin(database, args.name, args.username, password)
        else:
            create_account(database, args.name, args.username, role, password, temporary=args.temporary)
    except ValidationFailed as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    print(f"已创建登录账号：{args.username.strip().lower()}（{args.name.strip()}，{role.label}）。")
    return 0


def _secret(environment: str, what: str, *, twice: bool = False) -> str | None:
    """A password from ``environment``, else typed at a terminal (``twice``: and typed again); never
    from the command line, nor from a pipe (a script keeps it in the environment, not in a file or a
    shell history). None when there is none, said in one line on stderr."""
    import getpass
    import os

    if password := os.environ.get(environment):
        return password
    if not sys.stdin.isatty():
        print(f"错误：请用环境变量 {environment} 提供{what}", file=sys.stderr)
        return None
    password = getpass.getpass(f"{what}：")
    if not password or (twice and password != getpass.getpass(f"再次输入{what}：")):
        print("错误：两次输入的密码不一致或为空" if twice else "错误：密码为空", file=sys.stderr)
        return None
    return password


def _backup(database, out: Path | None, encrypt: bool) -> int:
    from app.db.database import DatabaseError
    from app.usecases.backups import backup_now

    password = _secret(BACKUP_PASSWORD_ENV, "备份密码", twice=True) if encrypt else None
    if encrypt and password is None:
        return 2
    started = time.perf_counter()
    try:
        path = backup_now(database, database.clock.now(), password, out)
    except DatabaseError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    sealed = "已加密（密码不保存，请妥善保管），" if password else ""
    print(f"已备份到 {path}（{sealed}完整性检查通过，用时 {time.perf_counter() - started:.1f} 秒）。")
    return 0


def _cannot_write(out: Path, error: OSError) -> int:
    """Every command that writes a file refuses an unwritable one in these words (exit status 1)."""
    print(f"错误：无法写入 {out}：{error.strerror or error}", file=sys.stderr)
    return 1


def _export_audit(database, args) -> int:
    from app.usecases.audit import export_audit

    try:
        rows = export_audit(database, args.out, case_id=args.case, since=args.since)
    except OSError as error:
        return _cannot_write(args.out, error)
    print(f"已导出 {rows} 条修改记录到 {args.out}。")
    return 0


def _export_kb(database, args) -> int:
    from app.domain.retrospective import TagKind
    from app.usecases.knowledge import EntryQuery
    from app.usecases.knowledge_io import export_knowledge

    query = EntryQuery(args.search, {TagKind.PROBLEM: args.problem_type}, "", args.since, args.until)
    started = time.perf_counter()
    try:
        rows = export_knowledge(database, args.out, query)
    except OSError as error:
        return _cannot_write(args.out, error)
    print(f"已导出 {rows} 条知识库条目到 {args.out}，用时 {time.perf_counter() - started:.1f} 秒。")
    return 0


def _import_kb(database, args) -> int:
    """One line per problem on stdout; exits 1 when anything is refused (then nothing is written)."""
    from app.usecases.errors import ConcurrentEdit, ValidationFailed
    from app.usecases.knowledge_io import import_knowledge

    started = time.perf_counter()
    try:
        report = import_knowledge(database, args.file, database.clock.now(), dry_run=args.dry_run)
    except (ValidationFailed, ConcurrentEdit) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    for problem in report.problems:
        print(problem)
    if report.problem_count:
        listed = (
            f"（列出了前 {len(report.problems)} 处）" if len(report.problems) < report.problem_count else ""
        )
        print(
            f"错误：{args.file.name} 有 {report.problem_count} 处问题{listed}，未导入任何内容。",
            file=sys.stderr,
        )
        return 1
    counts = f"新增 {report.added} 条，更新 {report.updated} 条，{report.unchanged} 条不变"
    if args.dry_run:
        for change in report.changes:  # which rows would add or update an entry, and how
            print(change)
        if len(report.changes) < report.added + report.updated:
            print(f"……（列出了前 {len(report.changes)} 行）")
        print(f"试运行：{args.file.name} 可以导入，将{counts}；未写入任何内容。")
    else:
        print(f"已导入 {args.file.name}：{counts}，用时 {time.perf_counter() - started:.1f} 秒。")
    return 0


def _letter(database, case_id: int, out: Path) -> int:
    """The letter as it stands, kept as the case's next version (as the app does) and written to ``out``."""
    from app.usecases.errors import ValidationFailed
    from app.usecases.letters import generate_letter_version
    from app.usecases.stored_documents import write_document

    try:
        letter = generate_letter_version(database, case_id, database.clock.minute())
    except ValidationFailed as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    try:
        write_document(database, letter.sha256, letter.file_name, out)
    except OSError as error:
        return _cannot_write(out, error)
    print(f"已生成：{out}（{letter.document_number}，第 {letter.version} 版）")
    return 0


def _demo(database, cases: int, seed: int) -> int:
    """Only into an empty database: the sample's cases, letters and reviews name the office's people."""
    from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
    from app.sample.office import generate_sample_office, has_office_data

    if has_office_data(database):
        print(
            "错误：该数据库已有数据，示例数据只写入空数据库（未写入任何内容），请用 --database 指定新文件",
            file=sys.stderr,
        )
        return 1
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        print(f"\r已生成 {done}/{total} 个案件", end="", file=sys.stderr, flush=True)

    summary = generate_sample_office(database, cases, seed=seed, progress=report)
    print(file=sys.stderr)
    print(
        f"示例数据已写入：客户 {summary.clients} 家，案件 {summary.cases} 个（进行中 {summary.open_cases}），"
        f"任务 {summary.tasks} 个，前置关系 {summary.dependencies} 条，"
        f"用时 {time.perf_counter() - started:.1f} 秒。"
    )
    print(f"示例账号：管理员 {DEMO_ADMIN}，员工用户名为姓名拼音（如 zhoumingyuan），密码均为 {DEMO_PASSWORD}")
    return 0


def _schedule(database, args) -> int:
    from app.domain.scheduling import PlanError
    from app.domain.sop_template import TemplateError, load_template_file
    from app.usecases.calendar import load_working_calendar
    from app.usecases.errors import ValidationFailed
    from app.usecases.planning import schedule_case
    from app.usecases.sop import find_template

    start = args.start or database.clock.minute()
    try:
        if args.case and args.deadline:
            print("错误：--deadline 只用于模板；案件使用客户要求的截止时间", file=sys.stderr)
            return 2
        if args.case:
            schedule = schedule_case(database, args.case, start)
        else:
            found = None if args.template.endswith(".toml") else find_template(database, args.template)
            if found is None and not Path(args.template).is_file():
                print(
                    f"错误：找不到模板“{args.template}”（不是模板文件，也不是已有模板的代码或名称）",
                    file=sys.stderr,
                )
                return 1
            template = found.template if found else load_template_file(Path(args.template))
            schedule = template.schedule(load_working_calendar(database), start, args.deadline)
    except (PlanError, TemplateError, ValidationFailed) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    data = schedule.to_data()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(data["summary"])
    print(f"{'任务':<24}{'最早开始':<18}{'最早完成':<18}{'最迟完成':<18}{'总时差(h)':>10}  关键")
    for task in data["tasks"]:
        marks = ("★" if task["critical"] else "") + ("（预估）" if task["estimated"] else "")
        print(
            f"{task['name'][:22]:<24}{task['earliest_start']:<18}{task['earliest_finish']:<18}"
            f"{task['latest_finish']:<18}{task['total_slack_hours']:>10g}  {marks}"
        )
    return 0


#: The commands that run as the program itself, with no login: `migrate` touches no office data and
#: `demo` writes only into an empty database. `smoke` and the window (its own login) are apart. Every
#: other command reads or writes office data and runs as the person who logs in with --user.
_NO_LOGIN = frozenset({"migrate", "demo"})
#: Needs an admin's login once the office has any login; its first login, an admin, is made without.
_FIRST_ADMIN = "account"
#: What ui/launcher.py runs itself: the window (no command) and `smoke`, which opens the window.
WINDOW_COMMANDS = frozenset({None, "smoke"})


def _credentials(args) -> tuple[str, str] | None:
    """Who logs in (--user, else the environment) and their password; None when either is missing."""
    import os

    username = (args.user or os.environ.get(LOGIN_USER_ENV, "")).strip()
    if not username:
        print(
            f"错误：请用 --user 指定登录名（或环境变量 {LOGIN_USER_ENV}）：此命令以登录者的身份和权限运行，"
            f"密码取自环境变量 {LOGIN_PASSWORD_ENV}，未设置时在终端输入",
            file=sys.stderr,
        )
        return None
    password = _secret(LOGIN_PASSWORD_ENV, f"“{username}”的登录密码")
    return None if password is None else (username, password)


def _log_in(database, args, credentials: tuple[str, str] | None) -> int:
    """Sets ``database.actor``: the person who logs in (``credentials``, asked before the database was
    opened; for `account` asked now, once the office has a login), or SYSTEM for a command that needs
    none. 0, else the exit code of the refusal (said on stderr)."""
    from app.domain.permissions import SYSTEM
    from app.usecases.accounts import LoginFailed, has_any_login, login

    if credentials is None and args.command == _FIRST_ADMIN and has_any_login(database):
        credentials = _credentials(args)
        if credentials is None:
            return 2
    if credentials is None:
        database.actor = SYSTEM
        return 0
    try:
        database.actor = login(database, *credentials, database.clock.now())
    except LoginFailed as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    return 0


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of `expedite-desk`, the window's and `smoke`'s included."""
    return _parser().parse_args(argv)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """`python -m app`: run a command; ``clock`` is the time it works at (the computer's unless given)."""
    return run_command(parse_arguments(argv), clock)


def run_command(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run a parsed command other than the window's (those are :data:`WINDOW_COMMANDS`)."""
    if args.command in WINDOW_COMMANDS:
        print("错误：主窗口与冒烟测试由 expedite-desk（或 python -m ui）启动。", file=sys.stderr)
        return 2
    from app.db.database import DatabaseError
    from app.startup import open_office_database
    from app.usecases.access import NotPermitted

    credentials = None
    if args.command not in _NO_LOGIN and args.command != _FIRST_ADMIN:
        # Before the database is opened: a command refused for want of a login reads and writes nothing.
        credentials = _credentials(args)
        if credentials is None:
            return 2
    try:
        # `backup` makes its own copy: not a daily one as well; `account` may be refused for want of a
        # login only once the database is open (its first login needs none): it makes no copy either.
        daily = args.command not in ("backup", _FIRST_ADMIN)
        opened = open_office_database(args.database, daily_backup=daily, clock=clock)
    except DatabaseError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    if opened.backup_problem:
        print(f"警告：今日自动备份未完成：{opened.backup_problem}", file=sys.stderr)
    database, migration = opened.database, opened.migration
    try:
        if refused := _log_in(database, args, credentials):
            return refused
        if args.command == "migrate":
            if migration.changed:
                backup = f"（升级前备份：{migration.backup}）" if migration.backup else ""
                print(f"数据库已升级：{migration.from_revision or '空库'} → {migration.to_revision}{backup}")
            else:
                print(f"数据库已是最新版本（{migration.to_revision}）。")
            return 0
        if args.command == "schedule":
            return _schedule(database, args)
        if args.command == "letter":
            return _letter(database, args.case, args.out)
        if args.command == "export-kb":
            return _export_kb(database, args)
        if args.command == "import-kb":
            return _import_kb(database, args)
        if args.command == "export-audit":
            return _export_audit(database, args)
        if args.command == "backup":
            return _backup(database, args.out, args.encrypt)
        if args.command == "account":
            return _account(database, args)
        if args.command == "calendar":
            return run_calendar(database, args)
        return _demo(database, args.cases, args.seed)
    except NotPermitted as error:  # the person's role does not allow what the command does
        print(f"错误：{error}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
