"""Opening an e-mail draft in the officer's mail program, behind a small port that tests replace."""

import os
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class MailOpener(Protocol):
    def open_draft(self, path: Path) -> bool:
        """Opens the .eml draft; False when no mail program is registered to open it."""
        ...


class SystemMailOpener:
    def open_draft(self, path: Path) -> bool:
        if sys.platform == "win32":
            return _open_on_windows(path)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _open_on_windows(path: Path) -> bool:
    """Windows opens a file with no registered program in the "Open with" chooser, which reads as
    success to the caller: the registry says first whether a program takes .eml files."""
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, ".eml") as key:
            handler = winreg.QueryValue(key, None)
    except OSError:
        return False
    if not handler:
        return False
    try:
        os.startfile(path)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True
