"""The provincial workbook: per-district summary, every tambon grouped by district, the
registrations in the interchange format (so the file imports back), and the cross-district
duplicates when there are any.

openpyxl is imported inside the functions so that starting the program does not load it.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.domain.identifiers import format_national_id
from otop_desktop.services.report import sheet_writing as sheet
from otop_desktop.services.report.province_report_data import DistrictLine, ProvinceReportData
from otop_desktop.services.report.report_data import TYPE_ORDER
from otop_desktop.services.report.report_workbook import (
    DETAILS_SHEET,
    DetailHeadings,
    summary_widths,
    tambon_header,
    tambon_row,
    write_interchange_sheet,
    write_notes,
)
from otop_desktop.services.report.sheet_geometry import row_height
from otop_desktop.services.report.sheet_writing import HEADER_FIRST_ROW, Styles

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

DISTRICTS_SHEET = "สรุปรายอำเภอ"
TAMBONS_SHEET = "สรุปรายตำบล"
DUPLICATES_SHEET = "ลงทะเบียนซ้ำข้ามอำเภอ"
DISTRICT_WIDTHS = (6, 15, 8, 7, 7, 12, 12, 12, 7, 17, 30)
DUPLICATE_HEADERS = ("ลำดับ", "เลขที่ซ้ำ", "อำเภอ", "ตำบล", "ชื่อผู้ผลิต", "ผู้ติดต่อ", "ประเภทผู้ผลิต")
DUPLICATE_WIDTHS = (6, 20, 14, 14, 30, 22, 22)


def write_province_workbook(data: ProvinceReportData, path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    styles = Styles()
    districts = workbook.active
    assert districts is not None
    districts.title = DISTRICTS_SHEET
    _write_districts_sheet(districts, data, styles)
    _write_tambons_sheet(workbook.create_sheet(TAMBONS_SHEET), data, styles)
    headings = DetailHeadings(
        (data.details_title, data.office_line, data.campaign_line, data.as_of_line),
        data.signature_lines,
        data.thai_digits,
    )
    write_interchange_sheet(
        workbook.create_sheet(DETAILS_SHEET), data.interchange_rows(), styles, headings
    )
    if data.duplicates:
        _write_duplicates_sheet(workbook.create_sheet(DUPLICATES_SHEET), data, styles)
    workbook.save(path)


def _headings(
    ws: "Worksheet", data: ProvinceReportData, styles: Styles, widths: Sequence[float]
) -> None:
    lines = (data.title, data.office_line, data.letter_line, data.as_of_line)
    sheet.write_headings(ws, lines, styles, widths)


def _district_header(ws: "Worksheet", styles: Styles) -> None:
    top, below = HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1
    sheet.put(ws, top, 4, "ผลการดำเนินงาน (ตำบล)")
    ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    sheet.put(ws, below, 4, "ครบ")
    sheet.put(ws, below, 5, "ไม่ครบ")
    tall = {1: "ลำดับ", 2: "อำเภอ", 3: "จำนวนตำบล", 10: "ได้รับข้อมูล", 11: "หมายเหตุ"}
    sheet.form_header(ws, styles, tall, 6, DISTRICT_WIDTHS)


def _district_row(ws: "Worksheet", row: int, line: DistrictLine, styles: Styles) -> None:
    values: list[object] = [
        line.no or line.name,
        line.name,
        line.tambons,
        line.met,
        line.short,
        *(line.of_type(t) for t in TYPE_ORDER),
        line.total,
        line.received,
        line.remark,
    ]
    font = styles.font if line.no else styles.bold
    sheet.write_row(ws, row, values, styles, font, styles.center, left_columns=(2, 10, 11))
    if not line.no:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.row_dimensions[row].height = sheet.fitted_height(values, DISTRICT_WIDTHS)
    if not line.no:
        first, last = HEADER_FIRST_ROW + 2, row - 1
        for column in range(3, 10):
            name = sheet.letter(column)
            ws.cell(row=row, column=column).value = f"=SUM({name}{first}:{name}{last})"


def _write_districts_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    columns = len(DISTRICT_WIDTHS)
    _headings(ws, data, styles, DISTRICT_WIDTHS)
    _district_header(ws, styles)
    row = HEADER_FIRST_ROW + 2
    for line in (*data.district_lines(), data.total_line()):
        _district_row(ws, row, line, styles)
        row += 1
    tail = row
    row = write_notes(ws, row, (data.rule_note, data.not_counted_note), styles, DISTRICT_WIDTHS)
    if data.duplicates:
        text = (
            f'พบผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย (รายชื่อในแผ่นงาน "{DUPLICATES_SHEET}")'
        )
    else:
        text = "ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ"
    row = write_notes(ws, row, (f"{text} ({data.duplicates_note})",), styles, DISTRICT_WIDTHS)
    row = sheet.write_signature(ws, row + 1, data.signature_lines, styles, 7, columns)
    sheet.finish_form(ws, DISTRICT_WIDTHS, row - 1, landscape=True, tail_from=tail)


def _write_tambons_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    """Every tambon of the province, district by district, in the district report's columns."""
    widths = summary_widths([line for d in data.districts for line in d.summary_rows()])
    _headings(ws, data, styles, widths)
    tambon_header(ws, styles, widths)
    row = HEADER_FIRST_ROW + 2
    totals: list[int] = []
    for district in data.districts:
        cell = ws.cell(row=row, column=1)
        styles.stamp(cell, styles.bold, styles.border, styles.left)
        sheet.set_text_safe(cell, data.district_heading(district))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = row_height(1)
        row += 1
        first = row
        for line in (*district.summary_rows(), district.total_row()):
            tambon_row(ws, row, line, styles, widths, first)
            row += 1
        totals.append(row - 1)
    grand = data.grand_total_row()
    tambon_row(ws, row, grand, styles, widths)
    sheet.set_text_safe(ws.cell(row=row, column=1), grand.name)
    # The province's total adds up the districts' totals, not every row above it.
    for column in "CDEFG":
        ws[f"{column}{row}"] = "=" + "+".join(f"{column}{total}" for total in totals)
    sheet.finish_form(ws, widths, row, landscape=False)


def _write_duplicates_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    sheet.write_row(ws, 1, DUPLICATE_HEADERS, styles, styles.bold, styles.center)
    row = 2
    for no, duplicate in enumerate(data.duplicates, start=1):
        number = duplicate.shown_number
        if data.with_ids and duplicate.kind == "national_id":
            number = format_national_id(duplicate.number)
        for holder in duplicate.holders:
            record = holder.record
            values: list[object] = [
                no,
                f"{duplicate.kind_th} {number}",
                holder.district_name,
                holder.tambon_name,
                record.producer_name,
                record.contact_name,
                record.producer_type.name_th,
            ]
            sheet.write_row(ws, row, values, styles, styles.font, styles.left_top)
            ws.row_dimensions[row].height = sheet.fitted_height(values, DUPLICATE_WIDTHS)
            row += 1
    sheet.set_widths(ws, DUPLICATE_WIDTHS)
    ws.freeze_panes = "A2"
    sheet.set_print_setup(
        ws,
        landscape=True,
        title_rows="1:1",
        last_cell=f"{sheet.letter(len(DUPLICATE_WIDTHS))}{row - 1}",
    )
