"""Looking into a backup without changing it, and putting one back in place of the database."""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from otop_desktop.db.backup_photos import is_stripped, missing_photos, photos_in_store
from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.db.database import Database
from otop_desktop.db.engine import use_write_ahead_log
from otop_desktop.db.schema import SCHEMA_REVISIONS, ensure_schema
from otop_desktop.db.sqlite_files import (
    DatabaseFileError,
    database_facts,
    integrity_problems,
    make_private,
    replace_database,
)
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_files import taken_at
from otop_desktop.services.backup.backup_store import PhotosMissingError, whole_copy_for_restore
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.office.gazetteer import Gazetteer


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    taken_at: dt.datetime
    revision: str
    district_code: str
    district_name_th: str
    active_registrations: int
    last_change: str
    problems: tuple[str, ...] = ()
    encrypted: bool = False
    # A backup that shares the photo store beside it (db/backup_photos.py): how many photos it
    # takes from there, and those the store lacks.
    stripped: bool = False
    photos_in_store: int = 0
    missing_photos: tuple[str, ...] = ()
    # The data key that opened an encrypted backup; never shown or logged.
    key: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def newer_than_program(self) -> bool:
        return self.revision not in SCHEMA_REVISIONS

    @property
    def restorable(self) -> bool:
        return not self.problems and not self.newer_than_program and not self.missing_photos


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupPreview
    # The state replaced by the restore, itself a backup: restoring it undoes the restore.
    previous: Path | None
    changes: tuple[Change, ...]


class NotABackupError(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"แฟ้ม {path.name} ไม่ใช่แฟ้มสำรองข้อมูลของ OTOP Desktop หรือเสียหายจนอ่านไม่ได้ จึงไม่ได้ใช้แฟ้มนี้",
            f"{path.name} is not an OTOP Desktop backup, or it is too damaged to read; "
            "it was not used.",
        )


class BackupLockedError(UserError):
    """An encrypted backup that none of the keys at hand opens."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"แฟ้มสำรอง {path.name} เข้ารหัสด้วยรหัสผ่านอื่น กรุณาพิมพ์รหัสผ่านหรือกุญแจกู้คืนของข้อมูลชุดนั้น "
            "(ถ้าไม่มีทั้งสองอย่าง จะไม่มีใครเปิดแฟ้มนี้ได้)",
            f"The backup {path.name} is encrypted with another password; type that data's "
            "password or recovery key (without either, nobody can open this file).",
        )
        self.path = path


def _opening_key(path: Path, keys: Sequence[bytes]) -> bytes | None:
    """None for a plain file; the first key that opens an encrypted one."""
    # SQLCipher writes whole pages of at least 512 bytes: other files are not encrypted backups.
    if not file_is_encrypted(path) or path.stat().st_size % 512:
        return None
    for key in keys:
        try:
            database_facts(path, key=key)
        except DatabaseFileError:
            continue
        return key
    raise BackupLockedError(path)


def describe_backup(
    path: Path, gazetteer: Gazetteer | None = None, keys: Sequence[bytes] = ()
) -> BackupPreview:
    if not path.is_file():
        raise UserError(f"ไม่พบแฟ้ม {path}", f"There is no file {path}.")
    key = _opening_key(path, keys)
    problems = integrity_problems(path, key=key)
    try:
        facts = database_facts(path, key=key)
        stripped = not problems and is_stripped(path, key)
        in_store = len(photos_in_store(path, key)) if stripped else 0
        missing = missing_photos(path, key) if in_store else ()
    except DatabaseFileError as exc:
        raise NotABackupError(path) from exc
    code = facts.district_code
    district = gazetteer.district(code) if gazetteer is not None and code else None
    return BackupPreview(
        path=path,
        taken_at=taken_at(path),
        revision=facts.revision,
        district_code=facts.district_code,
        district_name_th=district.name_th if district else "",
        active_registrations=facts.active_registrations,
        last_change=facts.last_change,
        problems=tuple(problems[:5]),
        encrypted=key is not None,
        stripped=stripped,
        photos_in_store=in_store,
        missing_photos=missing,
        key=key,
    )


def _check_restorable(preview: BackupPreview) -> None:
    if preview.problems:
        raise UserError(
            f"แฟ้มสำรอง {preview.path.name} เสียหาย (ตรวจความถูกต้องไม่ผ่าน) จึงไม่ได้กู้คืน "
            "ข้อมูลปัจจุบันยังอยู่ครบ กรุณาเลือกแฟ้มสำรองอื่น",
            f"The backup {preview.path.name} is damaged (it fails the integrity check), so it was "
            "not restored; the current data is unchanged. Choose another backup.",
        )
    if preview.newer_than_program:
        raise UserError(
            f"แฟ้มสำรอง {preview.path.name} สร้างด้วย OTOP Desktop รุ่นที่ใหม่กว่าโปรแกรมนี้ "
            "กรุณาติดตั้งโปรแกรมรุ่นล่าสุดก่อนกู้คืน (ข้อมูลปัจจุบันยังอยู่ครบ)",
            f"The backup {preview.path.name} was made by a newer OTOP Desktop; install the latest "
            "version before restoring it (the current data is unchanged).",
        )
    if preview.missing_photos:
        raise PhotosMissingError(preview.path, len(preview.missing_photos))


def restore_backup(
    path: Path,
    folder: DataFolder,
    database: Database | None,
    *,
    save_current: Callable[[], Path | None],
    gazetteer: Gazetteer | None = None,
    key: bytes | None = None,
    keys: Sequence[bytes] = (),
) -> RestoreResult:
    """The backup's records become the live database's, under the live database's own key
    (`key`): a restore never turns this computer's encryption on or off."""
    live = folder.database_path
    source = path.resolve()
    if live.exists() and source == live.resolve():
        raise UserError("แฟ้มนี้คือฐานข้อมูลที่ใช้อยู่ ไม่ใช่แฟ้มสำรอง", "This file is the database in use.")
    preview = describe_backup(source, gazetteer, keys)
    _check_restorable(preview)
    folder.create()
    whole, remove_whole = _whole_source(source, folder, preview)
    try:
        previous = _save_current(save_current)
        _replace(whole, live, database, key, preview.key)
    finally:
        remove_whole()
    make_private(live)
    _bring_up_to_date(folder, database, preview, previous, key)
    changes = (
        Change(ChangeKind.OFFICE),
        Change(ChangeKind.CAMPAIGN),
        Change.registrations(set(), set()),
    )
    return RestoreResult(preview, previous, changes)


def _whole_source(
    source: Path, folder: DataFolder, preview: BackupPreview
) -> tuple[Path, Callable[[], None]]:
    """Photos are filled back from the store before anything is replaced: a photo missing now
    refuses the restore with the live database as it was."""
    try:
        return whole_copy_for_restore(
            source, folder.backups, preview.key, stripped=preview.stripped
        )
    except (OSError, DatabaseFileError) as exc:
        raise UserError(
            f"เตรียมแฟ้มสำรองเพื่อกู้คืนไม่ได้ ({exc}) จึงยังไม่ได้กู้คืน ข้อมูลปัจจุบันยังอยู่ครบ",
            f"The backup could not be prepared for the restore ({exc}); nothing was restored "
            "and the current data is unchanged.",
        ) from exc


def _save_current(save_current: Callable[[], Path | None]) -> Path | None:
    try:
        return save_current()
    except OSError as exc:
        raise UserError(
            f"บันทึกข้อมูลปัจจุบันเก็บไว้ก่อนกู้คืนไม่ได้ ({exc.strerror or exc}) จึงยังไม่ได้กู้คืน",
            f"The current data could not be saved before the restore ({exc}); nothing was "
            "restored.",
        ) from exc


def _replace(
    source: Path, live: Path, database: Database | None, key: bytes | None, source_key: bytes | None
) -> None:
    if database is not None:
        # Pooled connections would keep the old file's pages and locks.
        database.release_connections()
    try:
        replace_database(source, live, key=key, source_key=source_key)
    except (OSError, DatabaseFileError) as exc:
        raise UserError(
            f"กู้คืนไม่ได้ ({exc}) ฐานข้อมูลยังเป็นข้อมูลเดิม กรุณาปิดโปรแกรม OTOP Desktop หน้าต่างอื่นแล้วลองอีกครั้ง",
            f"The restore failed ({exc}); the database is unchanged. Close any other OTOP "
            "Desktop window and try again.",
        ) from exc


def _bring_up_to_date(
    folder: DataFolder,
    database: Database | None,
    preview: BackupPreview,
    previous: Path | None,
    key: bytes | None,
) -> None:
    """Upgrades an older backup's schema, then notes the restore in the restored log."""
    if database is None:
        opened = Database.open(folder.url, backup_dir=folder.backups, key=key)
        try:
            _audit(opened, preview, previous)
        finally:
            opened.close()
        return
    ensure_schema(database.engine, backup_dir=folder.backups, key=key)
    use_write_ahead_log(database.engine)
    _audit(database, preview, previous)


def _audit(database: Database, preview: BackupPreview, previous: Path | None) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from otop_desktop.db.repositories import AuditRepository, OfficeRepository

    try:
        with database.transaction() as session:
            office = OfficeRepository(session).get()
            AuditRepository(session).record(
                "restore",
                actor=office.officer_name if office else "",
                summary=preview.path.name,
                details={
                    "file": str(preview.path),
                    "taken_at": preview.taken_at.isoformat(),
                    "registrations": preview.active_registrations,
                    "previous": str(previous) if previous else "",
                },
            )
    except SQLAlchemyError:
        pass
