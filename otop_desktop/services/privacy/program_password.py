"""The optional program password, and the idle time after which the open program locks itself.

One password does both jobs an officer expects of it: it locks the window, and on an office whose
data is a file on this computer it encrypts that data (data_encryption.py), so that the password
typed at start or at the idle lock is the one that unlocks the data key. On a shared server, which
has its own authentication and TLS, the password only locks the window: a salted PBKDF2 hash in
the settings table. An office that set such a lock-only password before encryption existed keeps
it until the password is next set or changed, which then encrypts the data.
"""

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from otop_desktop.db.database import Database
from otop_desktop.domain.errors import UserError
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.office.settings_store import SettingsStore
from otop_desktop.services.privacy.data_encryption import DataEncryption
from otop_desktop.services.privacy.recovery_key import RecoveryKey
from otop_desktop.services.storage_errors import writing

PASSWORD_KEY = "program_password"
IDLE_KEY = "lock_idle_minutes"
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 240_000
SALT_BYTES = 16
# The password guards the data key against guessing on a stolen copy: not too short.
MIN_LENGTH = 8
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 240)


class PasswordError(UserError):
    pass


@dataclass(frozen=True)
class PasswordHash:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{ALGORITHM}${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, text: str) -> "PasswordHash | None":
        try:
            algorithm, iterations, salt, digest = text.split("$")
            if algorithm != ALGORITHM:
                return None
            return cls(int(iterations), bytes.fromhex(salt), bytes.fromhex(digest))
        except ValueError:
            return None


def _digest(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str, *, iterations: int = ITERATIONS) -> PasswordHash:
    salt = secrets.token_bytes(SALT_BYTES)
    return PasswordHash(iterations, salt, _digest(password, salt, iterations))


def matches(password: str, stored: PasswordHash) -> bool:
    candidate = _digest(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


class ProgramPassword:
    def __init__(
        self,
        database: Database,
        office: OfficeService | None = None,
        encryption: DataEncryption | None = None,
    ) -> None:
        self._db = database
        self._settings = SettingsStore(database)
        self._office = office
        # None on a shared server: the password then locks the window only.
        self._encryption = encryption
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, callback: Callable[[], None]) -> None:
        """`callback` runs after the password or the idle time changes (the idle lock re-arms)."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _notify(self) -> None:
        for callback in list(self._listeners):
            callback()

    def _actor(self) -> str:
        office = self._office.office() if self._office is not None else None
        return office.officer_name if office is not None else ""

    def _stored(self) -> PasswordHash | None:
        return PasswordHash.decode(self._settings.get(PASSWORD_KEY))

    @property
    def encrypts(self) -> bool:
        """Whether setting the password here encrypts the data (a file on this computer)."""
        return self._encryption is not None

    def is_encrypted(self) -> bool:
        return self._encryption is not None and self._encryption.is_on()

    def is_set(self) -> bool:
        return self.is_encrypted() or self._stored() is not None

    def verify(self, password: str) -> bool:
        """The password, or on an encrypted office also the recovery key."""
        if self._encryption is not None and self._encryption.is_on():
            return self._encryption.verify(password)
        stored = self._stored()
        return stored is None or matches(password, stored)

    def idle_minutes(self) -> int:
        try:
            minutes = int(self._settings.get(IDLE_KEY, str(DEFAULT_IDLE_MINUTES)))
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        low, high = IDLE_MINUTES_RANGE
        return max(low, min(high, minutes))

    def set_password(
        self, new: str, confirm: str, *, current: str = "", idle_minutes: int = 0
    ) -> RecoveryKey | None:
        """Sets or changes the password; changing it asks for the current one (or the recovery
        key). Returns the recovery key when this turned the encryption on: shown once."""
        if self.is_set() and not self.verify(current):
            raise PasswordError("รหัสผ่านปัจจุบันไม่ถูกต้อง", "The current password is wrong.")
        check_new_password(new, confirm)
        changed = self.is_set()
        values = {IDLE_KEY: str(idle_minutes)} if idle_minutes else {}
        recovery = None
        if self._encryption is None:
            values[PASSWORD_KEY] = hash_password(new).encode()
        elif self._encryption.is_on():
            self._encryption.change(current, new)
        else:
            recovery = self._encryption.enable(self._db, new)
            self._forget_lock_only_hash()
        self._write(values, "password-change" if changed else "password-set")
        return recovery

    def recover(self, recovery_key: str, new: str, confirm: str) -> None:
        """A forgotten password replaced: the recovery key opens the data key, and the new
        password wraps it from now on."""
        if self._encryption is None or not self._encryption.is_on():
            raise PasswordError("ข้อมูลนี้ไม่ได้เข้ารหัส จึงไม่ต้องใช้กุญแจกู้คืน", "This data is not encrypted.")
        check_new_password(new, confirm)
        self._encryption.recover(recovery_key, new)
        self._write({}, "password-recover")

    def _forget_lock_only_hash(self) -> None:
        from sqlalchemy import delete

        from otop_desktop.db.models import SettingRow

        with writing(self._db) as session:
            session.execute(delete(SettingRow).where(SettingRow.key == PASSWORD_KEY))

    def set_idle_minutes(self, minutes: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        self._settings.set(IDLE_KEY, str(max(low, min(high, minutes))))
        self._notify()

    def remove(self, current: str) -> None:
        """Removes the password; on an encrypted office the data is decrypted in place."""
        from sqlalchemy import delete

        from otop_desktop.db.models import SettingRow
        from otop_desktop.db.repositories import AuditRepository

        if not self.is_set():
            return
        if not self.verify(current):
            raise PasswordError("รหัสผ่านปัจจุบันไม่ถูกต้อง", "The current password is wrong.")
        if self._encryption is not None and self._encryption.is_on():
            self._encryption.disable(self._db, current)
        with writing(self._db) as session:
            session.execute(delete(SettingRow).where(SettingRow.key == PASSWORD_KEY))
            AuditRepository(session).record("password-remove", actor=self._actor())
        self._notify()

    def _write(self, values: dict[str, str], action: str) -> None:
        """The settings and the audit entry; after a conversion, into the converted file."""
        from otop_desktop.db.models import SettingRow
        from otop_desktop.db.repositories import AuditRepository

        with writing(self._db) as session:
            for key, value in values.items():
                session.merge(SettingRow(key=key, value=value))
            AuditRepository(session).record(action, actor=self._actor())
        self._notify()


def check_new_password(new: str, confirm: str) -> None:
    if len(new) < MIN_LENGTH:
        raise PasswordError(
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_LENGTH} ตัวอักษร",
            f"The password needs at least {MIN_LENGTH} characters.",
        )
    if new != confirm:
        raise PasswordError("รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน", "The two passwords differ.")
