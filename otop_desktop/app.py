"""The composition root: paths, database and services are built here and handed down.

Qt is imported only inside the functions that open windows, so that the command line starts
without loading it.
"""

from dataclasses import dataclass
from pathlib import Path

from otop_desktop.data_folder import DataFolder
from otop_desktop.db.database import Database
from otop_desktop.services.gazetteer import Gazetteer
from otop_desktop.services.import_service import ImportService
from otop_desktop.services.office_service import OfficeService
from otop_desktop.services.quota_service import QuotaService
from otop_desktop.services.registry_service import RegistryService


@dataclass(frozen=True)
class Services:
    folder: DataFolder
    database: Database
    gazetteer: Gazetteer
    office: OfficeService
    registry: RegistryService
    quota: QuotaService
    importer: ImportService

    def close(self) -> None:
        self.database.close()


def open_services(folder: DataFolder) -> Services:
    folder.create()
    database = Database.open(folder.url, backup_dir=folder.backups)
    gazetteer = Gazetteer()
    office = OfficeService(database, gazetteer)
    return Services(
        folder=folder,
        database=database,
        gazetteer=gazetteer,
        office=office,
        registry=RegistryService(database, gazetteer, office),
        quota=QuotaService(database, gazetteer, office),
        importer=ImportService(database, gazetteer, office),
    )


def resources_dir() -> Path:
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
