"""A province office's report: the consolidated workbook, its PDF and the e-mail draft, made
from every district's data. The PDF needs Qt: the composition root injects the writer.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRepository
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.registration import Registration
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.province_service import ProvinceService
from otop_desktop.services.report.province_report_data import ProvinceReportData
from otop_desktop.services.report.report_data import (
    ReportData,
    counted_registrations,
    not_counted,
)
from otop_desktop.services.report.report_files import (
    ExportOptions,
    PreparedReport,
    ReportFiles,
    require_pdf_writer,
)
from otop_desktop.services.report.report_source import Preflight

if TYPE_CHECKING:
    from otop_desktop.services.report.email_message import EmailText

ProvincePdfWriter = Callable[[ProvinceReportData, Path], None]


class ProvinceReportSource:
    def __init__(
        self,
        database: Database,
        office: OfficeService,
        province: ProvinceService,
        pdf_writer: ProvincePdfWriter | None = None,
    ) -> None:
        self._db = database
        self._office = office
        self._province = province
        self._pdf_writer = pdf_writer

    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> ProvinceReportData:
        office = self._office.require_office()
        status = self._province.status()
        campaign = status.campaign
        with self._db.reading() as session:
            everything = RegistrationRepository(session).all_registrations(office.province_code)
        by_district: dict[str, list[Registration]] = {}
        for reg in everything:
            by_district.setdefault(reg.tambon_code[:4], []).append(reg)
        date = today or dt.date.today()
        districts = tuple(
            ReportData(
                office=office,
                district=report.district,
                province=status.province,
                campaign=campaign,
                status=report.status,
                registrations=counted_registrations(
                    by_district.get(report.district.code, ()), campaign, report.status
                ),
                date=date,
                thai_digits=thai_digits,
                with_ids=with_ids,
                not_counted=not_counted(by_district.get(report.district.code, ()), campaign),
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
        from otop_desktop.services.report.province_email import province_email_text

        return province_email_text(self.report_data(today=today, thai_digits=thai_digits))

    def preflight(self) -> Preflight:
        """Short tambons of the districts that have sent data; the silent ones, by name."""
        status = self._province.status()
        with self._db.reading() as session:
            drafts = ExportRepository(session).draft_count()
        short = tuple(t for d in status.districts if d.reported for t in d.short_tambons)
        missing = tuple(d.district.name_th for d in status.districts if not d.reported)
        no_letter = not status.campaign.letter_reference.strip()
        return Preflight(short, (), drafts, missing_reports=missing, letter_missing=no_letter)

    def prepare_export(self, options: ExportOptions) -> PreparedReport:
        pdf_writer = require_pdf_writer(self._pdf_writer)
        if options.template is not None:
            raise UserError(
                "แบบฟอร์มของจังหวัด (.xlsx) ใช้กับรายงานระดับอำเภอ รายงานระดับจังหวัดใช้แบบของโปรแกรม",
                "The province's .xlsx template is for district reports; the provincial report "
                "uses the program's own layout.",
            )
        from otop_desktop.services.report.province_email import write_province_email_draft
        from otop_desktop.services.report.province_report_workbook import write_province_workbook

        data = self.report_data(
            today=options.today, thai_digits=options.thai_digits, with_ids=options.with_ids
        )

        def write(files: ReportFiles) -> None:
            write_province_workbook(data, files.workbook)
            pdf_writer(data, files.pdf)
            write_province_email_draft(data, files.workbook, files.email)

        name = f"รายงานOTOP-ปีงบ{data.campaign.year}-จังหวัด{data.province.name_th}"
        return PreparedReport(data, name, write, scope="province")
