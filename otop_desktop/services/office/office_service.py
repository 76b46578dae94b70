"""The office's district, officer and campaign: set once at first run, editable later."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from otop_desktop.db import core_queries
from otop_desktop.db.database import Database
from otop_desktop.domain.areas import District, Province
from otop_desktop.domain.errors import NotSetUpError, UserError
from otop_desktop.domain.office import (
    Office,
    OfficeScope,
    default_office_name,
    default_province_office_name,
)
from otop_desktop.domain.validation import DistrictContext
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.storage_errors import writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A province office accepts any tambon of its province, and says so in these messages.
PROVINCE_MESSAGES = {
    "tambon_outside_district": "tambon_outside_province",
    "tambon_unknown": "tambon_unknown_province",
}


# What registrations are checked against: the district's tambons, or a province office's. The
# composition root picks which (services ask it when they check, as the office may change).
AreaOfOffice = Callable[[], DistrictContext]


class OfficeService:
    def __init__(self, database: Database, gazetteer: Gazetteer) -> None:
        self._db = database
        self._gazetteer = gazetteer

    def office(self) -> Office | None:
        with self._db.connection() as reads:
            return core_queries.office(reads)

    def require_office(self) -> Office:
        office = self.office()
        if office is None:
            raise NotSetUpError()
        return office

    def district(self) -> District:
        office = self.require_office()
        if office.is_province:
            raise UserError(
                "สำนักงานนี้เป็นระดับจังหวัด ไม่ได้สังกัดอำเภอใดอำเภอหนึ่ง",
                "This is a province office; it belongs to no single district.",
            )
        district = self._gazetteer.district(office.district_code)
        if district is None:
            raise UserError(
                f"ไม่รู้จักรหัสอำเภอ {office.district_code}",
                f"Unknown district code {office.district_code}.",
            )
        return district

    def province(self) -> Province:
        office = self.require_office()
        province = self._gazetteer.province(office.province_code)
        if province is None:
            raise UserError(
                f"ไม่รู้จักรหัสจังหวัด {office.province_code}",
                f"Unknown province code {office.province_code}.",
            )
        return province

    def province_context(self) -> DistrictContext:
        """What a province office's registrations are checked against: any of its tambons."""
        province = self.province()
        return DistrictContext(
            province.code,
            province.name_th,
            province.name_en,
            frozenset(t.code for t in self._gazetteer.tambons(province.code)),
            message_variants=PROVINCE_MESSAGES,
        )

    def district_context(self) -> DistrictContext:
        """What a district office's registrations are checked against: its own tambons."""
        district = self.district()
        return DistrictContext(
            district.code,
            district.name_th,
            district.name_en,
            frozenset(t.code for t in self._gazetteer.tambons(district.code)),
        )

    def setup(
        self,
        district_code: str,
        *,
        officer_name: str | None = None,
        officer_position: str | None = None,
        office_name: str | None = None,
    ) -> tuple[Office, Change]:
        district = self._gazetteer.district(district_code.strip())
        if district is None:
            raise UserError(
                f'ไม่พบอำเภอรหัส "{district_code}" (รหัสอำเภอมี 4 หลัก เช่น 2402 คือ บางคล้า)',
                f'No district has the code "{district_code}" (4 digits, e.g. 2402 Bang Khla).',
            )
        from otop_desktop.db.repositories import OfficeRepository, RegistrationRepository

        with writing(self._db) as session:
            offices = OfficeRepository(session)
            current = offices.get()
            if current is not None and current.is_province:
                _refuse_scope_change(session, OfficeScope.DISTRICT)
            if current is not None and current.district_code != district.code:
                elsewhere = RegistrationRepository(session).count(current.district_code)
                if elsewhere:
                    raise UserError(
                        f"ฐานข้อมูลนี้มีทะเบียนของอำเภอเดิม {elsewhere} รายการ จึงเปลี่ยนอำเภอไม่ได้ "
                        "กรุณาใช้โฟลเดอร์ข้อมูลใหม่สำหรับอำเภออื่น",
                        f"This database holds {elsewhere} registrations of another district; "
                        "use a new data folder for a different district.",
                    )
            keep = (
                current if current is not None and current.district_code == district.code else None
            )
            office = Office(
                province_code=district.province_code,
                district_code=district.code,
                office_name=office_name
                or (keep.office_name if keep else default_office_name(district.name_th)),
                officer_name=officer_name
                if officer_name is not None
                else (keep.officer_name if keep else ""),
                officer_position=officer_position
                if officer_position is not None
                else (keep.officer_position if keep else ""),
            )
            offices.save(office)
        return office, Change(ChangeKind.OFFICE)

    def setup_province(
        self,
        province_code: str,
        *,
        officer_name: str | None = None,
        officer_position: str | None = None,
        office_name: str | None = None,
    ) -> tuple[Office, Change]:
        """A province office consolidates the districts' reports; it has no district of its own."""
        province = self._gazetteer.province(province_code.strip())
        if province is None:
            raise UserError(
                f'ไม่พบจังหวัดรหัส "{province_code}" (รหัสจังหวัดมี 2 หลัก เช่น 24 คือ ฉะเชิงเทรา)',
                f'No province has the code "{province_code}" (2 digits, e.g. 24 Chachoengsao).',
            )
        from otop_desktop.db.repositories import OfficeRepository

        with writing(self._db) as session:
            offices = OfficeRepository(session)
            current = offices.get()
            same = (
                current is not None
                and current.is_province
                and current.province_code == province.code
            )
            if current is not None and not same:
                _refuse_scope_change(session, OfficeScope.PROVINCE)
            keep = current if same else None
            office = Office(
                province_code=province.code,
                district_code="",
                office_name=office_name
                or (keep.office_name if keep else default_province_office_name(province.name_th)),
                officer_name=_kept(officer_name, keep.officer_name if keep else ""),
                officer_position=_kept(officer_position, keep.officer_position if keep else ""),
                scope=OfficeScope.PROVINCE,
            )
            offices.save(office)
        return office, Change(ChangeKind.OFFICE)

    def save_office(self, office: Office) -> Change:
        from otop_desktop.db.repositories import OfficeRepository

        with writing(self._db) as session:
            OfficeRepository(session).save(office)
        return Change(ChangeKind.OFFICE)


def _kept(given: str | None, current: str) -> str:
    return given if given is not None else current


def _refuse_scope_change(session: "Session", scope: OfficeScope) -> None:
    """A database holds one office's registrations: a district's, or a province's collection."""
    from otop_desktop.db.repositories import RegistrationRepository

    held = RegistrationRepository(session).count()
    if not held:
        return
    if scope is OfficeScope.PROVINCE:
        raise UserError(
            f"ฐานข้อมูลนี้มีทะเบียนอยู่แล้ว {held} รายการ จึงเปลี่ยนเป็นสำนักงานระดับจังหวัด"
            "หรือเปลี่ยนจังหวัดไม่ได้ กรุณาใช้โฟลเดอร์ข้อมูลใหม่สำหรับงานระดับจังหวัด",
            f"This database already holds {held} registrations, so it cannot become a province "
            "office or change province; use a new data folder for the province's work.",
        )
    raise UserError(
        f"ฐานข้อมูลนี้เป็นของสำนักงานระดับจังหวัดและมีทะเบียน {held} รายการ จึงเปลี่ยนเป็นระดับอำเภอไม่ได้ "
        "กรุณาใช้โฟลเดอร์ข้อมูลใหม่สำหรับอำเภอ",
        f"This province office's database holds {held} registrations, so it cannot become a "
        "district office; use a new data folder for the district.",
    )
