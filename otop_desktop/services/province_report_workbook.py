"""The provincial workbook: per-district summary, every tambon grouped by district, the
registrations in the interchange format (so the file imports back), and the cross-district
duplicates when there are any.

openpyxl is imported inside the functions so that starting the program does not load it.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.domain.identifiers import format_national_id
from otop_desktop.services.province_report_data import DistrictLine, ProvinceReportData
from otop_desktop.services.report_data import MET_TEXT, SHORT_TEXT, TYPE_ORDER, SummaryRow
from otop_desktop.services.report_workbook import (
    DETAILS_SHEET,
    HEADER_FIRST_ROW,
    SUMMARY_COLUMNS,
    SUMMARY_WIDTHS,
    Styles,
    _letter,
    _table_header,
    _table_row,
    put,
    set_print_setup,
    set_text_safe,
    write_interchange_sheet,
)
from otop_desktop.services.sheet_geometry import lines_needed, row_height

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
    write_interchange_sheet(workbook.create_sheet(DETAILS_SHEET), data.interchange_rows(), styles)
    if data.duplicates:
        _write_duplicates_sheet(workbook.create_sheet(DUPLICATES_SHEET), data, styles)
    workbook.save(path)


def _merged_line(ws: "Worksheet", row: int, text: str, styles: Styles, columns: int) -> None:
    cell = put(ws, row, 1, text)
    cell.font, cell.alignment = styles.font, styles.left_top
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    ws.row_dimensions[row].height = row_height(lines_needed(text, sum(DISTRICT_WIDTHS) * 0.9))


def _headings(ws: "Worksheet", data: ProvinceReportData, styles: Styles, columns: int) -> None:
    lines = (data.title, data.office_line, data.letter_line, data.as_of_line)
    for row, text in enumerate(lines, start=1):
        cell = put(ws, row, 1, text)
        cell.font = styles.bold if row == 1 else styles.font
        cell.alignment = styles.center
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)


def _district_header(ws: "Worksheet", styles: Styles) -> None:
    top, below = HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1
    spans = {1: "ลำดับ", 2: "อำเภอ", 3: "จำนวนตำบล", 10: "ได้รับข้อมูล", 11: "หมายเหตุ"}
    for column, text in spans.items():
        put(ws, top, column, text)
        ws.merge_cells(start_row=top, start_column=column, end_row=below, end_column=column)
    put(ws, top, 4, "ผลการดำเนินงาน (ตำบล)")
    ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    put(ws, below, 4, "ครบ")
    put(ws, below, 5, "ไม่ครบ")
    put(ws, top, 6, "จำนวนผู้ลงทะเบียน (ราย)")
    ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=9)
    for offset, producer_type in enumerate(TYPE_ORDER):
        put(ws, below, 6 + offset, producer_type.name_th)
    put(ws, below, 9, "รวม")
    for row in (top, below):
        for column in range(1, len(DISTRICT_WIDTHS) + 1):
            cell = ws.cell(row=row, column=column)
            cell.font, cell.border, cell.alignment = styles.bold, styles.border, styles.center
    ws.row_dimensions[top].height = row_height(1)
    ws.row_dimensions[below].height = row_height(
        1 + max(lines_needed(t.name_th, DISTRICT_WIDTHS[5]) for t in TYPE_ORDER)
    )


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
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column)
        align = styles.left if column in (2, 10, 11) else styles.center
        styles.stamp(cell, font, styles.border, align)
        set_text_safe(cell, value)
    if not line.no:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    lines = max(
        lines_needed(str(v), w) for v, w in zip(values, DISTRICT_WIDTHS, strict=True) if v != ""
    )
    ws.row_dimensions[row].height = row_height(lines)


def _write_districts_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    columns = len(DISTRICT_WIDTHS)
    _headings(ws, data, styles, columns)
    _district_header(ws, styles)
    row = HEADER_FIRST_ROW + 2
    for line in (*data.district_lines(), data.total_line()):
        _district_row(ws, row, line, styles)
        row += 1
    _merged_line(ws, row, data.rule_note, styles, columns)
    row += 1
    if data.duplicates:
        text = (
            f'พบผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย (รายชื่อในแผ่นงาน "{DUPLICATES_SHEET}")'
        )
    else:
        text = "ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ"
    _merged_line(ws, row, f"{text} ({data.duplicates_note})", styles, columns)
    row += 3
    for text in data.signature_lines:
        cell = put(ws, row, 7, text)
        cell.font, cell.alignment = styles.font, styles.center
        ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=columns)
        row += 1
    for index, width in enumerate(DISTRICT_WIDTHS, start=1):
        ws.column_dimensions[_letter(index)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_FIRST_ROW + 2, column=1)
    set_print_setup(
        ws,
        landscape=True,
        title_rows=f"{HEADER_FIRST_ROW}:{HEADER_FIRST_ROW + 1}",
        last_cell=f"{_letter(columns)}{row - 1}",
    )


def _write_tambons_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    """Every tambon of the province, district by district, in the district report's columns."""
    _headings(ws, data, styles, SUMMARY_COLUMNS)
    _table_header(ws, styles)
    row = HEADER_FIRST_ROW + 2
    for district in data.districts:
        cell = ws.cell(row=row, column=1)
        styles.stamp(cell, styles.bold, styles.border, styles.left)
        set_text_safe(cell, data.district_heading(district))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=SUMMARY_COLUMNS)
        ws.row_dimensions[row].height = row_height(1)
        row += 1
        for line in (*district.summary_rows(), district.total_row()):
            _table_row(ws, row, line, styles)
            row += 1
    total = data.total_line()
    grand = SummaryRow(
        no=0,
        code="",
        name=total.name,
        groups=total.groups,
        single_owners=total.single_owners,
        smes=total.smes,
        total=total.total,
        minimum=data.campaign.rule.min_total * total.tambons,
        met=total.short == 0,
        result=f"{MET_TEXT} {total.met} ตำบล",
        remark=f"{SHORT_TEXT} {total.short} ตำบล",
    )
    _table_row(ws, row, grand, styles)
    set_text_safe(ws.cell(row=row, column=1), total.name)
    for index, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[_letter(index)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_FIRST_ROW + 2, column=1)
    set_print_setup(
        ws,
        landscape=False,
        title_rows=f"{HEADER_FIRST_ROW}:{HEADER_FIRST_ROW + 1}",
        last_cell=f"{_letter(SUMMARY_COLUMNS)}{row}",
    )


def _write_duplicates_sheet(ws: "Worksheet", data: ProvinceReportData, styles: Styles) -> None:
    for column, header in enumerate(DUPLICATE_HEADERS, start=1):
        cell = ws.cell(row=1, column=column)
        styles.stamp(cell, styles.bold, styles.border, styles.center)
        set_text_safe(cell, header)
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
            for column, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=column)
                styles.stamp(cell, styles.font, styles.border, styles.left_top)
                set_text_safe(cell, value)
            ws.row_dimensions[row].height = row_height(
                max(lines_needed(str(v), w) for v, w in zip(values, DUPLICATE_WIDTHS, strict=True))
            )
            row += 1
    for index, width in enumerate(DUPLICATE_WIDTHS, start=1):
        ws.column_dimensions[_letter(index)].width = width
    ws.freeze_panes = "A2"
    set_print_setup(
        ws, landscape=True, title_rows="1:1", last_cell=f"{_letter(len(DUPLICATE_WIDTHS))}{row - 1}"
    )
