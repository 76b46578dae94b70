"""Which district a row of a province office's import comes from, for tambon names that several
districts of the province share.

A district column (อำเภอ, รหัสอำเภอ) names it row by row; failing that, a title line above the
header row (สำนักงานพัฒนาชุมชนอำเภอบางคล้า) names it for the whole file. A row with a tambon code
needs neither: the code holds the district.
"""

from collections.abc import Callable, Sequence

from otop_desktop.domain.areas import District
from otop_desktop.domain.thai_text import clean_text, digits_only
from otop_desktop.services.importing.interchange import header_key
from otop_desktop.services.importing.table_reader import RawTable

DistrictHint = Callable[[tuple[object, ...]], str]
"""The 4-digit district code a row names, or "" when it names none."""

DISTRICT_HEADERS = frozenset(
    header_key(h) for h in ("อำเภอ", "รหัสอำเภอ", "อำเภอที่ตั้ง", "ชื่ออำเภอ", "district")
)
PREFIXES = ("อำเภอ", "อ.", "เขต")


def district_of_text(text: str, districts: Sequence[District]) -> str:
    """2402, อำเภอบางคล้า, อ.บางคล้า, บางคล้า or Bang Khla: the district's code, or ""."""
    text = clean_text(text)
    digits = digits_only(text)
    if len(digits) == 4:
        return digits if any(d.code == digits for d in districts) else ""
    for prefix in PREFIXES:
        text = text.removeprefix(prefix).strip()
    wanted = text.casefold()
    found = [d.code for d in districts if wanted in (d.name_th, d.name_en.casefold())]
    return found[0] if len(found) == 1 else ""


def districts_named_in(text: str, districts: Sequence[District]) -> set[str]:
    """Districts a title line names as อำเภอX or อ.X."""
    found: set[str] = set()
    text = clean_text(text)
    # Longest names first, each taken out once found, so that a name within a longer one
    # is not read a second time.
    for district in sorted(districts, key=lambda d: -len(d.name_th)):
        for prefix in PREFIXES[:2]:
            named = prefix + district.name_th
            if named in text:
                found.add(district.code)
                text = text.replace(named, " ")
    return found


def district_hint(table: RawTable, districts: Sequence[District]) -> DistrictHint | None:
    column = next(
        (i for i, h in enumerate(table.headers) if header_key(h) in DISTRICT_HEADERS), None
    )
    if column is not None:
        at = column

        def of_row(row: tuple[object, ...]) -> str:
            value = row[at] if at < len(row) else None
            return district_of_text(str(value), districts) if value is not None else ""

        return of_row
    named: set[str] = set()
    for line in table.preamble:
        named |= districts_named_in(" ".join(str(c) for c in line if c is not None), districts)
    if len(named) == 1:
        code = named.pop()
        return lambda _row: code
    return None
