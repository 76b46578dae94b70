"""A piece of work run on a second thread, its result (or its exception) collected later.

Meant for work that leaves Python's global lock while it runs (SQLite reading or writing, scrypt):
on a second core it then overlaps what the calling thread does meanwhile."""

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class OnThread(Generic[T]):
    def __init__(self, name: str, work: Callable[[], T]) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # raised again on the thread that asks for the result
            self._error = exc

    def result(self) -> T:
        """Waits for the work; its exception is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set whenever no error was

    def settle(self) -> None:
        """Waits for the work, whatever its outcome (the caller is already leaving on an
        error of its own)."""
        self._thread.join()
