"""The composition root: paths, database and services are built here and handed down.

Qt is imported only inside the functions that open windows, so that the command line starts
without loading it.
"""

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.privacy.audit_service import AuditService
from otop_desktop.services.privacy.data_encryption import DataEncryption, PasswordRequiredError
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.services.quota.quota_service import QuotaService
from otop_desktop.services.registry.draft_service import DraftService
from otop_desktop.services.registry.registry_service import RegistryService

if TYPE_CHECKING:
    from otop_desktop.services.backup.backup_service import BackupService
    from otop_desktop.services.exchange.exchange_service import ExchangeService
    from otop_desktop.services.importing.import_service import ImportService
    from otop_desktop.services.privacy.retention_service import RetentionService
    from otop_desktop.services.quota.province_service import ProvinceService
    from otop_desktop.services.report.province_report_data import ProvinceReportData
    from otop_desktop.services.report.report_data import ReportData
    from otop_desktop.services.report.report_service import ExportService


@dataclass(frozen=True)
class Services:
    """The services the first screen needs are made at once; the others, and their modules,
    when first used, so that the program starts as fast as its dashboard allows."""

    folder: DataFolder
    database: Database
    gazetteer: Gazetteer
    office: OfficeService
    registry: RegistryService
    quota: QuotaService
    drafts: DraftService
    audit: AuditService
    password: ProgramPassword

    @cached_property
    def importer(self) -> "ImportService":
        from otop_desktop.services.importing.import_service import ImportService

        return ImportService(self.database, self.gazetteer, self.office)

    @cached_property
    def exports(self) -> "ExportService":
        from otop_desktop.services.report.province_report_service import ProvinceExportService
        from otop_desktop.services.report.report_service import ExportService

        province = ProvinceExportService(
            self.database, self.gazetteer, self.office, pdf_writer=write_province_report_pdf
        )
        return ExportService(
            self.database,
            self.gazetteer,
            self.office,
            self.quota,
            pdf_writer=write_report_pdf,
            province=province,
        )

    @cached_property
    def backups(self) -> "BackupService":
        from otop_desktop.services.backup.backup_service import BackupService

        return BackupService(self.folder, self.database, gazetteer=self.gazetteer)

    @cached_property
    def exchange(self) -> "ExchangeService":
        from otop_desktop.services.exchange.exchange_service import ExchangeService

        return ExchangeService(self.database, self.gazetteer, self.office)

    @cached_property
    def retention(self) -> "RetentionService":
        from otop_desktop.services.privacy.retention_service import RetentionService

        return RetentionService(self.database, self.gazetteer, self.office)

    @cached_property
    def province(self) -> "ProvinceService":
        from otop_desktop.services.quota.province_service import ProvinceService

        return ProvinceService(self.database, self.gazetteer, self.office)

    def close(self) -> None:
        self.database.close()


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
    return Services(
        folder=folder,
        database=database,
        gazetteer=gazetteer,
        office=office,
        registry=RegistryService(database, gazetteer, office),
        quota=QuotaService(database, gazetteer, office),
        drafts=DraftService(database),
        audit=AuditService(database),
        password=ProgramPassword(database, office, encryption if encryption.available else None),
    )


def resources_dir() -> Path:
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def write_report_pdf(data: "ReportData", path: Path) -> None:
    """Loads Qt only when a PDF is written; the caller provides the QGuiApplication."""
    from otop_desktop.ui.report.report_pdf import write_report_pdf as write_with_qt

    write_with_qt(data, path)


def write_province_report_pdf(data: "ProvinceReportData", path: Path) -> None:
    from otop_desktop.ui.report.province_report_pdf import (
        write_province_report_pdf as write_with_qt,
    )

    write_with_qt(data, path)
