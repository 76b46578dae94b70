"""Where an office's tambons stand against the quota: the answer both kinds of office give.

A district office answers with its district's status, a province office with its province's;
the composition root hands each reader the one source its office has (StatusSource).
"""

from dataclasses import dataclass
from typing import Any, Protocol

from otop_desktop.domain.areas import District, Tambon
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import QuotaDecision, TambonCounts


@dataclass(frozen=True)
class TambonStatus:
    tambon: Tambon
    counts: TambonCounts
    decision: QuotaDecision
    # Of the registrations counted, those without a product photo (a required document).
    without_product_photo: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.tambon.code,
            "name_th": self.tambon.name_th,
            "groups": self.counts.groups,
            "others": self.counts.others,
            "total": self.counts.total,
            "met": self.decision.met,
            "missing": [m.value for m in self.decision.missing],
            "without_product_photo": self.without_product_photo,
        }


@dataclass(frozen=True)
class DistrictStatus:
    district: District
    campaign: Campaign
    tambons: tuple[TambonStatus, ...]
    # Active registrations whose received date falls in no campaign's window: they count nowhere.
    outside_every_window: int = 0

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
            "campaign": campaign_json(self.campaign),
            "outside_every_window": self.outside_every_window,
        }


def campaign_json(campaign: Campaign) -> dict[str, Any]:
    return {
        "year": campaign.year,
        "name": campaign.name,
        "window_start": campaign.window_start.isoformat(),
        "window_end": campaign.window_end.isoformat(),
    }


class OfficeStatus(Protocol):
    """What every reader of an office's status may ask, whatever the kind of office."""

    @property
    def campaign(self) -> Campaign: ...

    @property
    def tambons(self) -> tuple[TambonStatus, ...]: ...

    @property
    def outside_every_window(self) -> int: ...

    def tambon(self, code: str) -> TambonStatus | None: ...

    def to_json(self) -> dict[str, Any]: ...


class StatusSource(Protocol):
    def current_status(self) -> OfficeStatus: ...
