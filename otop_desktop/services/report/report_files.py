"""A report's three files (.xlsx, .pdf, .eml) in a new dated folder, for district and province
reports alike: nothing half-written stays behind when a step fails, and what was written is
recorded with each file's checksum in the export history and the audit log."""

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRecord, ExportRepository
from otop_desktop.db.repositories import AuditRepository
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.office import Office
from otop_desktop.domain.thai_dates import BE_OFFSET
from otop_desktop.services.storage_errors import file_reason, writing

WriterT = TypeVar("WriterT")
WITH_IDS_NAME = "มีเลขประจำตัวเต็ม"


class RecordedReport(Protocol):
    @property
    def office(self) -> Office: ...

    @property
    def campaign(self) -> Campaign: ...

    @property
    def date(self) -> dt.date: ...

    @property
    def with_ids(self) -> bool: ...

    def figures(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class ReportFiles:
    folder: Path
    workbook: Path
    pdf: Path
    email: Path

    @property
    def paths(self) -> tuple[Path, Path, Path]:
        return self.workbook, self.pdf, self.email


@dataclass(frozen=True)
class ExportOptions:
    with_ids: bool = False
    thai_digits: bool = False
    # The province's own .xlsx form, for a district report.
    template: Path | None = None
    today: dt.date | None = None


@dataclass(frozen=True)
class PreparedReport:
    """A report ready to write: what it says, its files' name, and how to write the three."""

    data: RecordedReport
    name: str
    write: Callable[[ReportFiles], None]
    scope: str = ""


def export_report(
    database: Database,
    base: Path,
    report: PreparedReport,
    extra_figures: Mapping[str, Any] | None = None,
) -> tuple[ReportFiles, ExportRecord]:
    """`extra_figures` are kept with the report's own figures in the export history."""
    # A report with full ID numbers says so in its name, wherever the file travels.
    name = f"{report.name}-{WITH_IDS_NAME}" if report.data.with_ids else report.name
    files = write_report_files(base, report.data.date, name, report.write)
    return files, record_export(
        database, files, report.data, scope=report.scope, extra_figures=extra_figures
    )


def require_pdf_writer(writer: WriterT | None) -> WriterT:
    if writer is None:
        raise UserError("โปรแกรมนี้สร้างแฟ้ม PDF ไม่ได้", "No PDF writer is available.")
    return writer


def write_report_files(
    base: Path, date: dt.date, name: str, write: Callable[[ReportFiles], None]
) -> ReportFiles:
    """`write` fills the files named <name>-<date> in a folder no earlier export used."""
    folder = new_export_folder(base, date)
    stem = f"{name}-{be_iso(date)}"
    files = ReportFiles(
        folder, *(folder / f"{stem}{suffix}" for suffix in (".xlsx", ".pdf", ".eml"))
    )
    try:
        write(files)
    except OSError as exc:
        discard(files)
        reason_th, reason_en = file_reason(exc)
        raise UserError(
            f"เขียนแฟ้มรายงานลงใน {folder} ไม่ได้: {reason_th} (ไม่มีแฟ้มที่เขียนค้างไว้)",
            f"Cannot write the report into {folder}: {reason_en} (no partial files left).",
        ) from exc
    except BaseException:
        discard(files)
        raise
    for path in files.paths:
        make_private(path)
    return files


def record_export(
    database: Database,
    files: ReportFiles,
    data: RecordedReport,
    *,
    scope: str = "",
    extra_figures: Mapping[str, Any] | None = None,
) -> ExportRecord:
    """Keeps the export in the history and the audit log, or removes its files."""
    listed = [{"name": f.name, "sha256": sha256_of(f)} for f in files.paths]
    details: dict[str, object] = {
        "folder": str(files.folder),
        "files": listed,
        "with_ids": data.with_ids,
        "campaign_year": data.campaign.year,
    }
    if scope:
        details["scope"] = scope
    try:
        with writing(database) as session:
            record = ExportRepository(session).add(
                str(files.folder),
                listed,
                {**data.figures(), **(extra_figures or {})},
                data.with_ids,
                data.campaign.year,
            )
            AuditRepository(session).record(
                "export",
                actor=data.office.officer_name,
                summary=files.folder.name,
                details=details,
            )
    except BaseException:
        # An export the audit trail does not show must not stay on the disk.
        discard(files)
        raise
    return record


def be_iso(date: dt.date) -> str:
    return f"{date.year + BE_OFFSET}-{date.month:02d}-{date.day:02d}"


def new_export_folder(base: Path, date: dt.date) -> Path:
    """A folder no earlier export used: 2566-09-27, then 2566-09-27-2, -3..."""
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_create(base, exc) from exc
    name = be_iso(date)
    for attempt in range(1, 1000):
        folder = base / (name if attempt == 1 else f"{name}-{attempt}")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot_create(folder, exc) from exc
        make_private(folder, 0o700)
        return folder
    raise UserError(f"มีโฟลเดอร์รายงานของวันนี้ใน {base} มากเกินไป", f"Too many exports in {base}.")


def _cannot_create(folder: Path, exc: OSError) -> UserError:
    reason_th, reason_en = file_reason(exc)
    return UserError(
        f"สร้างโฟลเดอร์ {folder} ไม่ได้: {reason_th}",
        f"Cannot create the folder {folder}: {reason_en}.",
    )


def discard(files: ReportFiles) -> None:
    """A failed export leaves no half-written files behind; the folder was made by this export."""
    for path in files.paths:
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        files.folder.rmdir()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()
