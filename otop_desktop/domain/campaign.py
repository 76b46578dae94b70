"""Campaigns: one per fiscal year (B.E.), each a provincial letter's rules, dates and recipient.

Fiscal year N runs from 1 October of N−1 to 30 September of N. A registration counts for the
campaign whose counting window holds its received date, when it is active (neither deleted nor
rejected); a registration in no campaign's window counts nowhere.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from otop_desktop.domain.producer_types import RegistrationStatus
from otop_desktop.domain.quota import QuotaRule
from otop_desktop.domain.thai_dates import BE_OFFSET, fiscal_year, fiscal_year_bounds

CAMPAIGN_NAME = "รับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ {year}"


@dataclass(frozen=True)
class Campaign:
    name: str
    letter_reference: str
    letter_date: dt.date
    window_start: dt.date
    window_end: dt.date
    registration_deadline: dt.date
    report_due: dt.date
    recipient_email: str
    rule: QuotaRule = field(default_factory=QuotaRule)
    id: int | None = None
    # The B.E. fiscal year the campaign belongs to; 0 only for one not yet placed in a year.
    fiscal_year: int = 0

    @property
    def year(self) -> int:
        return self.fiscal_year or fiscal_year(self.window_end)

    def holds(self, received_on: dt.date | None) -> bool:
        return received_on is not None and self.window_start <= received_on <= self.window_end

    def counts(
        self, received_on: dt.date | None, status: RegistrationStatus, deleted: bool
    ) -> bool:
        """A registration counts when active and received inside the window."""
        if deleted or not status.counts_for_quota:
            return False
        return self.holds(received_on)

    def is_over(self, today: dt.date) -> bool:
        return today > self.window_end


def letter_2566_campaign() -> Campaign:
    """The defaults of Chachoengsao Provincial Hall's letter of 26 September 2566."""
    return Campaign(
        name=CAMPAIGN_NAME.format(year=2566),
        letter_reference="นข ๐๐๑๙/ว ๕๔๖๕",
        letter_date=dt.date(2023, 9, 26),
        window_start=dt.date(2022, 10, 1),
        window_end=dt.date(2023, 9, 29),
        registration_deadline=dt.date(2023, 9, 29),
        report_due=dt.date(2023, 10, 1),
        recipient_email="cd8rew@gmail.com",
        rule=QuotaRule(min_groups=1, min_others=1, min_total=2),
        fiscal_year=2566,
    )


def campaign_for_year(year: int, latest: Campaign, today: dt.date) -> Campaign:
    """A new fiscal year's campaign before its letter is typed in: the whole fiscal year as its
    window, the report due the day after it ends, and the latest letter's rules and recipient.
    The letter's reference is left for the officer, since it is a new letter's."""
    start, end = fiscal_year_bounds(year)
    return Campaign(
        name=CAMPAIGN_NAME.format(year=year),
        letter_reference="",
        letter_date=today if start <= today <= end else start,
        window_start=start,
        window_end=end,
        registration_deadline=end,
        report_due=end + dt.timedelta(days=1),
        recipient_email=latest.recipient_email,
        rule=latest.rule,
        fiscal_year=year,
    )


def current_fiscal_year(today: dt.date) -> int:
    return fiscal_year(today)


def campaign_holding(campaigns: Iterable[Campaign], received_on: dt.date | None) -> Campaign | None:
    """The campaign a received date counts for; the latest year's when windows overlap."""
    found = [c for c in campaigns if c.holds(received_on)]
    return max(found, key=lambda c: c.year) if found else None


def ce_year_of(be_year: int) -> int:
    return be_year - BE_OFFSET
