"""A timer that waits, once, for a pause: after typing, a card settling, a quiet spell."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot(parent: QObject, slot: Callable[[], object], ms: int = 0) -> QTimer:
    """A one-shot timer calling `slot`, started again by each start() (the wait restarts)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
