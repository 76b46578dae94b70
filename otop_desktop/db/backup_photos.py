"""A backup's photos moved to the shared photo store, and put back.

A stripped backup is an ordinary database copy whose photo rows keep their SHA-256 and sizes but
hold no bytes (an empty blob): the bytes are in the photo store beside it (photo_store.py).
A photo's bytes are never empty otherwise, so a full backup made before the store existed, or a
copy taken out of the data folder, is simply a backup with no photo to fill.
"""

import hashlib
import shutil
from pathlib import Path
from typing import Any

from otop_desktop.db.cipher import connect, database_errors
from otop_desktop.db.photo_store import PhotoStore, PhotoStoreError
from otop_desktop.db.sqlite_files import DatabaseFileError, read_only

_EMPTY = "SELECT sha256 FROM photo WHERE length(data) = 0"


def _has_photos(connection: Any) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photo'"
    ).fetchone()
    return row is not None


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
    if not needed:
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
        connection.commit()
    except database_errors(MemoryError) as exc:
        raise DatabaseFileError(str(exc) or "damaged page") from exc
    finally:
        connection.close()
