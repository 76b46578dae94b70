"""No text of the report is clipped on paper: LibreOffice prints the Bang Khla report, with long
names, addresses, masked IDs and phone numbers added, and every cell's words must be printed,
as typed, inside its own row and column (tests/integration/printed_cells.py tells where). A row
set shorter than its wrapped text must fail the same check. One LibreOffice run per workbook."""

import csv
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desktop.services.report.report_workbook import DETAILS_SHEET, SUMMARY_SHEET
from tests.integration import printed_cells
from tests.integration.export_support import REPORT_DATE, load_bang_khla
from tests.integration.print_preview_support import NEEDS_LIBREOFFICE, print_preview, report_cases

pytestmark = NEEDS_LIBREOFFICE

LONG_GROUP = "กลุ่มวิสาหกิจชุมชนแม่บ้านเกษตรกรแปรรูปผลผลิตทางการเกษตรบ้านคลองสวนหมากหมู่ที่ 7"
LONG_ADDRESS = "199/45 หมู่ 12 บ้านคลองสวนหมาก ซอยวัดเสม็ดใต้ ถนนบางคล้า-ฉะเชิงเทรา ตำบลเสม็ดใต้"
LONG_PERSON = "นางสาวประภาพรรณ ศรีสุวรรณวัฒนากุล"


def _long_rows() -> list[list[str]]:
    """Rows as an officer types them at their longest: (tambon, type, name, contact, ID,
    juristic no., members, address, phone, products, category, received on, notes)."""
    nid, juristic = report_cases.national_id, report_cases.juristic_no
    group = ["240213", "กลุ่ม", LONG_GROUP, LONG_PERSON, nid(20_000_001), "", "148", LONG_ADDRESS]
    group += ["0812345678", "ข้าวเกรียบปลากรายสมุนไพร; น้ำพริกปลาสลิดทรงเครื่อง", "อาหาร", "3/2/2566"]
    group += ["ส่งเอกสารเพิ่มเติมภายหลัง รอสำเนาทะเบียนวิสาหกิจชุมชน"]
    single = ["240212", "รายเดียว", LONG_PERSON, LONG_PERSON, nid(20_000_002), "", ""]
    single += ["88/1 หมู่ 5 ซอยร่วมใจพัฒนา ถนนสายเอเชีย", "0923334455", "ผ้าบาติกเขียนมือลายดอกบัว"]
    single += ["ผ้าและเครื่องแต่งกาย", "14/3/2566", ""]
    sme = ["240201", "SMEs", "บริษัท บางคล้าอุตสาหกรรมอาหารแปรรูปและส่งออก จำกัด", LONG_PERSON, ""]
    sme += [juristic(20_000_003), "", LONG_ADDRESS, "038541234"]
    sme += ["Organic Jasmine Rice Crackers (Gluten-free); ข้าวตังหน้าธัญพืช", "อาหาร", "21/4/2566"]
    sme += ["ผลิตภัณฑ์ส่งออกต่างประเทศ"]
    small = ["240214", "กลุ่มผู้ผลิตชุมชน", "กลุ่มจักสานผักตบชวา", "นายสมพงษ์ ใจซื่อ", nid(20_000_004)]
    small += ["", "9", "5 หมู่ 2", "0865551212", "กระเป๋า; ตะกร้า; หมวก; แจกัน"]
    small += ["ของใช้ ของตกแต่ง ของที่ระลึก", "๑๒ มิ.ย. ๒๕๖๖", "-"]
    return [group, single, sme, small]


@pytest.fixture(scope="module")
def preview_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One LibreOffice profile for the module: a fresh one costs two seconds more a run."""
    return tmp_path_factory.mktemp("preview-home")


def _report(services: Any, bang_khla_csv: Path, tmp_path: Path) -> Path:
    load_bang_khla(services, bang_khla_csv)
    table = tmp_path / "long.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(report_cases.HEADER)
        writer.writerows(_long_rows())
    imported = services.importer.import_file(table)
    assert imported.committed and imported.added == 4, imported.summary()
    return Path(services.reports.export(tmp_path / "out", today=REPORT_DATE).workbook)


def _clipping(workbook: Path, out: Path, home: Path) -> tuple[list[str], int, Path]:
    """Every clipped or misplaced text of the printed workbook, how many cells were checked."""
    pdf = print_preview.convert_to_pdf(workbook, out, home)
    pages = printed_cells.words(pdf)
    sheets = openpyxl.load_workbook(workbook)
    problems: list[str] = []
    checked, first = 0, 1
    for name in (SUMMARY_SHEET, DETAILS_SHEET):
        found, count = printed_cells.check_sheet_pages(sheets[name], pdf, first, pages)
        problems += found
        checked += count
        first += len(printed_cells.pages_of(sheets[name]))
    assert first - 1 == len(pages), "LibreOffice broke the pages elsewhere than planned"
    return problems, checked, pdf


def test_no_cell_of_the_report_is_clipped_on_paper(
    services: Any, bang_khla_csv: Path, tmp_path: Path, preview_home: Path
) -> None:
    workbook = _report(services, bang_khla_csv, tmp_path)
    problems, checked, pdf = _clipping(workbook, tmp_path / "pages", preview_home)
    assert not problems, "\n".join(problems)
    details = openpyxl.load_workbook(workbook)[DETAILS_SHEET]
    assert details.max_row > 6 + 27 and checked > 27 * 14 / 2  # every registration's cells
    # Masked IDs are printed whole, each as one word (not "3-xxxx-xxxxx-" and "xx-9").
    masked = re.compile(r"\d-xxxx-xxxxx-xx-\d")
    typed = [c for row in details.iter_rows() for c in row if masked.fullmatch(str(c.value))]
    words = printed_cells.words(pdf)
    printed = [w for _, page in words for w in page if masked.fullmatch(w.text)]
    assert len(printed) == len(typed) >= 19


def test_a_row_shorter_than_its_text_is_caught(
    services: Any, bang_khla_csv: Path, tmp_path: Path, preview_home: Path
) -> None:
    workbook = _report(services, bang_khla_csv, tmp_path)
    sheets = openpyxl.load_workbook(workbook)
    details = sheets[DETAILS_SHEET]
    # The long group's name and address wrap into four lines.
    row = next(
        cells[0].row for cells in details.iter_rows(min_row=7) if cells[3].value == LONG_GROUP
    )
    details.row_dimensions[row].height = 45.6  # room for two
    shortened = tmp_path / "shortened.xlsx"
    sheets.save(shortened)
    problems, _, _ = _clipping(shortened, tmp_path / "pages", preview_home)
    assert problems and all(f"!{letter}{row}:" in " ".join(problems) for letter in "DI")
    assert any("outside its row" in p for p in problems), problems
