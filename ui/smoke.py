"""`expedite-desk smoke`: proves a build works end to end without touching the user's data.

Run from a frozen bundle it catches what the bundler left out: migrations, templates, clause texts,
the CJK font, reportlab's barcode modules, openpyxl, Qt's Chinese catalogue and platform plugins.
Each step prints one line; the first failure prints its traceback and the exit code is 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from app.config import CONFIG_DIR_ENV, DATA_DIR_ENV

SAMPLE_CASES = 12


def _step(name: str, action: Callable[[], str]) -> None:
    started = time.perf_counter()
    detail = action()
    print(f"[通过] {name}：{detail}（{(time.perf_counter() - started) * 1000:.0f} ms）", flush=True)


def run_smoke() -> int:
    with tempfile.TemporaryDirectory(prefix="expedite-desk-smoke-") as folder:
        root = Path(folder)
        # Everything the app would write (database, backups, preferences) stays in the folder.
        os.environ[DATA_DIR_ENV] = str(root / "data")
        os.environ[CONFIG_DIR_ENV] = str(root / "config")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            _run_steps(root)
        except Exception:
            traceback.print_exc()
            print("[失败] 冒烟测试未通过", file=sys.stderr, flush=True)
            return 1
    print("冒烟测试通过", flush=True)
    return 0


def _run_steps(root: Path) -> None:
    from app.domain.permissions import SYSTEM
    from app.sample.office import generate_sample_office
    from app.startup import open_office_database

    opened = open_office_database(f"sqlite:///{root / 'smoke.sqlite3'}")
    database = opened.database
    database.actor = SYSTEM  # the program's own check: no login (app/domain/permissions.py)
    try:
        _step("数据库与迁移", lambda: f"结构版本 {opened.migration.to_revision}")
        _step(
            "示例数据",
            lambda: f"{generate_sample_office(database, SAMPLE_CASES).tasks} 个任务",
        )
        _step("加急服务确认书", lambda: _render_letter(database))
        _step("知识库工作簿", lambda: _export_workbook(database, root / "knowledge.xlsx"))
        _step("主窗口", lambda: _show_main_window(database))
    finally:
        database.dispose()


def _render_letter(database) -> str:
    from app.usecases.cases import list_case_rows
    from app.usecases.letters import generate_letter_version
    from app.usecases.stored_documents import document_bytes

    case = list_case_rows(database)[0]
    letter = generate_letter_version(database, case.id, database.clock.minute())
    pdf = document_bytes(database, letter.sha256, letter.file_name)
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError(f"the letter of {case.number} is not a PDF")
    return f"{letter.document_number}，{len(pdf) // 1024} KB"


def _export_workbook(database, path: Path) -> str:
    from openpyxl import load_workbook

    from app.usecases.knowledge_io import export_knowledge_apart

    rows = export_knowledge_apart(database, path)
    workbook = load_workbook(path, read_only=True)
    try:
        sheets = workbook.sheetnames
    finally:
        workbook.close()
    return f"{rows} 条，工作表 {'、'.join(sheets)}"


def _show_main_window(database) -> str:
    from PySide6.QtWidgets import QApplication

    from app.config import config_dir
    from ui.localization import install_translators, register_cjk_font
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    if not install_translators(app, "zh_CN"):
        raise RuntimeError("Qt's Chinese catalogue (qtbase_zh_CN) is missing")
    font = register_cjk_font(app)
    window = MainWindow(database, Preferences(config_dir() / "preferences.ini"))
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    if image.isNull() or image.width() < 400:
        raise RuntimeError("the main window did not paint")
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"{image.width()}×{image.height()}，字体 {font}"
