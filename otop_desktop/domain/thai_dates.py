"""Buddhist-era dates as Thai offices write them, and the Thai fiscal year."""

import calendar
import datetime as dt
import re

from otop_desktop.domain.thai_text import clean_text, to_arabic_digits, to_thai_digits

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_MONTH_BY_NAME: dict[str, int] = {}
for _i, (_full, _abbr, _en) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR, MONTHS_EN, strict=True)):
    _MONTH_BY_NAME[_full] = _i + 1
    _MONTH_BY_NAME[_abbr.replace(".", "")] = _i + 1
    _MONTH_BY_NAME[_en] = _i + 1
    _MONTH_BY_NAME[_en[:3]] = _i + 1

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{2}|\d{4})$")


class ThaiDateError(ValueError):
    pass


def _be_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:
        return 2500 + year
    return year


def _build(be_year: int, month: int, day: int, text: str) -> dt.date:
    if be_year < 2400:
        raise ThaiDateError(f"year {be_year} is not a Buddhist-era year: {text!r}")
    try:
        return dt.date(be_year - BE_OFFSET, month, day)
    except ValueError as exc:
        raise ThaiDateError(f"no such date: {text!r}") from exc


def parse_thai_date(text: str) -> dt.date:
    """Reads 26/9/2566, 26 ก.ย. 2566, 26 กันยายน พ.ศ. 2566 (Thai or Arabic digits) or 2023-09-26.

    Day-month-year forms are Buddhist-era years (two-digit years mean 25xx); ISO is Common Era.
    """
    original = text
    text = clean_text(to_arabic_digits(text))
    text = re.sub(r"^วันที่\s*", "", text)
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        if year > 2400:
            return _build(year, month, day, original)
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise ThaiDateError(f"no such date: {original!r}") from exc
    numeric = _NUMERIC.match(text)
    if numeric:
        day, month = int(numeric.group(1)), int(numeric.group(2))
        return _build(_be_year(numeric.group(3)), month, day, original)
    words = _WORDS.match(text)
    if words:
        month_key = words.group(2).replace(".", "").replace(" ", "").casefold()
        named_month = _MONTH_BY_NAME.get(month_key)
        if named_month is None:
            raise ThaiDateError(f"unknown month {words.group(2)!r} in {original!r}")
        return _build(_be_year(words.group(3)), named_month, int(words.group(1)), original)
    raise ThaiDateError(f"not a date: {original!r}")


def from_spreadsheet_value(value: object) -> dt.date:
    """A cell may hold a real date (Thai Excel may store B.E. years in it) or text."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value.year > 2400:
            try:
                return value.replace(year=value.year - BE_OFFSET)
            except ValueError as exc:
                raise ThaiDateError(f"no such date: {value.isoformat()}") from exc
        return value
    return parse_thai_date(str(value))


def format_thai_date(date: dt.date, style: str = "numeric", *, thai_digits: bool = False) -> str:
    """Writes a date as numeric 26/9/2566, abbr 26 ก.ย. 2566 or full 26 กันยายน 2566."""
    be_year = date.year + BE_OFFSET
    if style == "numeric":
        text = f"{date.day}/{date.month}/{be_year}"
    elif style == "abbr":
        text = f"{date.day} {MONTHS_ABBR[date.month - 1]} {be_year}"
    elif style == "full":
        text = f"{date.day} {MONTHS_FULL[date.month - 1]} {be_year}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return to_thai_digits(text) if thai_digits else text


def format_be_date_en(date: dt.date, style: str = "abbr") -> str:
    """The English twin of format_thai_date, with the Buddhist-era year: 26 Sep 2566."""
    if style == "numeric":
        return format_thai_date(date, style)
    names = calendar.month_abbr if style == "abbr" else calendar.month_name
    return f"{date.day} {names[date.month]} {date.year + BE_OFFSET}"


def fiscal_year(date: dt.date) -> int:
    """The B.E. fiscal year a date falls in: 1 October to 30 September, named by its end."""
    ce_year = date.year + 1 if date.month >= 10 else date.year
    return ce_year + BE_OFFSET


def fiscal_year_bounds(be_fiscal_year: int) -> tuple[dt.date, dt.date]:
    end_ce = be_fiscal_year - BE_OFFSET
    return dt.date(end_ce - 1, 10, 1), dt.date(end_ce, 9, 30)
