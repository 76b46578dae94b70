"""Questions and messages to the officer, behind a small port that tests replace with answers.

In every question Enter and Escape give the answer that loses nothing: by default "cancel"
(don't delete, don't overwrite); where "ok" is the harmless answer the caller says so.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from otop_desktop.i18n.catalog import tr


class Dialogs(Protocol):
    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        ok: str = "",
        cancel: str = "",
        ok_is_safe: bool = False,
    ) -> bool: ...
    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> int | None:
        """One of several answers by its index; the first is the harmless one (Enter), and
        Escape or closing the question answers None, which does nothing."""
        ...

    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None: ...
    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]: ...
    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None: ...
    def open_path(self, path: Path) -> bool: ...
    def copy_text(self, text: str) -> None: ...


class QtDialogs:
    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        ok: str = "",
        cancel: str = "",
        ok_is_safe: bool = False,
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(ok or tr("ตกลง"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(cancel or tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
        safe = yes if ok_is_safe else no
        box.setDefaultButton(safe)
        box.setEscapeButton(safe)
        box.exec()
        return box.clickedButton() is yes

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        cancel = box.addButton(tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Information, parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, parent, title, text)

    @staticmethod
    def _tell(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
        # Our own "OK", in the interface language, whatever Qt's own texts are.
        box = QMessageBox(icon, title, text, parent=parent)
        box.setDefaultButton(box.addButton(tr("ตกลง"), QMessageBox.ButtonRole.AcceptRole))
        box.exec()

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(name) for name in names]

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    def open_path(self, path: Path) -> bool:
        """Opens a file or folder with the program the officer's system chooses for it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
