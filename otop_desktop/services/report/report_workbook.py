"""The report workbook: sheet 1 laid out as the provincial form, sheet 2 the interchange table.

openpyxl is imported inside the functions so that starting the program does not load it.
"""

import datetime as dt
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.models import utc_now
from otop_desktop.services.importing.interchange import COLUMN_ORDER, Column
from otop_desktop.services.importing.report_identity import ReportIdentity, write_identity
from otop_desktop.services.report import sheet_writing as sheet
from otop_desktop.services.report.report_data import TYPE_ORDER, ReportData, SummaryRow
from otop_desktop.services.report.sheet_geometry import row_height, width_for
from otop_desktop.services.report.sheet_writing import (
    DATE_FORMAT,
    DATE_FORMAT_THAI_DIGITS,
    FONT_SIZE,
    HEADER_FIRST_ROW,
    Styles,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SUMMARY_SHEET = "สรุปรายตำบล"
DETAILS_SHEET = "รายชื่อผู้ลงทะเบียน"
SUMMARY_COLUMNS = 9
# Widths in Excel's units of the columns whose contents the report knows; the tambon's and the
# remark's follow their texts (summary_widths).
SUMMARY_WIDTHS = (7, 16, 12, 13, 15, 7, 9, 13, 38)
REMARK_WIDTHS = (24, 52)
# The detail table's columns: (narrowest, widest) in Excel's units. Numbers that must stay whole
# (WHOLE_COLUMNS) take the width of their longest value whatever the limit.
DETAIL_WIDTH_LIMITS: dict[Column, tuple[float, float]] = {
    Column.TAMBON_CODE: (9, 10),
    Column.TAMBON: (10, 14),
    Column.PRODUCER_TYPE: (13, 18),
    Column.PRODUCER_NAME: (16, 26),
    Column.CONTACT: (14, 20),
    Column.NATIONAL_ID: (12, 12),
    Column.JURISTIC_NO: (12, 12),
    Column.MEMBER_COUNT: (8, 8),
    Column.ADDRESS: (14, 22),
    Column.PHONE: (10, 10),
    Column.PRODUCT_NAMES: (14, 22),
    Column.PRODUCT_CATEGORY: (11, 14),
    Column.RECEIVED_ON: (12, 12),
    Column.NOTES: (10, 18),
}
WHOLE_COLUMNS = frozenset(
    {Column.NATIONAL_ID, Column.JURISTIC_NO, Column.PHONE, Column.RECEIVED_ON}
)
DETAIL_HEADER_ROW = 6
SIGNATURE_COLUMNS = 5
HEADER_WORD = 8


@dataclass(frozen=True)
class DetailHeadings:
    """What stands above and below a detail table: heading lines and the signature."""

    lines: Sequence[str] = ()
    signature: Sequence[str] = ()
    thai_digits: bool = False


def write_report_workbook(data: ReportData, path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    styles = Styles()
    write_summary_sheet(summary, data, styles)
    add_details_sheet(workbook, data, styles)
    workbook.save(path)


def add_details_sheet(workbook: "Workbook", data: ReportData, styles: Styles) -> None:
    """The registrations, and (hidden) which registration each row is, for the province."""
    if DETAILS_SHEET in workbook.sheetnames:
        del workbook[DETAILS_SHEET]
    header_row = write_details_sheet(workbook.create_sheet(DETAILS_SHEET), data, styles)
    rows = tuple(
        (header_row + 1 + n, reg.uuid) for n, reg in enumerate(data.registrations) if reg.uuid
    )
    identity = ReportIdentity(data.district.code, data.campaign.year, utc_now(), rows)
    write_identity(workbook, identity)


def summary_widths(lines: Sequence[SummaryRow]) -> tuple[float, ...]:
    """The form's widths, the tambon's and remark's columns as wide as their longest text."""
    names = max((width_for(line.name, FONT_SIZE) for line in lines), default=0)
    remarks = max((width_for(line.remark, FONT_SIZE) for line in lines), default=0)
    low, high = REMARK_WIDTHS
    widths: list[float] = list(SUMMARY_WIDTHS)
    widths[1] = max(widths[1], names)
    widths[8] = min(high, max(low, remarks))
    return tuple(widths)


def tambon_header(ws: "Worksheet", styles: Styles, widths: Sequence[float]) -> None:
    tall = {1: "ลำดับ", 2: "ตำบล", 7: "เกณฑ์ขั้นต่ำ (ราย)", 8: "ผลการดำเนินงาน", 9: "หมายเหตุ"}
    sheet.form_header(ws, styles, tall, 3, widths)


def tambon_row(
    ws: "Worksheet",
    row: int,
    line: SummaryRow,
    styles: Styles,
    widths: Sequence[float],
    first_row: int = HEADER_FIRST_ROW + 2,
) -> None:
    """A tambon's line; the total line adds up the rows from `first_row` with formulas."""
    values: list[object] = [
        line.no or "รวม",
        line.name,
        *(line.of_type(t) for t in TYPE_ORDER),
        f"=SUM(C{row}:E{row})",
        line.minimum,
        line.result,
        line.remark,
    ]
    if not line.no:
        above = row - 1
        values[2:7] = [f"=SUM({c}{first_row}:{c}{above})" for c in "CDEFG"]
        values[7] = f'="ครบ "&COUNTIF(H{first_row}:H{above},"ครบ")&" ตำบล"'
        values[8] = f'="ไม่ครบ "&COUNTIF(H{first_row}:H{above},"ไม่ครบ")&" ตำบล"'
    font = styles.font if line.no else styles.bold
    sheet.write_row(ws, row, values, styles, font, styles.center, left_columns=(2, 9))
    _own_formulas(ws, row, values)
    if not line.no:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    shown = [values[0], line.name, *values[2:5], line.total, line.minimum, line.result, line.remark]
    ws.row_dimensions[row].height = sheet.fitted_height(shown, widths)


def _own_formulas(ws: "Worksheet", row: int, values: Sequence[object]) -> None:
    """The report's own formulas: written as text by write_row, which trusts no text."""
    for column, value in enumerate(values, start=1):
        if isinstance(value, str) and value.startswith("="):
            cell = ws.cell(row=row, column=column)
            cell.value = value
            cell.quotePrefix = False


def write_summary_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> None:
    lines = (*data.summary_rows(), data.total_row())
    widths = summary_widths(lines)
    headings = (data.title, data.office_line, data.letter_line, data.as_of_line)
    sheet.write_headings(ws, headings, styles, widths)
    tambon_header(ws, styles, widths)
    row = HEADER_FIRST_ROW + 2
    for line in lines:
        tambon_row(ws, row, line, styles, widths)
        row += 1
    tail = row
    row = write_notes(ws, row, (data.rule_note, data.not_counted_note), styles, widths)
    row = sheet.write_signature(ws, row + 1, data.signature_lines, styles, 5, SUMMARY_COLUMNS)
    sheet.finish_form(ws, widths, row - 1, landscape=False, tail_from=tail)


def write_notes(
    ws: "Worksheet", row: int, notes: Sequence[str], styles: Styles, widths: Sequence[float]
) -> int:
    """The notes under a table, one row each (empty ones left out); the row after is returned."""
    for note in notes:
        if note:
            sheet.write_note(ws, row, note, styles, sum(widths), len(widths))
            row += 1
    return row


def write_details_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> int:
    """The detail table under its headings; returns the row of its header."""
    headings = DetailHeadings(
        (data.details_title, data.office_line, data.campaign_line, data.as_of_line),
        data.signature_lines,
        data.thai_digits,
    )
    return write_interchange_sheet(ws, data.interchange_rows(), styles, headings)


def write_interchange_sheet(
    ws: "Worksheet",
    rows: list[list[object]],
    styles: Styles,
    headings: DetailHeadings = DetailHeadings(),
) -> int:
    """The registrations in the importer's columns, under their headings, signed at the end;
    returns the row of the header."""
    widths = [_fitted_width(header, index, rows) for index, header in enumerate(COLUMN_ORDER)]
    header_row = DETAIL_HEADER_ROW if headings.lines else 1
    if headings.lines:
        sheet.write_headings(ws, headings.lines, styles, widths)
    sheet.write_row(
        ws, header_row, [c.value for c in COLUMN_ORDER], styles, styles.bold, styles.center
    )
    ws.row_dimensions[header_row].height = sheet.fitted_height(
        [c.value for c in COLUMN_ORDER], widths
    )
    _append_details(ws, rows, styles, widths, header_row, headings.thai_digits)
    last = header_row + len(rows)
    ws.auto_filter.ref = f"A{header_row}:{sheet.letter(len(widths))}{max(header_row + 1, last)}"
    tail = last + 1
    if headings.signature:
        first = len(widths) - SIGNATURE_COLUMNS + 1
        last = sheet.write_signature(ws, tail + 1, headings.signature, styles, first, len(widths))
        last -= 1
    sheet.finish_form(
        ws, widths, last, landscape=True, title_rows=(header_row, header_row), tail_from=tail
    )
    return header_row


def _append_details(
    ws: "Worksheet",
    rows: list[list[object]],
    styles: Styles,
    widths: Sequence[float],
    header_row: int,
    thai_digits: bool,
) -> None:
    from openpyxl.cell.cell import Cell

    style = styles.array(ws, styles.font, styles.border, styles.left_top)
    whole = styles.array(ws, styles.font, styles.border, styles.left_top_whole)
    dated = Cell(ws)
    dated._style = copy(whole)
    dated.number_format = DATE_FORMAT_THAI_DIGITS if thai_digits else DATE_FORMAT
    whole_columns = {i for i, c in enumerate(COLUMN_ORDER) if c in WHOLE_COLUMNS}
    date_column = COLUMN_ORDER.index(Column.RECEIVED_ON)
    for number, values in enumerate(rows, start=header_row + 1):
        cells = []
        for index, value in enumerate(values):
            cell = Cell(ws)
            # Shared, not copied: nothing restyles a detail cell once it is written. A date
            # cell's own array: openpyxl would set a date format into a shared one in place.
            if index == date_column and isinstance(value, dt.date):
                cell._style = dated._style
            else:
                cell._style = whole if index in whole_columns else style
            sheet.set_text_safe(cell, value)
            cells.append(cell)
        ws.append(cells)
        lines = sheet.fitted_lines(values, widths, whole_columns)
        if lines > 1:  # one-line rows take the sheet's default height (set_print_setup)
            ws.row_dimensions[number].height = row_height(lines)


def _fitted_width(column: Column, index: int, rows: list[list[object]]) -> float:
    """Wide enough for the header's longest word and most values, within the column's limits;
    a number that must stay whole is never narrower than its longest value."""
    low, high = DETAIL_WIDTH_LIMITS.get(column, (8, 16))
    # A long Thai header word wraps between its parts (เลขประจำตัว/ประชาชน) in both programs.
    widest = max(
        (width_for(w, FONT_SIZE) for w in column.value.split() if len(w) <= HEADER_WORD), default=0
    )
    values = (_shown(r[index]) for r in rows if r[index] is not None)
    if column in WHOLE_COLUMNS:
        return max(low, widest, *(width_for(v, FONT_SIZE) for v in values))
    for text in values:
        if len(text) > widest / 2:
            widest = max(widest, width_for(text, FONT_SIZE))
            if widest >= high:
                break
    return float(min(high, max(low, widest)))


def _shown(value: object) -> str:
    if isinstance(value, dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year + 543}"
    return str(value)
