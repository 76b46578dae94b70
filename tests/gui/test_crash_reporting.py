"""An unexpected error: the open form is saved first, a log goes to the data folder's logs/,
and the officer gets a Thai message instead of a vanished program. No network is involved."""

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from otop_desktop import __version__
from otop_desktop.ui.shell.crash_reporter import CrashReporter
from otop_desktop.ui.shell.guards import Guards

TYPED = "กลุ่มที่กรอกค้างตอนโปรแกรมผิดพลาด"


@pytest.fixture
def reporter(window: Any, services: Any, dialogs: Any) -> Iterator[CrashReporter]:
    installed = CrashReporter(services.folder.logs, dialogs, lambda: window).install()
    yield installed
    installed.uninstall()


def _type_into_the_form(window: Any) -> None:
    window.new_registration()
    window.form.ui.type_group.setChecked(True)
    window.form.ui.producer_name.setText(TYPED)
    window.form.ui.producer_name.textEdited.emit(TYPED)
    assert window.form.is_dirty


def _one_log(services: Any) -> str:
    logs = sorted(services.folder.logs.glob("error-*.log"))
    assert len(logs) == 1
    return logs[0].read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_saves_the_form_logs_it_and_tells_the_officer(
    reporter: CrashReporter, window: Any, services: Any, dialogs: Any, qtbot: Any
) -> None:
    _type_into_the_form(window)
    assert services.drafts.load() is None  # the form's own timer has not saved it yet
    button = QPushButton("boom", window)

    def broken_slot() -> None:
        raise RuntimeError("เกิดบั๊กในปุ่มทดสอบ")

    button.clicked.connect(broken_slot)
    button.click()  # PySide6 hands the slot's exception to sys.excepthook

    draft = services.drafts.load()
    assert draft is not None and draft.payload["texts"]["producer_name"] == TYPED
    log = _one_log(services)
    assert "RuntimeError: เกิดบั๊กในปุ่มทดสอบ" in log and "broken_slot" in log
    assert f"OTOP Desktop {__version__}" in log and "platform:" in log and "qt:" in log
    assert "form draft saved: yes" in log
    [shown] = dialogs.shown
    assert shown.startswith("เกิดข้อผิดพลาดที่ไม่คาดคิด")
    assert "ถูกเก็บไว้แล้ว ไม่สูญหาย" in shown and str(reporter.last_log) in shown
    assert window.isVisible() and window.form.ui.producer_name.text() == TYPED


def test_an_error_in_a_worker_thread_is_logged_and_reported_on_the_gui_thread(
    reporter: CrashReporter, window: Any, services: Any, dialogs: Any, qtbot: Any
) -> None:
    _type_into_the_form(window)

    def broken_job() -> None:
        raise ValueError("worker failed")

    worker = threading.Thread(target=broken_job, name="import-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1, timeout=3000)
    log = _one_log(services)
    assert "ValueError: worker failed" in log and "thread import-worker" in log
    draft = services.drafts.load()
    assert draft is not None and draft.payload["texts"]["producer_name"] == TYPED


def test_an_error_while_reporting_an_error_does_not_loop(
    reporter: CrashReporter, services: Any, dialogs: Any
) -> None:
    def failing_error(*_args: object) -> None:
        raise OSError("no screen")

    dialogs.error = failing_error
    try:
        raise KeyError("first")
    except KeyError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert "KeyError: 'first'" in _one_log(services)


def test_the_gui_start_installs_the_hooks_and_removes_them_at_the_end(
    window: Any, services: Any, dialogs: Any
) -> None:
    before = (sys.excepthook, threading.excepthook)
    guards = Guards(services.folder.logs, services.password, dialogs)
    guards.watch(lambda: window)
    try:
        assert sys.excepthook == guards.crash.handle
        assert threading.excepthook != before[1]
    finally:
        guards.stop()
    assert (sys.excepthook, threading.excepthook) == before
