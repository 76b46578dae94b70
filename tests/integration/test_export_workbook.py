"""The report workbook read back with openpyxl: figures, layout, print setup, privacy, safety."""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desktop.domain.identifiers import format_national_id
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.importing.interchange import COLUMN_ORDER
from otop_desktop.services.report.report_workbook import (
    DETAILS_SHEET,
    SUMMARY_SHEET,
    write_interchange_sheet,
    write_report_workbook,
)
from otop_desktop.services.report.sheet_geometry import lines_needed, row_height
from otop_desktop.services.report.sheet_writing import (
    DATE_FORMAT,
    DATE_FORMAT_THAI_DIGITS,
    FONT_NAME,
    FONT_SIZE,
    FORMULA_STARTS,
    Styles,
)
from tests.integration.export_support import (
    FORMULA_LIKE_NAMES,
    REPORT_DATE,
    REPORT_DATE_TH,
    REPORT_DATE_THAI_DIGITS,
    cell_texts,
    full_ids_in_text,
    load_bang_khla,
    national_ids_in,
    open_office,
    write_formula_like_csv,
)

FIRST_TAMBON_ROW = 8
TYPE_COLUMNS = {ProducerType.GROUP: 3, ProducerType.SINGLE_OWNER: 4, ProducerType.SME: 5}


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


def _write(services: Any, path: Path, **options: Any) -> Any:
    data = services.reports.report_data(today=REPORT_DATE, **options)
    write_report_workbook(data, path)
    return openpyxl.load_workbook(path)


@pytest.fixture
def workbook(bang_khla: Any, tmp_path: Path) -> Any:
    return _write(bang_khla, tmp_path / "report.xlsx")


def test_summary_figures_equal_the_district_status(bang_khla: Any, workbook: Any) -> None:
    sheet = workbook[SUMMARY_SHEET]
    status = bang_khla.quota.district_status()
    for offset, tambon in enumerate(status.tambons):
        row = FIRST_TAMBON_ROW + offset
        assert sheet.cell(row, 1).value == offset + 1
        assert sheet.cell(row, 2).value == tambon.tambon.name_th
        for producer_type, column in TYPE_COLUMNS.items():
            assert sheet.cell(row, column).value == tambon.counts.of_type(producer_type)
        # The row's total adds up its types, so that a hand correction carries through.
        assert sheet.cell(row, 6).value == f"=SUM(C{row}:E{row})"
        assert sheet.cell(row, 6).data_type == "f"
        assert sheet.cell(row, 7).value == status.campaign.rule.min_total
        assert sheet.cell(row, 8).value == ("ครบ" if tambon.decision.met else "ไม่ครบ")
    total = FIRST_TAMBON_ROW + len(status.tambons)
    assert sheet.cell(total, 1).value == "รวม"
    for column in "CDEFG":
        assert sheet[f"{column}{total}"].value == f"=SUM({column}8:{column}{total - 1})"
    assert 'COUNTIF(H8:H16,"ครบ")' in sheet.cell(total, 8).value
    assert 'COUNTIF(H8:H16,"ไม่ครบ")' in sheet.cell(total, 9).value


def test_headings_name_the_office_letter_and_date(workbook: Any) -> None:
    sheet = workbook[SUMMARY_SHEET]
    assert sheet["A1"].value == "แบบรายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ 2566"
    assert sheet["A1"].font.bold
    assert "สำนักงานพัฒนาชุมชนอำเภอบางคล้า" in sheet["A2"].value
    assert "จังหวัดฉะเชิงเทรา" in sheet["A2"].value
    assert "นข ๐๐๑๙/ว ๕๔๖๕" in sheet["A3"].value
    assert "26 กันยายน 2566" in sheet["A3"].value
    assert sheet["A4"].value == f"ข้อมูล ณ วันที่ {REPORT_DATE_TH}"
    headers = [sheet.cell(7, c).value for c in range(3, 6)]
    assert headers == [t.name_th for t in ProducerType]
    assert sheet["H6"].value == "ผลการดำเนินงาน"


def test_signature_block_follows_the_table(workbook: Any) -> None:
    texts = [text for sheet, _, text in cell_texts(workbook) if sheet == SUMMARY_SHEET]
    signature = texts[texts.index(next(t for t in texts if t.startswith("ลงชื่อ"))) :]
    assert signature[0].endswith("ผู้รายงาน")
    assert signature[1:] == [
        "(นางสาวสมใจ รักงาน)",
        "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ",
        f"วันที่ {REPORT_DATE_TH}",
    ]


def test_every_written_cell_is_th_sarabunpsk_16(workbook: Any) -> None:
    # Every sheet the officer sees or prints; the province's ids sheet is never shown.
    for sheet in (s for s in workbook.worksheets if s.sheet_state == "visible"):
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert (cell.font.name, cell.font.sz) == (FONT_NAME, FONT_SIZE), cell.coordinate
    assert FONT_NAME == "TH SarabunPSK" and FONT_SIZE == 16


def test_table_is_merged_and_bordered_like_the_form(workbook: Any) -> None:
    sheet = workbook[SUMMARY_SHEET]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:I1", "A2:I2", "A3:I3", "A4:I4", "A6:A7", "B6:B7", "C6:F6"} <= merged
    assert {"G6:G7", "H6:H7", "I6:I7", "A17:B17"} <= merged
    hidden_left = {
        (row, column)
        for r in sheet.merged_cells.ranges
        for row in range(r.min_row, r.max_row + 1)
        for column in range(r.min_col + 1, r.max_col + 1)
    }
    for row in range(6, 18):
        for column in range(1, 10):
            border = sheet.cell(row, column).border
            assert border.bottom.style == "thin" and border.right.style in ("thin", None)
            assert (row, column) in hidden_left or border.left.style == "thin", (row, column)
    widths = [sheet.column_dimensions[c].width for c in "ABCDEFGHI"]
    assert all(w >= 6 for w in widths) and widths[1] >= 12


def test_print_setup_is_a4_with_repeated_headers(workbook: Any) -> None:
    summary, details = workbook[SUMMARY_SHEET], workbook[DETAILS_SHEET]
    for sheet in (summary, details):
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4  # 9: A4
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert summary.page_setup.fitToHeight == 1  # the summary of 9 tambons is one page
    assert details.page_setup.fitToHeight == 0
    assert summary.page_setup.orientation == "portrait"
    assert details.page_setup.orientation == "landscape"
    assert summary.print_title_rows == "$6:$7"
    assert details.print_title_rows == "$6:$6"
    signature_rows = 4
    assert summary.print_area.endswith(f"$A$1:$I${summary.max_row}")
    assert details.print_area.endswith(f"$A$1:$N${6 + 20 + 1 + signature_rows}")
    assert summary.freeze_panes == "A8"
    assert details.freeze_panes == "A7"


def test_detail_sheet_uses_the_interchange_columns(bang_khla: Any, workbook: Any) -> None:
    sheet = workbook[DETAILS_SHEET]
    assert sheet["A1"].value.startswith("รายชื่อผู้ลงทะเบียน")
    assert sheet["A2"].value == "สำนักงานพัฒนาชุมชนอำเภอบางคล้า จังหวัดฉะเชิงเทรา"
    assert "ปีงบประมาณ 2566" in sheet["A3"].value
    assert [c.value for c in sheet[6]] == [c.value for c in COLUMN_ORDER]
    count = bang_khla.quota.district_status().totals.total
    rows = list(sheet.iter_rows(min_row=7, max_row=6 + count, values_only=True))
    first = dict(zip([c.value for c in COLUMN_ORDER], rows[0], strict=True))
    assert first["ตำบล"] == "บางคล้า"
    assert first["ประเภทผู้ผลิต"] == "กลุ่มผู้ผลิตชุมชน"
    assert first["ชื่อผลิตภัณฑ์"] == "กล้วยตาก; กล้วยฉาบ"
    assert first["วันที่รับลงทะเบียน"] == dt.datetime(2023, 1, 12)
    assert sheet["M7"].number_format == DATE_FORMAT
    below = [c.value for row in sheet.iter_rows(min_row=7 + count) for c in row if c.value]
    assert below[0].startswith("ลงชื่อ") and below[1] == "(นางสาวสมใจ รักงาน)"
    assert first["เลขประจำตัวประชาชน"] == "1-xxxx-xxxxx-xx-3"


def test_no_full_national_id_without_with_ids(workbook: Any) -> None:
    leaks = [(s, c, t) for s, c, t in cell_texts(workbook) if full_ids_in_text(t)]
    assert leaks == []


def test_full_national_ids_with_ids(bang_khla: Any, bang_khla_csv: Path, tmp_path: Path) -> None:
    workbook = _write(bang_khla, tmp_path / "with-ids.xlsx", with_ids=True)
    texts = " ".join(t for _, _, t in cell_texts(workbook))
    counted = {r.national_id for r in bang_khla.reports.report_data().registrations} - {""}
    assert len(counted) == 16 and counted <= national_ids_in(bang_khla_csv)
    for national_id in counted:
        assert format_national_id(national_id) in texts


def test_thai_digits_in_headings_and_dates(bang_khla: Any, tmp_path: Path) -> None:
    workbook = _write(bang_khla, tmp_path / "thai.xlsx", thai_digits=True)
    sheet = workbook[SUMMARY_SHEET]
    assert sheet["A4"].value == f"ข้อมูล ณ วันที่ {REPORT_DATE_THAI_DIGITS}"
    assert "๒๖ กันยายน ๒๕๖๖" in sheet["A3"].value
    assert sheet.cell(FIRST_TAMBON_ROW, 3).value == 1  # table figures stay numbers
    date = workbook[DETAILS_SHEET]["M7"]
    assert date.value == dt.datetime(2023, 1, 12)
    assert date.number_format == DATE_FORMAT_THAI_DIGITS


def test_formula_like_text_stays_text(services: Any, tmp_path: Path) -> None:
    report = services.importer.import_file(write_formula_like_csv(tmp_path / "names.csv"))
    assert report.committed, [p.describe() for p in report.problems]
    workbook = _write(services, tmp_path / "names.xlsx")
    sheet = workbook[DETAILS_SHEET]
    names = {}
    for row in sheet.iter_rows(min_row=7, max_row=6 + len(FORMULA_LIKE_NAMES)):
        names[row[3].value] = row[3]
        assert row[13].value == "=1+1" and row[13].data_type == "s"
    assert set(names) == set(FORMULA_LIKE_NAMES)
    for name, cell in names.items():
        assert cell.data_type == "s" and cell.value == name
        assert cell.quotePrefix  # Excel keeps it text when the officer edits the cell


def test_only_formula_like_text_is_quoted(bang_khla: Any, tmp_path: Path) -> None:
    """Cells share their style: quoting one must not quote its neighbours."""
    report = bang_khla.importer.import_file(write_formula_like_csv(tmp_path / "names.csv"))
    assert report.committed, [p.describe() for p in report.problems]
    workbook = _write(bang_khla, tmp_path / "names.xlsx")
    quoted = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # the report's own totals
                    continue
                formula_like = isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)
                assert bool(cell.quotePrefix) == formula_like, (sheet.title, cell.coordinate)
                quoted += formula_like
    assert quoted >= 2 * len(FORMULA_LIKE_NAMES)  # each name and its notes


def test_detail_rows_are_as_tall_as_their_wrapped_text(tmp_path: Path) -> None:
    """Opened, wrapped rows are tall enough and one-line rows are at the standard height."""
    short: list[object] = ["240214", "หัวไทร", "", "ขนม", "", "", "", 1, "", "", "", "", "", ""]
    wrapped = [*short[:8], "บ้านเลขที่ 12 หมู่ 3 " * 6, *short[9:]]
    workbook = openpyxl.Workbook()
    write_interchange_sheet(workbook.create_sheet(DETAILS_SHEET), [short, wrapped, short], Styles())
    workbook.save(tmp_path / "rows.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "rows.xlsx")[DETAILS_SHEET]
    assert sheet.sheet_format.customHeight  # rows keep their height when the file is opened
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLMN"]
    wrapped_lines = lines_needed(wrapped[8], widths[8], FONT_SIZE)
    assert wrapped_lines > 2
    for row, lines in ((2, 1), (3, wrapped_lines), (4, 1)):
        shown = sheet.row_dimensions[row].height or sheet.sheet_format.defaultRowHeight
        assert shown == row_height(lines), row


def test_exported_workbook_imports_back_with_identical_status(
    bang_khla: Any, tmp_path: Path
) -> None:
    path = tmp_path / "report.xlsx"
    _write(bang_khla, path)
    with open_office(tmp_path / "province-copy") as other:
        _import_back_and_compare(bang_khla, other, path)


def _import_back_and_compare(bang_khla: Any, other: Any, path: Path) -> None:
    report = other.importer.import_file(path)
    assert report.committed and not report.problems, [p.describe() for p in report.problems]
    # The report carries the registrations it counts; those counted nowhere stay at the office.
    before = {**bang_khla.quota.district_status().to_json(), "outside_every_window": None}
    after = {**other.quota.district_status().to_json(), "outside_every_window": None}
    assert json.dumps(after, ensure_ascii=False) == json.dumps(before, ensure_ascii=False)
    assert all(r.national_id == "" for r in other.reports.report_data().registrations)
    again = other.importer.import_file(path)
    assert again.added == 0 and len(again.already_registered) == report.added
