"""Runs Qt-free long work (import, export, backup) on a worker thread with progress and cancel."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from otop_desktop.domain.errors import UserError


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(
        self, job: Callable[[Callable[[int, int], bool]], Any], cancel: threading.Event
    ) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        try:
            result = self._job(progress)
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job on its own thread. The job receives a progress callback that returns False once
    the officer has pressed cancel; the job must then stop and change nothing."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self, job: Callable[[Callable[[int, int], bool]], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._finish()
        self.failed.emit(error)


def is_user_error(error: object) -> bool:
    return isinstance(error, UserError)
