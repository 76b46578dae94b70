"""Helpers shared by the export tests: the Bang Khla office loaded, and ways to read files back."""

import csv
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPORT_DATE = dt.date(2023, 9, 27)
REPORT_DATE_TH = "27 กันยายน 2566"
REPORT_DATE_THAI_DIGITS = "๒๗ กันยายน ๒๕๖๖"
SHORT_TAMBONS = ("ปากน้ำ", "หัวไทร")
OFFICER = "นางสาวสมใจ รักงาน"
POSITION = "นักวิชาการพัฒนาชุมชนชำนาญการ"

# A national ID as any export might write it: 13 digits, maybe with dashes or spaces. It never
# starts with 0, which keeps juristic numbers (0 + 12 digits) out of the match.
FULL_NATIONAL_ID = re.compile(r"(?<![\dxX])[1-8][-\s]?\d{4}[-\s]?\d{5}[-\s]?\d{2}[-\s]?\d(?!\d)")

FORMULA_LIKE_NAMES = ('=HYPERLINK("x")', "+66", "-1", "@x")


@contextmanager
def open_office(folder: Path, district: str = "2402") -> Iterator[Any]:
    """A further office in its own data folder, set up like the `services` fixture's."""
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(folder))
    try:
        services.office.setup(district, officer_name=OFFICER, officer_position=POSITION)
        yield services
    finally:
        services.close()


def load_bang_khla(services: Any, csv_path: Path) -> Any:
    report = services.importer.import_file(csv_path)
    assert report.committed, report.summary()
    return services


def national_ids_in(csv_path: Path) -> set[str]:
    with csv_path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    from otop_desktop.domain.identifiers import normalize_id

    return {normalize_id(r["เลขประจำตัวประชาชน"]) for r in rows if r["เลขประจำตัวประชาชน"]}


def write_formula_like_csv(path: Path) -> Path:
    """Producers whose names a spreadsheet would take for formulas."""
    header = ["ตำบล", "ประเภทผู้ผลิต", "ชื่อผู้ผลิต", "ชื่อผลิตภัณฑ์", "ประเภทผลิตภัณฑ์"]
    header += ["วันที่รับลงทะเบียน", "หมายเหตุ"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for name in FORMULA_LIKE_NAMES:
            # A control character pasted into the notes cannot go into an .xlsx file as it is.
            writer.writerow(["หัวไทร", "รายเดียว", name, "ขนม", "อาหาร", "1/9/2566", "=1+1\x07"])
    return path


def cell_texts(workbook: Any) -> Iterator[tuple[str, str, str]]:
    """(sheet, coordinate, text) of every non-empty cell of every sheet."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell.coordinate, str(cell.value)


def full_ids_in_text(text: str) -> list[str]:
    return FULL_NATIONAL_ID.findall(text)
