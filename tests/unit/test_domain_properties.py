"""Property tests: check digits, Thai date round trips and parsers that never crash."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otop_desktop.domain.identifiers import (
    is_masked_id,
    is_valid_national_id,
    mask_national_id,
    national_id_problem,
)
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.thai_dates import ThaiDateError, format_thai_date, parse_thai_date
from otop_desktop.domain.thai_text import to_thai_digits

EXAMPLES = settings(max_examples=200, deadline=None)

twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
date_like_text = st.text(
    alphabet="0123456789๐๑๒๓๔๕๖๗๘๙/-.: Tกขคพมยรศสนาัิีุูเแโๅ่้",
    max_size=30,
)


def rule_check_digit(first_twelve: str) -> int:
    """PRODUCT.md: (11 − (Σ dᵢ·(14−i), i = 1..12) mod 11) mod 10."""
    total = sum(int(d) * (14 - i) for i, d in enumerate(first_twelve, start=1))
    return (11 - total % 11) % 10


@EXAMPLES
@given(twelve_digits)
def test_prefix_with_its_check_digit_is_valid(prefix: str) -> None:
    digits = prefix + str(rule_check_digit(prefix))
    assert national_id_problem(digits) is None
    # 0 (juristic persons, no registration status) and 9 (never issued) are no Thai's ID.
    assert is_valid_national_id(digits) is (prefix[0] not in "09")
    assert is_valid_national_id(to_thai_digits(digits)) is (prefix[0] not in "09")


@EXAMPLES
@given(twelve_digits, st.integers(min_value=1, max_value=9))
def test_changing_the_last_digit_invalidates(prefix: str, shift: int) -> None:
    wrong = str((rule_check_digit(prefix) + shift) % 10)
    assert not is_valid_national_id(prefix + wrong)


@EXAMPLES
@given(twelve_digits)
def test_a_masked_id_reads_as_masked(prefix: str) -> None:
    assert is_masked_id(mask_national_id(prefix + str(rule_check_digit(prefix))))


@EXAMPLES
@given(dates, st.sampled_from(["numeric", "abbr", "full"]), st.booleans())
def test_formatted_dates_parse_back(date: dt.date, style: str, thai_digits: bool) -> None:
    assert parse_thai_date(format_thai_date(date, style, thai_digits=thai_digits)) == date


@EXAMPLES
@given(st.one_of(st.text(max_size=40), date_like_text))
def test_parse_thai_date_raises_only_thai_date_error(text: str) -> None:
    try:
        result = parse_thai_date(text)
    except ThaiDateError:
        return
    assert isinstance(result, dt.date)


def test_thai_date_error_is_a_value_error() -> None:
    assert issubclass(ThaiDateError, ValueError)
    with pytest.raises(ValueError):
        parse_thai_date("not a date")


@EXAMPLES
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.none()))
def test_producer_type_parse_never_raises(value: object) -> None:
    assert ProducerType.parse(value) in {None, *ProducerType}
