"""The start baseline: the libraries the dashboard needs, and an empty main window.

Imports PySide6 widgets, SQLAlchemy's ORM and geothai, shows a QMainWindow of the application's
size and prints the time of its first painted frame, as `otop-desktop --benchmark-start` does.
"""

import sys
import time

import geothai  # noqa: F401 - imported for its cost, as the application imports it
import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Probe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-frame {time.time():.6f}", flush=True)
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    probe = Probe(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
