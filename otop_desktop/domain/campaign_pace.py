"""How much time a campaign has left and how fast registrations must come to finish inside it."""

import datetime as dt
import math
from dataclasses import dataclass

from otop_desktop.domain.campaign import Campaign


@dataclass(frozen=True)
class CampaignPace:
    still_needed: int
    days_to_deadline: int  # negative once the registration deadline has passed
    days_to_report: int  # negative once the report is overdue

    @property
    def deadline_passed(self) -> bool:
        return self.days_to_deadline < 0

    @property
    def report_overdue(self) -> bool:
        return self.days_to_report < 0

    @property
    def per_day(self) -> int:
        """Registrations a day needed to finish by the deadline; 0 when done or too late."""
        if self.still_needed <= 0 or self.deadline_passed:
            return 0
        # On the deadline day itself the whole remainder is due that day.
        return math.ceil(self.still_needed / max(1, self.days_to_deadline))


def campaign_pace(campaign: Campaign, still_needed: int, today: dt.date) -> CampaignPace:
    return CampaignPace(
        still_needed=still_needed,
        days_to_deadline=(campaign.registration_deadline - today).days,
        days_to_report=(campaign.report_due - today).days,
    )
