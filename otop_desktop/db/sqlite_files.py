"""SQLite database files as files: consistent copies, read-only looks and integrity checks.

Every function takes the file's key: None for a plain file, the office's data key for an
encrypted one (see cipher.py)."""

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from otop_desktop.db.cipher import connect, database_errors, export_database

OTOP_TABLES = frozenset({"alembic_version", "registration", "office"})


class DatabaseFileError(Exception):
    """The file cannot be read as an SQLite database, or it is not an OTOP Desktop database."""


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str
    district_code: str
    active_registrations: int
    last_change: str


def make_private(path: Path, mode: int = 0o600) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(mode)


def create_private(path: Path) -> None:
    """Makes the database file its owner's alone before SQLite opens it: SQLite gives the -wal
    and -shm files it creates beside it the same permissions."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileExistsError, OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    make_private(path)


def _read_only_uri(path: Path, *, immutable: bool) -> str:
    # immutable: SQLite neither locks nor creates -wal/-shm files, so a preview changes nothing.
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


@contextmanager
def read_only(path: Path, *, immutable: bool = True, key: bytes | None = None) -> Iterator[Any]:
    if not path.is_file():
        raise DatabaseFileError(f"no such file: {path}")
    try:
        connection = connect(_read_only_uri(path, immutable=immutable), key, uri=True)
    except database_errors() as exc:
        raise DatabaseFileError(str(exc)) from exc
    try:
        yield connection
    finally:
        connection.close()


def copy_database(
    source: Path, target: Path, *, immutable_source: bool = False, key: bytes | None = None
) -> None:
    """Writes a consistent copy of `source`, which may be in use, into the file `target`,
    under the same key (SQLite's page copy keeps the pages as they are).

    The copy leaves WAL mode so that it is one self-contained file."""
    with read_only(source, immutable=immutable_source, key=key) as reader:
        try:
            writer = connect(target, key)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        except database_errors(MemoryError) as exc:
            raise DatabaseFileError(str(exc) or "damaged page") from exc


class DatabaseReplaceError(DatabaseFileError):
    """The live database could not take the copy (in use, disk full); it is unchanged."""


# SQLITE_READONLY, SQLITE_NOMEM, SQLITE_CORRUPT, SQLITE_NOTADB: the live file cannot take a
# copy in place. SQLCipher reports a page whose HMAC fails as out of memory (MemoryError).
_UNWRITABLE_IN_PLACE = {7, 8, 11, 26}


def _copy_into_live(source: Path, live: Path, key: bytes | None) -> None:
    # SQLite writes the whole copy as one transaction: a failure midway rolls the live file back.
    with read_only(source, key=key) as reader:
        writer = connect(live, key, timeout=10)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=WAL")
        finally:
            writer.close()


def _swap_file(source: Path, live: Path, key: bytes | None) -> None:
    temp = live.with_name(live.name + ".restoring")
    temp.unlink(missing_ok=True)
    try:
        copy_database(source, temp, immutable_source=True, key=key)
        make_private(temp)
        # A -wal left beside the new file would be replayed into it: drop the damaged one's.
        for extra in ("-wal", "-shm", "-journal"):
            live.with_name(live.name + extra).unlink(missing_ok=True)
        os.replace(temp, live)
    finally:
        temp.unlink(missing_ok=True)


def replace_database(
    source: Path, live: Path, *, key: bytes | None = None, source_key: bytes | None = None
) -> None:
    """Makes the live database (under `key`) a copy of `source` (under `source_key`); it is
    never left half-written.

    The copy goes in through SQLite while the live file is sound; a file SQLite cannot write
    (damaged) is swapped whole for a finished copy instead. A source under another key is first
    exported, under the live key, into a file beside the live one. Callers close their engines."""
    if source_key == key:
        _replace_from(source, live, key)
        return
    rekeyed = live.with_name(live.name + ".rekeyed")
    rekeyed.unlink(missing_ok=True)
    try:
        try:
            export_database(source, source_key, rekeyed, key)
        except database_errors() as exc:
            raise DatabaseFileError(str(exc)) from exc
        _replace_from(rekeyed, live, key)
    finally:
        rekeyed.unlink(missing_ok=True)


def _replace_from(source: Path, live: Path, key: bytes | None) -> None:
    try:
        _copy_into_live(source, live, key)
        return
    except MemoryError:
        pass
    except database_errors() as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) not in _UNWRITABLE_IN_PLACE:
            raise DatabaseReplaceError(str(exc)) from exc
    _swap_file(source, live, key)


def integrity_problems(
    path: Path, *, immutable: bool = True, quick: bool = False, key: bytes | None = None
) -> list[str]:
    """An empty list when SQLite finds the file sound, else what it reports."""
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    try:
        with read_only(path, immutable=immutable, key=key) as connection:
            rows = connection.execute(pragma).fetchall()
    except database_errors(DatabaseFileError, MemoryError) as exc:
        return [str(exc) or "damaged page"]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def _tables(connection: Any) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def database_facts(path: Path, *, key: bytes | None = None) -> DatabaseFacts:
    try:
        with read_only(path, key=key) as connection:
            if not _tables(connection) >= OTOP_TABLES:
                raise DatabaseFileError("not an OTOP Desktop database")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            office = connection.execute(
                "SELECT district_code FROM office ORDER BY id LIMIT 1"
            ).fetchone()
            count, last = connection.execute(
                "SELECT sum(CASE WHEN is_deleted = 0 THEN 1 ELSE 0 END), max(updated_at) "
                "FROM registration"
            ).fetchone()
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc
    return DatabaseFacts(
        revision=str(revision[0]) if revision else "",
        district_code=str(office[0]) if office else "",
        active_registrations=int(count or 0),
        last_change=str(last or ""),
    )


_MARKER_QUERIES = (
    "SELECT count(*), coalesce(sum(version), 0), max(updated_at) FROM registration",
    "SELECT max(id) FROM audit_log WHERE action NOT IN ('backup', 'restore')",
    "SELECT * FROM office ORDER BY id",
    "SELECT * FROM campaign ORDER BY id",
    "SELECT count(*), max(updated_at) FROM draft",
    "SELECT count(*), max(id) FROM product_sub_category",
    "SELECT count(*), max(id) FROM export_record",
    "SELECT count(*), max(last_received_at) FROM exchange_peer",
)


def change_marker(path: Path, *, immutable: bool, key: bytes | None = None) -> str:
    """A short summary of the database's contents: equal markers mean nothing worth a new
    backup changed. Backup and restore entries in the audit log do not count."""
    try:
        with read_only(path, immutable=immutable, key=key) as connection:
            return repr([connection.execute(query).fetchall() for query in _MARKER_QUERIES])
    except database_errors(DatabaseFileError, MemoryError):
        return ""
