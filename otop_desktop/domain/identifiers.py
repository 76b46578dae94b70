"""Thai national ID, juristic registration number, community-enterprise code and phone numbers."""

import re
from enum import StrEnum

from otop_desktop.domain.thai_text import clean_text, digits_only, to_arabic_digits


class IdProblem(StrEnum):
    LENGTH = "length"
    CHECK_DIGIT = "check_digit"
    NOT_JURISTIC = "not_juristic"


def check_digit(first_twelve: str) -> int:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first_twelve))
    return (11 - total % 11) % 10


def normalize_id(text: str | None) -> str:
    """Keeps the digits of an ID as typed with dashes, spaces or Thai digits."""
    return digits_only(text or "")


def national_id_problem(digits: str) -> IdProblem | None:
    if len(digits) != 13 or not digits.isdigit():
        return IdProblem.LENGTH
    if check_digit(digits[:12]) != int(digits[12]):
        return IdProblem.CHECK_DIGIT
    return None


def juristic_number_problem(digits: str) -> IdProblem | None:
    problem = national_id_problem(digits)
    if problem is None and not digits.startswith("0"):
        return IdProblem.NOT_JURISTIC
    return problem


def is_valid_national_id(text: str) -> bool:
    return national_id_problem(normalize_id(text)) is None


def is_valid_juristic_number(text: str) -> bool:
    return juristic_number_problem(normalize_id(text)) is None


def format_national_id(digits: str) -> str:
    if len(digits) != 13:
        return digits
    return f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"


def mask_national_id(digits: str) -> str:
    """Shows only the first and last digit, as PDPA practice asks in lists and e-mailed reports."""
    if not digits:
        return ""
    if len(digits) != 13:
        return "x" * len(digits)
    return f"{digits[0]}-xxxx-xxxxx-xx-{digits[12]}"


_MASKED = re.compile(r"^[0-9xX*]?[-\s]*[xX*•●]{4}[-\s]*[xX*•●]{5}[-\s]*[xX*•●]{2}[-\s]*[0-9]?$")


def is_masked_id(text: str) -> bool:
    """True for an ID written masked by an export (1-xxxx-xxxxx-xx-3): it means "not given"."""
    return bool(_MASKED.match(to_arabic_digits(clean_text(text))))


def with_check_digit(first_twelve: str) -> str:
    return first_twelve + str(check_digit(first_twelve))


def community_enterprise_code_ok(text: str) -> bool:
    """The code is kept as typed; it is only expected to reduce to 12 digits."""
    return len(digits_only(text)) == 12


def normalize_phone(text: str | None) -> str:
    digits = digits_only(text or "")
    if digits.startswith("660") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    # Spreadsheets drop the leading zero of a phone number typed into a number cell.
    if len(digits) in (8, 9) and not digits.startswith("0"):
        digits = "0" + digits
    return digits


def phone_ok(digits: str) -> bool:
    return digits.startswith("0") and len(digits) in (9, 10)


def format_phone(digits: str) -> str:
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9:
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    return digits
