"""The services of one data folder, built once and handed down.

The services the first screen needs are made at once; the others, and their modules, when first
used, so that the program starts as fast as its dashboard allows. Where a district office and a
province office differ, the choice is made in this module, once, from the office's record.
"""

import sys
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.domain.validation import DistrictContext
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.privacy.audit_service import AuditService
from otop_desktop.services.privacy.data_encryption import DataEncryption, PasswordRequiredError
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.services.quota.quota_service import QuotaService
from otop_desktop.services.quota.status import StatusSource
from otop_desktop.services.registry.draft_service import DraftService
from otop_desktop.services.registry.registry_service import RegistryService

if TYPE_CHECKING:
    from otop_desktop.services.backup.backup_service import BackupService
    from otop_desktop.services.exchange.exchange_service import ExchangeService
    from otop_desktop.services.form_print.form_print_service import FormPrintService
    from otop_desktop.services.importing.import_service import ImportService
    from otop_desktop.services.photos.photo_codec import PhotoCodec
    from otop_desktop.services.photos.photo_service import PhotoService
    from otop_desktop.services.privacy.retention_service import RetentionService
    from otop_desktop.services.quota.province_service import CrossDistrictDuplicate, ProvinceService
    from otop_desktop.services.report.province_report_data import ProvinceReportData
    from otop_desktop.services.report.report_data import ReportData
    from otop_desktop.services.report.report_service import ReportService


@dataclass(frozen=True)
class Services:
    folder: DataFolder
    database: Database
    gazetteer: Gazetteer
    office: OfficeService
    campaigns: CampaignService
    registry: RegistryService
    quota: QuotaService
    drafts: DraftService
    audit: AuditService
    password: ProgramPassword

    @property
    def is_province(self) -> bool:
        """The one question of the office's kind; it is asked only in the composition root."""
        return self.office.require_office().is_province

    @cached_property
    def status(self) -> StatusSource:
        """The office's own quota status: its district's, or the province's."""
        return self.province if self.is_province else self.quota

    @cached_property
    def importer(self) -> "ImportService":
        from otop_desktop.services.importing.district_report_intake import DistrictReportIntake
        from otop_desktop.services.importing.import_service import HintFinder, ImportService

        hints: HintFinder | None = None
        intake: DistrictReportIntake | None = None
        if self.is_province:
            from otop_desktop.services.importing.district_hints import district_hint

            districts = self.gazetteer.districts(self.office.require_office().province_code)
            hints = lambda table: district_hint(table, districts)  # noqa: E731
            intake = DistrictReportIntake(self.database, self.gazetteer, self.office)
        return ImportService(
            self.database,
            self.gazetteer,
            self.office,
            self.campaigns,
            partial(area_of_office, self.office),
            district_hints=hints,
            prepare_photo=lambda path: self.photos.prepare(path),
            report_intake=intake,
        )

    @cached_property
    def photo_codec(self) -> "PhotoCodec":
        """Qt's image readers and writers (QtGui only; the command line needs no window)."""
        from otop_desktop.ui.photos.qt_photo_codec import QtPhotoCodec

        return QtPhotoCodec()

    @cached_property
    def photos(self) -> "PhotoService":
        from otop_desktop.services.photos.photo_service import PhotoService

        return PhotoService(self.database, self.photo_codec)

    @cached_property
    def form_print(self) -> "FormPrintService":
        from otop_desktop.services.form_print.form_print_service import FormPrintService

        return FormPrintService(self.database, self.gazetteer, self.office)

    @cached_property
    def reports(self) -> "ReportService":
        from otop_desktop.services.report.report_service import ReportService
        from otop_desktop.services.report.report_source import ReportSource

        source: ReportSource
        if self.is_province:
            from otop_desktop.services.report.province_report_source import ProvinceReportSource

            source = ProvinceReportSource(
                self.database, self.office, self.province, pdf_writer=write_province_report_pdf
            )
        else:
            from otop_desktop.services.report.district_report_source import DistrictReportSource

            source = DistrictReportSource(
                self.database, self.gazetteer, self.office, self.quota, pdf_writer=write_report_pdf
            )
        return ReportService(self.database, source, self.campaigns)

    @cached_property
    def backups(self) -> "BackupService":
        from otop_desktop.services.backup.backup_service import BackupService

        return BackupService(self.folder, self.database, gazetteer=self.gazetteer)

    @cached_property
    def exchange(self) -> "ExchangeService":
        from otop_desktop.services.exchange.exchange_roles import (
            DistrictExchangeRole,
            ExchangeRole,
            ProvinceExchangeRole,
        )
        from otop_desktop.services.exchange.exchange_service import ExchangeService

        role: ExchangeRole = ProvinceExchangeRole() if self.is_province else DistrictExchangeRole()
        area = partial(area_of_office, self.office)
        return ExchangeService(self.database, self.gazetteer, self.office, area, role)

    @cached_property
    def retention(self) -> "RetentionService":
        from otop_desktop.services.privacy.retention_service import RetentionService

        return RetentionService(self.database, self.gazetteer, self.office)

    @cached_property
    def province(self) -> "ProvinceService":
        """A province office's picture of its districts; the one instance of it."""
        from otop_desktop.services.quota.province_service import (
            ProvinceService,
        )

        return ProvinceService(self.database, self.gazetteer, self.office, self.campaigns)

    def cross_district_duplicates(self) -> tuple["CrossDistrictDuplicate", ...]:
        """Producers registered in more than one district: a province office's question."""
        return self.province.duplicates() if self.is_province else ()

    def close(self) -> None:
        self.database.close()


def area_of_office(office: OfficeService) -> DistrictContext:
    """What registrations are checked against: a district office's own tambons, or any tambon
    of a province office's province."""
    if office.require_office().is_province:
        return office.province_context()
    return office.district_context()


def open_services(folder: DataFolder, key: bytes | None = None) -> Services:
    """Opens the folder's data; an encrypted folder needs its data key (see unlock_folder)."""
    folder.create()
    encryption = DataEncryption(folder)
    encryption.finish_interrupted()
    if encryption.is_on() and key is None:
        raise PasswordRequiredError()
    database = Database.open(folder.url, backup_dir=folder.backups, key=key)
    if key is not None:
        encryption.tidy(key)
    gazetteer = Gazetteer()
    office = OfficeService(database, gazetteer)
    campaigns = CampaignService(database)
    return Services(
        folder=folder,
        database=database,
        gazetteer=gazetteer,
        office=office,
        campaigns=campaigns,
        registry=RegistryService(
            database, gazetteer, office, campaigns, partial(area_of_office, office)
        ),
        quota=QuotaService(database, gazetteer, office, campaigns),
        drafts=DraftService(database),
        audit=AuditService(database),
        password=ProgramPassword(database, office, encryption if encryption.available else None),
    )


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def write_report_pdf(data: "ReportData", path: Path) -> None:
    """Loads fpdf2 only when a PDF is written."""
    from otop_desktop.services.report.pdf.report_pdf import write_report_pdf as write

    write(data, path)


def write_province_report_pdf(data: "ProvinceReportData", path: Path) -> None:
    from otop_desktop.services.report.pdf.province_report_pdf import (
        write_province_report_pdf as write,
    )

    write(data, path)
