"""Which tambons of the district meet the campaign's quota, from one aggregate query."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from otop_desktop.db.database import Database
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.areas import District, Tambon
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import QuotaDecision, TambonCounts, decide
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService

if TYPE_CHECKING:
    from otop_desktop.services.quota.province_service import ProvinceStatus


@dataclass(frozen=True)
class TambonStatus:
    tambon: Tambon
    counts: TambonCounts
    decision: QuotaDecision

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.tambon.code,
            "name_th": self.tambon.name_th,
            "groups": self.counts.groups,
            "others": self.counts.others,
            "total": self.counts.total,
            "met": self.decision.met,
            "missing": [m.value for m in self.decision.missing],
        }


@dataclass(frozen=True)
class DistrictStatus:
    district: District
    campaign: Campaign
    tambons: tuple[TambonStatus, ...]

    @property
    def met_count(self) -> int:
        return sum(1 for t in self.tambons if t.decision.met)

    @property
    def short_count(self) -> int:
        return len(self.tambons) - self.met_count

    @property
    def totals(self) -> TambonCounts:
        return TambonCounts(
            single_owners=sum(t.counts.single_owners for t in self.tambons),
            groups=sum(t.counts.groups for t in self.tambons),
            smes=sum(t.counts.smes for t in self.tambons),
        )

    @property
    def still_needed(self) -> int:
        return sum(t.decision.still_needed for t in self.tambons)

    def tambon(self, code: str) -> TambonStatus | None:
        return next((t for t in self.tambons if t.tambon.code == code), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "district": {"code": self.district.code, "name_th": self.district.name_th},
            "tambons": [t.to_json() for t in self.tambons],
            "met": self.met_count,
            "short": self.short_count,
        }


class QuotaService:
    def __init__(self, database: Database, gazetteer: Gazetteer, office: OfficeService) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office

    def current_status(self) -> "DistrictStatus | ProvinceStatus":
        """The office's own status: its district's, or for a province office the province's,
        which answers the same tambon(code) and campaign questions."""
        if self._office.is_province():
            from otop_desktop.services.quota.province_service import ProvinceService

            return ProvinceService(self._db, self._gazetteer, self._office).status()
        return self.district_status()

    def district_status(self) -> DistrictStatus:
        district = self._office.district()
        campaign = self._office.campaign()
        with self._db.reading() as session:
            counts = RegistrationRepository(session).counts_by_tambon(
                district.code, campaign.window_start, campaign.window_end
            )
        # Every tambon appears, including those with no registration yet; a registration in a
        # tambon the gazetteer no longer lists cannot be counted against any row, so it is left out.
        tambons = tuple(
            TambonStatus(t, c, decide(campaign.rule, c))
            for t in self._gazetteer.tambons(district.code)
            for c in [counts.get(t.code, TambonCounts())]
        )
        return DistrictStatus(district, campaign, tambons)
