"""Importing the registration table (PRODUCT.md §4): good files, bad rows, hostile files."""

import datetime as dt
import gc
import io
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desktop.app import Services
from otop_desktop.db.repositories import AuditRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.services.importing.import_service import MissingColumnsError
from otop_desktop.services.importing.interchange import Column
from otop_desktop.services.importing.table_reader import UnreadableFileError
from tests.integration.support import (
    EMPTY_STATUS,
    EXPECTED_STATUS,
    row_number_of,
    write_rows,
    write_zip,
)

# Run again against a PostgreSQL server by .ci/run (OTOP_TEST_DATABASE_URL).
pytestmark = pytest.mark.postgres

NATIONAL_ID = "เลขประจำตัวประชาชน"
SOMMAI = "นายสมหมาย ชื่นใจ"  # spreadsheet row 13, ID 3-9501-52992-19-3


def status_json(services: Services) -> dict[str, Any]:
    return services.quota.district_status().to_json()


def stored_names(services: Services) -> list[str]:
    return sorted(s.producer_name for s in services.registry.search())


def column_of(rows: list[list[str]], header: str) -> int:
    return rows[0].index(header)


def assert_nothing_imported(services: Services) -> None:
    assert services.registry.count() == 0
    assert status_json(services) == EMPTY_STATUS


# --- good files --------------------------------------------------------------------------------


def test_the_bang_khla_csv_gives_the_expected_status(
    services: Services, bang_khla_csv: Path
) -> None:
    report = services.importer.import_file(bang_khla_csv)

    assert report.committed
    assert (report.rows_read, report.added) == (23, 23)
    assert report.problems == ()
    assert report.new_rows == tuple(range(2, 25))
    assert services.registry.count() == 23
    status = status_json(services)
    assert status == EXPECTED_STATUS
    # Three rows are registered but received outside 1 Oct 2565 - 29 Sep 2566, so not counted.
    assert sum(t["total"] for t in status["tambons"]) == 20
    campaign = services.campaigns.active()
    for name, received in [
        ("นางมาลัย ทองดี", dt.date(2022, 9, 15)),  # 15/9/2565, before the window
        ("กลุ่มแม่บ้านหัวไทรพัฒนา", dt.date(2023, 9, 30)),  # 30 ก.ย. 2566, after it
        ("นางสาวอรุณี ทองประเสริฐ", dt.date(2023, 10, 1)),  # 1/10/2566, after it
    ]:
        (stored,) = services.registry.search(name)
        assert stored.received_on == received
        assert not campaign.window_start <= received <= campaign.window_end


def test_the_import_is_audited(services: Services, bang_khla_csv: Path) -> None:
    services.importer.import_file(bang_khla_csv)

    with services.database.reading() as session:
        rows = [r for r in AuditRepository(session).recent() if r.action == "import"]
    assert len(rows) == 1
    assert rows[0].summary == bang_khla_csv.name
    assert rows[0].details["added"] == 23


def test_csv_and_xlsx_give_identical_status(
    bang_khla_csv: Path,
    bang_khla_xlsx: Path,
    make_services: Callable[[str], Services],
) -> None:
    from_csv, from_xlsx = make_services("csv"), make_services("xlsx")

    assert from_csv.importer.import_file(bang_khla_csv).added == 23
    assert from_xlsx.importer.import_file(bang_khla_xlsx).added == 23

    assert status_json(from_xlsx) == status_json(from_csv) == EXPECTED_STATUS
    assert stored_names(from_xlsx) == stored_names(from_csv)


def test_an_xlsx_with_typed_cells_imports_the_same(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    """Excel stores numbers and dates as such, not as text: codes, counts, ISO dates."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(bang_khla_rows[0])
    for row in bang_khla_rows[1:]:
        cells: list[object] = list(row)
        if row[0]:
            cells[0] = int(row[0])  # รหัสตำบล typed as a number
        if row[7].isdigit():
            cells[7] = int(row[7])  # จำนวนสมาชิก
        if row[12] == "2023-04-10":
            cells[12] = dt.datetime(2023, 4, 10)  # a real Excel date
        sheet.append(cells)
    path = tmp_path / "typed.xlsx"
    workbook.save(path)

    report = services.importer.import_file(path)

    assert report.problems == ()
    assert report.added == 23
    assert status_json(services) == EXPECTED_STATUS


def test_reimporting_the_same_file_adds_nothing(services: Services, bang_khla_csv: Path) -> None:
    services.importer.import_file(bang_khla_csv)

    again = services.importer.import_file(bang_khla_csv)

    assert again.added == 0
    assert again.new_rows == ()
    assert again.already_registered == tuple(range(2, 25))
    assert services.registry.count() == 23
    assert status_json(services) == EXPECTED_STATUS


def test_reimporting_as_xlsx_adds_nothing(
    services: Services, bang_khla_csv: Path, bang_khla_xlsx: Path
) -> None:
    services.importer.import_file(bang_khla_csv)

    again = services.importer.import_file(bang_khla_xlsx)

    assert again.added == 0
    assert len(again.already_registered) == 23
    assert services.registry.count() == 23


# --- bad rows ----------------------------------------------------------------------------------


def test_one_wrong_check_digit_imports_nothing_and_names_row_and_column(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    number = row_number_of(rows, SOMMAI)
    assert number == 13
    rows[number - 1][column_of(rows, NATIONAL_ID)] = "3-9501-52992-19-4"
    path = write_rows(rows, tmp_path / "wrong_check_digit.csv")

    report = services.importer.import_file(path)

    assert not report.committed
    assert report.added == 0
    assert report.invalid_rows == (13,)
    assert [(p.row, p.column) for p in report.problems] == [(13, NATIONAL_ID)]
    assert "13" in report.problems[0].describe()
    assert_nothing_imported(services)


def test_a_huge_member_count_from_excel_is_named_not_a_crash(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    """A number cell of 9.2e18 once passed the checks and overflowed SQLite's integer column."""
    rows: list[list[Any]] = [list(r) for r in bang_khla_rows]
    number = row_number_of(rows, SOMMAI)
    rows[number - 1][column_of(rows, Column.MEMBER_COUNT.value)] = 9.223372036854776e18
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    path = tmp_path / "huge_member_count.xlsx"
    workbook.save(path)

    report = services.importer.import_file(path)

    assert not report.committed
    assert [(p.row, p.column) for p in report.problems] == [(13, Column.MEMBER_COUNT.value)]
    assert "100,000" in report.problems[0].describe()
    assert_nothing_imported(services)


def test_an_unknown_tambon_imports_nothing_and_names_its_row(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    number = row_number_of(rows, "วิสาหกิจชุมชนปลาสลิดบ้านบางสวน")  # no code, name only
    assert rows[number - 1][column_of(rows, "รหัสตำบล")] == ""
    rows[number - 1][column_of(rows, "ตำบล")] = "ตำบลที่ไม่มีอยู่จริง"
    path = write_rows(rows, tmp_path / "unknown_tambon.csv")

    report = services.importer.import_file(path)

    assert report.added == 0
    assert report.invalid_rows == (number,)
    assert {p.column for p in report.problems} == {"ตำบล"}
    assert_nothing_imported(services)


def test_a_tambon_of_another_district_imports_nothing(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    number = row_number_of(rows, SOMMAI)
    rows[number - 1][column_of(rows, "รหัสตำบล")] = "240101"  # หน้าเมือง, Mueang Chachoengsao
    rows[number - 1][column_of(rows, "ตำบล")] = ""
    path = write_rows(rows, tmp_path / "other_district.csv")

    report = services.importer.import_file(path)

    assert report.invalid_rows == (number,)
    assert_nothing_imported(services)


def test_skip_invalid_imports_the_other_rows(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    rows[row_number_of(rows, SOMMAI) - 1][column_of(rows, NATIONAL_ID)] = "3-9501-52992-19-4"
    path = write_rows(rows, tmp_path / "wrong_check_digit.csv")

    report = services.importer.import_file(path, skip_invalid=True)

    assert report.committed
    assert report.added == 22
    assert report.invalid_rows == (13,)
    assert SOMMAI not in stored_names(services)
    sao_changok = services.quota.district_status().tambon("240211")
    assert sao_changok is not None
    assert (sao_changok.counts.groups, sao_changok.counts.others) == (1, 0)

    # Once the row is corrected, importing the file again adds just that row.
    fixed = write_rows(bang_khla_rows, tmp_path / "fixed.csv")
    again = services.importer.import_file(fixed)
    assert again.added == 1
    assert again.new_rows == (13,)
    assert status_json(services) == EXPECTED_STATUS


def test_dry_run_reports_but_changes_nothing(services: Services, bang_khla_csv: Path) -> None:
    report = services.importer.import_file(bang_khla_csv, dry_run=True)

    assert report.dry_run
    assert not report.committed
    assert report.added == 0
    assert len(report.new_rows) == 23
    assert_nothing_imported(services)
    with services.database.reading() as session:
        assert [r for r in AuditRepository(session).recent() if r.action == "import"] == []


# --- encodings and layouts ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp874", "tis-620", "utf-8-sig"])
def test_thai_windows_encodings_and_bom_import_the_same(
    encoding: str,
    bang_khla_csv: Path,
    bang_khla_rows: list[list[str]],
    tmp_path: Path,
    make_services: Callable[[str], Services],
) -> None:
    path = write_rows(bang_khla_rows, tmp_path / f"bang_khla_{encoding}.csv", encoding=encoding)
    assert path.read_bytes() != bang_khla_csv.read_bytes()
    reference, services = make_services("utf8"), make_services(encoding)
    reference.importer.import_file(bang_khla_csv)

    report = services.importer.import_file(path)

    assert report.problems == ()
    assert report.added == 23
    assert status_json(services) == EXPECTED_STATUS
    assert stored_names(services) == stored_names(reference)


def test_a_semicolon_separated_csv_imports_the_same(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    """Excel in some locales saves CSV with ";" between cells."""
    path = tmp_path / "semicolons.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        import csv

        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL).writerows(bang_khla_rows)

    report = services.importer.import_file(path)

    assert report.problems == ()
    assert status_json(services) == EXPECTED_STATUS


def test_an_xlsx_with_a_title_above_the_header_keeps_excel_row_numbers(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    def workbook_with_title(rows: list[list[str]], name: str) -> Path:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["แบบรายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP อำเภอบางคล้า"])
        sheet.append([])
        for row in rows:
            sheet.append(row)
        path = tmp_path / name
        workbook.save(path)
        return path

    bad = [list(r) for r in bang_khla_rows]
    bad[row_number_of(bad, SOMMAI) - 1][column_of(bad, NATIONAL_ID)] = "3-9501-52992-19-4"
    refused = services.importer.import_file(workbook_with_title(bad, "bad.xlsx"))
    # row 13 of the CSV sits two rows lower under the title and the blank row
    assert [(p.row, p.column) for p in refused.problems] == [(15, NATIONAL_ID)]
    assert_nothing_imported(services)

    report = services.importer.import_file(workbook_with_title(bang_khla_rows, "good.xlsx"))

    assert report.new_rows == tuple(range(4, 27))
    assert report.added == 23
    assert status_json(services) == EXPECTED_STATUS


def test_the_sheet_holding_the_headers_is_used(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "ปก"
    cover.append(["สรุปผลการรับลงทะเบียน"])
    cover.append(["ตำบล", "จำนวน"])
    data = workbook.create_sheet("ทะเบียน")
    for row in bang_khla_rows:
        data.append(row)
    path = tmp_path / "two_sheets.xlsx"
    workbook.save(path)

    assert services.importer.import_file(path).added == 23
    assert status_json(services) == EXPECTED_STATUS


def test_a_masked_id_is_read_as_not_given(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    rows[row_number_of(rows, SOMMAI) - 1][column_of(rows, NATIONAL_ID)] = "3-xxxx-xxxxx-xx-3"
    path = write_rows(rows, tmp_path / "masked.csv")

    report = services.importer.import_file(path)

    assert report.problems == ()
    assert report.added == 23
    summary = next(s for s in services.registry.search(SOMMAI))
    assert services.registry.get(summary.uuid).national_id == ""
    assert status_json(services) == EXPECTED_STATUS


def test_a_masked_id_finds_the_registered_person_but_another_id_is_another_person(
    services: Services, bang_khla_csv: Path, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    """A report's rows carry masked IDs: such a row is the registered producer of that name in
    the tambon. A row with a different ID number is someone else of the same name."""
    from otop_desktop.domain.identifiers import with_check_digit

    assert services.importer.import_file(bang_khla_csv).committed
    header, sommai = (
        bang_khla_rows[0],
        list(bang_khla_rows[row_number_of(bang_khla_rows, SOMMAI) - 1]),
    )
    masked = list(sommai)
    masked[header.index(NATIONAL_ID)] = "3-xxxx-xxxxx-xx-3"
    namesake = list(sommai)
    namesake[header.index(NATIONAL_ID)] = with_check_digit("310010000001")

    again = services.importer.import_file(write_rows([header, masked], tmp_path / "masked.csv"))
    assert again.added == 0 and again.already_registered == (2,)
    other = services.importer.import_file(write_rows([header, namesake], tmp_path / "other.csv"))
    assert other.added == 1
    assert stored_names(services).count(SOMMAI) == 2


def test_duplicates_inside_one_file_are_imported_once(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    rows = [list(r) for r in bang_khla_rows]
    repeat = list(rows[1])  # row 2, the Bang Khla housewives' group, ID 1173574507183
    repeat[column_of(rows, NATIONAL_ID)] = "1-1735-74507-18-3"
    rows.append(repeat)
    path = write_rows(rows, tmp_path / "repeated.csv")

    report = services.importer.import_file(path)

    assert report.added == 23
    assert report.duplicates_in_file == ((25, 2),)
    assert stored_names(services).count("กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า") == 1
    assert status_json(services) == EXPECTED_STATUS


def test_missing_required_columns_are_named(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    header = bang_khla_rows[0]
    drop = {header.index("ประเภทผลิตภัณฑ์"), header.index("วันที่รับลงทะเบียน")}
    rows = [[cell for i, cell in enumerate(r) if i not in drop] for r in bang_khla_rows]
    path = write_rows(rows, tmp_path / "missing_columns.csv")

    with pytest.raises(MissingColumnsError) as caught:
        services.importer.import_file(path)

    assert set(caught.value.missing) == {Column.PRODUCT_CATEGORY, Column.RECEIVED_ON}
    assert "ประเภทผลิตภัณฑ์" in caught.value.message_th
    assert "วันที่รับลงทะเบียน" in caught.value.message_th
    assert_nothing_imported(services)


# --- hostile and broken files ------------------------------------------------------------------


def _workbook_bytes() -> dict[str, bytes]:
    """The parts of a small genuine workbook, to tamper with."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ตำบล", "ประเภทผู้ผลิต", "ชื่อผู้ผลิต", "ชื่อผลิตภัณฑ์"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE worksheet [
 <!ENTITY a "ha">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
 <!ENTITY j "&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row>
</sheetData></worksheet>"""


def _billion_laughs_in(part: str) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        parts = _workbook_bytes()
        if part == "xl/workbook.xml":
            original = parts[part].decode("utf-8")
            body = original.split("?>", 1)[1] if original.startswith("<?xml") else original
            doctype = BILLION_LAUGHS.decode("utf-8").split("<worksheet", 1)[0]
            parts[part] = (doctype + body.replace("<sheets>", "<sheets>&j;", 1)).encode("utf-8")
        else:
            parts[part] = BILLION_LAUGHS
        return write_zip(tmp_path / "laughs.xlsx", parts)

    return make


def _zip_bomb(tmp_path: Path) -> Path:
    """A workbook-looking zip whose sheet inflates to 310 MB of spaces (about 1 MB on disk)."""
    path = tmp_path / "bomb.xlsx"
    parts = _workbook_bytes()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b" " * (1 << 20)
            for _ in range(310):
                sheet.write(chunk)
    return path


def _random_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "random.xlsx"
    path.write_bytes(b"\x00" + random.Random(2566).randbytes(64 * 1024))
    return path


def _zip_not_a_workbook(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "photos.xlsx",
        {"readme.txt": "ไม่ใช่แฟ้ม Excel".encode(), "photo.jpg": random.Random(1).randbytes(4096)},
    )


def _truncated_workbook(tmp_path: Path) -> Path:
    path = write_zip(tmp_path / "whole.xlsx", _workbook_bytes())
    cut = tmp_path / "truncated.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return cut


def _password_protected(tmp_path: Path) -> Path:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(3).randbytes(8192))
    return path


def _unsupported_extension(tmp_path: Path) -> Path:
    path = tmp_path / "registry.ods"
    path.write_bytes(b"PK\x03\x04 not really")
    return path


def _empty_csv(tmp_path: Path) -> Path:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    return path


def _binary_named_csv(tmp_path: Path) -> Path:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + random.Random(4).randbytes(2048))
    return path


def _csv_without_headers(tmp_path: Path) -> Path:
    return write_rows([["ก", "ข", "ค"], ["1", "2", "3"]], tmp_path / "no_headers.csv")


def _handles_on(path: Path) -> list[str]:
    """Descriptors of this process still open on `path` (Linux only; elsewhere none are seen)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    held = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target == str(path):
            held.append(fd.name)
    return held


NAMES_FILE = "<file name>"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(_random_bytes, [NAMES_FILE, "xlsx"], id="random-bytes"),
        pytest.param(_zip_not_a_workbook, [NAMES_FILE, "xlsx"], id="zip-not-a-workbook"),
        pytest.param(_truncated_workbook, [NAMES_FILE, "เสียหาย"], id="truncated-workbook"),
        pytest.param(_zip_bomb, [NAMES_FILE, "MB"], id="zip-bomb"),
        pytest.param(_password_protected, [NAMES_FILE, "รหัสผ่าน"], id="password-protected"),
        pytest.param(_unsupported_extension, [".ods", ".xlsx", ".csv"], id="unsupported-ext"),
        pytest.param(
            _billion_laughs_in("xl/worksheets/sheet1.xml"), [NAMES_FILE], id="laughs-in-sheet"
        ),
        pytest.param(_billion_laughs_in("xl/workbook.xml"), [NAMES_FILE], id="laughs-in-workbook"),
        pytest.param(_empty_csv, [NAMES_FILE, "ว่าง"], id="empty-csv"),
        pytest.param(_binary_named_csv, [NAMES_FILE, "CSV"], id="binary-csv"),
        pytest.param(_csv_without_headers, [NAMES_FILE, "ชื่อผู้ผลิต"], id="no-header-row"),
    ],
)
def test_hostile_or_broken_files_are_refused_clearly(
    services: Services, tmp_path: Path, make: Callable[[Path], Path], words: list[str]
) -> None:
    path = make(tmp_path)
    gc.collect()
    gc.disable()  # a handle left for the garbage collector to close would otherwise go unseen
    try:
        with pytest.raises(UserError) as caught:
            services.importer.import_file(path)
        message_th, message_en = caught.value.message_th, caught.value.message_en
        del caught
        held = _handles_on(path)
    finally:
        gc.enable()
    gc.collect()

    for word in words:
        assert (path.name if word == NAMES_FILE else word) in message_th
    assert message_en and message_en != message_th
    assert_nothing_imported(services)
    # A refused file must be closed at once: on Windows an open handle locks the officer's file.
    assert held == [], f"{path.name} is still open after the import was refused"


def test_a_missing_file_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="ไม่พบแฟ้ม"):
        services.importer.import_file(tmp_path / "ไม่มีแฟ้มนี้.xlsx")
    assert_nothing_imported(services)
