"""The optional program password: a salted PBKDF2 hash kept with the data, and the idle time
after which the open program locks itself.

Only the hash is stored, in the data's own settings table, so that a backup carries it and a
copied database file does not reveal the password.
"""

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete

from otop_desktop.db.database import Database
from otop_desktop.db.models import SettingRow
from otop_desktop.db.repositories import AuditRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.office.settings_store import SettingsStore
from otop_desktop.services.storage_errors import writing

PASSWORD_KEY = "program_password"
IDLE_KEY = "lock_idle_minutes"
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 240_000
SALT_BYTES = 16
MIN_LENGTH = 4
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
    def __init__(self, database: Database, office: OfficeService | None = None) -> None:
        self._db = database
        self._settings = SettingsStore(database)
        self._office = office
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

    def is_set(self) -> bool:
        return self._stored() is not None

    def verify(self, password: str) -> bool:
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
    ) -> None:
        """Sets or changes the password; changing it asks for the current one."""
        if self.is_set() and not self.verify(current):
            raise PasswordError("รหัสผ่านปัจจุบันไม่ถูกต้อง", "The current password is wrong.")
        if len(new) < MIN_LENGTH:
            raise PasswordError(
                f"รหัสผ่านต้องยาวอย่างน้อย {MIN_LENGTH} ตัวอักษร",
                f"The password needs at least {MIN_LENGTH} characters.",
            )
        if new != confirm:
            raise PasswordError("รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน", "The two passwords differ.")
        changed = self.is_set()
        values = {PASSWORD_KEY: hash_password(new).encode()}
        if idle_minutes:
            values[IDLE_KEY] = str(idle_minutes)
        self._write(values, "password-change" if changed else "password-set")

    def set_idle_minutes(self, minutes: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        self._settings.set(IDLE_KEY, str(max(low, min(high, minutes))))
        self._notify()

    def remove(self, current: str) -> None:
        if not self.is_set():
            return
        if not self.verify(current):
            raise PasswordError("รหัสผ่านปัจจุบันไม่ถูกต้อง", "The current password is wrong.")
        with writing(self._db) as session:
            session.execute(delete(SettingRow).where(SettingRow.key == PASSWORD_KEY))
            AuditRepository(session).record("password-remove", actor=self._actor())
        self._notify()

    def _write(self, values: dict[str, str], action: str) -> None:
        with writing(self._db) as session:
            for key, value in values.items():
                session.merge(SettingRow(key=key, value=value))
            AuditRepository(session).record(action, actor=self._actor())
        self._notify()
