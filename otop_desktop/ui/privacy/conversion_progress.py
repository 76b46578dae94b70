"""Encrypting or decrypting the data takes seconds on a large registry: it runs on a worker
thread while a modal note says what is happening, and the caller gets its result or its error."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from otop_desktop.ui.widgets.background import BackgroundTask

T = TypeVar("T")
SHOW_AFTER_MS = 400


def run_with_progress(parent: QWidget | None, text: str, job: Callable[[], T]) -> T:
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task = BackgroundTask(lambda _progress: job(), parent)
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setCancelButton(None)  # a conversion stops only at its atomic commit, never half-way
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    note.setMinimumDuration(SHOW_AFTER_MS)

    def succeeded(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: object) -> None:
        outcome["error"] = error
        loop.quit()

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.start()
    loop.exec()
    note.close()
    note.deleteLater()
    task.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["result"]  # type: ignore[return-value]
