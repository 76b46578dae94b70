"""Storage failures (busy, full or read-only database; unwritable folders) as messages for the
officer, in one place, so that every write reports them the same way and loses nothing.

A failed write has already been rolled back by the time these errors reach the officer: the
transaction is all or nothing, and the form or file that was being saved is still there.
"""

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from otop_desktop.db.cipher import database_errors
from otop_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from otop_desktop.db.database import Database

# SQLite primary result codes (sqlite_errorcode & 0xFF).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL = 5, 6, 8, 10, 13


class StorageError(UserError):
    """The data could not be written; nothing was half-written."""


class DatabaseBusyError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมหรือหน้าต่างอื่นอยู่ จึงยังไม่ได้บันทึก "
            "กรุณารอสักครู่แล้วลองอีกครั้ง (ข้อมูลที่กรอกไว้ยังอยู่ครบ)",
            "The database is in use by another program or window, so nothing was saved; "
            "wait a moment and try again (what you typed is kept).",
        )


class DiskFullError(StorageError):
    def __init__(self, where: str = "") -> None:
        place = f" ({where})" if where else ""
        super().__init__(
            f"พื้นที่ดิสก์เต็ม{place} จึงยังไม่ได้บันทึก กรุณาลบแฟ้มที่ไม่ใช้หรือย้ายไปที่อื่น "
            "แล้วลองอีกครั้ง (ข้อมูลเดิมและข้อมูลที่กรอกไว้ยังอยู่ครบ)",
            f"The disk is full{place}, so nothing was saved; free some space and try again "
            "(your data and what you typed are kept).",
        )


class ReadOnlyStorageError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "ฐานข้อมูลเปิดได้แบบอ่านอย่างเดียว (เช่น อยู่ในแผ่นซีดี แฟลชไดรฟ์ที่ล็อกไว้ หรือไม่มีสิทธิ์เขียน) "
            "จึงบันทึกไม่ได้ ข้อมูลที่กรอกไว้ยังอยู่ครบ",
            "The database can only be read (write-protected drive or no permission), "
            "so nothing was saved; what you typed is kept.",
        )


class StorageFailureError(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"บันทึกลงฐานข้อมูลไม่ได้ ({detail}) ไม่มีข้อมูลใดถูกบันทึกครึ่ง ๆ กลาง ๆ ข้อมูลที่กรอกไว้ยังอยู่ครบ",
            f"The database could not be written ({detail}); nothing was half-written and "
            "what you typed is kept.",
        )


def _sqlite_error(error: BaseException) -> Any:
    """The DB-API error behind a SQLAlchemy error, or the error itself (Python's sqlite3 or
    SQLCipher's), else None."""
    errors = database_errors()
    if isinstance(error, errors):
        return error
    original = getattr(error, "orig", None)
    return original if isinstance(original, errors) else None


# sqlite3.DatabaseError and its subclasses, by name: SQLCipher's module has classes of its own.
_DATABASE_ERRORS = frozenset(
    {
        "DatabaseError",
        "DataError",
        "OperationalError",
        "IntegrityError",
        "InternalError",
        "ProgrammingError",
        "NotSupportedError",
    }
)


def storage_error_for(error: BaseException) -> StorageError | None:
    """The officer's message for a failed database write, or None when it is not a storage
    failure (a bug must still surface as one)."""
    found = _sqlite_error(error)
    if found is None or type(found).__name__ not in _DATABASE_ERRORS:
        return None
    code = (getattr(found, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(found).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError()
    if code == SQLITE_FULL or "disk is full" in text:
        return DiskFullError()
    if code == SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return ReadOnlyStorageError()
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return StorageFailureError(str(found))
    return None


@contextmanager
def translated_storage_errors() -> Iterator[None]:
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        mapped = storage_error_for(exc)
        if mapped is None:
            raise
        raise mapped from exc


@contextmanager
def writing(database: "Database") -> Iterator["Session"]:
    """`database.transaction()` whose storage failures reach the officer as StorageError."""
    with translated_storage_errors(), database.transaction() as session:
        yield session


_FILE_REASONS_TH = {
    errno.ENOSPC: "พื้นที่ดิสก์เต็ม",
    errno.EDQUOT: "เกินโควตาพื้นที่ของผู้ใช้",
    errno.EACCES: "ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้",
    errno.EPERM: "ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้",
    errno.EROFS: "ไดรฟ์นี้เขียนไม่ได้ (อ่านอย่างเดียว)",
    errno.ENOTDIR: "ที่ตั้งนี้ไม่ใช่โฟลเดอร์",
    errno.EEXIST: "มีแฟ้มชื่อเดียวกันอยู่แล้วแทนที่โฟลเดอร์",
    errno.ENOENT: "ไม่พบโฟลเดอร์นี้",
}
_FILE_REASONS_EN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.EROFS: "the drive is read-only",
    errno.ENOTDIR: "that place is not a folder",
    errno.EEXIST: "a file of that name is in the way",
    errno.ENOENT: "the folder does not exist",
}


def file_reason(error: OSError) -> tuple[str, str]:
    """Why a file could not be written, in Thai and English, for the officer."""
    number = error.errno or 0
    fallback = error.strerror or str(error)
    return _FILE_REASONS_TH.get(number, fallback), _FILE_REASONS_EN.get(number, fallback)


def failure_reason(error: BaseException) -> tuple[str, str]:
    """Why a file or database copy failed, in Thai and English, for errors of either kind."""
    if isinstance(error, OSError):
        return file_reason(error)
    text = str(error).lower()
    if "disk is full" in text:
        return _FILE_REASONS_TH[errno.ENOSPC], _FILE_REASONS_EN[errno.ENOSPC]
    if "readonly" in text or "read-only" in text:
        return _FILE_REASONS_TH[errno.EROFS], _FILE_REASONS_EN[errno.EROFS]
    return str(error), str(error)
