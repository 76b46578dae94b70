"""The report workbook: sheet 1 laid out as the provincial form, sheet 2 the interchange table.

openpyxl is imported inside the functions so that starting the program does not load it.
"""

import re
from collections.abc import Sequence
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otop_desktop.services.interchange import COLUMN_ORDER, Column
from otop_desktop.services.report_data import TYPE_ORDER, ReportData, SummaryRow
from otop_desktop.services.sheet_geometry import (
    CHAR_WIDTH,
    lines_needed,
    row_height,
    text_width,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "TH SarabunPSK"
FONT_SIZE = 16
SUMMARY_SHEET = "สรุปรายตำบล"
DETAILS_SHEET = "รายชื่อผู้ลงทะเบียน"
SUMMARY_COLUMNS = 9
HEADER_FIRST_ROW = 6
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
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
# Control characters pasted from elsewhere that an .xlsx file cannot hold (as openpyxl's check).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


class Styles:
    """The few styles of a Thai official form, made once per workbook."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, Side

        self.font = Font(name=FONT_NAME, size=FONT_SIZE)
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.left_top = Alignment(horizontal="left", vertical="top", wrap_text=True)
        self.plain = Alignment(horizontal="left", vertical="center")
        self._stamps: dict[tuple[int, int, int], Any] = {}

    def stamp(self, cell: Any, font: Any, border: Any = None, alignment: Any = None) -> None:
        """Styles a cell before its value is set (the value may mark it as quoted text).

        Copying a finished style array is far cheaper than openpyxl's style setters.
        """
        key = (id(font), id(border), id(alignment))
        cached = self._stamps.get(key)
        if cached is None:
            cell.font = font
            if border is not None:
                cell.border = border
            if alignment is not None:
                cell.alignment = alignment
            self._stamps[key] = copy(cell._style)
        else:
            cell._style = copy(cached)


def put(ws: "Worksheet", row: int, column: int, value: object) -> Any:
    """Writes a value so that text is always text: nothing typed can become a formula."""
    cell = ws.cell(row=row, column=column)
    set_text_safe(cell, value)
    return cell


def set_text_safe(cell: Any, value: object) -> None:
    if not isinstance(value, str):
        cell.value = value
        return
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    # Text is stored as text directly: openpyxl's setter would check it all again and guess at
    # formulas, a third of the time of a report's detail sheet.
    cell._value = value[:MAX_CELL_TEXT]
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _row_cells(ws: "Worksheet", values: list[object], styles: Styles) -> list[Any]:
    """A detail row as finished cells, for Worksheet.append: much faster than cell by cell."""
    from openpyxl.cell.cell import Cell

    cells = []
    for value in values:
        cell = Cell(ws)
        styles.stamp(cell, styles.font, styles.border, styles.left_top)
        set_text_safe(cell, value)
        cells.append(cell)
    return cells


def set_print_setup(ws: "Worksheet", *, landscape: bool, title_rows: str, last_cell: str) -> None:
    from openpyxl.worksheet.page import PageMargins

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.7, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.print_title_rows = title_rows
    ws.print_area = f"A1:{last_cell}"
    ws.oddFooter.center.text = "หน้า &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 14
    ws.sheet_format.defaultRowHeight = row_height(1)
    ws.sheet_format.customHeight = True


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


def _heading_line(ws: "Worksheet", row: int, text: str, styles: Styles, *, bold: bool) -> None:
    cell = put(ws, row, 1, text)
    cell.font = styles.bold if bold else styles.font
    cell.alignment = styles.center
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=SUMMARY_COLUMNS)


def _table_header(ws: "Worksheet", styles: Styles) -> None:
    top, below = HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1
    spans = {1: "ลำดับ", 2: "ตำบล", 7: "เกณฑ์ขั้นต่ำ (ราย)", 8: "ผลการดำเนินงาน", 9: "หมายเหตุ"}
    for column, text in spans.items():
        put(ws, top, column, text)
        ws.merge_cells(start_row=top, start_column=column, end_row=below, end_column=column)
    put(ws, top, 3, "จำนวนผู้ลงทะเบียน (ราย)")
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=6)
    for offset, producer_type in enumerate(TYPE_ORDER):
        put(ws, below, 3 + offset, producer_type.name_th)
    put(ws, below, 6, "รวม")
    for row in (top, below):
        for column in range(1, SUMMARY_COLUMNS + 1):
            cell = ws.cell(row=row, column=column)
            cell.font, cell.border, cell.alignment = styles.bold, styles.border, styles.center
    ws.row_dimensions[top].height = row_height(1)
    # Long Thai names wrap at word boundaries into one line more than their length suggests.
    ws.row_dimensions[below].height = row_height(
        1 + max(lines_needed(t.name_th, SUMMARY_WIDTHS[2]) for t in TYPE_ORDER)
    )


def _table_row(ws: "Worksheet", row: int, line: SummaryRow, styles: Styles) -> None:
    values: list[object] = [
        line.no or "รวม",
        line.name,
        *(line.of_type(t) for t in TYPE_ORDER),
        line.total,
        line.minimum,
        line.result,
        line.remark,
    ]
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column)
        font = styles.font if line.no else styles.bold
        styles.stamp(cell, font, styles.border, styles.left if column in (2, 9) else styles.center)
        set_text_safe(cell, value)
    if not line.no:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.row_dimensions[row].height = _height(values, SUMMARY_WIDTHS)


def write_summary_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> None:
    _heading_line(ws, 1, data.title, styles, bold=True)
    _heading_line(ws, 2, data.office_line, styles, bold=False)
    _heading_line(ws, 3, data.letter_line, styles, bold=False)
    _heading_line(ws, 4, data.as_of_line, styles, bold=False)
    _table_header(ws, styles)
    row = HEADER_FIRST_ROW + 2
    for line in (*data.summary_rows(), data.total_row()):
        _table_row(ws, row, line, styles)
        row += 1
    note = put(ws, row, 1, data.rule_note)
    note.font, note.alignment = styles.font, styles.left_top
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=SUMMARY_COLUMNS)
    ws.row_dimensions[row].height = row_height(lines_needed(data.rule_note, sum(SUMMARY_WIDTHS)))
    row += 3
    for text in data.signature_lines:
        cell = put(ws, row, 5, text)
        cell.font, cell.alignment = styles.font, styles.center
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=SUMMARY_COLUMNS)
        row += 1
    for index, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[_letter(index)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_FIRST_ROW + 2, column=1)
    last = f"{_letter(SUMMARY_COLUMNS)}{row - 1}"
    set_print_setup(
        ws,
        landscape=False,
        title_rows=f"{HEADER_FIRST_ROW}:{HEADER_FIRST_ROW + 1}",
        last_cell=last,
    )


def write_details_sheet(ws: "Worksheet", data: ReportData, styles: Styles) -> None:
    write_interchange_sheet(ws, data.interchange_rows(), styles)


def write_interchange_sheet(ws: "Worksheet", rows: list[list[object]], styles: Styles) -> None:
    for column, header in enumerate(COLUMN_ORDER, start=1):
        cell = ws.cell(row=1, column=column)
        styles.stamp(cell, styles.bold, styles.border, styles.center)
        set_text_safe(cell, header.value)
    widths = [
        _fitted_width(header, [str(r[index]) for r in rows if r[index] is not None])
        for index, header in enumerate(COLUMN_ORDER)
    ]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[_letter(index)].width = width
    ws.row_dimensions[1].height = _height([c.value for c in COLUMN_ORDER], widths)
    for number, values in enumerate(rows, start=2):
        ws.append(_row_cells(ws, values, styles))
        ws.row_dimensions[number].height = _height(values, widths)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{_letter(len(COLUMN_ORDER))}{max(2, len(rows) + 1)}"
    set_print_setup(
        ws,
        landscape=True,
        title_rows="1:1",
        last_cell=f"{_letter(len(COLUMN_ORDER))}{len(rows) + 1}",
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


def _height(values: list[object], widths: Sequence[float]) -> float:
    lines = max(
        (lines_needed(str(v), w) for v, w in zip(values, widths, strict=False) if v is not None),
        default=1,
    )
    return row_height(lines)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
