"""At start, an encrypted office's password is asked before anything opens the database: it
unlocks the data key. The lock screen asks it, as it asks the program password; OTOP_PASSWORD,
when set (scripts, the speed benchmark), is tried first."""

import os

from PySide6.QtWidgets import QDialog

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import user_message
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.privacy.data_encryption import (
    PASSWORD_ENV,
    DataEncryption,
    WrongPasswordError,
)
from otop_desktop.services.privacy.program_password import check_new_password
from otop_desktop.ui.privacy.lock_screen import LockDialog


class StartCheck:
    """The lock screen's check at start: a right password or recovery key leaves the data key."""

    def __init__(self, encryption: DataEncryption) -> None:
        self._encryption = encryption
        self.key: bytes | None = None
        self.last_error = ""

    def is_encrypted(self) -> bool:
        return True

    def verify(self, password: str) -> bool:
        try:
            self.key = self._encryption.unlock(password)
        except WrongPasswordError:
            self.last_error = ""  # the lock's own words; "forgot the password" is beside them
            return False
        except UserError as exc:
            self.last_error = user_message(exc)
            return False
        self.last_error = ""
        return True

    def recover(self, recovery_key: str, new: str, confirm: str) -> None:
        check_new_password(new, confirm)
        self.key = self._encryption.recover(recovery_key, new)


def unlock_data(folder: DataFolder) -> tuple[bool, bytes | None]:
    """(True, the data key) for encrypted data the officer unlocked, (True, None) for plain
    data, (False, None) when the officer chose to quit."""
    encryption = DataEncryption(folder)
    encryption.finish_interrupted()
    if not encryption.is_on():
        return True, None
    check = StartCheck(encryption)
    given = os.environ.get(PASSWORD_ENV, "")
    if given and check.verify(given):
        return True, check.key
    dialog = LockDialog(check, at_start=True)
    if dialog.exec() != QDialog.DialogCode.Accepted or check.key is None:
        return False, None
    return True, check.key
