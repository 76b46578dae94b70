"""Backups in the data folder share one photo store; backups that leave it carry their photos.

A backup written into the data folder's backups folder keeps its photo rows but not their bytes,
which go to the store beside it (db/photo_store.py), once for every backup there. A copy that
leaves the folder (to a USB stick, the mirror folder, `backup --to`) and the database a restore
writes are filled whole again from the store, each photo checked against its SHA-256.
"""

import contextlib
from collections.abc import Callable
from pathlib import Path

from otop_desktop.db.backup_photos import (
    photos_in_database,
    photos_in_store,
    strip_photos,
    write_whole_copy,
)
from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.db.photo_store import (
    STORE_FOLDER,
    PhotoStore,
    PhotoStoreError,
    store_folder_beside,
)
from otop_desktop.db.sqlite_files import DatabaseFileError, copy_database, make_private
from otop_desktop.domain.errors import UserError
from otop_desktop.services.backup.backup_files import list_backups


class PhotosMissingError(UserError):
    """A backup whose photos are not all in its store: it is not restored or copied."""

    def __init__(self, backup: Path, missing: int) -> None:
        store = store_folder_beside(backup)
        super().__init__(
            f"แฟ้มสำรอง {backup.name} ขาดรูปภาพ {missing} รูป (ไม่พบหรือเสียหายในโฟลเดอร์รูปของแฟ้มสำรอง "
            f"{store}) จึงไม่ได้ใช้แฟ้มนี้ ข้อมูลปัจจุบันยังอยู่ครบ กรุณาเลือกแฟ้มสำรองอื่น",
            f"The backup {backup.name} lacks {missing} photo(s) (missing or damaged in the "
            f"backups' photo folder {store}), so it was not used; the current data is unchanged. "
            "Choose another backup.",
        )
        self.missing = missing


def write_stripped_backup(live: Path, target: Path, key: bytes | None) -> None:
    """A consistent copy of the live database into `target`, its photos moved to the store
    beside the target."""
    copy_database(live, target, key=key)
    strip_photos(target, key, PhotoStore.beside(target, key))


def write_whole(backup: Path, target: Path, key: bytes | None) -> None:
    """`target` becomes a self-contained copy of the backup, whichever kind it is."""
    try:
        write_whole_copy(backup, target, key)
    except PhotoStoreError as exc:
        raise PhotosMissingError(backup, len(exc.missing)) from exc


def whole_copy_for_restore(
    backup: Path, folder: Path, key: bytes | None, stripped: bool
) -> tuple[Path, Callable[[], None]]:
    """The file a restore copies from, and what removes it afterwards: the backup itself, or
    for a stripped one (photos in the store, indexes set aside) a whole copy written into
    `folder`."""
    if not stripped:
        return backup, lambda: None
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f"{backup.name}.whole.partial"
    temp.unlink(missing_ok=True)
    try:
        write_whole(backup, temp, key)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    make_private(temp)
    return temp, lambda: temp.unlink(missing_ok=True)


def sweep_store(backups_folder: Path, key: bytes | None, live: Path) -> int:
    """Deletes the store's photos that no backup in the folder takes from it; returns how many.
    A backup this office's key does not open (another office's, or too damaged to read) cannot
    be restored from this store, so it keeps nothing here. The live database's photos stay too:
    a backup being written now (the command line beside an open window) takes them."""
    kept: set[str] = set()
    with contextlib.suppress(DatabaseFileError):
        kept |= photos_in_database(live, key, immutable=False)
    for backup in list_backups(backups_folder):
        encrypted = file_is_encrypted(backup.path)
        if not backup.restorable or (encrypted and key is None):
            continue
        with contextlib.suppress(DatabaseFileError):
            kept |= photos_in_store(backup.path, key if encrypted else None)
    return PhotoStore(backups_folder / STORE_FOLDER, key).sweep(kept)
