"""Work on a second thread: its value, or its exception, reaches the thread that waits for it."""

import threading

import pytest

from otop_desktop.platform.on_thread import OnThread


def test_the_result_is_worked_out_on_another_thread() -> None:
    work = OnThread("sum", lambda: (threading.current_thread().name, sum(range(10))))
    assert work.result() == ("sum", 45)


def test_a_failure_is_raised_where_the_result_is_asked_and_settling_ignores_it() -> None:
    def broken() -> int:
        raise OSError("disk full")

    work = OnThread("broken", broken)
    work.settle()
    with pytest.raises(OSError, match="disk full"):
        work.result()
