"""Many sessions at once, or one file conversion alone.

Encrypting or decrypting the database replaces its file and its engine. A save or a draft that
another thread (or a timer during the conversion's progress note) starts meanwhile waits here
and then goes to the new file, instead of writing into the old one as it is renamed away."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class SessionGate:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._users = 0
        self._owner: int | None = None

    @contextmanager
    def shared(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            while self._owner is not None and self._owner != me:
                self._changed.wait()
            self._users += 1
        try:
            yield
        finally:
            with self._changed:
                self._users -= 1
                self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Waits for the sessions open now to end; new ones wait until this block ends."""
        with self._changed:
            while self._owner is not None:
                self._changed.wait()
            self._owner = threading.get_ident()
            while self._users:
                self._changed.wait()
        try:
            yield
        finally:
            with self._changed:
                self._owner = None
                self._changed.notify_all()
