"""What watches over a running GUI: one window per data folder, the crash reporter and the
idle lock. run_gui sets them up; tests drive each part directly."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.platform.instance_lock import AlreadyRunningError, InstanceLock
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.ui.privacy.lock_screen import IdleLock
from otop_desktop.ui.shell.crash_reporter import CrashReporter
from otop_desktop.ui.widgets.dialogs import Dialogs


def single_instance(folder: DataFolder, dialogs: Dialogs) -> InstanceLock | None:
    """The data folder's lock, or None after telling the officer that a window already has it."""
    try:
        return InstanceLock(folder.root).acquire()
    except AlreadyRunningError as exc:
        dialogs.error(None, tr("โปรแกรมเปิดอยู่แล้ว"), user_message(exc))
        return None
    except OSError:
        # A folder where no lock file can be made (read-only share) still opens; SQLite guards it.
        return InstanceLock(folder.root)


class Guards(QObject):
    def __init__(
        self,
        logs: Path,
        password: ProgramPassword,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window: Callable[[], Any] = lambda: None
        self.crash = CrashReporter(logs, dialogs, lambda: self._window(), self).install()
        self.idle = IdleLock(password, lambda: self._window(), self)

    def watch(self, window: Callable[[], Any]) -> None:
        """`window` returns the main window on screen now; the idle lock starts counting."""
        self._window = window
        self.idle.start()

    def stop(self) -> None:
        self.idle.stop()
        self.crash.uninstall()
