"""The start benchmark's probe: reports when a widget's first frame is painted, then quits."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FIRST_FRAME_PREFIX = "first-frame"


class FirstFrameProbe(QObject):
    """Prints `first-frame <time.time()>` once `widget` has painted and the frame is flushed."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # The next turn of the event loop runs after the backing store reached the screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{FIRST_FRAME_PREFIX} {time.time():.6f}", flush=True)
        QApplication.quit()
