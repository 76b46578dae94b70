"""Paths as offices have them (issue 14): Windows user names are often Thai, and folders and files
are named with spaces. Every feature that takes or makes a path works with such names."""

import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import csv_to_xlsx
from tests.integration.test_cli import ok, run, setup_bang_khla
from tests.integration.test_export_template import make_template

# A profile folder as Windows makes it for a Thai user name, with spaces in every name below.
USER = "ผู้ใช้ สมใจ รักงาน"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / USER
    folder.mkdir()
    return folder


@pytest.fixture
def office(home: Path) -> Path:
    data = home / "ข้อมูล OTOP ของอำเภอ"
    setup_bang_khla(data)
    return data


def test_the_data_folder_and_an_imported_file_with_thai_names(
    office: Path, home: Path, bang_khla_csv: Path
) -> None:
    source = home / "เอกสาร" / "ทะเบียน OTOP บางคล้า (ฉบับแก้ไข ๒).csv"
    source.parent.mkdir()
    source.write_bytes(bang_khla_csv.read_bytes())
    workbook = csv_to_xlsx(bang_khla_csv, home / "เอกสาร" / "ทะเบียน ปี ๖๖.xlsx")

    done = ok(run("import", source, data_dir=office))
    assert done.stdout.strip().splitlines()[-1].startswith("นำเข้าแล้ว 23 รายการ")
    again = ok(run("import", workbook, data_dir=office))
    assert "มีในทะเบียนแล้ว 23" in again.stdout  # the same rows, already registered

    status = json.loads(ok(run("status", "--json", "--campaign", "2566", data_dir=office)).stdout)
    assert status["met"] == 7
    assert (office / "otop.sqlite3").is_file()


def test_a_report_into_a_thai_folder_with_a_thai_named_template(
    office: Path, home: Path, bang_khla_csv: Path
) -> None:
    ok(run("import", bang_khla_csv, data_dir=office))
    template = make_template(home / "แบบฟอร์ม จังหวัด ฉะเชิงเทรา.xlsx")
    reports = home / "Documents" / "OTOP รายงาน ของ สมใจ"

    done = ok(run("export", "--out", reports, "--template", template, data_dir=office))

    paths = [Path(line) for line in done.stdout.strip().splitlines()]
    assert [p.suffix for p in paths] == [".xlsx", ".pdf", ".eml"]
    assert all(p.is_file() and p.parent.parent == reports for p in paths)
    assert openpyxl.load_workbook(paths[0], read_only=True).sheetnames


def test_backup_restore_and_packages_through_thai_folders(
    office: Path, home: Path, bang_khla_csv: Path
) -> None:
    ok(run("import", bang_khla_csv, data_dir=office))
    usb = home / "แฟลชไดรฟ์ USB" / "สำรอง OTOP"
    backup_lines = ok(run("backup", "--to", usb, data_dir=office)).stdout.strip().splitlines()
    copied = [Path(line) for line in backup_lines if Path(line).parent == usb]
    assert copied and copied[0].is_file()

    ok(run("restore", copied[0], data_dir=office))
    assert (
        json.loads(ok(run("status", "--json", "--campaign", "2566", data_dir=office)).stdout)["met"]
        == 7
    )

    package = home / "ส่งเครื่อง ภาคสนาม" / "แพ็กเกจ บางคล้า.otoppack"
    package.parent.mkdir()
    ok(run("pack", "--out", package, data_dir=office))
    assert package.is_file()
    laptop = home / "เครื่อง ภาคสนาม" / "ข้อมูล OTOP"
    laptop.parent.mkdir()
    setup_bang_khla(laptop)
    ok(run("merge", package, data_dir=laptop))
    assert (
        json.loads(ok(run("status", "--json", "--campaign", "2566", data_dir=laptop)).stdout)["met"]
        == 7
    )


def test_a_screenshot_into_a_thai_folder(office: Path, home: Path) -> None:
    out = home / "ภาพหน้าจอ" / "หน้า หลัก.png"
    ok(run("--screenshot", out, "--page", "dashboard", data_dir=office))
    assert out.is_file() and out.stat().st_size > 10_000
