"""The start benchmark's probe: reports when a widget's first frame is painted, then quits.

It also prints when each phase of the start ended (`phase <name> <time.time()>`), so that the
benchmark can show where the time of a start goes."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FIRST_FRAME_PREFIX = "first-frame"
PHASE_PREFIX = "phase"


class StartPhases:
    """The moments the start's phases ended, in order."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = []

    def mark(self, name: str) -> None:
        self.marks.append((name, time.time()))


class FirstFrameProbe(QObject):
    """Prints the phases, then `first-frame <time.time()>` once `widget` has painted and the
    frame is flushed."""

    def __init__(self, widget: QWidget, phases: StartPhases | None = None) -> None:
        super().__init__(widget)
        self._seen = False
        self._phases = phases or StartPhases()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self._phases.mark("painted")
            # The next turn of the event loop runs after the backing store reached the screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        for name, moment in self._phases.marks:
            print(f"{PHASE_PREFIX} {name} {moment:.6f}")
        print(f"{FIRST_FRAME_PREFIX} {time.time():.6f}", flush=True)
        QApplication.quit()
