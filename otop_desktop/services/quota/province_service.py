"""The province-wide picture for a province office: every district and every tambon, from one
aggregate query, and the people registered in more than one district."""

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from otop_desktop.db.database import Database
from otop_desktop.db.province_repository import DistrictActivity, ProvinceRepository
from otop_desktop.db.received_report_repository import ReceivedReportRepository
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.areas import District, Province
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.identifiers import mask_national_id
from otop_desktop.domain.quota import TambonCounts, decide
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.status import DistrictStatus, TambonStatus, campaign_json


@dataclass(frozen=True)
class DistrictReport:
    """One district as the province sees it: its quota status and whether its data has come."""

    status: DistrictStatus
    stored: int = 0
    last_received: dt.datetime | None = None
    # When the district made the report of the shown fiscal year that the province holds.
    report_made_at: dt.datetime | None = None

    @property
    def district(self) -> District:
        return self.status.district

    @property
    def reported(self) -> bool:
        return self.stored > 0 or self.last_received is not None

    @property
    def short_tambons(self) -> tuple[TambonStatus, ...]:
        return tuple(t for t in self.status.tambons if not t.decision.met)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.district.code,
            "name_th": self.district.name_th,
            "met": self.status.met_count,
            "short": self.status.short_count,
            "tambons": [t.to_json() for t in self.status.tambons],
            "reported": self.reported,
            "last_received": self.last_received.isoformat() if self.last_received else None,
            "report_made_at": (self.report_made_at.isoformat() if self.report_made_at else None),
        }


@dataclass(frozen=True)
class ProvinceStatus:
    province: Province
    campaign: Campaign
    districts: tuple[DistrictReport, ...]
    outside_every_window: int = 0

    @property
    def tambons(self) -> tuple[TambonStatus, ...]:
        return tuple(t for d in self.districts for t in d.status.tambons)

    @property
    def tambon_count(self) -> int:
        return sum(len(d.status.tambons) for d in self.districts)

    @property
    def met_count(self) -> int:
        return sum(d.status.met_count for d in self.districts)

    @property
    def short_count(self) -> int:
        return self.tambon_count - self.met_count

    @property
    def reporting_count(self) -> int:
        return sum(1 for d in self.districts if d.reported)

    @property
    def totals(self) -> TambonCounts:
        return TambonCounts(
            single_owners=sum(d.status.totals.single_owners for d in self.districts),
            groups=sum(d.status.totals.groups for d in self.districts),
            smes=sum(d.status.totals.smes for d in self.districts),
        )

    def district(self, code: str) -> DistrictReport | None:
        return next((d for d in self.districts if d.district.code == code), None)

    def tambon(self, code: str) -> TambonStatus | None:
        found = self.district(code[:4])
        return found.status.tambon(code) if found else None

    def to_json(self) -> dict[str, Any]:
        return {
            "province": {"code": self.province.code, "name_th": self.province.name_th},
            "districts": [d.to_json() for d in self.districts],
            "met": self.met_count,
            "short": self.short_count,
            "campaign": campaign_json(self.campaign),
            "outside_every_window": self.outside_every_window,
        }


@dataclass(frozen=True)
class DuplicateHolder:
    record: RegistrationSummary
    district_name: str
    tambon_name: str

    def describe_th(self) -> str:
        return f"{self.record.producer_name} (ต.{self.tambon_name} อ.{self.district_name})"


@dataclass(frozen=True)
class CrossDistrictDuplicate:
    """One national ID (or juristic number) held by registrations in two or more districts."""

    kind: str  # "national_id" or "juristic_no"
    number: str
    holders: tuple[DuplicateHolder, ...]

    @property
    def shown_number(self) -> str:
        """National IDs are personal data and shown masked; a juristic number is a public
        company registration and is shown as it is."""
        return mask_national_id(self.number) if self.kind == "national_id" else self.number

    @property
    def kind_th(self) -> str:
        return "เลขประจำตัวประชาชน" if self.kind == "national_id" else "เลขทะเบียนนิติบุคคล"

    @property
    def district_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.district_name for h in self.holders))

    def describe_th(self) -> str:
        """เลขประจำตัวประชาชน 1-xxxx-xxxxx-xx-3: กลุ่ม ก (ต.บางคล้า อ.บางคล้า) · ..."""
        held = " · ".join(h.describe_th() for h in self.holders)
        return f"{self.kind_th} {self.shown_number}: {held}"


class ProvinceService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        campaigns: CampaignService,
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._campaigns = campaigns

    def _province(self) -> Province:
        office = self._office.require_office()
        if not office.is_province:
            raise UserError(
                "ภาพรวมจังหวัดมีเฉพาะสำนักงานระดับจังหวัด",
                "The province-wide picture is for a province office only.",
            )
        return self._office.province()

    def current_status(self) -> ProvinceStatus:
        return self.status()

    def status(self, campaign: Campaign | None = None) -> ProvinceStatus:
        province = self._province()
        shown, windows = self._campaigns.viewed_and_windows()
        campaign = campaign or shown
        with self._db.reading() as session:
            repository = RegistrationRepository(session)
            # One aggregate query for all the province's tambons, grouped by tambon and type.
            repository = RegistrationRepository(session)
            window = (campaign.window_start, campaign.window_end)
            found = repository.quota_counts(province.code, *window)
            outside = repository.outside_windows_count(province.code, windows)
            activity = ProvinceRepository(session).activity(province.code)
            held = ReceivedReportRepository(session).of_year(campaign.year)
        counts = {code: c for code, (c, _) in found.items()}
        lacking = {code: n for code, (_, n) in found.items()}
        gazetteer = self._gazetteer
        districts = tuple(
            replace(
                _district_report(d, campaign, counts, lacking, activity.get(d.code), gazetteer),
                report_made_at=held[d.code].exported_at if d.code in held else None,
            )
            for d in gazetteer.districts(province.code)
        )
        return ProvinceStatus(province, campaign, districts, outside)

    def duplicates(self) -> tuple[CrossDistrictDuplicate, ...]:
        """People (or firms) registered in more than one district, national IDs first."""
        province = self._province()
        found: list[CrossDistrictDuplicate] = []
        with self._db.reading() as session:
            repository = ProvinceRepository(session)
            for kind in ("national_id", "juristic_no"):
                grouped: dict[str, list[RegistrationSummary]] = {}
                for number, record in repository.shared_ids(province.code, kind):
                    grouped.setdefault(number, []).append(record)
                found += [self._duplicate(kind, n, r) for n, r in grouped.items()]
        return tuple(found)

    def _duplicate(
        self, kind: str, number: str, records: list[RegistrationSummary]
    ) -> CrossDistrictDuplicate:
        tambon_name = self._gazetteer.tambon_name
        holders = tuple(
            DuplicateHolder(r, self._district_name(r.tambon_code[:4]), tambon_name(r.tambon_code))
            for r in records
        )
        return CrossDistrictDuplicate(kind, number, holders)

    def _district_name(self, code: str) -> str:
        district = self._gazetteer.district(code)
        return district.name_th if district else code


def _district_report(
    district: District,
    campaign: Campaign,
    counts: dict[str, TambonCounts],
    lacking: dict[str, int],
    activity: DistrictActivity | None,
    gazetteer: Gazetteer,
) -> DistrictReport:
    tambons = tuple(
        TambonStatus(t, c, decide(campaign.rule, c), lacking.get(t.code, 0))
        for t in gazetteer.tambons(district.code)
        for c in [counts.get(t.code, TambonCounts())]
    )
    status = DistrictStatus(district, campaign, tambons)
    if activity is None:
        return DistrictReport(status)
    return DistrictReport(status, activity.stored, activity.last_received)


NOT_RECEIVED_TH = "ยังไม่ได้รับข้อมูล"
DUPLICATES_NOTE_TH = (
    "ตรวจได้เฉพาะรายการที่มีเลขประจำตัวเต็ม รายงานที่ปิดบังเลขประจำตัวไว้ (ค่าเริ่มต้น) ตรวจซ้ำไม่ได้ "
    "ควรขอรายงานแบบใส่เลขเต็มหรือแฟ้มรับ-ส่งข้อมูล (.otoppack)"
)


def local_time(moment: dt.datetime) -> dt.datetime:
    """Times are stored in UTC; the officer reads them in the computer's own time zone."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def received_text(report: DistrictReport) -> str:
    """When the district's data last arrived: 27 ก.ย. 2566 14:05, or that none has yet."""
    if report.last_received is None:
        return NOT_RECEIVED_TH if not report.stored else "ได้รับแล้ว"
    moment = local_time(report.last_received)
    return f"{format_thai_date(moment.date(), 'abbr')} {moment:%H:%M} น."
