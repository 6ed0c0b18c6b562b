"""Every file dialog of the app: safe to open beside the live database, starting in Documents.

On Linux and macOS SQLite holds POSIX advisory locks, and closing *any* descriptor of a file in a
process releases all of that process's locks on it. A file dialog's icons and type names normally
sniff each listed file's content (open, read, close): browsing the database's folder would silently
drop the app's locks, and another program opening and closing the database then deletes the WAL the
app is still writing into (see app/db/database.py). So these dialogs are Qt's own (a native dialog
would sniff in-process too), with icons and types taken from names only. Windows locks per handle;
its native dialog is kept there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_last_folder: Path | None = None  # where the person last picked a file, during this run


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name, never from its content."""

    def icon(self, what):  # both overloads of QFileIconProvider.icon: IconType and QFileInfo
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)  # a folder's name says it is one; nothing is read
        mime = QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment()


def start_folder() -> Path:
    """The folder a dialog opens in: the last one used, else the person's Documents."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def file_dialog(parent: QWidget | None, caption: str, folder: Path | None, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(folder or start_folder()), name_filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog.setProperty("name_only_icons", provider)  # kept alive as long as the dialog
    return dialog


def _chosen(dialog: QFileDialog) -> list[Path]:
    global _last_folder
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    paths = [Path(name) for name in dialog.selectedFiles()]
    if paths:
        _last_folder = paths[0].parent
    return paths


def open_file(
    parent: QWidget | None, caption: str, name_filter: str, folder: Path | None = None
) -> Path | None:
    """One existing file the person picks, or None."""
    dialog = file_dialog(parent, caption, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    paths = _chosen(dialog)
    return paths[0] if paths else None


def open_files(parent: QWidget | None, caption: str, name_filter: str) -> list[Path]:
    """The existing files the person picks (none if cancelled)."""
    dialog = file_dialog(parent, caption, None, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _chosen(dialog)


def save_file(parent: QWidget | None, caption: str, suggested_name: str, name_filter: str) -> Path | None:
    """Where to write a new file (the person confirms replacing one), or None."""
    dialog = file_dialog(parent, caption, None, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested_name)
    suffix = Path(suggested_name).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    paths = _chosen(dialog)
    return paths[0] if paths else None
