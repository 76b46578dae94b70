"""Days left in a campaign and the pace needed to finish inside it."""

import datetime as dt

from otop_desktop.domain.campaign import letter_2566_campaign
from otop_desktop.domain.campaign_pace import CampaignPace, campaign_pace

CAMPAIGN = letter_2566_campaign()  # deadline 29 Sep 2023, report due 1 Oct 2023


def test_days_are_counted_to_the_deadline_and_the_report() -> None:
    pace = campaign_pace(CAMPAIGN, 5, dt.date(2023, 9, 19))
    assert (pace.days_to_deadline, pace.days_to_report) == (10, 12)
    assert not pace.deadline_passed and not pace.report_overdue


def test_passed_dates_are_negative() -> None:
    pace = campaign_pace(CAMPAIGN, 2, dt.date(2023, 9, 30))
    assert (pace.days_to_deadline, pace.days_to_report) == (-1, 1)
    assert pace.deadline_passed and not pace.report_overdue
    assert pace.per_day == 0


def test_pace_rounds_up_and_the_last_day_takes_the_rest() -> None:
    assert CampaignPace(still_needed=25, days_to_deadline=10, days_to_report=12).per_day == 3
    assert CampaignPace(still_needed=2, days_to_deadline=12, days_to_report=14).per_day == 1
    assert CampaignPace(still_needed=4, days_to_deadline=0, days_to_report=2).per_day == 4
    assert CampaignPace(still_needed=0, days_to_deadline=5, days_to_report=7).per_day == 0
