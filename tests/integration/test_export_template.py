"""A province's own .xlsx form filled in: placeholders, the repeated tambon row, sheet 2."""

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Border, Font, Side

from otop_desktop.domain.errors import UserError
from otop_desktop.services.importing.interchange import COLUMN_ORDER
from otop_desktop.services.report.report_template import unknown_placeholders
from otop_desktop.services.report.report_workbook import DETAILS_SHEET
from tests.integration.export_support import (
    REPORT_DATE,
    REPORT_DATE_THAI_DIGITS,
    load_bang_khla,
    open_office,
)

TAMBON_ROW = [
    "{{tambon.no}}",
    "{{tambon.name}}",
    "{{tambon.groups}}",
    "{{tambon.single_owners}}",
    "{{tambon.smes}}",
    "{{tambon.total}}",
    "{{tambon.result}}",
]


def make_template(path: Path, *, extra: str = "") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "แบบรายงานจังหวัด"
    sheet["A1"] = "แบบรายงานผล OTOP (แบบของจังหวัด)"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "อำเภอ{{district}} จังหวัด{{ province }}"
    sheet["A3"] = "{{office}}"
    sheet["A4"] = "หนังสือที่ {{letter_reference}} ข้อมูล ณ วันที่ {{date}}" + extra
    sheet.append([])
    sheet.append(["ที่", "ตำบล", "กลุ่ม", "รายเดียว", "SMEs", "รวม", "ผล"])
    sheet.append(TAMBON_ROW)
    thin = Side(style="thin")
    for cell in sheet[7]:
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell.font = Font(name="TH SarabunIT๙", size=15)
    sheet.merge_cells("G7:H7")
    sheet.row_dimensions[7].height = 24
    sheet.append(["รวม", None, "{{groups}}", "{{single_owners}}", "{{smes}}", "{{total}}"])
    sheet.merge_cells("A8:B8")
    sheet["G8"] = "ครบ {{met}} ไม่ครบ {{short}}"
    sheet.row_dimensions[8].height = 30
    sheet["E10"] = "({{officer}})"
    sheet["E11"] = "{{position}}"
    sheet.print_area = "A1:H11"
    workbook.save(path)
    return path


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return make_template(tmp_path / "province-template.xlsx")


def _export(services: Any, tmp_path: Path, template: Path, **options: Any) -> Any:
    result = services.reports.export(
        tmp_path / "reports", template=template, today=REPORT_DATE, **options
    )
    return result, openpyxl.load_workbook(result.workbook)


def test_template_is_filled_in(bang_khla: Any, qapp: Any, tmp_path: Path, template: Path) -> None:
    _, workbook = _export(bang_khla, tmp_path, template)
    sheet = workbook.worksheets[0]
    assert sheet.title == "แบบรายงานจังหวัด"
    assert sheet["A1"].value == "แบบรายงานผล OTOP (แบบของจังหวัด)"
    assert sheet["A2"].value == "อำเภอบางคล้า จังหวัดฉะเชิงเทรา"
    assert sheet["A3"].value == "สำนักงานพัฒนาชุมชนอำเภอบางคล้า"
    assert sheet["A4"].value == "หนังสือที่ นข ๐๐๑๙/ว ๕๔๖๕ ข้อมูล ณ วันที่ 27 กันยายน 2566"
    assert sheet["E18"].value == "(นางสาวสมใจ รักงาน)"
    assert sheet["E19"].value == "นักวิชาการพัฒนาชุมชนชำนาญการ"


def test_tambon_row_repeats_with_the_status_figures(
    bang_khla: Any, qapp: Any, tmp_path: Path, template: Path
) -> None:
    _, workbook = _export(bang_khla, tmp_path, template)
    sheet = workbook.worksheets[0]
    status = bang_khla.quota.district_status()
    for offset, tambon in enumerate(status.tambons):
        row = [c.value for c in sheet[7 + offset]][:7]
        counts = tambon.counts
        assert row == [
            offset + 1,
            tambon.tambon.name_th,
            counts.groups,
            counts.single_owners,
            counts.smes,
            counts.total,
            "ครบ" if tambon.decision.met else "ไม่ครบ",
        ]
        cell = sheet.cell(7 + offset, 3)
        assert cell.border.left.style == "thin" and cell.font.name == "TH SarabunIT๙"
        assert sheet.row_dimensions[7 + offset].height == 24
    totals = [c.value for c in sheet[16]][:7]
    assert totals == ["รวม", None, 9, 7, 4, 20, "ครบ 7 ไม่ครบ 2"]
    assert sheet.row_dimensions[16].height == 30
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:H1", "A16:B16"} <= merged
    assert {f"G{row}:H{row}" for row in range(7, 16)} <= merged
    assert sheet.print_area.endswith("$A$1:$H$19")


def test_template_export_keeps_sheet_2_and_imports_back(
    bang_khla: Any, qapp: Any, tmp_path: Path, template: Path
) -> None:
    result, workbook = _export(bang_khla, tmp_path, template)
    shown = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
    assert shown == ["แบบรายงานจังหวัด", DETAILS_SHEET]
    assert [c.value for c in workbook[DETAILS_SHEET][6]] == [c.value for c in COLUMN_ORDER]
    with open_office(tmp_path / "province") as other:
        assert other.importer.import_file(result.workbook).added == 20
        # The report carries the registrations it counts; those counted nowhere stay at home.
        assert json.dumps(
            {**other.quota.district_status().to_json(), "outside_every_window": None}
        ) == json.dumps(
            {**bang_khla.quota.district_status().to_json(), "outside_every_window": None}
        )


def test_thai_digits_reach_the_template(
    bang_khla: Any, qapp: Any, tmp_path: Path, template: Path
) -> None:
    _, workbook = _export(bang_khla, tmp_path, template, thai_digits=True)
    sheet = workbook.worksheets[0]
    assert sheet["A4"].value.endswith(REPORT_DATE_THAI_DIGITS)
    assert sheet["G16"].value == "ครบ ๗ ไม่ครบ ๒"
    assert sheet["C16"].value == 9


def test_unknown_placeholder_stops_the_export(bang_khla: Any, qapp: Any, tmp_path: Path) -> None:
    template = make_template(tmp_path / "typo.xlsx", extra=" {{distrct}}")
    assert unknown_placeholders(template) == ["distrct"]
    with pytest.raises(UserError, match="distrct"):
        _export(bang_khla, tmp_path, template)
    assert not (tmp_path / "reports").exists()  # checked before any folder is made


def test_a_file_that_is_not_a_workbook_is_refused(bang_khla: Any, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UserError):
        unknown_placeholders(fake)
