"""Unexpected errors: the open form is saved first, the details go to a log file in the data
folder (no network, ever), and the officer sees a calm Thai message instead of a vanished window.
"""

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Signal, qVersion
from PySide6.QtWidgets import QWidget

from otop_desktop.i18n.catalog import tr
from otop_desktop.platform.crash_log import write_crash_log
from otop_desktop.ui.widgets.dialogs import Dialogs

log = logging.getLogger(__name__)


def open_form(window: Any) -> Any:
    """The window's registration form if the officer has opened it; None otherwise (building
    the page just to save nothing would cost time when it matters least)."""
    pages = getattr(window, "pages", None)
    if pages is not None and hasattr(pages, "built"):
        from otop_desktop.ui.shell.main_window_pages import Page

        return pages.built(Page.FORM)
    return getattr(window, "form", None)


class CrashReporter(QObject):
    """Installs itself as sys.excepthook and threading.excepthook while the GUI runs.

    `window` returns the main window showing now (it is rebuilt when the language changes)."""

    _from_thread = Signal(object)  # the log's path or None; queued to the GUI thread

    def __init__(
        self,
        logs: Path,
        dialogs: Dialogs,
        window: Callable[[], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._logs = logs
        self._dialogs = dialogs
        self._window = window
        self._handling = False
        self._previous: tuple[Any, Any] | None = None
        self.last_log: Path | None = None
        self._from_thread.connect(self._after_thread_crash)

    def install(self) -> "CrashReporter":
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.handle
            threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """The GUI thread's unexpected error: save the form, log, tell the officer."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if self._handling:  # an error while reporting an error: log it and stop there
            write_crash_log(self._logs, kind, error, trace, context="while reporting an error")
            return
        self._handling = True
        try:
            saved = self._save_draft()
            self.last_log = self._write(kind, error, trace, "GUI thread", saved)
            self._tell(self.last_log, saved)
        finally:
            self._handling = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        path = self._write(
            args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}", None
        )
        # Widgets belong to the GUI thread: the form is saved and the message shown there.
        self._from_thread.emit(path)

    def _after_thread_crash(self, path: Path | None) -> None:
        self.last_log = path
        self._tell(path, self._save_draft())

    def _write(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        where: str,
        draft_saved: bool | None,
    ) -> Path | None:
        extra = {"qt": qVersion(), "pyside": PySide6.__version__}
        if draft_saved is not None:
            extra["form draft saved"] = "yes" if draft_saved else "no"
        path = write_crash_log(self._logs, kind, error, trace, context=where, extra=extra)
        log.error(
            "unexpected error (%s), details in %s", where, path, exc_info=(kind, error, trace)
        )
        return path

    def _save_draft(self) -> bool:
        form = open_form(self._window())
        if form is None:
            return False
        try:
            return form.save_draft_now() is not False
        except Exception:  # the form stays on screen; the log already names the first error
            log.exception("the draft could not be saved after an unexpected error")
            return False

    def _tell(self, path: Path | None, draft_saved: bool) -> None:
        kept = (
            tr("ข้อมูลที่กรอกค้างไว้ในแบบฟอร์มถูกเก็บไว้แล้ว ไม่สูญหาย")
            if draft_saved
            else tr("ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ")
        )
        where = (
            tr("รายละเอียดสำหรับผู้ดูแลระบบบันทึกไว้ที่ {path}").format(path=path)
            if path is not None
            else tr("บันทึกรายละเอียดลงแฟ้มไม่ได้")
        )
        text = "\n\n".join(
            (
                tr("โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด งานที่กำลังทำอาจยังไม่เสร็จ"),
                kept,
                where,
                tr("ใช้งานต่อได้ หากโปรแกรมทำงานผิดปกติ กรุณาปิดแล้วเปิดใหม่"),
            )
        )
        window = self._window()
        try:
            self._dialogs.error(
                window if isinstance(window, QWidget) else None, tr("เกิดข้อผิดพลาดที่ไม่คาดคิด"), text
            )
        except Exception:
            log.exception("the error message could not be shown")
