"""Backups of the database file: made now, daily and on exit, previewed, checked and restored.

Backups are SQLite files, so this service works on files with SQLite's own backup API; a database
on a server is backed up by its administrator instead.
"""

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.engine import is_sqlite
from otop_desktop.db.sqlite_files import (
    DatabaseFileError,
    change_marker,
    integrity_problems,
    make_private,
)
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_files import (
    BackupFile,
    BackupKind,
    backup_name,
    free_path,
    list_backups,
)
from otop_desktop.services.backup.backup_keys import backup_keys, copy_key_file
from otop_desktop.services.backup.backup_restore import (
    BackupPreview,
    RestoreResult,
    describe_backup,
    restore_backup,
)
from otop_desktop.services.backup.backup_store import (
    sweep_store,
    write_stripped_backup,
    write_whole,
)
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.storage_errors import failure_reason

DEFAULT_KEEP = 20


@dataclass(frozen=True)
class BackupResult:
    path: Path
    copies: tuple[Path, ...] = ()
    # Copies that could not be written (a USB stick taken out): the backup itself is made.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problem: str = ""


SHOWN_PROBLEMS = 5


def summary_of_problems(problems: list[str]) -> str:
    """SQLite's findings in one short line: one of its rows may hold hundreds of lines (a page
    it cannot read, then every page left unused), which would push the offer of a backup off
    the screen."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")
    ]
    more = len(lines) - SHOWN_PROBLEMS
    return "; ".join(lines[:SHOWN_PROBLEMS]) + (f"; … (+{more})" if more > 0 else "")


class BackupService:
    """Works with or without an open Database: a damaged file must be restorable before it opens."""

    def __init__(
        self,
        folder: DataFolder,
        database: Database | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        keep: int = DEFAULT_KEEP,
        mirror_folder: Path | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        key: bytes | None = None,
    ) -> None:
        self._folder = folder
        self._database = database
        self._given_key = key
        self._gazetteer = gazetteer
        self.keep = keep
        self.mirror_folder = mirror_folder
        self._clock = clock

    @property
    def _key(self) -> bytes | None:
        """The live database's key, read at each use: setting the password changes it."""
        return self._database.key if self._database is not None else self._given_key

    @property
    def available(self) -> bool:
        """False for a database on a server, whose backups are not this program's job."""
        return is_sqlite(self._folder.url) and not self._folder.database_url

    def backups(self) -> list[BackupFile]:
        """Backups in the data folder and the mirror folder, newest first."""
        return list_backups(self._folder.backups, self.mirror_folder)

    def backup_now(self, to: Path | None = None) -> BackupResult:
        """A manual backup, kept until the officer deletes it; `to` gets a copy as well."""
        path = self._make(BackupKind.MANUAL)
        copies: list[Path] = []
        if to is not None:
            try:
                copies.append(self._copy_to(path, to))
            except OSError as exc:
                raise UserError(
                    f"สำรองข้อมูลไว้ที่ {path} แล้ว แต่คัดลอกไปที่ {to} ไม่ได้ ({exc.strerror or exc})",
                    f"The backup is at {path}, but it could not be copied to {to}: {exc}",
                ) from exc
        mirrored, problems = self._mirror(path)
        self._audit("backup", path, {"kind": BackupKind.MANUAL.value, "copies": copies})
        return BackupResult(path, (*copies, *mirrored), problems)

    def backup_if_due(self) -> BackupResult | None:
        """The daily backup: at most one a calendar day, and none when nothing changed."""
        if not self._can_back_up():
            return None
        autos = self._automatic_backups()
        today = self._clock().date()
        if any(b.taken_at.date() == today for b in autos):
            return None
        return self._automatic(autos)

    def backup_on_exit(self) -> BackupResult | None:
        """A backup as the program closes, unless nothing changed since the last automatic one."""
        if not self._can_back_up():
            return None
        return self._automatic(self._automatic_backups())

    def describe(self, path: Path, secret: str = "") -> BackupPreview:
        """What a backup holds, read without changing the file; refuses a file that is not one.
        An encrypted backup opens with this office's key, or with `secret`: the password or the
        recovery key of the data it was made from."""
        return describe_backup(path, self._gazetteer, backup_keys(path, self._key, secret))

    def restore(self, path: Path, secret: str = "") -> RestoreResult:
        """Replaces the database with the backup after saving the current state as a backup.
        The restored state is then backed up at once: otherwise the newest ordinary backup, the
        one offered after damage, would still hold what the officer chose to undo."""
        self._require_sqlite()
        result = restore_backup(
            path,
            self._folder,
            self._database,
            save_current=self._save_current,
            gazetteer=self._gazetteer,
            key=self._key,
            keys=backup_keys(path, self._key, secret),
        )
        # The restore stands even if this copy cannot be made (a full disk): the next daily or
        # closing backup takes it.
        with contextlib.suppress(UserError):
            self._automatic(self._automatic_backups())
        return result

    def integrity_check(self, *, quick: bool = False) -> IntegrityReport:
        """Whether SQLite finds the live database file sound; run at start, before it opens."""
        live = self._folder.database_path
        if not self.available or not live.exists():
            return IntegrityReport(True)
        problems = integrity_problems(live, immutable=False, quick=quick, key=self._key)
        return IntegrityReport(not problems, summary_of_problems(problems))

    def newest_good_backup(self) -> BackupFile | None:
        """The backup to offer after damage: the newest that passes SQLite's integrity check
        and this program can open. A safety copy taken before a restore comes only when no
        other backup will do: it holds the state that restore replaced, and preferring it would
        quietly undo the officer's restore."""
        found = self.proposed_backup()
        return found[0] if found is not None else None

    def proposed_backup(self) -> tuple[BackupFile, BackupPreview] | None:
        candidates = [b for b in self.backups() if b.restorable]
        safety = [b for b in candidates if b.kind is BackupKind.BEFORE_RESTORE]
        for backup in [b for b in candidates if b not in safety] + safety:
            with contextlib.suppress(UserError):
                preview = self.describe(backup.path)
                if preview.restorable:
                    return backup, preview
        return None

    # --- making backups --------------------------------------------------------------------

    def require_local(self) -> None:
        """Raises the officer's explanation when the data is on a server (no backups here)."""
        self._require_sqlite()

    def _require_sqlite(self) -> None:
        if not self.available:
            raise UserError(
                "ฐานข้อมูลอยู่บนเครื่องแม่ข่าย การสำรองข้อมูลเป็นหน้าที่ของผู้ดูแลเครื่องแม่ข่าย",
                "The database is on a server; its administrator backs it up.",
            )

    def _can_back_up(self) -> bool:
        return self.available and self._folder.database_path.is_file()

    def _automatic_backups(self) -> list[BackupFile]:
        return [b for b in list_backups(self._folder.backups) if b.kind is BackupKind.AUTOMATIC]

    def _automatic(self, autos: list[BackupFile]) -> BackupResult | None:
        live = change_marker(self._folder.database_path, immutable=False, key=self._key)
        if autos and live and change_marker(autos[0].path, immutable=True, key=self._key) == live:
            return None
        path = self._make(BackupKind.AUTOMATIC)
        mirrored, problems = self._mirror(path)
        self._prune()
        self._audit("backup", path, {"kind": BackupKind.AUTOMATIC.value})
        return BackupResult(path, mirrored, problems)

    def _make(self, kind: BackupKind) -> Path:
        self._require_sqlite()
        live = self._folder.database_path
        if not live.is_file():
            raise UserError("ยังไม่มีฐานข้อมูลให้สำรอง", "There is no database to back up yet.")
        try:
            return self._write(live, kind)
        except (OSError, DatabaseFileError) as exc:
            reason_th, reason_en = failure_reason(exc)
            raise UserError(
                f"สำรองข้อมูลไม่ได้: {reason_th} (ข้อมูลในโปรแกรมยังอยู่ครบ)",
                f"The backup could not be made: {reason_en} (your data is unchanged).",
            ) from exc

    def _write(self, live: Path, kind: BackupKind) -> Path:
        folder = self._folder.backups
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder, 0o700)
        target = free_path(folder, backup_name(kind, self._clock()))
        key = self._key
        return _write_whole(target, lambda partial: write_stripped_backup(live, partial, key))

    def _save_current(self) -> Path | None:
        """The current state before a restore; a raw copy when SQLite cannot read it."""
        live = self._folder.database_path
        if not live.is_file():
            return None
        try:
            return self._write(live, BackupKind.BEFORE_RESTORE)
        except (OSError, DatabaseFileError):
            name = backup_name(BackupKind.DAMAGED, self._clock())
            target = _private_empty(free_path(self._folder.backups, name))
            shutil.copyfile(live, target)
            wal = live.with_name(live.name + "-wal")
            if wal.is_file():
                wal_copy = _private_empty(target.with_name(target.name + "-wal"))
                shutil.copyfile(wal, wal_copy)
            return target

    def _copy_to(self, backup: Path, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_path(folder, backup.name)
        key = self._key
        if key is not None:
            copy_key_file(self._folder.key_file, target)
        return _write_whole(target, lambda partial: write_whole(backup, partial, key))

    def _mirror(self, backup: Path) -> tuple[tuple[Path, ...], tuple[str, ...]]:
        if self.mirror_folder is None:
            return (), ()
        try:
            copy = self._copy_to(backup, self.mirror_folder)
        except OSError as exc:
            return (), (f"คัดลอกไปที่ {self.mirror_folder} ไม่ได้ ({exc.strerror or exc})",)
        except UserError as exc:
            return (), (f"คัดลอกไปที่ {self.mirror_folder} ไม่ได้ ({exc.message_th})",)
        if backup.name.endswith(f"-{BackupKind.AUTOMATIC.value}.sqlite3"):
            self._prune(self.mirror_folder)
        return (copy,), ()

    def _prune(self, folder: Path | None = None) -> None:
        """Deletes automatic backups beyond the newest `keep`; never manual or upgrade ones."""
        autos = [
            b
            for b in list_backups(folder or self._folder.backups)
            if b.kind is BackupKind.AUTOMATIC
        ]
        for old in autos[max(self.keep, 1) :]:
            with contextlib.suppress(OSError):
                old.path.unlink()
        if folder is None:
            sweep_store(self._folder.backups, self._key, self._folder.database_path)

    def _audit(self, action: str, path: Path, details: dict[str, object]) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from otop_desktop.db.repositories import AuditRepository, OfficeRepository

        if self._database is None:
            return
        details = {"file": str(path), **{k: _plain(v) for k, v in details.items()}}
        try:
            with self._database.transaction() as session:
                office = OfficeRepository(session).get()
                AuditRepository(session).record(
                    action,
                    actor=office.officer_name if office else "",
                    summary=path.name,
                    details=details,
                )
        except SQLAlchemyError:
            # The backup is made; a database too damaged to take a log line must not undo it.
            pass


def _write_whole(target: Path, fill: Callable[[Path], object]) -> Path:
    """Fills a private file beside the target, then renames it: a copy is there whole or not."""
    partial = _private_empty(target.with_name(target.name + ".partial"))
    try:
        fill(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    make_private(target)
    return target


def _private_empty(path: Path) -> Path:
    """Creates the file empty and private before any personal data is written into it."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return path


def _plain(value: object) -> object:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return value
