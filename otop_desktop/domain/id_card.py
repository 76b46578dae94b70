"""What a Thai national ID card holds, in the form's terms, parsed from the card's text fields.

The card stores fixed-width TIS-620 text padded with spaces; names and addresses are parts
joined by "#"; dates are B.E. YYYYMMDD where month and day may be 00 (only the year is known)
and an expiry of 99999999 means the card never expires. See shared/SMARTCARD.md.
"""

import datetime as dt
import re
from dataclasses import dataclass

from otop_desktop.domain.identifiers import national_id_problem
from otop_desktop.domain.thai_text import clean_text, digits_only

BE_OFFSET = 543
LIFELONG = "99999999"
# The card prints some prefixes short; the form offers them in full.
PREFIX_IN_FULL = {"น.ส.": "นางสาว", "ด.ช.": "เด็กชาย", "ด.ญ.": "เด็กหญิง"}
_AREA_WORDS = ("ตำบล", "แขวง", "อำเภอ", "เขต", "จังหวัด")
_MOO = re.compile(r"^(?:หมู่ที่|หมู่|ม\.)\s*(\d+)$")
_ROAD_WORDS = ("ตรอก", "ซอย", "ถนน")


class CardDataError(ValueError):
    """The card answered, but what it holds cannot be right (a bad read)."""


@dataclass(frozen=True)
class CardDate:
    """A B.E. date from the card; month and day are None when the card gives only the year."""

    year_be: int
    month: int | None = None
    day: int | None = None

    @property
    def year_ce(self) -> int:
        return self.year_be - BE_OFFSET

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year_ce, self.month, self.day)


@dataclass(frozen=True)
class CardAddress:
    house_no: str = ""
    moo: str = ""
    village: str = ""
    road: str = ""
    tambon: str = ""
    amphoe: str = ""
    province: str = ""

    @property
    def line(self) -> str:
        """House number, village number, village, lane and road, as written on an envelope."""
        moo = f"หมู่ที่ {self.moo}" if self.moo else ""
        return " ".join(p for p in (self.house_no, moo, self.village, self.road) if p)


@dataclass(frozen=True)
class IdCard:
    citizen_id: str
    prefix: str
    first_name: str
    last_name: str
    birth_date: CardDate | None
    address: CardAddress
    expires: CardDate | None  # None: a lifelong card

    def is_expired(self, today: dt.date) -> bool:
        if self.expires is None:
            return False
        end = self.expires.as_date()
        if end is None:
            return self.expires.year_ce < today.year
        return end < today


def decode_text(raw: bytes) -> str:
    """One fixed-width field: TIS-620, padded at the end with spaces or NULs."""
    return raw.rstrip(b" \x00").decode("tis_620", errors="replace")


def parse_name(text: str) -> tuple[str, str, str]:
    """prefix#first#middle#last -> (prefix, first, last); a middle name joins the first name."""
    parts = [clean_text(p) for p in text.split("#")]
    parts += [""] * (4 - len(parts))
    prefix, first, middle, last = parts[0], parts[1], parts[2], " ".join(parts[3:]).strip()
    first = " ".join(p for p in (first, middle) if p)
    return PREFIX_IN_FULL.get(prefix, prefix), first, last


def _without_word(text: str, words: tuple[str, ...]) -> str:
    for word in words:
        if text.startswith(word):
            return text[len(word) :].strip()
    return text


def parse_address(text: str) -> CardAddress:
    """House number, moo, lane and road first; the last three non-empty parts are the tambon,
    the district and the province (แขวง and เขต in Bangkok)."""
    parts = [p for p in (clean_text(p) for p in text.split("#")) if p]
    if len(parts) < 3:
        raise CardDataError("the address lacks its tambon, district or province")
    *rest, tambon, amphoe, province = parts
    house_no, moo = "", ""
    village: list[str] = []
    roads: list[str] = []
    for index, part in enumerate(rest):
        if found := _MOO.match(part):
            moo = digits_only(found.group(1))
        elif part.startswith(_ROAD_WORDS):
            roads.append(part)
        elif index == 0:
            house_no = part
        else:
            village.append(part)
    return CardAddress(
        house_no=house_no,
        moo=moo,
        village=" ".join(village),
        road=" ".join(roads),
        tambon=_without_word(tambon, _AREA_WORDS),
        amphoe=_without_word(amphoe, _AREA_WORDS),
        province=_without_word(province, _AREA_WORDS),
    )


def parse_date(text: str) -> CardDate | None:
    """YYYYMMDD in B.E. with 00 for an unknown month or day; None when unreadable."""
    text = text.strip()
    if len(text) != 8 or not text.isdigit() or int(text[:4]) == 0:
        return None
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if month == 0 or day == 0:
        return CardDate(year, month or None, None)
    try:
        dt.date(year - BE_OFFSET, month, day)
    except ValueError:
        return CardDate(year, None, None)
    return CardDate(year, month, day)


def parse_card(
    citizen_id: bytes, thai_name: bytes, birth_date: bytes, address: bytes, expiry: bytes
) -> IdCard:
    """The card's fields as read; a citizen ID that fails its check digit is a bad read."""
    digits = decode_text(citizen_id).strip()
    if national_id_problem(digits) is not None:
        raise CardDataError("the citizen ID fails its check digit")
    prefix, first, last = parse_name(decode_text(thai_name))
    expiry_text = decode_text(expiry).strip()
    return IdCard(
        citizen_id=digits,
        prefix=prefix,
        first_name=first,
        last_name=last,
        birth_date=parse_date(decode_text(birth_date)),
        address=parse_address(decode_text(address)),
        expires=None if expiry_text == LIFELONG else parse_date(expiry_text),
    )
