"""A district office's report: its tambons against the quota and its counted registrations.

The PDF needs Qt, which the core may not import: the composition root injects the writer.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRepository
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.quota_service import QuotaService
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

PdfWriter = Callable[[ReportData, Path], None]


class DistrictReportSource:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        quota: QuotaService,
        pdf_writer: PdfWriter | None = None,
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._quota = quota
        self._pdf_writer = pdf_writer

    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> ReportData:
        office = self._office.require_office()
        status = self._quota.district_status()
        campaign = status.campaign
        province = self._gazetteer.province(office.province_code)
        if province is None:
            raise UserError(
                f"ไม่รู้จักรหัสจังหวัด {office.province_code}",
                f"Unknown province code {office.province_code}.",
            )
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

        return email_text(self.report_data(today=today, thai_digits=thai_digits))

    def preflight(self) -> Preflight:
        status = self._quota.district_status()
        with self._db.reading() as session:
            exports = ExportRepository(session)
            campaign = status.campaign
            window = (campaign.window_start, campaign.window_end)
            missing = exports.missing_documents(status.district.code, window)
            drafts = exports.draft_count()
        short = tuple(t for t in status.tambons if not t.decision.met)
        no_letter = not campaign.letter_reference.strip()
        return Preflight(short, tuple(missing), drafts, letter_missing=no_letter)

    def prepare_export(self, options: ExportOptions) -> PreparedReport:
        """The district's report, ready to write."""
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

        name = f"รายงานOTOP-ปีงบ{data.campaign.year}-{data.district.name_th}"
        return PreparedReport(data, name, write)


def _write_workbook(data: ReportData, path: Path, template: Path | None) -> None:
    if template is None:
        from otop_desktop.services.report.report_workbook import write_report_workbook

        write_report_workbook(data, path)
    else:
        from otop_desktop.services.report.report_template import write_template_workbook

        write_template_workbook(data, template, path)
