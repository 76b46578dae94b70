"""Personal data encrypted at rest: the office's password turns it on, changes it and turns it off.

Design: a random data key encrypts the database and its backups (SQLCipher); the key file beside
the database holds that data key wrapped by the password (key_file.py), and the recovery key is
the secret the data key is derived from (recovery_key.py). A password change therefore rewrites
one small file; a forgotten password is replaced with the recovery key; and only turning the
encryption on or off converts the files (folder_conversion.py).

Whether a folder is encrypted is told by its key file. A key file beside a plain database is
what a conversion killed half-way leaves (before its commit when turning on, after it when
turning off) and is removed when the folder is next opened.
"""

import contextlib
from collections.abc import Iterator

from otop_desktop.db.cipher import database_errors, file_is_encrypted, fsync_folder
from otop_desktop.db.database import Database
from otop_desktop.db.sqlite_files import DatabaseFileError, read_only
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.privacy.folder_conversion import (
    convert_database,
    converting_path,
    decrypt_backups,
    encrypt_backups,
    redact_logs,
)
from otop_desktop.services.privacy.key_file import (
    KeyFile,
    KeyFileError,
    read_key_file,
    wrap,
    write_key_file,
)
from otop_desktop.services.privacy.recovery_key import (
    RecoveryKey,
    RecoveryKeyTypoError,
    key_id,
    looks_like_recovery_key,
    parse_recovery_key,
)

PASSWORD_ENV = "OTOP_PASSWORD"
NEW_PASSWORD_ENV = "OTOP_NEW_PASSWORD"


class PasswordRequiredError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "ข้อมูลของสำนักงานนี้เข้ารหัสไว้ ต้องใช้รหัสผ่าน: กำหนดไว้ในตัวแปร OTOP_PASSWORD หรือพิมพ์เมื่อโปรแกรมถาม",
            "This office's data is encrypted and needs its password: set OTOP_PASSWORD, or type "
            "it when asked.",
        )


class WrongPasswordError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "รหัสผ่านไม่ถูกต้อง จึงเปิดข้อมูลที่เข้ารหัสไว้ไม่ได้ (ถ้าลืมรหัสผ่าน ใช้กุญแจกู้คืนแทนรหัสผ่านได้)",
            "The password is wrong, so the encrypted data cannot be opened (a forgotten password "
            "can be replaced with the recovery key).",
        )


class WrongRecoveryKeyError(UserError):
    def __init__(self, *, typo: bool) -> None:
        if typo:
            super().__init__(
                "กุญแจกู้คืนพิมพ์ผิดอย่างน้อยหนึ่งตัวอักษร กรุณาตรวจกับแผ่นที่พิมพ์ไว้แล้วพิมพ์อีกครั้ง",
                "A character of the recovery key is mistyped; check it against the printed "
                "sheet and type it again.",
            )
        else:
            super().__init__(
                "กุญแจกู้คืนนี้ไม่ใช่กุญแจของข้อมูลชุดนี้ จึงเปิดข้อมูลไม่ได้",
                "This recovery key belongs to other data; it does not open this data.",
            )


class NotARecoveryKeyError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "ข้อความนี้ไม่ใช่กุญแจกู้คืน กุญแจกู้คืนมีตัวอักษรและตัวเลข 36 ตัว แบ่งเป็น 9 กลุ่ม กลุ่มละ 4 ตัว",
            "This is not a recovery key: a recovery key has 36 letters and digits in 9 groups "
            "of 4.",
        )


class DataUnreadableError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "ข้อมูลนี้เข้ารหัสไว้ แต่แฟ้มกุญแจ (otop.key) ที่ใช้กับรหัสผ่านหายไปหรือเสียหาย จึงเปิดได้ด้วยกุญแจกู้คืนเท่านั้น "
            "ถ้าไม่มีทั้งรหัสผ่านและกุญแจกู้คืน จะไม่มีใครอ่านข้อมูลนี้ได้อีก",
            "This data is encrypted but its key file (otop.key) is missing or damaged, so only the "
            "recovery key opens it; without the password or the recovery key nobody can read "
            "this data.",
        )


class DataEncryption:
    """The encryption of one data folder's database, backups and logs."""

    def __init__(self, folder: DataFolder) -> None:
        self._folder = folder

    @property
    def available(self) -> bool:
        """False for a shared server, which has its own authentication and TLS."""
        return not self._folder.database_url

    def is_on(self) -> bool:
        return self.available and self._folder.key_file.is_file()

    def finish_interrupted(self) -> None:
        """Completes what a killed conversion left: its unfinished copy goes, and a key file
        beside a plain database (the conversion did not, or did completely, happen) too."""
        if not self.available:
            return
        live = self._folder.database_path
        converting_path(live).unlink(missing_ok=True)
        key_file = self._folder.key_file
        key_file.with_name(key_file.name + ".tmp").unlink(missing_ok=True)
        if key_file.is_file() and not file_is_encrypted(live):
            key_file.unlink()
            fsync_folder(self._folder.root)

    # --- unlocking ---------------------------------------------------------------------------

    def _key_file(self) -> KeyFile | None:
        try:
            return read_key_file(self._folder.key_file)
        except KeyFileError:
            return None

    def unlock(self, secret: str) -> bytes:
        """The data key, from the password or from the recovery key typed instead of it."""
        if looks_like_recovery_key(secret):
            return self._from_recovery_key(secret)
        stored = self._key_file()
        if stored is None:
            raise DataUnreadableError()
        data_key = stored.unwrap(secret)
        if data_key is None:
            raise WrongPasswordError()
        return data_key

    def verify(self, secret: str) -> bool:
        try:
            self.unlock(secret)
        except UserError:
            return False
        return True

    def _from_recovery_key(self, text: str) -> bytes:
        try:
            data_key = parse_recovery_key(text).data_key()
        except RecoveryKeyTypoError as exc:
            raise WrongRecoveryKeyError(typo=True) from exc
        stored = self._key_file()
        if stored is not None:
            if key_id(data_key) != stored.key_id:
                raise WrongRecoveryKeyError(typo=False)
            return data_key
        try:  # no key file: the database itself tells whether the key is right
            with read_only(self._folder.database_path, key=data_key) as connection:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except database_errors(DatabaseFileError) as exc:
            raise WrongRecoveryKeyError(typo=False) from exc
        return data_key

    # --- turning on, changing, turning off ---------------------------------------------------

    def enable(self, database: Database | None, password: str) -> RecoveryKey:
        """Encrypts the database and the backups under a new data key; returns the recovery
        key, which the officer sees once."""
        recovery = RecoveryKey.new()
        with _alone(database):
            self._enable(database, recovery.data_key(), password)
        self.tidy(recovery.data_key())
        return recovery

    def _enable(self, database: Database | None, data_key: bytes, password: str) -> None:
        live, key_path = self._folder.database_path, self._folder.key_file
        try:
            if live.is_file() and live.stat().st_size:
                convert_database(
                    live,
                    None,
                    data_key,
                    before_commit=lambda: write_key_file(key_path, wrap(data_key, password)),
                )
            else:
                write_key_file(key_path, wrap(data_key, password))
        except BaseException:
            if not file_is_encrypted(live):
                key_path.unlink(missing_ok=True)
            raise
        if database is not None:
            database.use_key(data_key)

    def change(self, secret: str, new_password: str) -> None:
        """A new password for the same data key: the current password or the recovery key."""
        data_key = self.unlock(secret)
        write_key_file(self._folder.key_file, wrap(data_key, new_password))

    def recover(self, recovery_key: str, new_password: str) -> bytes:
        """A forgotten password replaced: works even when the key file is lost."""
        if not looks_like_recovery_key(recovery_key):
            raise NotARecoveryKeyError()
        data_key = self.unlock(recovery_key)
        write_key_file(self._folder.key_file, wrap(data_key, new_password))
        return data_key

    def disable(self, database: Database | None, secret: str) -> None:
        """Decrypts the backups, then the database, then deletes the key file."""
        data_key = self.unlock(secret)
        with _alone(database):
            try:
                decrypt_backups(self._folder.backups, data_key)
                convert_database(self._folder.database_path, data_key, None)
            except BaseException:
                with contextlib.suppress(Exception):
                    encrypt_backups(self._folder.backups, data_key)
                raise
            self._folder.key_file.unlink(missing_ok=True)
            fsync_folder(self._folder.root)
            if database is not None:
                database.use_key(None)

    def tidy(self, data_key: bytes) -> None:
        """Brings the backups and logs in line with an encrypted database: after turning it on,
        and at each open, in case a kill interrupted that."""
        encrypt_backups(self._folder.backups, data_key)
        redact_logs(self._folder.logs)


@contextlib.contextmanager
def _alone(database: Database | None) -> Iterator[None]:
    """No session of this program is open on the file while it is converted."""
    if database is None:
        yield
        return
    with database.gate.exclusive():
        database.release_connections()
        yield
