"""The three-way merge decision and the registration codec, without a database."""

import datetime as dt
from decimal import Decimal

import pytest

from otop_desktop.domain.merge_rules import MergeAction, agreed_states, decide
from otop_desktop.domain.producer_types import ProducerType, ProductCategory
from otop_desktop.domain.registration import Product, Registration, SiteAddress
from otop_desktop.domain.registration_codec import (
    CodecError,
    fingerprint,
    registration_from_json,
    registration_to_json,
)

BASE, MINE, THEIRS = "base", "mine", "theirs"


@pytest.mark.parametrize(
    ("local", "incoming", "expected"),
    [
        (None, THEIRS, MergeAction.ADD),
        (BASE, BASE, MergeAction.SAME),
        (BASE, THEIRS, MergeAction.TAKE_INCOMING),
        (MINE, BASE, MergeAction.KEEP_LOCAL),
        (MINE, THEIRS, MergeAction.CONFLICT),
    ],
)
def test_whoever_moved_away_from_the_agreed_state_changed_the_record(
    local: str | None, incoming: str, expected: MergeAction
) -> None:
    assert decide(local, incoming, {BASE}) is expected


def test_with_nothing_in_common_differing_copies_are_for_the_officer() -> None:
    assert decide(MINE, THEIRS, set()) is MergeAction.CONFLICT


def test_deleted_on_both_sides_is_no_conflict() -> None:
    action = decide(MINE, THEIRS, {BASE}, local_deleted=True, incoming_deleted=True)
    assert action is MergeAction.KEEP_LOCAL


def test_agreed_states_come_from_both_sides_and_from_a_third_computer() -> None:
    local_seen = {"sender": "a", "third": "c"}
    sender_seen = [("me", "b"), ("third", "c"), ("fourth", "d")]
    assert agreed_states(local_seen, sender_seen, sender_id="sender", own_id="me") == {
        "a",
        "b",
        "c",
    }


def sample() -> Registration:
    return Registration(
        producer_type=ProducerType.GROUP,
        producer_name="กลุ่มทดสอบ",
        site=SiteAddress(tambon_code="240201"),
        received_on=dt.date(2023, 5, 1),
        products=(Product("กล้วยตาก", ProductCategory.FOOD, unit_price=Decimal("35.50")),),
        uuid="u",
        version=3,
    )


def test_a_registration_survives_the_codec() -> None:
    reg = sample()
    assert registration_from_json(registration_to_json(reg), uuid="u", version=3) == reg


def test_the_fingerprint_ignores_version_and_spelling_of_amounts() -> None:
    reg = sample()
    same = reg.with_changes(
        version=9,
        products=(Product("กล้วยตาก", ProductCategory.FOOD, unit_price=Decimal("35.5")),),
    )
    assert fingerprint(reg, False) == fingerprint(same, False)
    assert fingerprint(reg, False) != fingerprint(reg, True)
    assert fingerprint(reg, False) != fingerprint(reg.with_changes(notes="x"), False)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("producer_type", "1"),
        ("received_on", 20230501),
        ("documents", ["no_such_document"]),
        ("has_power_of_attorney", "yes"),
        ("member_count", True),
        ("site", {"tambon_code": "24 02 01"}),
    ],
)
def test_reading_refuses_values_of_the_wrong_kind(key: str, value: object) -> None:
    data = registration_to_json(sample())
    data[key] = value
    with pytest.raises(CodecError):
        registration_from_json(data)
