"""The start's integrity check, run in a thread beside the rest of the start.

SQLite reads and checks the file outside Python's global lock, so on a second core the check
(a read of every page: about 25 ms at 5,000 registrations, half a second at 100,000) runs while
Python works, and the first frame no longer waits for it. A plain file's check begins as the
program starts and runs while its modules load. An encrypted file can only be read once its
password is known; its check (which also decrypts every page) then runs while the data opens and
the window is built, and the window is shown only after it passed (windows.open_building)."""

from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.platform.on_thread import OnThread
from otop_desktop.services.backup.backup_service import BackupService, IntegrityReport


class EarlyIntegrityCheck:
    def __init__(self, folder: DataFolder, key: bytes | None = None) -> None:
        self._check = OnThread(
            "integrity-check", lambda: BackupService(folder, key=key).integrity_check(quick=True)
        )

    def result(self) -> IntegrityReport:
        return self._check.result()

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
