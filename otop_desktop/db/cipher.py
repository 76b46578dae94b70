"""SQLite files with or without SQLCipher encryption: which a file is, and connections to it.

An encrypted office's files are SQLCipher 4 databases keyed with a raw 256-bit key (`PRAGMA key =
"x'..'"`): SQLCipher then skips its own password stretching, which the key file has done once,
so opening a connection costs no more than on a plain file. A plain office uses Python's own
sqlite3 module and never loads SQLCipher.

The two modules carry two copies of SQLite, whose file locks do not see each other inside one
process: a file is never open through both at once (a conversion closes every connection first).
"""

import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
_SQLCIPHER = "sqlcipher3.dbapi2"


class CipherUnavailableError(Exception):
    """SQLCipher is not installed: an encrypted database cannot be opened here."""


def sqlcipher() -> ModuleType:
    try:
        import sqlcipher3.dbapi2 as module  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise CipherUnavailableError(
            "โปรแกรมนี้ขาดส่วนเข้ารหัสฐานข้อมูล (sqlcipher3) กรุณาติดตั้งโปรแกรมใหม่"
        ) from exc
    if not getattr(module, "_otop_quiet", False):
        # SQLCipher prints a line on stderr for every page a wrong key fails to decrypt; the
        # program tells the officer itself, in one sentence.
        connection = module.connect(":memory:")
        with contextlib.suppress(module.Error):
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        module._otop_quiet = True
    return module


def dbapi(key: bytes | None) -> ModuleType:
    """The DB-API module for a file with this key: SQLCipher's, or Python's sqlite3."""
    return sqlcipher() if key else sqlite3


def database_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The DB-API errors of both modules (SQLCipher's only once something loaded it), and
    `more`, for one `except` clause."""
    loaded = sys.modules.get(_SQLCIPHER)
    errors: tuple[type[Exception], ...] = (sqlite3.Error, *more)
    return (*errors, loaded.Error) if loaded is not None else errors


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    target: str | Path,
    key: bytes | None,
    *,
    uri: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection to a file, keyed first when the file is encrypted."""
    connection = dbapi(key).connect(
        str(target), uri=uri, timeout=timeout, check_same_thread=check_same_thread
    )
    if key:
        connection.execute(key_pragma(key))
    return connection


def file_is_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite: SQLCipher's first bytes are a random salt.

    An empty or missing file is a database still to be made, so not encrypted."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return bool(head) and head != PLAIN_HEADER


def export_database(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Writes every table, index and setting of `source` into the new file `target` under
    another key (or none): SQLCipher's own export, since its page copy cannot change keys.

    `target` must not exist; it is left in rollback-journal mode, one self-contained file."""
    connection = sqlcipher().connect(str(source), timeout=10, isolation_level=None)
    try:
        if source_key:
            connection.execute(key_pragma(source_key))
        target_pragma = f"x'{target_key.hex()}'" if target_key else ""
        connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_pragma))
        connection.execute("BEGIN IMMEDIATE")  # no other program writes while it is copied
        try:
            connection.execute("SELECT sqlcipher_export('converted')")
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            connection.execute("COMMIT")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Makes a rename inside `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
