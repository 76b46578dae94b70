"""Backup file names: what kind of backup a file is, when it was taken, and a free new name."""

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^otop-(?P<stamp>\d{8}-\d{6})(?:-(?P<kind>auto|before-restore|damaged))?"
    r"(?:-(?P<n>\d+))?\.sqlite3$"
)
_UPGRADE_NAME = re.compile(r"^before-upgrade-.+-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


class BackupKind(StrEnum):
    MANUAL = "manual"
    AUTOMATIC = "auto"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"
    # A raw copy of a database the backup API could not read: kept, never offered for restore.
    DAMAGED = "damaged"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    taken_at: dt.datetime

    @property
    def restorable(self) -> bool:
        return self.kind is not BackupKind.DAMAGED


def _stamp(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, _STAMP)
    except ValueError:
        return None


def parse_backup_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None for a file this program did not name."""
    match = _NAME.match(path.name)
    if match:
        taken = _stamp(match["stamp"])
        kind = BackupKind(match["kind"]) if match["kind"] else BackupKind.MANUAL
    else:
        match = _UPGRADE_NAME.match(path.name)
        taken = _stamp(match["stamp"]) if match else None
        kind = BackupKind.BEFORE_UPGRADE
    if match is None or taken is None:
        return None
    return BackupFile(path, kind, taken)


def _order(backup: BackupFile) -> tuple[dt.datetime, int]:
    match = _NAME.match(backup.path.name)
    return backup.taken_at, int(match["n"]) if match and match["n"] else 1


def list_backups(*folders: Path | None) -> list[BackupFile]:
    """Every backup this program named in the folders, newest first."""
    found: dict[Path, BackupFile] = {}
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            backup = parse_backup_name(path)
            if backup is not None and path.is_file():
                found[path.resolve()] = backup
    return sorted(found.values(), key=_order, reverse=True)


def taken_at(path: Path) -> dt.datetime:
    backup = parse_backup_name(path)
    if backup is not None:
        return backup.taken_at
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def backup_name(kind: BackupKind, at: dt.datetime, n: int = 1) -> str:
    label = "" if kind is BackupKind.MANUAL else f"-{kind.value}"
    again = f"-{n}" if n > 1 else ""
    return f"otop-{at.strftime(_STAMP)}{label}{again}{SUFFIX}"


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or the name with -2, -3 ... added when that file exists: never overwrite."""
    candidate = folder / name
    stem = name.removesuffix(SUFFIX)
    n = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate
