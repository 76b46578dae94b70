"""Registries as district offices keep them in Excel (issue 14): their own header names, juristic
numbers in number cells that lost their leading 0, and IDs with a stray letter."""

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desktop.app import Services
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.services.importing.header_synonyms import SYNONYMS, match_headers
from otop_desktop.services.importing.import_service import MissingColumnsError
from otop_desktop.services.importing.interchange import Column, header_key
from tests.integration.support import EXPECTED_STATUS
from tests.integration.test_cli import ok, run, setup_bang_khla

# The Bang Khla sample as an office's own list: a running number first, headers of its own.
OFFICE_HEADERS = {
    "รหัสตำบล": "รหัสตำบล",
    "ตำบล": "ตําบล",  # sara am typed as nikhahit + sara aa, as older Thai fonts needed
    "ประเภทผู้ผลิต": "ประเภท",
    "ชื่อผู้ผลิต": "ชื่อกลุ่ม/ผู้ประกอบการ",
    "ชื่อ-สกุล ผู้ติดต่อ": "ชื่อ - สกุล",
    "เลขประจำตัวประชาชน": "เลขบัตรประชาชน",
    "เลขทะเบียนนิติบุคคล": "เลขนิติบุคคล",
    "จำนวนสมาชิก": "จำนวนสมาชิก (คน)",
    "ที่อยู่": "ที่ตั้ง",
    "โทรศัพท์": "เบอร์โทร",
    "ชื่อผลิตภัณฑ์": "ผลิตภัณฑ์/สินค้า",
    "ประเภทผลิตภัณฑ์": "ประเภทสินค้า",
    "วันที่รับลงทะเบียน": "วันที่รับ",
    "หมายเหตุ": "หมายเหตุ",
}
JURISTIC = "เลขทะเบียนนิติบุคคล"


def office_workbook(rows: list[list[str]], target: Path, *, numbers: bool = True) -> Path:
    """The rows under the office's headers, with a running number, and the juristic numbers
    typed into number cells as Excel keeps them (the leading 0 gone)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ลำดับ", *(OFFICE_HEADERS[h] for h in rows[0])])
    juristic_at = rows[0].index(JURISTIC)
    for number, row in enumerate(rows[1:], start=1):
        cells: list[object] = list(row)
        if numbers and row[juristic_at]:
            cells[juristic_at] = int(row[juristic_at])
        sheet.append([number, *cells])
    workbook.save(target)
    return target


def stored_juristic_numbers(services: Services) -> set[str]:
    with services.database.reading() as session:
        registrations = RegistrationRepository(session).all_registrations("2402")
    return {r.juristic_no for r in registrations if r.juristic_no}


def status_json(services: Services) -> dict[str, Any]:
    return services.quota.district_status().to_json()


def test_an_office_list_imports_as_the_sample_does(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    expected = {row[bang_khla_rows[0].index(JURISTIC)] for row in bang_khla_rows[1:]} - {""}
    path = office_workbook(bang_khla_rows, tmp_path / "ทะเบียน OTOP อำเภอบางคล้า.xlsx")

    report = services.importer.import_file(path)

    assert report.problems == ()
    assert report.added == 23
    assert stored_juristic_numbers(services) == expected
    assert len(expected) == 4
    # Every restored number is named, with its row, its column and both values.
    restored = [w for w in report.warnings if "เติมเลข 0" in w.message_th]
    assert len(restored) == 4
    for warning in restored:
        assert warning.column == JURISTIC
        value = warning.message_th.split("อ่าน ")[1].split(" เป็น ")[0]
        assert "0" + value in expected
        assert "leading 0" in warning.message_en
    assert status_json(services)["tambons"] == EXPECTED_STATUS["tambons"]


def test_twelve_digits_that_make_no_juristic_number_are_not_guessed_at(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    juristic_at = bang_khla_rows[0].index(JURISTIC)
    sme = next(row for row in bang_khla_rows[1:] if row[juristic_at])
    sme[juristic_at] = sme[juristic_at][1:12] + str((int(sme[juristic_at][12]) + 1) % 10)
    path = office_workbook(bang_khla_rows, tmp_path / "list.xlsx")

    report = services.importer.import_file(path)

    assert not report.committed
    [problem] = report.problems
    assert problem.column == JURISTIC
    assert "13 หลัก (กรอกมา 12 หลัก)" in problem.message_th


def test_a_juristic_number_in_the_id_column_is_restored_and_named(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    header = bang_khla_rows[0]
    row = next(r for r in bang_khla_rows[1:] if r[header.index(JURISTIC)])
    row[header.index("ประเภทผู้ผลิต")] = "รายเดียว"
    row[header.index("เลขประจำตัวประชาชน")] = row[header.index(JURISTIC)]
    row[header.index(JURISTIC)] = ""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    sheet.append([int(c) if c.isdigit() and len(c) == 13 else c for c in row])
    workbook.save(tmp_path / "one.xlsx")

    report = services.importer.import_file(tmp_path / "one.xlsx")

    [problem] = report.problems
    assert problem.column == "เลขประจำตัวประชาชน"
    assert "เลขทะเบียนนิติบุคคล" in problem.message_th
    assert any("เติมเลข 0" in w.message_th for w in report.warnings)


@pytest.mark.parametrize("typed", ["3240100987659abc", "32401OO987659", "3-2401-00987-65-9 ก"])
def test_a_letter_in_an_id_cell_refuses_the_row(
    services: Services, bang_khla_rows: list[list[str]], tmp_path: Path, typed: str
) -> None:
    header = bang_khla_rows[0]
    row = next(r for r in bang_khla_rows[1:] if r[header.index("เลขประจำตัวประชาชน")])
    row[header.index("เลขประจำตัวประชาชน")] = typed
    path = office_workbook(bang_khla_rows, tmp_path / "list.xlsx", numbers=False)

    report = services.importer.import_file(path)

    assert not report.committed
    [problem] = report.problems
    assert problem.column == "เลขประจำตัวประชาชน"
    assert "ไม่ใช่ตัวเลข" in problem.message_th


def test_the_command_line_says_which_header_it_took_for_which_column(
    bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    data_dir = tmp_path / "ข้อมูล OTOP"
    setup_bang_khla(data_dir)
    path = office_workbook(bang_khla_rows, tmp_path / "ทะเบียน OTOP อำเภอบางคล้า.xlsx")

    done = ok(run("import", path, data_dir=data_dir))

    lines = done.stdout.splitlines()
    assert lines[0] == "อ่านหัวคอลัมน์ของแฟ้มดังนี้:"
    assert '  "ชื่อกลุ่ม/ผู้ประกอบการ" → ชื่อผู้ผลิต' in lines
    assert '  "เลขบัตรประชาชน" → เลขประจำตัวประชาชน' in lines
    assert '  "ลำดับ" → (ไม่ใช้)' in lines
    assert lines[-1].startswith("นำเข้าแล้ว 23 รายการ")
    assert done.stderr.count("เติมเลข 0") == 4
    english = ok(run("import", path, data_dir=data_dir, env={"OTOP_LANG": "en"}))
    assert '  "ชื่อกลุ่ม/ผู้ประกอบการ" → ชื่อผู้ผลิต' in english.stdout.splitlines()
    assert "The file's headers were read as:" in english.stdout


def test_a_file_of_our_own_headers_prints_no_header_list(
    bang_khla_csv: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    setup_bang_khla(data_dir)
    done = ok(run("import", bang_khla_csv, data_dir=data_dir))
    assert done.stdout.splitlines() == [done.stdout.splitlines()[-1]]


def test_headers_that_name_no_column_are_listed_when_a_required_one_is_missing(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "ตำบล,ประเภท,ชื่อผู้ผลิต,ชื่อสิ่งที่ขาย,ประเภทผลิตภัณฑ์,วันที่รับ\n"
        "บางคล้า,กลุ่ม,กลุ่มแม่บ้าน,กล้วยตาก,อาหาร,12/1/2566\n",
        encoding="utf-8",
    )
    with pytest.raises(MissingColumnsError) as raised:
        services.importer.import_file(path)
    assert raised.value.missing == [Column.PRODUCT_NAMES]
    assert 'หัวคอลัมน์ที่ไม่รู้จัก: "ชื่อสิ่งที่ขาย"' in raised.value.message_th
    assert 'headers not recognised: "ชื่อสิ่งที่ขาย"' in raised.value.message_en


def test_no_synonym_names_two_columns_and_every_column_knows_its_own_name() -> None:
    seen: dict[str, Column] = {header_key(c.value): c for c in Column}
    for column, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            assert seen.setdefault(header_key(synonym), column) is column, synonym
    matches = match_headers(tuple(c.value for c in Column))
    assert [m.column for m in matches] == list(Column)
    assert all(m.exact for m in matches)


def test_a_column_named_twice_is_read_from_its_first_header() -> None:
    first, second = match_headers(("เบอร์โทร", "โทรศัพท์"))
    assert first.column is Column.PHONE
    assert second.column is None
