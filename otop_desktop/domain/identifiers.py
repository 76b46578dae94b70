"""Thai national ID, juristic registration number, community-enterprise code and phone numbers."""

import operator
import re
from enum import StrEnum

from otop_desktop.domain.thai_text import clean_text, digits_only, to_arabic_digits


class IdProblem(StrEnum):
    LENGTH = "length"
    CHECK_DIGIT = "check_digit"
    NOT_JURISTIC = "not_juristic"
    # A letter or sign other than the spaces and dashes people write between the groups.
    CHARACTERS = "characters"


class IdHolder(StrEnum):
    """Whose number a well-formed 13-digit number is, by its first digit (DOPA's categories)."""

    THAI = "thai"  # 1–5 and 8: Thai nationals (8 also naturalised Thais)
    NON_THAI = "non_thai"  # 6 and 7: foreigners living in Thailand and their children
    ZERO = "zero"  # 0: people without registration status, and juristic persons (DBD numbers)
    NOT_ISSUED = "not_issued"  # 9: no such numbers are issued


_WEIGHTS = tuple(range(13, 1, -1))


def check_digit(first_twelve: str) -> int:
    total = sum(map(operator.mul, map(int, first_twelve), _WEIGHTS))
    return (11 - total % 11) % 10


# Spaces and the dashes (hyphen, non-breaking hyphen, en and em dash, minus) between the groups.
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]+")


def normalize_id(text: str | None) -> str:
    """An ID as typed, with Thai digits made Arabic and the spaces and dashes between its groups
    taken out. Anything else stays, so that the check names a stray letter instead of dropping it."""
    return _SEPARATORS.sub("", to_arabic_digits(clean_text(text)))


def stray_characters(text: str) -> str:
    """The characters of a normalised ID that are not digits, each once, in order."""
    if text.isascii() and text.isdigit():
        return ""
    return "".join(dict.fromkeys(ch for ch in text if not (ch.isascii() and ch.isdigit())))


def national_id_problem(digits: str) -> IdProblem | None:
    """Whether the number is well formed: digits only, 13 of them, the check digit right."""
    if stray_characters(digits):
        return IdProblem.CHARACTERS
    if len(digits) != 13:
        return IdProblem.LENGTH
    if check_digit(digits[:12]) != int(digits[12]):
        return IdProblem.CHECK_DIGIT
    return None


def national_id_holder(digits: str) -> IdHolder:
    """Whose number a well-formed number is; only THAI belongs to a Thai national."""
    first = digits[:1]
    if first == "0":
        return IdHolder.ZERO
    if first == "9":
        return IdHolder.NOT_ISSUED
    if first in ("6", "7"):
        return IdHolder.NON_THAI
    return IdHolder.THAI


def juristic_number_problem(digits: str) -> IdProblem | None:
    problem = national_id_problem(digits)
    if problem is None and not digits.startswith("0"):
        return IdProblem.NOT_JURISTIC
    return problem


def is_valid_national_id(text: str) -> bool:
    """A well-formed number a Thai national or a resident foreigner may hold (not 0 or 9)."""
    digits = normalize_id(text)
    return national_id_problem(digits) is None and national_id_holder(digits) not in (
        IdHolder.ZERO,
        IdHolder.NOT_ISSUED,
    )


def is_valid_juristic_number(text: str) -> bool:
    return juristic_number_problem(normalize_id(text)) is None


def restore_leading_zero(digits: str) -> str:
    """A juristic number kept in a spreadsheet's number cell comes with its leading 0 lost:
    12 digits that make a valid juristic number with the 0 put back are that number."""
    if len(digits) == 12 and digits.isdigit() and juristic_number_problem("0" + digits) is None:
        return "0" + digits
    return digits


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


_MASK_MARK = re.compile("[xX*•●]")


def is_masked_id(text: str) -> bool:
    """True for an ID written masked by an export (1-xxxx-xxxxx-xx-3): it means "not given"."""
    if not _MASK_MARK.search(text):  # most cells: a number, or nothing
        return False
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
