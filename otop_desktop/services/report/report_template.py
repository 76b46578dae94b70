"""The province's own form: an .xlsx template whose {{placeholders}} the report fills in.

The placeholders are listed in docs/report-template.md. The row holding {{tambon.*}} placeholders
is repeated once per tambon; the interchange sheet is added after the template's sheets.
"""

import re
import zipfile
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.domain.errors import UserError
from otop_desktop.services.report.report_data import ReportData, SummaryRow
from otop_desktop.services.report.report_workbook import add_details_sheet
from otop_desktop.services.report.sheet_writing import Styles, put

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_.]+)\s*\}\}")
ROW_PREFIX = "tambon."
SCALAR_NAMES = (
    "district",
    "province",
    "office",
    "date",
    "letter_reference",
    "letter_date",
    "officer",
    "position",
    "met",
    "short",
    "tambons",
    "groups",
    "single_owners",
    "smes",
    "total",
)
ROW_NAMES = (
    *("no", "code", "name", "groups", "single_owners", "smes", "total", "minimum"),
    *("result", "remark"),
)
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


class TemplateError(UserError):
    pass


def scalar_values(data: ReportData) -> dict[str, object]:
    totals = data.status.totals
    return {
        "district": data.district.name_th,
        "province": data.province.name_th,
        "office": data.office.office_name,
        "date": data.date_text(),
        "letter_reference": data.campaign.letter_reference,
        "letter_date": data.date_text(data.campaign.letter_date),
        "officer": data.office.officer_name,
        "position": data.office.officer_position,
        "met": data.status.met_count,
        "short": data.status.short_count,
        "tambons": len(data.status.tambons),
        "groups": totals.groups,
        "single_owners": totals.single_owners,
        "smes": totals.smes,
        "total": totals.total,
    }


def row_values(row: SummaryRow) -> dict[str, object]:
    return {f"{ROW_PREFIX}{name}": getattr(row, name) for name in ROW_NAMES}


def _fill(text: str, values: dict[str, object], data: ReportData) -> object:
    """A cell that is one placeholder takes the value itself, so numbers stay numbers."""
    whole = PLACEHOLDER.fullmatch(text.strip())
    if whole and whole.group(1) in values:
        return values[whole.group(1)]

    def value_of(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        return data.heading(str(value)) if isinstance(value, int) else str(value)

    return PLACEHOLDER.sub(value_of, text)


def unknown_placeholders(path: Path) -> list[str]:
    """Placeholders the export would not fill: typing mistakes to show before exporting."""
    workbook = _load(path)
    known = set(SCALAR_NAMES) | {f"{ROW_PREFIX}{n}" for n in ROW_NAMES}
    found = {
        match.group(1)
        for row in workbook.worksheets[0].iter_rows()
        for cell in row
        if isinstance(cell.value, str)
        for match in PLACEHOLDER.finditer(cell.value)
    }
    return sorted(found - known)


def check_template(template: Path) -> None:
    """Refuses a template that cannot be read or that holds a placeholder with a typing mistake."""
    unknown = unknown_placeholders(template)
    if unknown:
        names = ", ".join("{{" + n + "}}" for n in unknown)
        raise TemplateError(
            f"แม่แบบ {template.name} มีช่องที่โปรแกรมไม่รู้จัก: {names}",
            f"The template {template.name} has unknown placeholders: {names}",
        )


def write_template_workbook(data: ReportData, template: Path, path: Path) -> None:
    check_template(template)
    workbook = _load(template)
    workbook.template = False
    sheet = workbook.worksheets[0]
    _fill_tambon_rows(sheet, data)
    scalars = scalar_values(data)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and PLACEHOLDER.search(cell.value):
                put(sheet, cell.row, cell.column, _fill(cell.value, scalars, data))
    add_details_sheet(workbook, data, Styles())
    workbook.save(path)


def _template_row(sheet: "Worksheet") -> int | None:
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "{{" + ROW_PREFIX in cell.value.replace(" ", ""):
                return cell.row
    return None


def _fill_tambon_rows(sheet: "Worksheet", data: ReportData) -> None:
    from openpyxl.cell.cell import MergedCell

    first = _template_row(sheet)
    if first is None:
        return
    lines = data.summary_rows()
    template = [
        (cell.column, cell.value, copy(cell._style), isinstance(cell, MergedCell))
        for cell in sheet[first]
    ]
    height = sheet.row_dimensions[first].height
    if len(lines) > 1:
        _make_room(sheet, first, len(lines) - 1)
    for offset, line in enumerate(lines):
        row = first + offset
        values = row_values(line)
        for column, value, style, merged in template:
            target = sheet.cell(row=row, column=column)
            target._style = copy(style)
            if merged or isinstance(target, MergedCell):
                continue
            if isinstance(value, str) and PLACEHOLDER.search(value):
                value = _fill(value, values, data)
            put(sheet, row, column, value)
        sheet.row_dimensions[row].height = height


def _make_room(sheet: "Worksheet", first: int, extra: int) -> None:
    """openpyxl moves cells but not merges, row heights or print ranges: those are moved here."""
    from openpyxl.worksheet.cell_range import CellRange

    below = [r for r in sheet.merged_cells.ranges if r.min_row > first]
    in_row = [r for r in sheet.merged_cells.ranges if r.min_row == r.max_row == first]
    heights = {
        r: d.height for r, d in sheet.row_dimensions.items() if r > first and d.height is not None
    }
    for merged in below:
        sheet.merged_cells.remove(merged)
    sheet.insert_rows(first + 1, extra)
    for merged in below:
        merged.shift(row_shift=extra)
        sheet.merged_cells.add(merged)
    for merged in in_row:
        for offset in range(1, extra + 1):
            copy_range = CellRange(merged.coord)
            copy_range.shift(row_shift=offset)
            sheet.merge_cells(copy_range.coord)
    for row in sorted(heights, reverse=True):
        sheet.row_dimensions[row + extra].height = heights[row]
        sheet.row_dimensions[row].height = None
    if sheet.print_area:
        sheet.print_area = _grow_area(sheet.print_area, first, extra)


def _grow_area(area: str, first: int, extra: int) -> str:
    from openpyxl.worksheet.cell_range import CellRange

    ranges = []
    for part in area.split(","):
        cell_range = CellRange(part.split("!")[-1].replace("$", ""))
        if cell_range.max_row >= first:
            cell_range.expand(down=extra)
        ranges.append(cell_range.coord)
    return ",".join(ranges)


def _load(path: Path) -> "Workbook":
    _check_container(path)
    import openpyxl

    try:
        return openpyxl.load_workbook(path)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or hostile file
        raise TemplateError(
            f"เปิดแม่แบบ {path.name} ไม่ได้ (แฟ้มเสียหายหรือไม่ใช่แฟ้ม Excel)",
            f"Cannot open the template {path.name}.",
        ) from exc


def _check_container(path: Path) -> None:
    if path.suffix.lower() not in (".xlsx", ".xltx"):
        raise TemplateError(
            f"แม่แบบต้องเป็นแฟ้ม .xlsx ({path.name})", f"The template must be .xlsx: {path.name}"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(p.file_size for p in archive.infolist())
    except (OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            f"เปิดแม่แบบ {path.name} ไม่ได้", f"Cannot open the template {path.name}."
        ) from exc
    if inflated > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            f"แม่แบบ {path.name} ใหญ่ผิดปกติ จึงไม่ได้เปิด", f"The template {path.name} is too large."
        )
