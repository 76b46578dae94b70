"""One signal through which every write tells the views what changed (no polling)."""

from PySide6.QtCore import QObject, Signal

from otop_desktop.services.changes import Change


class ChangeBus(QObject):
    changed = Signal(object)  # Change

    def publish(self, change: Change | None) -> None:
        if change is not None:
            self.changed.emit(change)
