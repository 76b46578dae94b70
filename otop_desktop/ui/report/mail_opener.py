"""Opening an e-mail draft in the officer's mail program, behind a small port that tests replace."""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol


class MailOpener(Protocol):
    def open_draft(self, path: Path) -> bool:
        """Opens the .eml draft; False when no mail program is registered to open it."""
        ...


class SystemMailOpener:
    """Opens the draft with the program the system chooses for .eml files (through the
    Dialogs port's open_path), after asking Windows whether any program takes them."""

    def __init__(self, open_path: Callable[[Path], bool]) -> None:
        self._open_path = open_path

    def open_draft(self, path: Path) -> bool:
        if sys.platform == "win32" and not _eml_handler_registered():
            return False
        return self._open_path(path)


def _eml_handler_registered() -> bool:
    """Windows shows its "Open with" chooser for a file no program takes, which reads as success
    to the caller; the registry tells beforehand."""
    if sys.platform != "win32":
        return False
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, ".eml") as key:
            return bool(winreg.QueryValue(key, None))
    except OSError:
        return False
