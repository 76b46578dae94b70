"""Questions and messages to the officer, behind a small port that tests replace with answers."""

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from otop_desktop.i18n.catalog import tr


class Dialogs(Protocol):
    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, ok: str = "", cancel: str = ""
    ) -> bool: ...
    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None: ...
    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]: ...
    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None: ...
    def open_path(self, path: Path) -> bool: ...
    def copy_text(self, text: str) -> None: ...


class QtDialogs:
    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, ok: str = "", cancel: str = ""
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(ok or tr("ตกลง"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(cancel or tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

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
