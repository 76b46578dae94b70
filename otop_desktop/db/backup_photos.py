"""A backup's photos moved to the shared photo store, and put back.

A stripped backup is an ordinary database copy whose photo rows keep their SHA-256 and sizes but
hold no bytes (an empty blob): the bytes are in the photo store beside it (photo_store.py).
A photo's bytes are never empty otherwise, so a full backup made before the store existed, or a
copy taken out of the data folder, is simply a backup with no photo to fill.

A stripped copy also keeps its indexes as definitions only (the table `otop_backup_index`): they
are a quarter of a copy without photos, twenty daily backups would hold them twenty times, and
SQLite rebuilds them from the rows when the copy is made whole.
"""

import hashlib
import shutil
from pathlib import Path
from typing import Any

from otop_desktop.db.cipher import connect, database_errors
from otop_desktop.db.photo_store import PhotoStore, PhotoStoreError
from otop_desktop.db.sqlite_files import DatabaseFileError, read_only

_EMPTY = "SELECT sha256 FROM photo WHERE length(data) = 0"
_ASIDE = "otop_backup_index"


def _has_table(connection: Any, name: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _has_photos(connection: Any) -> bool:
    return _has_table(connection, "photo")


def _set_indexes_aside(connection: Any) -> None:
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    connection.execute(f"CREATE TABLE {_ASIDE} (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
    connection.executemany(f"INSERT INTO {_ASIDE} (name, sql) VALUES (?, ?)", rows)
    for name, _sql in rows:
        connection.execute(f'DROP INDEX "{name}"')


def _rebuild_indexes(connection: Any) -> None:
    if not _has_table(connection, _ASIDE):
        return
    for (sql,) in connection.execute(f"SELECT sql FROM {_ASIDE} ORDER BY name").fetchall():
        connection.execute(sql)
    connection.execute(f"DROP TABLE {_ASIDE}")


def strip_photos(copy: Path, key: bytes | None, store: PhotoStore) -> int:
    """Moves the photo bytes of a fresh database copy (under `key`) into the store and compacts
    the copy; returns how many photos it now takes from the store. A photo whose bytes do not
    match its SHA-256 stays inside the copy, as the database had it."""
    connection = connect(copy, key)
    try:
        if not _has_photos(connection):
            return 0
        hashes = [str(row[0]) for row in connection.execute("SELECT sha256 FROM photo")]
        stripped = []
        for sha256 in hashes:
            row = connection.execute("SELECT data FROM photo WHERE sha256 = ?", (sha256,))
            data = bytes(row.fetchone()[0] or b"")
            if data and hashlib.sha256(data).hexdigest() == sha256:
                store.put(sha256, data)
                stripped.append((sha256,))
        connection.executemany("UPDATE photo SET data = x'' WHERE sha256 = ?", stripped)
        _set_indexes_aside(connection)
        connection.commit()
        connection.execute("VACUUM")
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc
    finally:
        connection.close()
    return len(stripped)


def photos_in_store(backup: Path, key: bytes | None) -> set[str]:
    """The SHA-256 of every photo the backup takes from the store: none for a full backup."""
    try:
        with read_only(backup, key=key) as connection:
            if not _has_photos(connection):
                return set()
            return {str(row[0]) for row in connection.execute(_EMPTY)}
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc


def photos_in_database(path: Path, key: bytes | None, *, immutable: bool = True) -> set[str]:
    """The SHA-256 of every photo row of a database file, whole or stripped."""
    try:
        with read_only(path, immutable=immutable, key=key) as connection:
            if not _has_photos(connection):
                return set()
            return {str(row[0]) for row in connection.execute("SELECT sha256 FROM photo")}
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc


def is_stripped(backup: Path, key: bytes | None) -> bool:
    """Whether the backup must be made whole (photos, indexes) before it is used."""
    try:
        with read_only(backup, key=key) as connection:
            return _has_table(connection, _ASIDE) or bool(
                _has_photos(connection) and connection.execute(_EMPTY).fetchone()
            )
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc


def missing_photos(backup: Path, key: bytes | None) -> tuple[str, ...]:
    """The photos the backup needs that its store does not hold whole (absent or altered)."""
    store = PhotoStore.beside(backup, key)
    return tuple(sorted(s for s in photos_in_store(backup, key) if not store.holds(s)))


def write_whole_copy(backup: Path, target: Path, key: bytes | None) -> None:
    """Writes into `target` a self-contained copy of the backup (under the same key), each
    photo filled from the store and checked; PhotoStoreError, and `target` left unfinished for
    the caller to delete, when any is missing or damaged."""
    needed = photos_in_store(backup, key)
    shutil.copyfile(backup, target)
    if not is_stripped(backup, key):
        return
    store = PhotoStore.beside(backup, key)
    missing = []
    connection = connect(target, key)
    try:
        for sha256 in sorted(needed):
            try:
                data = store.read(sha256)
            except PhotoStoreError:
                missing.append(sha256)
                continue
            connection.execute("UPDATE photo SET data = ? WHERE sha256 = ?", (data, sha256))
        if missing:
            connection.rollback()
            raise PhotoStoreError(missing)
        _rebuild_indexes(connection)
        connection.commit()
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc
    finally:
        connection.close()
