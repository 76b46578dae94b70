"""A province office's import where a tambon name alone fits tambons of two districts.

Chon Buri (20) has a tambon หนองปรือ in Bang Lamung (200402) and in Phanat Nikhom (200613).
"""

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.areas import District
from otop_desktop.services.importing.district_hints import district_of_text, districts_named_in

HEADER = ["ตำบล", "ประเภทผู้ผลิต", "ชื่อผู้ผลิต", "ชื่อผลิตภัณฑ์", "ประเภทผลิตภัณฑ์"]
HEADER += ["วันที่รับลงทะเบียน"]
ROW = ["หนองปรือ", "รายเดียว", "นายทดสอบ ระบบดี", "ขนมไทย", "อาหาร", "1/6/2566"]


@pytest.fixture
def chon_buri(tmp_path: Path) -> Iterator[Any]:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(tmp_path / "chon-buri"))
    services.office.setup_province("20")
    yield services
    services.close()


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_district_column_settles_a_shared_tambon_name(chon_buri: Any, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "two.csv",
        [
            ["อำเภอ", *HEADER],
            ["บางละมุง", *ROW],
            ["อ.พนัสนิคม", *ROW[:2], "นางทดสอบ สองอำเภอ", *ROW[3:]],
        ],
    )
    table = chon_buri.importer.read(path)
    assert chon_buri.importer.unresolved_tambon_names(table, table.recognised_columns()) == []
    report = chon_buri.importer.import_file(path)
    assert report.problems == () and report.added == 2
    counts = chon_buri.province.status()
    assert counts.tambon("200402").counts.total == 1
    assert counts.tambon("200613").counts.total == 1


def test_a_title_line_naming_the_district_settles_it_for_the_file(
    chon_buri: Any, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "titled.csv",
        [["ทะเบียนผู้ผลิต OTOP สำนักงานพัฒนาชุมชนอำเภอพนัสนิคม จังหวัดชลบุรี"], HEADER, ROW],
    )
    assert chon_buri.importer.import_file(path).added == 1
    assert chon_buri.province.status().tambon("200613").counts.total == 1


def test_without_a_district_the_name_is_reported_as_ambiguous(
    chon_buri: Any, tmp_path: Path
) -> None:
    path = _write(tmp_path / "bare.csv", [HEADER, ROW])
    table = chon_buri.importer.read(path)
    assert chon_buri.importer.unresolved_tambon_names(table, table.recognised_columns()) == [
        "หนองปรือ"
    ]
    report = chon_buri.importer.import_file(path)
    assert not report.committed
    assert [p.column for p in report.problems] == ["ตำบล"]
    assert "หลายตำบล" in report.problems[0].message_th
    chosen = chon_buri.importer.parse(table, tambon_choices={"หนองปรือ": "200402"})
    assert chosen[0].registration.tambon_code == "200402"


def test_a_tambon_outside_the_province_is_named_as_such(chon_buri: Any, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "elsewhere.csv", [["รหัสตำบล", *HEADER], ["240201", "บางคล้า", *ROW[1:]]]
    )
    report = chon_buri.importer.import_file(path)
    assert "ไม่ได้อยู่ในจังหวัดชลบุรี" in report.problems[0].message_th


DISTRICTS = [
    District("2004", "บางละมุง", "Bang Lamung", "20"),
    District("2006", "พนัสนิคม", "Phanat Nikhom", "20"),
    District("2001", "เมืองชลบุรี", "Mueang Chon Buri", "20"),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2004", "2004"),
        ("อำเภอบางละมุง", "2004"),
        ("อ.พนัสนิคม", "2006"),
        ("Phanat Nikhom", "2006"),
        ("เมืองชลบุรี", "2001"),
        ("ชลบุรี", ""),
        ("9999", ""),
        ("", ""),
    ],
)
def test_a_district_is_read_from_its_code_or_name(text: str, code: str) -> None:
    assert district_of_text(text, DISTRICTS) == code


def test_title_lines_name_districts_only_with_their_prefix() -> None:
    assert districts_named_in("สำนักงานพัฒนาชุมชนอำเภอบางละมุง", DISTRICTS) == {"2004"}
    assert districts_named_in("จังหวัดชลบุรี", DISTRICTS) == set()
    assert districts_named_in("อ.เมืองชลบุรี และ อำเภอพนัสนิคม", DISTRICTS) == {"2001", "2006"}
