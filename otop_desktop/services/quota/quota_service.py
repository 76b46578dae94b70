"""Which tambons of the district meet the campaign's quota, from one aggregate query."""

from otop_desktop.db import core_queries
from otop_desktop.db.database import Database
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import TambonCounts, decide
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.status import DistrictStatus, TambonStatus


class QuotaService:
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

    def current_status(self) -> DistrictStatus:
        return self.district_status()

    def district_status(self, campaign: Campaign | None = None) -> DistrictStatus:
        """The district against a campaign's quota: the one the views show, unless given."""
        district = self._office.district()
        shown, windows = self._campaigns.viewed_and_windows()
        campaign = campaign or shown
        window = (campaign.window_start, campaign.window_end)
        with self._db.connection() as reads:
            found = core_queries.quota_counts(reads, district.code, *window)
            outside = core_queries.outside_windows_count(reads, district.code, windows)
        counts = {code: c for code, (c, _) in found.items()}
        lacking = {code: n for code, (_, n) in found.items()}
        # Every tambon appears, including those with no registration yet; a registration in a
        # tambon the gazetteer no longer lists cannot be counted against any row, so it is left out.
        tambons = tuple(
            TambonStatus(t, c, decide(campaign.rule, c), lacking.get(t.code, 0))
            for t in self._gazetteer.tambons(district.code)
            for c in [counts.get(t.code, TambonCounts())]
        )
        return DistrictStatus(district, campaign, tambons, outside)
