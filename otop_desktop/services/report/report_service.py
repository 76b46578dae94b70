"""One-click export: the workbook, its PDF and the e-mail draft in a new dated folder, recorded.

The PDF needs Qt, which the core may not import: the composition root injects the writer.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRecord, ExportRepository
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.errors import UserError
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.quota_service import QuotaService, TambonStatus
from otop_desktop.services.report.report_data import (
    ReportData,
    counted_registrations,
    not_counted,
)
from otop_desktop.services.report.report_files import (
    ExportOptions,
    PreparedReport,
    ReportFiles,
    export_report,
    require_pdf_writer,
)

if TYPE_CHECKING:
    from otop_desktop.services.report.email_message import EmailText
    from otop_desktop.services.report.province_report_service import ProvinceExportService

PdfWriter = Callable[[ReportData, Path], None]
DEFAULT_FOLDER_NAME = "OTOP รายงาน"


def default_base_folder() -> Path:
    from platformdirs import user_documents_path

    return user_documents_path() / DEFAULT_FOLDER_NAME


@dataclass(frozen=True)
class ExportResult(ReportFiles):
    record: ExportRecord
    change: Change


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
            repository = RegistrationRepository(session)
            everything = repository.all_registrations(status.district.code)
            deleted = repository.deleted_count(status.district.code)
        return ReportData(
            office=office,
            district=status.district,
            province=province,
            campaign=campaign,
            status=status,
            registrations=counted_registrations(everything, campaign, status),
            date=today or dt.date.today(),
            thai_digits=thai_digits,
            with_ids=with_ids,
            not_counted=not_counted(everything, campaign, deleted),
        )

    def email_text(self, *, today: dt.date | None = None, thai_digits: bool = False) -> "EmailText":
        """The draft's subject and body, for copying to the clipboard."""
        from otop_desktop.services.report.email_draft import email_text

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
        options = ExportOptions(with_ids, thai_digits, template, today)
        report = (self._for_province() or self).prepare_export(options)
        files, record = export_report(self._db, base_folder or default_base_folder(), report)
        return ExportResult(
            files.folder, files.workbook, files.pdf, files.email, record, Change(ChangeKind.EXPORTS)
        )

    def prepare_export(self, options: ExportOptions) -> PreparedReport:
        """The district's report, ready to write: a province office's comes from its own service."""
        pdf_writer = require_pdf_writer(self._pdf_writer)
        from otop_desktop.services.report.email_draft import write_email_draft

        template = options.template
        if template is not None:
            from otop_desktop.services.report.report_template import check_template

            check_template(template)
        data = self.report_data(
            today=options.today, thai_digits=options.thai_digits, with_ids=options.with_ids
        )

        def write(files: ReportFiles) -> None:
            _write_workbook(data, files.workbook, template)
            pdf_writer(data, files.pdf)
            write_email_draft(data, files.workbook, files.email)

        return PreparedReport(data, f"รายงานOTOP-{data.district.name_th}", write)


def _write_workbook(data: ReportData, path: Path, template: Path | None) -> None:
    if template is None:
        from otop_desktop.services.report.report_workbook import write_report_workbook

        write_report_workbook(data, path)
    else:
        from otop_desktop.services.report.report_template import write_template_workbook

        write_template_workbook(data, template, path)
