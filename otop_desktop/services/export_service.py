"""One-click export: the workbook, its PDF and the e-mail draft in a new dated folder, recorded.

The PDF needs Qt, which the core may not import: the composition root injects the writer.
"""

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRecord, ExportRepository
from otop_desktop.db.repositories import AuditRepository, RegistrationRepository
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_dates import BE_OFFSET
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.errors import UserError
from otop_desktop.services.gazetteer import Gazetteer
from otop_desktop.services.office_service import OfficeService
from otop_desktop.services.quota_service import QuotaService, TambonStatus
from otop_desktop.services.report_data import ReportData
from otop_desktop.services.storage_errors import file_reason, writing

if TYPE_CHECKING:
    from otop_desktop.services.email_draft import EmailText
    from otop_desktop.services.province_export_service import ProvinceExportService

PdfWriter = Callable[[ReportData, Path], None]
DEFAULT_FOLDER_NAME = "OTOP รายงาน"


def default_base_folder() -> Path:
    from platformdirs import user_documents_path

    return user_documents_path() / DEFAULT_FOLDER_NAME


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    workbook: Path
    pdf: Path
    email: Path
    record: ExportRecord
    change: Change

    @property
    def paths(self) -> tuple[Path, Path, Path]:
        return self.workbook, self.pdf, self.email


@dataclass(frozen=True)
class TambonChange:
    code: str
    name_th: str
    total_before: int
    total_now: int
    met_before: bool
    met_now: bool


@dataclass(frozen=True)
class ChangesSinceExport:
    last: ExportRecord | None
    tambons: tuple[TambonChange, ...]
    new_registrations: int
    removed_registrations: int

    @property
    def any(self) -> bool:
        return self.last is None or bool(
            self.tambons or self.new_registrations or self.removed_registrations
        )


@dataclass(frozen=True)
class Preflight:
    short_tambons: tuple[TambonStatus, ...]
    missing_documents: tuple[RegistrationSummary, ...]
    unfinished_drafts: int
    # A province office's report: districts whose data has not come yet.
    missing_reports: tuple[str, ...] = ()

    @property
    def all_clear(self) -> bool:
        return not (
            self.short_tambons
            or self.missing_documents
            or self.unfinished_drafts
            or self.missing_reports
        )


class ExportService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        quota: QuotaService,
        pdf_writer: PdfWriter | None = None,
        province: "ProvinceExportService | None" = None,
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._quota = quota
        self._pdf_writer = pdf_writer
        self._province = province

    def _for_province(self) -> "ProvinceExportService | None":
        """The provincial report's service when the office is a province office."""
        return self._province if self._province and self._office.is_province() else None

    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> ReportData:
        office = self._office.require_office()
        status = self._quota.district_status()
        campaign = status.campaign
        province = self._gazetteer.province(office.province_code)
        if province is None:
            raise UserError(f"ไม่รู้จักรหัสจังหวัด {office.province_code}")
        with self._db.reading() as session:
            everything = RegistrationRepository(session).all_registrations(status.district.code)
        # The detail sheet lists exactly what the summary counts, so that the two agree.
        counted = tuple(
            r
            for r in everything
            if campaign.counts(r.received_on, r.status, deleted=False)
            and status.tambon(r.tambon_code) is not None
        )
        return ReportData(
            office=office,
            district=status.district,
            province=province,
            campaign=campaign,
            status=status,
            registrations=counted,
            date=today or dt.date.today(),
            thai_digits=thai_digits,
            with_ids=with_ids,
        )

    def email_text(self, *, today: dt.date | None = None, thai_digits: bool = False) -> "EmailText":
        """The draft's subject and body, for copying to the clipboard."""
        from otop_desktop.services.email_draft import email_text

        if province := self._for_province():
            return province.email_text(today=today, thai_digits=thai_digits)

        return email_text(self.report_data(today=today, thai_digits=thai_digits))

    def preflight(self) -> Preflight:
        if province := self._for_province():
            return province.preflight()
        status = self._quota.district_status()
        with self._db.reading() as session:
            exports = ExportRepository(session)
            missing = exports.missing_documents(status.district.code)
            drafts = exports.draft_count()
        short = tuple(t for t in status.tambons if not t.decision.met)
        return Preflight(short, tuple(missing), drafts)

    def history(self, limit: int = 50) -> list[ExportRecord]:
        with self._db.reading() as session:
            return ExportRepository(session).recent(limit)

    def changes_since_last_export(self) -> ChangesSinceExport:
        with self._db.reading() as session:
            last = ExportRepository(session).last()
        province = self._for_province()
        now = (province.report_data() if province else self.report_data()).figures()
        if last is None:
            return ChangesSinceExport(None, (), now["registrations"], 0)
        before_tambons = last.figures.get("tambons", {})
        changed = []
        for code, figures in now["tambons"].items():
            before = before_tambons.get(code, {})
            total_before, met_before = int(before.get("total", 0)), bool(before.get("met", False))
            if (total_before, met_before) != (figures["total"], figures["met"]):
                changed.append(
                    TambonChange(
                        code,
                        figures["name_th"],
                        total_before,
                        figures["total"],
                        met_before,
                        figures["met"],
                    )
                )
        uuids_before = set(last.figures.get("registration_uuids", []))
        uuids_now = set(now["registration_uuids"])
        return ChangesSinceExport(
            last, tuple(changed), len(uuids_now - uuids_before), len(uuids_before - uuids_now)
        )

    def export(
        self,
        base_folder: Path | None = None,
        *,
        with_ids: bool = False,
        thai_digits: bool = False,
        template: Path | None = None,
        today: dt.date | None = None,
    ) -> ExportResult:
        if province := self._for_province():
            return province.export(
                base_folder,
                with_ids=with_ids,
                thai_digits=thai_digits,
                template=template,
                today=today,
            )
        if self._pdf_writer is None:
            raise UserError("โปรแกรมนี้สร้างแฟ้ม PDF ไม่ได้", "No PDF writer is available.")
        from otop_desktop.services.email_draft import write_email_draft

        if template is not None:
            from otop_desktop.services.report_template import check_template

            check_template(template)
        data = self.report_data(today=today, thai_digits=thai_digits, with_ids=with_ids)
        folder = new_export_folder(base_folder or default_base_folder(), data.date)
        stem = f"รายงานOTOP-{data.district.name_th}-{_be_iso(data.date)}"
        workbook, pdf, draft = (folder / f"{stem}{suffix}" for suffix in (".xlsx", ".pdf", ".eml"))
        try:
            _write_workbook(data, workbook, template)
            self._pdf_writer(data, pdf)
            write_email_draft(data, workbook, draft)
        except OSError as exc:
            _discard(folder, (workbook, pdf, draft))
            reason_th, reason_en = file_reason(exc)
            raise UserError(
                f"เขียนแฟ้มรายงานลงใน {folder} ไม่ได้: {reason_th} (ไม่มีแฟ้มที่เขียนค้างไว้)",
                f"Cannot write the report into {folder}: {reason_en} (no partial files left).",
            ) from exc
        except BaseException:
            _discard(folder, (workbook, pdf, draft))
            raise
        for path in (workbook, pdf, draft):
            make_private(path)
        try:
            record = self._record(data, folder, (workbook, pdf, draft))
        except BaseException:
            # An export the audit trail does not show must not stay on the disk.
            _discard(folder, (workbook, pdf, draft))
            raise
        return ExportResult(folder, workbook, pdf, draft, record, Change(ChangeKind.EXPORTS))

    def _record(self, data: ReportData, folder: Path, files: tuple[Path, ...]) -> ExportRecord:
        listed = [{"name": f.name, "sha256": sha256_of(f)} for f in files]
        with writing(self._db) as session:
            record = ExportRepository(session).add(
                str(folder), listed, data.figures(), data.with_ids
            )
            AuditRepository(session).record(
                "export",
                actor=data.office.officer_name,
                summary=folder.name,
                details={"folder": str(folder), "files": listed, "with_ids": data.with_ids},
            )
        return record


def _write_workbook(data: ReportData, path: Path, template: Path | None) -> None:
    if template is None:
        from otop_desktop.services.report_workbook import write_report_workbook

        write_report_workbook(data, path)
    else:
        from otop_desktop.services.report_template import write_template_workbook

        write_template_workbook(data, template, path)


def _be_iso(date: dt.date) -> str:
    return f"{date.year + BE_OFFSET}-{date.month:02d}-{date.day:02d}"


def new_export_folder(base: Path, date: dt.date) -> Path:
    """A folder no earlier export used: 2566-09-27, then 2566-09-27-2, -3..."""
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason_th, reason_en = file_reason(exc)
        raise UserError(
            f"สร้างโฟลเดอร์ {base} ไม่ได้: {reason_th}",
            f"Cannot create the folder {base}: {reason_en}.",
        ) from exc
    name = _be_iso(date)
    for attempt in range(1, 1000):
        folder = base / (name if attempt == 1 else f"{name}-{attempt}")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            reason_th, reason_en = file_reason(exc)
            raise UserError(
                f"สร้างโฟลเดอร์ {folder} ไม่ได้: {reason_th}",
                f"Cannot create the folder {folder}: {reason_en}.",
            ) from exc
        make_private(folder, 0o700)
        return folder
    raise UserError(f"มีโฟลเดอร์รายงานของวันนี้ใน {base} มากเกินไป", f"Too many exports in {base}.")


def _discard(folder: Path, files: tuple[Path, ...]) -> None:
    """A failed export leaves no half-written files behind; the folder was made by this export."""
    for path in files:
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()
