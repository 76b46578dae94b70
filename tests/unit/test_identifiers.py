"""National ID, juristic number, community-enterprise code and phone numbers (PRODUCT.md §2)."""

import pytest

from otop_desktop.domain.identifiers import (
    IdHolder,
    IdProblem,
    community_enterprise_code_ok,
    format_national_id,
    is_masked_id,
    is_valid_juristic_number,
    is_valid_national_id,
    juristic_number_problem,
    mask_national_id,
    national_id_holder,
    national_id_problem,
    normalize_id,
    normalize_phone,
    phone_ok,
)
from otop_desktop.domain.validation import validate_juristic_number, validate_national_id


def rule_check_digit(first_twelve: str) -> int:
    """The rule as PRODUCT.md writes it: (11 − (Σ dᵢ·(14−i), i = 1..12) mod 11) mod 10."""
    total = sum(int(d) * (14 - i) for i, d in enumerate(first_twelve, start=1))
    return (11 - total % 11) % 10


def build_id(first_twelve: str) -> str:
    return first_twelve + str(rule_check_digit(first_twelve))


# Worked by hand: 1·13 + 2·12 + 3·11 + 4·10 + 5·9 + 6·8 + 7·7 + 8·6 + 9·5 + 0·4 + 1·3 + 2·2 = 352,
# 352 mod 11 = 0, (11 − 0) mod 10 = 1.
HAND_CHECKED_ID = "1234567890121"
VALID_IDS = [
    HAND_CHECKED_ID,
    build_id("110170020345"),
    build_id("310060012345"),
    build_id("324020001234"),
    build_id("150990012345"),
    build_id("500000000000"),
    build_id("899999999999"),
]
VALID_JURISTIC = [build_id("010553601234"), build_id("010554500012")]


def test_hand_checked_id_agrees_with_the_rule() -> None:
    assert build_id(HAND_CHECKED_ID[:12]) == HAND_CHECKED_ID


@pytest.mark.parametrize("digits", VALID_IDS)
def test_valid_national_ids_pass(digits: str) -> None:
    assert national_id_problem(digits) is None
    assert is_valid_national_id(digits)
    assert validate_national_id(digits) == []


@pytest.mark.parametrize("digits", VALID_IDS)
def test_wrong_last_digit_is_rejected_naming_the_expected_digit(digits: str) -> None:
    expected = digits[12]
    wrong = digits[:12] + str((int(expected) + 1) % 10)

    assert national_id_problem(wrong) is IdProblem.CHECK_DIGIT
    assert not is_valid_national_id(wrong)
    [error] = validate_national_id(wrong)
    assert error.is_error
    assert f"ควรเป็น {expected}" in error.message_th
    assert f"should be {expected}" in error.message_en


@pytest.mark.parametrize("digits", ["", "123456789012", "12345678901234", "1" * 20])
def test_wrong_length_is_a_length_problem(digits: str) -> None:
    assert national_id_problem(digits) is IdProblem.LENGTH
    assert not is_valid_national_id(digits)


def test_length_message_says_how_many_digits_were_given() -> None:
    [error] = validate_national_id("123456789012")
    assert "13" in error.message_th
    assert "12" in error.message_th
    assert "(12 given)" in error.message_en


@pytest.mark.parametrize(
    "typed",
    [
        "1-2345-67890-12-1",
        "1 2345 67890 12 1",
        " 1234567890121 ",
        "๑๒๓๔๕๖๗๘๙๐๑๒๑",
        "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑",
        "1-2345 67890-๑๒-๑",
    ],
)
def test_dashes_spaces_and_thai_digits_are_accepted(typed: str) -> None:
    assert normalize_id(typed) == HAND_CHECKED_ID
    assert is_valid_national_id(typed)


def test_normalize_id_of_nothing_is_empty() -> None:
    assert normalize_id(None) == ""
    assert normalize_id("") == ""


def test_format_national_id_groups_as_x_xxxx_xxxxx_xx_x() -> None:
    assert format_national_id("1234567890121") == "1-2345-67890-12-1"


def test_format_leaves_a_wrong_length_alone() -> None:
    assert format_national_id("12345") == "12345"


def test_mask_shows_only_first_and_last_digit() -> None:
    digits = build_id("150990012345")
    assert digits == "1509900123453"
    assert mask_national_id(digits) == "1-xxxx-xxxxx-xx-3"


def test_mask_of_nothing_is_empty() -> None:
    assert mask_national_id("") == ""


@pytest.mark.parametrize("digits", VALID_IDS)
def test_masked_output_is_recognised_as_masked(digits: str) -> None:
    assert is_masked_id(mask_national_id(digits))


@pytest.mark.parametrize(
    "text",
    [
        "1-xxxx-xxxxx-xx-3",
        "1-XXXX-XXXXX-XX-3",
        "1 xxxx xxxxx xx 3",
        "1xxxxxxxxxxx3",
        "๑-xxxx-xxxxx-xx-๓",
        "  1-xxxx-xxxxx-xx-3  ",
        "1-****-*****-**-3",
        # The style PRODUCT.md §2 (PDPA) names for masked lists and e-mailed reports.
        "x-xxxx-xxxxx-xx-1",
    ],
)
def test_masked_forms_are_recognised(text: str) -> None:
    assert is_masked_id(text)


@pytest.mark.parametrize(
    "text", [HAND_CHECKED_ID, "1-2345-67890-12-1", "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑", "", "ไม่มี"]
)
def test_real_ids_and_other_text_are_not_masked(text: str) -> None:
    assert not is_masked_id(text)


# Juristic registration number: 13 digits, first digit 0, same check-digit rule.


@pytest.mark.parametrize("digits", VALID_JURISTIC)
def test_valid_juristic_numbers_pass(digits: str) -> None:
    assert digits.startswith("0")
    assert juristic_number_problem(digits) is None
    assert is_valid_juristic_number(digits)
    assert is_valid_juristic_number(format_national_id(digits))
    assert validate_juristic_number(digits) == []


def test_juristic_number_must_start_with_zero() -> None:
    digits = build_id("110170020345")
    assert juristic_number_problem(digits) is IdProblem.NOT_JURISTIC
    assert not is_valid_juristic_number(digits)
    [error] = validate_juristic_number(digits)
    assert "ขึ้นต้นด้วย 0" in error.message_th


@pytest.mark.parametrize("digits", VALID_JURISTIC)
def test_juristic_wrong_check_digit_names_the_expected_digit(digits: str) -> None:
    wrong = digits[:12] + str((int(digits[12]) + 5) % 10)
    assert juristic_number_problem(wrong) is IdProblem.CHECK_DIGIT
    [error] = validate_juristic_number(wrong)
    assert f"ควรเป็น {digits[12]}" in error.message_th


def test_juristic_wrong_length() -> None:
    assert juristic_number_problem("010553601234") is IdProblem.LENGTH


# Community-enterprise code: kept as typed, expected to reduce to 12 digits.


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("2-24-02-01/1-0001", True),
        ("224020110001", True),
        ("๒-๒๔-๐๒-๐๑/๑-๐๐๐๑", True),
        ("2-24-02-01/1-001", False),
        ("2-24-02-01/1-00011", False),
        ("", False),
    ],
)
def test_community_enterprise_code_reduces_to_twelve_digits(code: str, ok: bool) -> None:
    assert community_enterprise_code_ok(code) is ok


# Phone: Thai numbers, 9–10 digits starting with 0, stored as digits.


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812345678", "0812345678"),
        ("081-234-5678", "0812345678"),
        ("081 234 5678", "0812345678"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),
        ("038-541-234", "038541234"),
        ("+66 81 234 5678", "0812345678"),
        ("+66812345678", "0812345678"),
        ("66-81-234-5678", "0812345678"),
        ("+66 38 541 234", "038541234"),
        ("+66 2 123 4567", "021234567"),
        ("+66 (0)81 234 5678", "0812345678"),
        # A number cell in a spreadsheet drops the leading zero.
        ("812345678", "0812345678"),
        ("38541234", "038541234"),
        (None, ""),
        ("", ""),
    ],
)
def test_normalize_phone(typed: str | None, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("digits", ["0812345678", "038541234", "021234567"])
def test_phone_ok_accepts_thai_numbers(digits: str) -> None:
    assert phone_ok(digits)


@pytest.mark.parametrize(
    "digits", ["", "812345678", "1812345678", "08123456", "08123456789", "66812345678"]
)
def test_phone_ok_refuses_other_numbers(digits: str) -> None:
    assert not phone_ok(digits)


# Whose number it is (issue 14): the first digit says it, python-stdnum's th.pin agrees.


@pytest.mark.parametrize("first", "12345")
def test_thai_nationals_numbers_are_taken_without_a_word(first: str) -> None:
    digits = build_id(first + "10060044563")
    assert national_id_holder(digits) is IdHolder.THAI
    assert validate_national_id(digits) == []


def test_a_juristic_number_in_the_national_id_field_is_refused_and_named() -> None:
    # A company of Chachoengsao (24), as the issue typed it into the ID field.
    company = "0245556000121"
    assert national_id_problem(company) is None  # a well-formed number: its check digit holds
    assert not is_valid_national_id(company)
    [error] = validate_national_id(company)
    assert error.is_error
    assert "เลขทะเบียนนิติบุคคล" in error.message_th
    assert "ไม่ใช่เลขประจำตัวประชาชนของคนไทย" in error.message_th
    assert "juristic registration number" in error.message_en


def test_a_number_starting_with_nine_is_refused_because_none_are_issued() -> None:
    digits = build_id("910060044563")
    assert not is_valid_national_id(digits)
    [error] = validate_national_id(digits)
    assert error.is_error
    assert "ขึ้นต้นด้วย 9" in error.message_th
    assert "no such numbers are issued" in error.message_en


@pytest.mark.parametrize("first", "67")
def test_a_foreigners_number_is_warned_not_refused(first: str) -> None:
    digits = build_id(first + "10060044563")
    assert national_id_holder(digits) is IdHolder.NON_THAI
    [warning] = validate_national_id(digits)
    assert not warning.is_error
    assert f"ขึ้นต้นด้วย {first}" in warning.message_th
    assert "ต้องเป็นคนไทย" in warning.message_th
    assert "not a Thai national" in warning.message_en


def test_a_typo_is_named_before_the_kind_of_number() -> None:
    assert build_id("910060044563") == "9100600445634"
    [error] = validate_national_id("9100600445630")
    assert error.code == "national_id_check_digit"


@pytest.mark.parametrize(
    ("typed", "stray"),
    [
        ("3240100987659abc", "abc"),
        ("32401O0987659", "O"),  # the letter O for a zero
        ("3-2401-00987-65-9 ก", "ก"),
        ("3240100987659.", "."),
    ],
)
def test_letters_in_an_id_are_an_error_not_dropped(typed: str, stray: str) -> None:
    digits = normalize_id(typed)
    assert national_id_problem(digits) is IdProblem.CHARACTERS
    assert not is_valid_national_id(typed)
    [error] = validate_national_id(digits)
    assert error.is_error
    assert f"({stray})" in error.message_th
    assert "not digits" in error.message_en
    [juristic] = validate_juristic_number(digits)
    assert juristic.is_error and f"({stray})" in juristic.message_th


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212"])
def test_every_kind_of_dash_and_space_still_separates_the_groups(dash: str) -> None:
    typed = dash.join(["3", "2401", "00987", "65", "9"]).replace("00987", "00 987")
    assert normalize_id(typed) == "3240100987659"
    assert normalize_id("\u00a0๓ ๒๔๐๑\u00a0๐๐๙๘๗ ๖๕ ๙ ") == "3240100987659"


def test_a_national_id_in_the_juristic_field_is_named() -> None:
    [error] = validate_juristic_number("3240100987659")
    assert "เลขประจำตัวประชาชน" in error.message_th
    assert "national ID" in error.message_en
