"""The office's district, officer and campaign: set once at first run, editable later."""

from otop_desktop.db.database import Database
from otop_desktop.db.repositories import (
    CampaignRepository,
    OfficeRepository,
    RegistrationRepository,
)
from otop_desktop.domain.areas import District
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.office import Office, default_office_name
from otop_desktop.domain.validation import DistrictContext
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.errors import NotSetUpError, UserError
from otop_desktop.services.gazetteer import Gazetteer


class OfficeService:
    def __init__(self, database: Database, gazetteer: Gazetteer) -> None:
        self._db = database
        self._gazetteer = gazetteer

    def office(self) -> Office | None:
        with self._db.reading() as session:
            return OfficeRepository(session).get()

    def require_office(self) -> Office:
        office = self.office()
        if office is None:
            raise NotSetUpError()
        return office

    def district(self) -> District:
        office = self.require_office()
        district = self._gazetteer.district(office.district_code)
        if district is None:
            raise UserError(f"ไม่รู้จักรหัสอำเภอ {office.district_code}")
        return district

    def district_context(self) -> DistrictContext:
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
        with self._db.transaction() as session:
            offices = OfficeRepository(session)
            current = offices.get()
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

    def save_office(self, office: Office) -> Change:
        with self._db.transaction() as session:
            OfficeRepository(session).save(office)
        return Change(ChangeKind.OFFICE)

    def campaign(self) -> Campaign:
        with self._db.reading() as session:
            campaign = CampaignRepository(session).active()
        if campaign is None:
            raise UserError("ไม่พบข้อมูลการรับลงทะเบียน (campaign)")
        return campaign

    def save_campaign(self, campaign: Campaign) -> tuple[Campaign, Change]:
        if campaign.window_end < campaign.window_start:
            raise UserError(
                "วันสิ้นสุดการนับต้องไม่อยู่ก่อนวันเริ่มนับ",
                "The counting window must not end before it starts.",
            )
        rule = campaign.rule
        if min(rule.min_groups, rule.min_others, rule.min_total) < 0:
            raise UserError("เกณฑ์ขั้นต่ำต้องไม่ติดลบ", "Quota minimums cannot be negative.")
        with self._db.transaction() as session:
            saved = CampaignRepository(session).save(campaign)
        return saved, Change(ChangeKind.CAMPAIGN)
