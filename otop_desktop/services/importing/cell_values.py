"""A cell of the interchange table as the importer reads it: text cleaned once, whole numbers,
dates, and the parts of an address written on one line."""

import datetime as dt
import re

from otop_desktop.domain.registration import SiteAddress
from otop_desktop.domain.thai_dates import ThaiDateError, from_spreadsheet_value
from otop_desktop.domain.thai_text import clean_text, digits_only, to_arabic_digits


def cell_text(value: object) -> str:
    """A cell as cleaned text; a whole number a spreadsheet keeps as 12.0 reads 12."""
    if value.__class__ is str:
        return clean_text(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value))


def date_or_none(value: object) -> dt.date | None:
    try:
        return from_spreadsheet_value(value)
    except ThaiDateError:
        return None


def whole_number(text: str) -> int | None:
    if not text:
        return None
    digits = digits_only(text.split(".")[0])
    if not digits:
        raise ValueError(text)
    return int(digits)


_MOO = re.compile(r"(?:หมู่(?:ที่)?|ม\.)\s*(\d+)")
_HOUSE = re.compile(r"^(?:บ้านเลขที่\s*)?(\d+(?:/\d+)?)")
_POSTAL = re.compile(r"\b(\d{5})\b")


def parse_address(text: str, tambon_code: str, postal_default: str) -> SiteAddress:
    arabic = to_arabic_digits(text)
    moo = _MOO.search(arabic)
    house = _HOUSE.match(arabic)
    postal = _POSTAL.search(arabic)
    return SiteAddress(
        tambon_code=tambon_code,
        house_no=house.group(1) if house else "",
        moo=moo.group(1) if moo else "",
        postal_code=postal.group(1) if postal else postal_default,
        free_text=text,
    )
