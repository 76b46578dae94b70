"""The provincial quota per tambon: at least 1 group, 1 other and 2 in total (PRODUCT.md §1, §3)."""

import pytest

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import QuotaRule, Shortfall, TambonCounts, decide, would_become_short

DEFAULT = QuotaRule(1, 1, 2)
GROUP, OTHER, TOTAL = Shortfall.GROUP, Shortfall.OTHER, Shortfall.TOTAL


def test_default_rule_is_the_letters_rule() -> None:
    assert QuotaRule() == DEFAULT


@pytest.mark.parametrize(
    ("rule", "counts", "missing", "still_needed"),
    [
        # The PRODUCT.md example: 1 group, 0 others -> only "other" is missing, not "total".
        (DEFAULT, TambonCounts(groups=1), (OTHER,), 1),
        (DEFAULT, TambonCounts(), (GROUP, OTHER), 2),
        (DEFAULT, TambonCounts(groups=1, single_owners=1), (), 0),
        (DEFAULT, TambonCounts(groups=2), (OTHER,), 1),
        (DEFAULT, TambonCounts(single_owners=3), (GROUP,), 1),
        (DEFAULT, TambonCounts(groups=3, single_owners=2, smes=1), (), 0),
        # SMEs count as others.
        (DEFAULT, TambonCounts(groups=1, smes=1), (), 0),
        (DEFAULT, TambonCounts(smes=1), (GROUP,), 1),
        (QuotaRule(1, 1, 3), TambonCounts(groups=1, single_owners=1), (TOTAL,), 1),
        (QuotaRule(1, 1, 3), TambonCounts(), (GROUP, OTHER, TOTAL), 3),
        (QuotaRule(1, 1, 3), TambonCounts(groups=2), (OTHER,), 1),
        (QuotaRule(0, 0, 2), TambonCounts(), (TOTAL,), 2),
        (QuotaRule(0, 0, 2), TambonCounts(smes=1), (TOTAL,), 1),
        (QuotaRule(0, 0, 2), TambonCounts(groups=1, smes=1), (), 0),
        (QuotaRule(2, 1, 2), TambonCounts(groups=1, single_owners=1), (GROUP,), 1),
        (QuotaRule(0, 0, 0), TambonCounts(), (), 0),
    ],
)
def test_decide(
    rule: QuotaRule, counts: TambonCounts, missing: tuple[Shortfall, ...], still_needed: int
) -> None:
    decision = decide(rule, counts)
    assert decision.missing == missing
    assert decision.still_needed == still_needed
    assert decision.met is (still_needed == 0)


def test_product_example_reads_as_status_json_writes_it() -> None:
    decision = decide(DEFAULT, TambonCounts(groups=1))
    assert [str(m) for m in decision.missing] == ["other"]
    assert not decision.met


def test_extra_needed_when_the_total_is_the_only_gap() -> None:
    decision = decide(QuotaRule(1, 1, 3), TambonCounts(groups=1, single_owners=1))
    assert (decision.groups_needed, decision.others_needed, decision.extra_needed) == (0, 0, 1)


def test_empty_tambon_needs_one_of_each() -> None:
    decision = decide(DEFAULT, TambonCounts())
    assert (decision.groups_needed, decision.others_needed, decision.extra_needed) == (1, 1, 0)


def test_counts_add_smes_and_single_owners_into_others() -> None:
    counts = TambonCounts(single_owners=2, groups=1, smes=3)
    assert counts.others == 5
    assert counts.total == 6
    assert counts.of_type(ProducerType.SME) == 3


@pytest.mark.parametrize(
    ("counts", "removed", "added", "expected"),
    [
        # Deleting the only group of a met tambon makes it short.
        (TambonCounts(groups=1, single_owners=1), ProducerType.GROUP, None, True),
        # Deleting the only other of a met tambon makes it short.
        (TambonCounts(groups=1, smes=1), ProducerType.SME, None, True),
        # Deleting one of two others leaves it met.
        (TambonCounts(groups=1, single_owners=2), ProducerType.SINGLE_OWNER, None, False),
        (TambonCounts(groups=1, single_owners=1, smes=1), ProducerType.SME, None, False),
        # Retyping the only group as a single owner makes it short.
        (
            TambonCounts(groups=1, single_owners=1),
            ProducerType.GROUP,
            ProducerType.SINGLE_OWNER,
            True,
        ),
        # Retyping one other as another kind of other changes nothing.
        (
            TambonCounts(groups=1, single_owners=1),
            ProducerType.SINGLE_OWNER,
            ProducerType.SME,
            False,
        ),
        # Retyping one of two groups as an SME keeps it met.
        (TambonCounts(groups=2, single_owners=1), ProducerType.GROUP, ProducerType.SME, False),
        # A tambon already short cannot "become" short.
        (TambonCounts(groups=1), ProducerType.GROUP, None, False),
        (TambonCounts(single_owners=2), ProducerType.SINGLE_OWNER, None, False),
    ],
)
def test_would_become_short(
    counts: TambonCounts,
    removed: ProducerType,
    added: ProducerType | None,
    expected: bool,
) -> None:
    assert would_become_short(DEFAULT, counts, removed, added) is expected


def test_would_become_short_under_a_total_only_rule() -> None:
    rule = QuotaRule(0, 0, 2)
    assert would_become_short(rule, TambonCounts(groups=2), ProducerType.GROUP) is True
    assert would_become_short(rule, TambonCounts(groups=3), ProducerType.GROUP) is False
