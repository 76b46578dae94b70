"""Writing a report's sheets as a Thai official form: TH SarabunPSK 16 pt, thin borders, the
headings, the two header rows of a table, the signature, A4 print setup; text always as text.

Shared by the district and provincial workbooks. openpyxl is imported inside the functions so
that starting the program does not load it.
"""

import re
from collections.abc import Collection, Mapping, Sequence
from copy import copy
from typing import TYPE_CHECKING, Any

from otop_desktop.services.report.report_data import TYPE_ORDER
from otop_desktop.services.report.sheet_geometry import (
    POINTS_PER_UNIT,
    lines_needed,
    row_height,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "TH SarabunPSK"
FONT_SIZE = 16
HEADER_FIRST_ROW = 6
# Excel shows these as day/month/Buddhist year (calendar 07, Thai locale 041E); D0 = Thai digits.
DATE_FORMAT = "[$-107041E]d/m/yyyy"
DATE_FORMAT_THAI_DIGITS = "[$-D07041E]d/m/yyyy"
# A4 in points, and the margins (inches) every sheet of the report prints with.
PAPER = (595.0, 842.0)
MARGINS = {"left": 0.6, "right": 0.4, "top": 0.6, "bottom": 0.6, "header": 0.3, "footer": 0.3}
# Below this scale a one-page summary is too small to read: it flows onto more pages instead.
MIN_ONE_PAGE_SCALE = 0.55
# Pages are planned a little short of full, so that a printer's own scale never breaks earlier.
PAGE_FILL = 0.92
# The signature keeps at least this many table rows with it on its page.
ROWS_WITH_SIGNATURE = 3
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
        self.left_top_whole = Alignment(horizontal="left", vertical="top", wrap_text=False)
        self.plain_center = Alignment(horizontal="center", vertical="center")
        self._arrays: dict[tuple[int, int, int], Any] = {}

    def array(self, ws: "Worksheet", font: Any, border: Any = None, alignment: Any = None) -> Any:
        """The style array of a combination, made once through openpyxl's setters.

        Cells may share it only if nothing restyles them afterwards: openpyxl's setters change a
        cell's array in place (merge_cells sets its first cell's border). set_text_safe copies it
        before quoting a cell's text.
        """
        key = (id(font), id(border), id(alignment))
        cached = self._arrays.get(key)
        if cached is None:
            from openpyxl.cell.cell import Cell

            scratch = Cell(ws)
            scratch.font = font
            if border is not None:
                scratch.border = border
            if alignment is not None:
                scratch.alignment = alignment
            cached = self._arrays[key] = scratch._style
        return cached

    def stamp(self, cell: Any, font: Any, border: Any = None, alignment: Any = None) -> None:
        """Styles a cell before its value is set (the value may mark it as quoted text).

        Copying a finished style array is far cheaper than openpyxl's style setters.
        """
        cell._style = copy(self.array(cell.parent, font, border, alignment))


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
        # The style array may be shared with other cells (Styles.array): quote this one only.
        cell._style = copy(cell._style)
        cell.quotePrefix = True


def write_row(
    ws: "Worksheet",
    row: int,
    values: Sequence[object],
    styles: Styles,
    font: Any,
    align: Any,
    left_columns: Collection[int] = (),
) -> None:
    """One bordered table row; the columns in `left_columns` align left, the rest as `align`."""
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column)
        styles.stamp(cell, font, styles.border, styles.left if column in left_columns else align)
        set_text_safe(cell, value)


def write_headings(
    ws: "Worksheet", lines: Sequence[str], styles: Styles, widths: Sequence[float]
) -> None:
    """The title in bold, then the other heading lines, each centred across the table."""
    for row, text in enumerate(lines, start=1):
        cell = put(ws, row, 1, text)
        cell.font = styles.bold if row == 1 else styles.font
        cell.alignment = styles.center
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = row_height(lines_needed(text, sum(widths), FONT_SIZE))


def form_header(
    ws: "Worksheet",
    styles: Styles,
    tall: Mapping[int, str],
    first_type_column: int,
    widths: Sequence[float],
) -> None:
    """The table's two header rows: the `tall` headers fill both; under the registrations'
    heading, a column per producer type and their total. Other merges come before this."""
    top, below = HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1
    for column, text in tall.items():
        put(ws, top, column, text)
        ws.merge_cells(start_row=top, start_column=column, end_row=below, end_column=column)
    put(ws, top, first_type_column, "จำนวนผู้ลงทะเบียน (ราย)")
    last = first_type_column + len(TYPE_ORDER)
    ws.merge_cells(start_row=top, start_column=first_type_column, end_row=top, end_column=last)
    for offset, producer_type in enumerate(TYPE_ORDER):
        put(ws, below, first_type_column + offset, producer_type.name_th)
    put(ws, below, last, "รวม")
    for row in (top, below):
        for column in range(1, len(widths) + 1):
            cell = ws.cell(row=row, column=column)
            cell.font, cell.border, cell.alignment = styles.bold, styles.border, styles.center
    ws.row_dimensions[top].height = row_height(1)
    below_lines = max(
        lines_needed(str(ws.cell(below, c).value or ""), widths[c - 1], FONT_SIZE)
        for c in range(1, len(widths) + 1)
    )
    # The tall headers span both rows: whatever the first row cannot hold, the second must.
    tall_lines = max(lines_needed(t, widths[c - 1], FONT_SIZE) for c, t in tall.items())
    ws.row_dimensions[below].height = row_height(max(below_lines, tall_lines - 1))


def write_note(
    ws: "Worksheet", row: int, text: str, styles: Styles, width: float, columns: int
) -> None:
    """A line of text under the table, across its columns, as tall as its wrapped lines."""
    cell = put(ws, row, 1, text)
    cell.font, cell.alignment = styles.font, styles.left_top
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    ws.row_dimensions[row].height = row_height(lines_needed(text, width, FONT_SIZE))


def write_signature(
    ws: "Worksheet", row: int, lines: Sequence[str], styles: Styles, first: int, last: int
) -> int:
    """The reporting officer's signature block, centred over columns first to last; the row
    after it is returned."""
    for text in lines:
        cell = put(ws, row, first, text)
        cell.font, cell.alignment = styles.font, styles.plain_center
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        ws.row_dimensions[row].height = row_height(1)
        row += 1
    return row


def merged_width(widths: Sequence[float], first: int, last: int) -> float:
    return sum(widths[first - 1 : last])


def finish_form(
    ws: "Worksheet",
    widths: Sequence[float],
    last_row: int,
    *,
    landscape: bool,
    title_rows: tuple[int, int] = (HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1),
    tail_from: int | None = None,
) -> None:
    """Column widths, the header rows frozen and repeated on every printed page, and the pages:
    one page when it reads well at that scale, else pages planned so that the rows from
    `tail_from` (the notes and signature) keep some table rows with them."""
    set_widths(ws, widths)
    ws.freeze_panes = ws.cell(row=title_rows[1] + 1, column=1)
    heights = [_height(ws, row) for row in range(1, last_row + 1)]
    layout = PageLayout(landscape, sum(column_points(w) for w in widths))
    one_page = layout.one_page_scale(sum(heights))
    set_print_setup(
        ws,
        landscape=landscape,
        title_rows=f"{title_rows[0]}:{title_rows[1]}",
        last_cell=f"{letter(len(widths))}{last_row}",
        one_page=one_page >= MIN_ONE_PAGE_SCALE,
    )
    if one_page < MIN_ONE_PAGE_SCALE:
        repeated = sum(heights[title_rows[0] - 1 : title_rows[1]])
        keep = (tail_from - ROWS_WITH_SIGNATURE) if tail_from else last_row + 1
        for after in plan_breaks(heights, layout.page_height(), repeated, keep, title_rows[1]):
            add_row_break(ws, after)


def _height(ws: "Worksheet", row: int) -> float:
    height = ws.row_dimensions[row].height
    return float(height) if height else row_height(1)


def column_points(width: float) -> float:
    """A column's printed width: Excel adds five pixels to the digit widths."""
    return width * POINTS_PER_UNIT + 3.75


class PageLayout:
    """The printable area of an A4 page with the report's margins, and its fitted scale."""

    def __init__(self, landscape: bool, table_points: float) -> None:
        width, height = PAPER if not landscape else PAPER[::-1]
        self.width = width - (MARGINS["left"] + MARGINS["right"]) * 72
        self.height = height - (MARGINS["top"] + MARGINS["bottom"]) * 72
        self.scale = min(1.0, self.width / table_points)

    def one_page_scale(self, content_points: float) -> float:
        return min(self.scale, self.height / content_points)

    def page_height(self) -> float:
        """The unscaled points of rows one page holds, fitted to the width."""
        return self.height / self.scale * PAGE_FILL


def plan_breaks(
    heights: Sequence[float], page: float, repeated: float, keep_from: int, header_last: int
) -> list[int]:
    """Rows after which a page ends: as full as the page allows, rows never split, and no page
    starts at a row after `keep_from` (1-based): those stay with the rows before them."""
    breaks: list[int] = []
    used = 0.0
    for row, height in enumerate(heights, start=1):
        if used + height > page and row > header_last + 1:
            end = row - 1
            if end >= keep_from:
                end = max(keep_from - 1, (breaks[-1] if breaks else header_last) + 1)
            breaks.append(end)
            used = repeated + sum(heights[end : row - 1])
        used += height
    return breaks


def add_row_break(ws: "Worksheet", after_row: int) -> None:
    from openpyxl.worksheet.pagebreak import Break

    ws.row_breaks.append(Break(id=after_row))


def set_widths(ws: "Worksheet", widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[letter(index)].width = width


def set_print_setup(
    ws: "Worksheet", *, landscape: bool, title_rows: str, last_cell: str, one_page: bool = False
) -> None:
    from openpyxl.worksheet.page import PageMargins

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(**MARGINS)
    ws.print_title_rows = title_rows
    ws.print_area = f"A1:{last_cell}"
    ws.oddFooter.center.text = "หน้า &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 14
    ws.sheet_format.defaultRowHeight = row_height(1)
    ws.sheet_format.customHeight = True


def fitted_height(values: Sequence[object], widths: Sequence[float]) -> float:
    """A row tall enough for its most wrapped cell."""
    return row_height(fitted_lines(values, widths))


def fitted_lines(
    values: Sequence[object], widths: Sequence[float], whole: Collection[int] = ()
) -> int:
    """The lines of a row's most wrapped cell; columns in `whole` (0-based) never wrap."""
    return max(
        (
            lines_needed(str(v), w, FONT_SIZE)
            for index, (v, w) in enumerate(zip(values, widths, strict=False))
            if v is not None and index not in whole
        ),
        default=1,
    )


def letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
