"""What a district's report workbook says about itself, for the province that merges it: which
district and fiscal year it reports, when it was made, and the stable id of the registration on
each detail row. No personal data: ids and a time only. Kept in a sheet the officer never sees.

A province holding an earlier report of the same district and year replaces it as a whole with
a later one (renames, corrections and deletions arrive), and refuses an older one.
"""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

SHEET = "otop_report"
FORMAT = "otop-district-report"
VERSION = 1
MAX_ROWS = 200_000


@dataclass(frozen=True)
class ReportIdentity:
    district_code: str
    fiscal_year: int
    exported_at: dt.datetime  # UTC, without a time zone, as the database keeps times
    # (row number on the detail sheet, registration uuid)
    rows: tuple[tuple[int, str], ...]

    def uuid_of_row(self, row: int) -> str:
        return dict(self.rows).get(row, "")

    @property
    def uuids(self) -> frozenset[str]:
        return frozenset(uuid for _row, uuid in self.rows)


def write_identity(workbook: "Workbook", identity: ReportIdentity) -> None:
    if SHEET in workbook.sheetnames:
        del workbook[SHEET]
    ws = workbook.create_sheet(SHEET)
    ws.sheet_state = "veryHidden"
    for pair in (
        ("format", FORMAT),
        ("version", VERSION),
        ("district", identity.district_code),
        ("fiscal_year", identity.fiscal_year),
        ("exported_at", identity.exported_at.isoformat(timespec="microseconds")),
        ("row", "uuid"),
    ):
        ws.append(pair)
    for row, uuid in identity.rows:
        ws.append((row, uuid))


def read_identity(workbook: "Workbook") -> ReportIdentity | None:
    """The workbook's identity, or None for any file that is not a report of ours (or whose
    identity sheet was edited beyond reading: it is then imported like any other list)."""
    if SHEET not in workbook.sheetnames:
        return None
    values = [
        tuple(row) for row in workbook[SHEET].iter_rows(values_only=True, max_row=MAX_ROWS + 6)
    ]
    try:
        head = {str(r[0]): r[1] for r in values[:5]}
        if head.get("format") != FORMAT or int(str(head.get("version"))) != VERSION:
            return None
        district = str(head["district"])
        year = int(str(head["fiscal_year"]))
        exported = dt.datetime.fromisoformat(str(head["exported_at"]))
        rows = tuple((int(str(r[0])), str(r[1])) for r in values[6:] if r and r[0] is not None)
    except (KeyError, ValueError, IndexError, TypeError):
        return None
    if len(district) != 4 or not district.isdigit() or any(len(u) != 36 for _r, u in rows):
        return None
    return ReportIdentity(district, year, exported, rows)
