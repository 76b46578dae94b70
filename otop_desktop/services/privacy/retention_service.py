"""Anonymising old registrations on the officer's request (PDPA: keep personal data no longer
than the job needs). The figures stay: tambon, type, products and dates are kept, so past
reports still add up; what identifies or reaches a person is cleared, photos included (a site
photo shows a home, a product photo may show people).
"""

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from otop_desktop.db.database import Database
from otop_desktop.db.models import RegistrationRow
from otop_desktop.db.photo_repository import PhotoRepository
from otop_desktop.db.repositories import AuditRepository, RegistrationRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.registration import Person, Registration
from otop_desktop.domain.thai_dates import fiscal_year, fiscal_year_bounds
from otop_desktop.services.changes import Change
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.storage_errors import writing

YEARS_RANGE = (1, 50)
DEFAULT_YEARS = 5
_PERSONAL_COLUMNS = (
    RegistrationRow.national_id,
    RegistrationRow.phone,
    RegistrationRow.email,
    RegistrationRow.line_id,
    RegistrationRow.contact_prefix,
    RegistrationRow.contact_first_name,
    RegistrationRow.contact_last_name,
    RegistrationRow.house_no,
    RegistrationRow.address_text,
    RegistrationRow.proxy_name,
)


@dataclass(frozen=True)
class RetentionPlan:
    years: int
    cutoff: dt.date  # registrations received before this day are anonymised
    count: int


@dataclass(frozen=True)
class AnonymiseResult:
    plan: RetentionPlan
    anonymised: int
    change: Change


def anonymised(reg: Registration) -> Registration:
    """The registration without what identifies or reaches the person: ID number, phone,
    e-mail, LINE, contact and proxy names, house number, the free-text address and the photos."""
    return replace(
        reg,
        photos=(),
        contact=Person(),
        national_id="",
        phone="",
        email="",
        line_id="",
        proxy_name="",
        site=replace(reg.site, house_no="", free_text=""),
    )


def retention_cutoff(years: int, today: dt.date) -> dt.date:
    """The first day kept: the current fiscal year and the `years` before it stay as they are."""
    return fiscal_year_bounds(fiscal_year(today) - years)[0]


class RetentionService:
    def __init__(self, database: Database, gazetteer: Gazetteer, office: OfficeService) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office

    def _uuids(self, session: Session, cutoff: dt.date) -> list[str]:
        district = self._office.require_office().district_code
        statement = (
            select(RegistrationRow.uuid)
            .where(RegistrationRow.district_code == district)
            .where(RegistrationRow.received_on < cutoff)
            .where(
                or_(
                    *(column != "" for column in _PERSONAL_COLUMNS),
                    RegistrationRow.photos.any(),
                )
            )
            .order_by(RegistrationRow.id)
        )
        return list(session.scalars(statement))

    def plan(self, years: int, *, today: dt.date | None = None) -> RetentionPlan:
        low, high = YEARS_RANGE
        if not low <= years <= high:
            raise UserError(
                f"จำนวนปีงบประมาณต้องอยู่ระหว่าง {low} ถึง {high}",
                f"The number of fiscal years must be {low} to {high}.",
            )
        cutoff = retention_cutoff(years, today or dt.date.today())
        with self._db.reading() as session:
            return RetentionPlan(years, cutoff, len(self._uuids(session, cutoff)))

    def anonymise(self, years: int, *, today: dt.date | None = None) -> AnonymiseResult:
        """Clears the personal data of every registration received before the cutoff, deleted
        ones included, in one transaction, and records it in the audit trail."""
        plan = self.plan(years, today=today)
        office = self._office.require_office()
        uuids: list[str] = []
        tambons: set[str] = set()
        photos: set[str] = set()
        with writing(self._db) as session:
            repository = RegistrationRepository(session)
            for uuid in self._uuids(session, plan.cutoff):
                reg = repository.get(uuid)
                repository.update(anonymised(reg), self._gazetteer.tambon_name(reg.tambon_code))
                uuids.append(uuid)
                tambons.add(reg.tambon_code)
                photos.update(p.sha256 for p in reg.photos)
            removed = _remove_photos(session, photos)
            AuditRepository(session).record(
                "anonymise",
                actor=office.officer_name,
                summary=f"{len(uuids)} รายการ ที่รับก่อน {plan.cutoff.isoformat()}",
                details={
                    "years": years,
                    "cutoff": plan.cutoff.isoformat(),
                    "uuids": uuids,
                    "photos_removed": removed,
                },
            )
        return AnonymiseResult(plan, len(uuids), Change.registrations(set(uuids), tambons))


def _remove_photos(session: Session, hashes: set[str]) -> int:
    """Deletes the photos the anonymised records showed, unless a newer record shows one too.
    SQLite is told to overwrite what it deletes, so the pictures do not linger in free pages."""
    if not hashes:
        return 0
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    return PhotoRepository(session).remove_unused(only=hashes)
