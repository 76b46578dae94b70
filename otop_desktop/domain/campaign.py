"""A campaign: one provincial letter's rules, dates and recipient, held as data."""

import datetime as dt
from dataclasses import dataclass, field

from otop_desktop.domain.producer_types import RegistrationStatus
from otop_desktop.domain.quota import QuotaRule


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

    def counts(
        self, received_on: dt.date | None, status: RegistrationStatus, deleted: bool
    ) -> bool:
        """A registration counts when active and received inside the window."""
        if deleted or not status.counts_for_quota or received_on is None:
            return False
        return self.window_start <= received_on <= self.window_end


def letter_2566_campaign() -> Campaign:
    """The defaults of Chachoengsao Provincial Hall's letter of 26 September 2566."""
    return Campaign(
        name="รับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ 2566",
        letter_reference="นข ๐๐๑๙/ว ๕๔๖๕",
        letter_date=dt.date(2023, 9, 26),
        window_start=dt.date(2022, 10, 1),
        window_end=dt.date(2023, 9, 29),
        registration_deadline=dt.date(2023, 9, 29),
        report_due=dt.date(2023, 10, 1),
        recipient_email="cd8rew@gmail.com",
        rule=QuotaRule(min_groups=1, min_others=1, min_total=2),
    )
