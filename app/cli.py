"""The one entry point: `expedite-desk` opens the window; subcommands serve scripting and support."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from app import __version__
from app.config import DATABASE_URL_ENV
from app.db.database import DatabaseError
from app.startup import open_office_database


def _positive_int(text: str) -> int:
    value = int(text) if text.strip().lstrip("-").isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"必须是大于 0 的整数：{text}")
    return value


def _parser() -> argparse.ArgumentParser:
    database_option = argparse.ArgumentParser(add_help=False)
    database_option.add_argument(
        "--database",
        metavar="URL",
        help=f"数据库地址（默认：用户数据文件夹中的 SQLite 文件；也可用环境变量 {DATABASE_URL_ENV}）",
    )
    parser = argparse.ArgumentParser(
        prog="expedite-desk",
        description="加急工作台：不带子命令时打开主窗口。",
        parents=[database_option],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="命令")
    demo = commands.add_parser("demo", parents=[database_option], help="写入示例数据（客户、加急案件、任务）")
    demo.add_argument("--cases", type=_positive_int, default=200, help="案件数（默认 200）")
    demo.add_argument("--seed", type=int, default=2026, help="随机种子，相同种子生成相同数据")
    commands.add_parser("migrate", parents=[database_option], help="把数据库结构升级到本程序的版本")
    return parser


def _demo(database, cases: int, seed: int) -> int:
    from app.sample_office import generate_sample_office

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
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args.database)
    try:
        opened = open_office_database(args.database)
    except DatabaseError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    database, migration = opened.database, opened.migration
    try:
        if args.command == "migrate":
            if migration.changed:
                backup = f"（升级前备份：{migration.backup}）" if migration.backup else ""
                print(f"数据库已升级：{migration.from_revision or '空库'} → {migration.to_revision}{backup}")
            else:
                print(f"数据库已是最新版本（{migration.to_revision}）。")
            return 0
        return _demo(database, args.cases, args.seed)
    finally:
        database.dispose()
