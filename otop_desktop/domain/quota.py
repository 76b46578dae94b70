"""The provincial quota: how many registrations of which kind each tambon needs."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from otop_desktop.domain.producer_types import ProducerType


class Shortfall(StrEnum):
    GROUP = "group"
    OTHER = "other"
    TOTAL = "total"


@dataclass(frozen=True)
class QuotaRule:
    min_groups: int = 1
    min_others: int = 1
    min_total: int = 2


class CountsByType(Protocol):
    @property
    def groups(self) -> int: ...

    @property
    def single_owners(self) -> int: ...

    @property
    def smes(self) -> int: ...


def count_of_type(counts: CountsByType, producer_type: ProducerType) -> int:
    return {
        ProducerType.GROUP: counts.groups,
        ProducerType.SINGLE_OWNER: counts.single_owners,
        ProducerType.SME: counts.smes,
    }[producer_type]


@dataclass(frozen=True)
class TambonCounts:
    single_owners: int = 0
    groups: int = 0
    smes: int = 0

    @property
    def others(self) -> int:
        return self.single_owners + self.smes

    @property
    def total(self) -> int:
        return self.groups + self.others

    def of_type(self, producer_type: ProducerType) -> int:
        return count_of_type(self, producer_type)


@dataclass(frozen=True)
class QuotaDecision:
    groups_needed: int
    others_needed: int
    extra_needed: int

    @property
    def met(self) -> bool:
        return self.still_needed == 0

    @property
    def still_needed(self) -> int:
        return self.groups_needed + self.others_needed + self.extra_needed

    @property
    def missing(self) -> tuple[Shortfall, ...]:
        found = []
        if self.groups_needed:
            found.append(Shortfall.GROUP)
        if self.others_needed:
            found.append(Shortfall.OTHER)
        if self.extra_needed:
            found.append(Shortfall.TOTAL)
        return tuple(found)


def decide(rule: QuotaRule, counts: TambonCounts) -> QuotaDecision:
    """ "total" is missing only when filling the group and other gaps would still not reach it."""
    groups_needed = max(0, rule.min_groups - counts.groups)
    others_needed = max(0, rule.min_others - counts.others)
    extra_needed = max(0, rule.min_total - counts.total - groups_needed - others_needed)
    return QuotaDecision(groups_needed, others_needed, extra_needed)


def would_become_short(
    rule: QuotaRule, counts: TambonCounts, removed: ProducerType, added: ProducerType | None = None
) -> bool:
    """Whether removing (or retyping) one registration turns a met tambon short."""
    if not decide(rule, counts).met:
        return False
    after = _adjust(counts, removed, -1)
    if added is not None:
        after = _adjust(after, added, +1)
    return not decide(rule, after).met


def _adjust(counts: TambonCounts, producer_type: ProducerType, delta: int) -> TambonCounts:
    return TambonCounts(
        single_owners=counts.single_owners
        + (delta if producer_type is ProducerType.SINGLE_OWNER else 0),
        groups=counts.groups + (delta if producer_type is ProducerType.GROUP else 0),
        smes=counts.smes + (delta if producer_type is ProducerType.SME else 0),
    )
