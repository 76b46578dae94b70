"""One-click export for a province office: the consolidated workbook, its PDF and the e-mail
draft in a new dated folder, recorded like a district's export.

ExportService hands its calls here when the office is a province office, so the Export page and
`otop-desktop export` work unchanged. The PDF needs Qt: the composition root injects the writer.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRecord, ExportRepository
from otop_desktop.db.repositories import AuditRepository, RegistrationRepository
from otop_desktop.domain.registration import Registration
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.errors import UserError
from otop_desktop.services.export_service import (
    ExportResult,
    Preflight,
    _be_iso,
    _discard,
    default_base_folder,
    new_export_folder,
    sha256_of,
)
from otop_desktop.services.gazetteer import Gazetteer
from otop_desktop.services.office_service import OfficeService
from otop_desktop.services.province_report_data import ProvinceReportData
from otop_desktop.services.province_service import ProvinceService
from otop_desktop.services.report_data import ReportData
from otop_desktop.services.storage_errors import writing

if TYPE_CHECKING:
    from otop_desktop.services.email_draft import EmailText

ProvincePdfWriter = Callable[[ProvinceReportData, Path], None]


class ProvinceExportService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        pdf_writer: ProvincePdfWriter | None = None,
    ) -> None:
        self._db = database
        self._office = office
        self._province = ProvinceService(database, gazetteer, office)
        self._pdf_writer = pdf_writer

    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> ProvinceReportData:
        office = self._office.require_office()
        status = self._province.status()
        campaign = status.campaign
        with self._db.reading() as session:
            everything = RegistrationRepository(session).all_registrations(office.province_code)
        # Each district's detail lists exactly what its summary counts, as a district report does.
        by_district: dict[str, list[Registration]] = {}
        for reg in everything:
            if campaign.counts(reg.received_on, reg.status, deleted=False):
                by_district.setdefault(reg.tambon_code[:4], []).append(reg)
        date = today or dt.date.today()
        districts = tuple(
            ReportData(
                office=office,
                district=report.district,
                province=status.province,
                campaign=campaign,
                status=report.status,
                registrations=tuple(
                    r
                    for r in by_district.get(report.district.code, ())
                    if report.status.tambon(r.tambon_code) is not None
                ),
                date=date,
                thai_digits=thai_digits,
                with_ids=with_ids,
            )
            for report in status.districts
        )
        return ProvinceReportData(
            office=office,
            province=status.province,
            campaign=campaign,
            status=status,
            districts=districts,
            duplicates=self._province.duplicates(),
            date=date,
            thai_digits=thai_digits,
            with_ids=with_ids,
        )

    def email_text(self, *, today: dt.date | None = None, thai_digits: bool = False) -> "EmailText":
        from otop_desktop.services.province_email import province_email_text

        return province_email_text(self.report_data(today=today, thai_digits=thai_digits))

    def preflight(self) -> Preflight:
        """Short tambons of the districts that have sent data; the silent ones, by name."""
        status = self._province.status()
        with self._db.reading() as session:
            drafts = ExportRepository(session).draft_count()
        short = tuple(t for d in status.districts if d.reported for t in d.short_tambons)
        missing = tuple(d.district.name_th for d in status.districts if not d.reported)
        return Preflight(short, (), drafts, missing_reports=missing)

    def export(
        self,
        base_folder: Path | None = None,
        *,
        with_ids: bool = False,
        thai_digits: bool = False,
        template: Path | None = None,
        today: dt.date | None = None,
    ) -> ExportResult:
        if self._pdf_writer is None:
            raise UserError("โปรแกรมนี้สร้างแฟ้ม PDF ไม่ได้", "No PDF writer is available.")
        if template is not None:
            raise UserError(
                "แบบฟอร์มของจังหวัด (.xlsx) ใช้กับรายงานระดับอำเภอ รายงานระดับจังหวัดใช้แบบของโปรแกรม",
                "The province's .xlsx template is for district reports; the provincial report "
                "uses the program's own layout.",
            )
        from otop_desktop.services.province_email import write_province_email_draft
        from otop_desktop.services.province_report_workbook import write_province_workbook

        data = self.report_data(today=today, thai_digits=thai_digits, with_ids=with_ids)
        folder = new_export_folder(base_folder or default_base_folder(), data.date)
        stem = f"รายงานOTOP-จังหวัด{data.province.name_th}-{_be_iso(data.date)}"
        workbook, pdf, draft = (folder / f"{stem}{suffix}" for suffix in (".xlsx", ".pdf", ".eml"))
        try:
            write_province_workbook(data, workbook)
            self._pdf_writer(data, pdf)
            write_province_email_draft(data, workbook, draft)
        except OSError as exc:
            _discard(folder, (workbook, pdf, draft))
            raise UserError(
                f"เขียนแฟ้มรายงานลงใน {folder} ไม่ได้: {exc.strerror or exc}",
                f"Cannot write the report into {folder}.",
            ) from exc
        except BaseException:
            _discard(folder, (workbook, pdf, draft))
            raise
        record = self._record(data, folder, (workbook, pdf, draft))
        return ExportResult(folder, workbook, pdf, draft, record, Change(ChangeKind.EXPORTS))

    def _record(
        self, data: ProvinceReportData, folder: Path, files: tuple[Path, ...]
    ) -> ExportRecord:
        listed = [{"name": f.name, "sha256": sha256_of(f)} for f in files]
        with writing(self._db) as session:
            record = ExportRepository(session).add(
                str(folder), listed, data.figures(), data.with_ids
            )
            AuditRepository(session).record(
                "export",
                actor=data.office.officer_name,
                summary=folder.name,
                details={
                    "folder": str(folder),
                    "files": listed,
                    "with_ids": data.with_ids,
                    "scope": "province",
                },
            )
        return record
