"""The report workbook: sheet 1 laid out as the provincial form, sheet 2 the interchange table.

openpyxl is imported inside the functions so that starting the program does not load it.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from otop_desktop.services.importing.interchange import COLUMN_ORDER, Column
from otop_desktop.services.report import sheet_writing as sheet
from otop_desktop.services.report.report_data import TYPE_ORDER, ReportData, SummaryRow
from otop_desktop.services.report.sheet_geometry import CHAR_WIDTH, row_height, text_width
from otop_desktop.services.report.sheet_writing import HEADER_FIRST_ROW, Styles

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SUMMARY_SHEET = "สรุปรายตำบล"
DETAILS_SHEET = "รายชื่อผู้ลงทะเบียน"
SUMMARY_COLUMNS = 9
# Widths in Excel's units; narrow enough that A4 portrait prints the form at about 85 %.
SUMMARY_WIDTHS = (6, 14, 13, 13, 13, 6, 9, 11, 24)
DETAIL_WIDTH_LIMITS: dict[Column, tuple[int, int]] = {
    Column.TAMBON_CODE: (9, 10),
    Column.PRODUCER_TYPE: (14, 18),
    Column.PRODUCER_NAME: (14, 24),
    Column.CONTACT: (14, 20),
    Column.NATIONAL_ID: (19, 19),
    Column.JURISTIC_NO: (18, 18),
    Column.MEMBER_COUNT: (8, 8),
    Column.ADDRESS: (10, 20),
    Column.PRODUCT_NAMES: (14, 22),
    Column.PRODUCT_CATEGORY: (10, 14),
    Column.RECEIVED_ON: (14, 14),
    Column.NOTES: (10, 18),
}


def _row_cells(ws: "Worksheet", values: list[object], style: Any) -> list[Any]:
    """A detail row as finished cells, for Worksheet.append: much faster than cell by cell."""
    from openpyxl.cell.cell import Cell

    cells = []
    for value in values:
        cell = Cell(ws)
        # Shared, not copied: nothing restyles a detail cell once it is written.
        cell._style = style
        sheet.set_text_safe(cell, value)
        cells.append(cell)
    return cells


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
    if DETAILS_SHEET in workbook.sheetnames:
        del workbook[DETAILS_SHEET]
    write_details_sheet(workbook.create_sheet(DETAILS_SHEET), data, styles)


def tambon_header(ws: "Worksheet", styles: Styles) -> None:
    tall = {1: "ลำดับ", 2: "ตำบล", 7: "เกณฑ์ขั้นต่ำ (ราย)", 8: "ผลการดำเนินงาน", 9: "หมายเหตุ"}
    sheet.form_header(ws, styles, tall, 3, SUMMARY_WIDTHS)


def tambon_row(ws: "Worksheet", row: int, line: SummaryRow, styles: Styles) -> None:
    values: list[object] = [
        line.no or "รวม",
        line.name,
        *(line.of_type(t) for t in TYPE_ORDER),
        line.total,
        line.minimum,
        line.result,
        line.remark,
    ]
    font = styles.font if line.no else styles.bold
    sheet.write_row(ws, row, values, styles, font, styles.center, left_columns=(2, 9))
    if not line.no:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.row_dimensions[row].height = sheet.fitted_height(values, SUMMARY_WIDTHS)


def write_summary_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> None:
    lines = (data.title, data.office_line, data.letter_line, data.as_of_line)
    sheet.write_headings(ws, lines, styles, SUMMARY_COLUMNS)
    tambon_header(ws, styles)
    row = HEADER_FIRST_ROW + 2
    for line in (*data.summary_rows(), data.total_row()):
        tambon_row(ws, row, line, styles)
        row += 1
    sheet.write_note(ws, row, data.rule_note, styles, SUMMARY_COLUMNS, sum(SUMMARY_WIDTHS))
    row = sheet.write_signature(ws, row + 3, data.signature_lines, styles, 5, SUMMARY_COLUMNS)
    sheet.finish_form(ws, SUMMARY_WIDTHS, row - 1, landscape=False)


def write_details_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> None:
    write_interchange_sheet(ws, data.interchange_rows(), styles)


def write_interchange_sheet(ws: "Worksheet", rows: list[list[object]], styles: Styles) -> None:
    sheet.write_row(
        ws, 1, [header.value for header in COLUMN_ORDER], styles, styles.bold, styles.center
    )
    widths = [
        _fitted_width(header, [str(r[index]) for r in rows if r[index] is not None])
        for index, header in enumerate(COLUMN_ORDER)
    ]
    sheet.set_widths(ws, widths)
    ws.row_dimensions[1].height = sheet.fitted_height([c.value for c in COLUMN_ORDER], widths)
    style = styles.array(ws, styles.font, styles.border, styles.left_top)
    for number, values in enumerate(rows, start=2):
        ws.append(_row_cells(ws, values, style))
        lines = sheet.fitted_lines(values, widths)
        if lines > 1:  # one-line rows take the sheet's default height (set_print_setup)
            ws.row_dimensions[number].height = row_height(lines)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{sheet.letter(len(COLUMN_ORDER))}{max(2, len(rows) + 1)}"
    sheet.set_print_setup(
        ws,
        landscape=True,
        title_rows="1:1",
        last_cell=f"{sheet.letter(len(COLUMN_ORDER))}{len(rows) + 1}",
    )


def _fitted_width(column: Column, texts: list[str]) -> float:
    """Wide enough for the header's longest word and most values, within the column's limits."""
    low, high = DETAIL_WIDTH_LIMITS.get(column, (8, 16))
    widest = max(text_width(word) for word in column.value.split())
    for text in texts:
        if len(text) * CHAR_WIDTH + 2 > widest:
            widest = max(widest, text_width(text))
            if widest >= high:
                break
    return float(min(high, max(low, round(widest))))
