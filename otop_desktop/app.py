"""The composition root: paths, database and services are built here and handed down.

Qt is imported only inside the functions that open windows, so that the command line starts
without loading it.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.data_folder import DataFolder
from otop_desktop.db.database import Database
from otop_desktop.services.audit_service import AuditService
from otop_desktop.services.backup_service import BackupService
from otop_desktop.services.draft_service import DraftService
from otop_desktop.services.exchange_service import ExchangeService
from otop_desktop.services.export_service import ExportService
from otop_desktop.services.gazetteer import Gazetteer
from otop_desktop.services.import_service import ImportService
from otop_desktop.services.office_service import OfficeService
from otop_desktop.services.program_password import ProgramPassword
from otop_desktop.services.quota_service import QuotaService
from otop_desktop.services.registry_service import RegistryService
from otop_desktop.services.retention_service import RetentionService

if TYPE_CHECKING:
    from otop_desktop.services.report_data import ReportData


@dataclass(frozen=True)
class Services:
    folder: DataFolder
    database: Database
    gazetteer: Gazetteer
    office: OfficeService
    registry: RegistryService
    quota: QuotaService
    importer: ImportService
    exports: ExportService
    backups: BackupService
    exchange: ExchangeService
    drafts: DraftService
    audit: AuditService
    password: ProgramPassword
    retention: RetentionService

    def close(self) -> None:
        self.database.close()


def open_services(folder: DataFolder) -> Services:
    folder.create()
    database = Database.open(folder.url, backup_dir=folder.backups)
    gazetteer = Gazetteer()
    office = OfficeService(database, gazetteer)
    quota = QuotaService(database, gazetteer, office)
    return Services(
        folder=folder,
        database=database,
        gazetteer=gazetteer,
        office=office,
        registry=RegistryService(database, gazetteer, office),
        quota=quota,
        importer=ImportService(database, gazetteer, office),
        exports=ExportService(database, gazetteer, office, quota, pdf_writer=write_report_pdf),
        backups=BackupService(folder, database, gazetteer=gazetteer),
        exchange=ExchangeService(database, gazetteer, office),
        drafts=DraftService(database),
        audit=AuditService(database),
        password=ProgramPassword(database, office),
        retention=RetentionService(database, gazetteer, office),
    )


def resources_dir() -> Path:
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def write_report_pdf(data: "ReportData", path: Path) -> None:
    """Loads Qt only when a PDF is written; the caller provides the QGuiApplication."""
    from otop_desktop.ui.report_pdf import write_report_pdf as write_with_qt

    write_with_qt(data, path)
