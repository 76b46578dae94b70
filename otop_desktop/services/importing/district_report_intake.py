"""A province office receiving a district's report workbook: the report replaces, as a whole,
the earlier report of the same district and fiscal year (a renamed group is renamed, a deleted
registration goes), an older report than the one held is refused, and years are kept apart."""

from dataclasses import dataclass, field, replace

from otop_desktop.db.database import Database
from otop_desktop.db.exchange_repository import ExchangeRepository
from otop_desktop.db.received_report_repository import ReceivedReportRepository
from otop_desktop.db.registration_bulk import add_many
from otop_desktop.db.repositories import AuditRepository, RegistrationRepository
from otop_desktop.domain.areas import District
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.services.changes import Change
from otop_desktop.services.importing.report_identity import ReportIdentity
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.storage_errors import writing


@dataclass(frozen=True)
class IntakeResult:
    district_name: str
    fiscal_year: int
    added: int = 0
    replaced: int = 0
    withdrawn: int = 0
    # The same report again: nothing to do.
    already_held: bool = False
    # Rows whose registration a package brought: kept as the package said.
    carried_rows: tuple[int, ...] = ()
    change: Change | None = field(default=None, compare=False)


def _local(moment: object) -> str:
    import datetime as dt

    assert isinstance(moment, dt.datetime)
    local = moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    return f"{format_thai_date(local.date(), 'abbr')} {local:%H:%M}"


class DistrictReportIntake:
    def __init__(self, database: Database, gazetteer: Gazetteer, office: OfficeService) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office

    def check(self, identity: ReportIdentity, registrations: list[Registration]) -> str:
        """The district's name; refuses a report of another province or whose rows lie
        outside the district it names."""
        district = self.check_district(identity)
        if any(reg.tambon_code[:4] != district.code for reg in registrations):
            raise UserError(
                f"แฟ้มรายงานของอำเภอ{district.name_th} มีแถวของตำบลนอกอำเภอนั้น "
                "(แฟ้มถูกแก้ไขหลังจากทำรายงาน) จึงไม่นำเข้า",
                f"The report of {district.name_en} has rows of tambons outside that district "
                "(it was edited after it was made); nothing was imported.",
            )
        return district.name_th

    def check_district(self, identity: ReportIdentity) -> District:
        """The district the report names; one outside this province is refused at once."""
        office = self._office.require_office()
        district = self._gazetteer.district(identity.district_code)
        if district is None or not office.covers_district(identity.district_code):
            raise UserError(
                f"แฟ้มนี้เป็นรายงานของอำเภอรหัส {identity.district_code} ซึ่งไม่อยู่ในจังหวัดนี้ จึงไม่นำเข้า",
                f"This is the report of district {identity.district_code}, which is not in "
                "this province; nothing was imported.",
            )
        return district

    def receive(
        self, source_name: str, identity: ReportIdentity, rows: list[tuple[int, Registration]]
    ) -> IntakeResult:
        """Stores the report's registrations under their own ids, in one transaction."""
        registrations = [reg for _row, reg in rows]
        name = self.check(identity, registrations)
        year = identity.fiscal_year
        incoming = [replace(reg, uuid=identity.uuid_of_row(row) or reg.uuid) for row, reg in rows]
        row_of = {reg.uuid: row for (row, _old), reg in zip(rows, incoming, strict=True)}
        tambon_name = self._gazetteer.tambon_name
        with writing(self._db) as session:
            reports = ReceivedReportRepository(session)
            held = reports.get(identity.district_code, year)
            if held is not None and held.exported_at > identity.exported_at:
                raise UserError(
                    f"มีรายงานของอำเภอ{name} ปีงบประมาณ {year} ที่ทำเมื่อ "
                    f"{_local(held.exported_at)} อยู่แล้ว ซึ่งใหม่กว่าแฟ้มนี้ (ทำเมื่อ "
                    f"{_local(identity.exported_at)}) จึงไม่นำเข้า",
                    f"The report of {name} for fiscal year {year} made on "
                    f"{held.exported_at:%Y-%m-%d %H:%M} UTC is held already and is newer than "
                    f"this file (made {identity.exported_at:%Y-%m-%d %H:%M} UTC); "
                    "nothing was imported.",
                )
            if held is not None and held.exported_at == identity.exported_at:
                return IntakeResult(name, year, already_held=True)
            registry = RegistrationRepository(session)
            stored = registry.stored_uuids([reg.uuid for reg in incoming if reg.uuid])
            # A record a package brought stays as the package said: packages carry full IDs,
            # and a newer package brings the district's corrections itself.
            carried = set(ExchangeRepository(session).seen())
            fresh = [reg for reg in incoming if reg.uuid not in stored]
            known = [reg for reg in incoming if reg.uuid in stored and reg.uuid not in carried]
            added = add_many(session, [(reg, tambon_name(reg.tambon_code)) for reg in fresh])
            for reg in known:
                # A masked ID in the report takes nothing from the ID the province holds.
                held_id = registry.get(reg.uuid).national_id
                registry.overwrite(
                    replace(reg, national_id=reg.national_id or held_id),
                    tambon_name(reg.tambon_code),
                )
            kept = {reg.uuid for reg in incoming if reg.uuid in stored} | {
                uuid for uuid, _tambon in added
            }
            gone = sorted((held.registration_uuids if held else frozenset()) - kept)
            still = registry.stored_uuids(gone)
            withdrawn = [uuid for uuid in gone if still.get(uuid) is False]
            for uuid in withdrawn:
                registry.set_deleted(uuid, True)
            reports.keep(
                identity.district_code, year, identity.exported_at, source_name, frozenset(kept)
            )
            AuditRepository(session).record(
                "import",
                actor=self._office.require_office().officer_name,
                summary=f"{source_name}: รายงานอำเภอ{name} ปีงบประมาณ {year}",
                details={
                    "file": source_name,
                    "district": identity.district_code,
                    "fiscal_year": year,
                    "added": len(added),
                    "replaced": len(known),
                    "withdrawn": len(withdrawn),
                },
            )
        tambons = {reg.tambon_code for reg in incoming}
        change = Change.registrations(kept | set(withdrawn), tambons)
        carried_rows = tuple(
            sorted(
                row_of[reg.uuid] for reg in incoming if reg.uuid in stored and reg.uuid in carried
            )
        )
        return IntakeResult(
            name,
            year,
            len(added),
            len(known),
            len(withdrawn),
            change=change,
            carried_rows=carried_rows,
        )
