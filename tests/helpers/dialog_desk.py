"""A desk that browses its database's folder in a file dialog: the child of tests/ui/test_file_dialogs.py.

Usage: python -m tests.helpers.dialog_desk URL CASE_ID AUTHOR_ID (ours|plain)

Opens the database, shows a file dialog on the database's folder (ours from ui/file_dialogs.py, or a
plain QFileDialog) until its list is loaded and painted, then prints ``ready``. Each ``write`` line on
stdin posts one comment on the case and prints ``written <id>`` once committed. It never stops by
itself: the parent kills it.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from app.db.database import open_database  # noqa: E402
from app.domain.permissions import SYSTEM
from app.usecases.case_activity import post_activity  # noqa: E402
from tests.helpers import NOW  # noqa: E402
from ui.file_dialogs import file_dialog  # noqa: E402


def _settle(application: QApplication, dialog: QFileDialog, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        application.processEvents()
        dialog.grab()  # paints the list: every visible file's icon and type are asked for
        time.sleep(0.02)


def main(url: str, case_id: int, author_id: int, which: str) -> None:
    database = open_database(url)
    database.actor = SYSTEM
    post_activity(database, case_id, author_id, "打开文件对话框之前", NOW)
    application = QApplication([])
    assert database.file is not None
    folder = database.file.parent
    dialog = (
        file_dialog(None, "导出 PDF", folder, "") if which == "ours" else QFileDialog(None, "", str(folder))
    )
    if which == "plain":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    _settle(application, dialog, 1.5)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "write":
            print(
                "written", post_activity(database, case_id, author_id, "打开文件对话框之后", NOW), flush=True
            )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
