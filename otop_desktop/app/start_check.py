"""The start's integrity check, run in a thread beside the rest of the start.

SQLite reads and checks the file outside Python's global lock, so on a second core the check
(a read of every page: about 25 ms at 5,000 registrations, half a second at 100,000) runs while
Python works, and the first frame no longer waits for it. A plain file's check begins as the
program starts and runs while its modules load. An encrypted file can only be read once its
password is known; its check (which also decrypts every page) then runs while the data opens and
the window is built, and the window is shown only after it passed (windows.open_building)."""

import threading

from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_service import BackupService, IntegrityReport


class EarlyIntegrityCheck:
    def __init__(self, folder: DataFolder, key: bytes | None = None) -> None:
        self._folder = folder
        self._key = key
        self._report: IntegrityReport | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._report = BackupService(self._folder, key=self._key).integrity_check(quick=True)
        except BaseException as exc:  # handed to the thread that asks for the result
            self._error = exc

    def result(self) -> IntegrityReport:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._report is not None
        return self._report

    def passed(self) -> bool:
        """Waits for the check; False for damage and for a check that could not run."""
        try:
            return self.result().ok
        except Exception:
            return False


def start_integrity_check(folder: DataFolder) -> EarlyIntegrityCheck | None:
    """The check of a plain SQLite file, under way; None where it must wait (an encrypted file,
    a server) or has nothing to check yet."""
    path = folder.database_path
    if folder.database_url or not path.is_file() or file_is_encrypted(path):
        return None
    return EarlyIntegrityCheck(folder)
