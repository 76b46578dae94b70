"""The district report as a printable PDF: the same form as the workbook's first sheet, on A4
pages that keep the signature with the last rows of the table."""

from collections.abc import Sequence
from pathlib import Path

from otop_desktop.services.report.pdf_canvas import (
    BODY_SIZE,
    TITLE_SIZE,
    Canvas,
    Style,
    paragraph,
    spacer,
)
from otop_desktop.services.report.pdf_layout import Block, paginate
from otop_desktop.services.report.pdf_table import Cell, HeaderCell, Table
from otop_desktop.services.report.report_data import TYPE_ORDER, ReportData, SummaryRow

# The signature keeps this many table rows with it on its page.
ROWS_WITH_SIGNATURE = 3
# Parts of the page's width: order, tambon, three types, total, minimum, result, remark.
FORM_WIDTHS = (5.5, 13, 10, 10, 11, 6, 8, 9.5, 27)


def headings(canvas: Canvas, title: str, lines: Sequence[str]) -> list[Block]:
    blocks = paragraph(canvas, title, Style(TITLE_SIZE, bold=True))
    for line in lines:
        blocks += paragraph(canvas, line, Style(BODY_SIZE))
    blocks.append(spacer(BODY_SIZE / 2))
    return blocks


def tambon_table(canvas: Canvas, widths: Sequence[float] = FORM_WIDTHS) -> Table:
    header = [
        HeaderCell("ลำดับ", 0, rows=2),
        HeaderCell("ตำบล", 1, rows=2),
        HeaderCell("จำนวนผู้ลงทะเบียน (ราย)", 2, columns=4),
        *(HeaderCell(t.name_th, 2 + i, row=1) for i, t in enumerate(TYPE_ORDER)),
        HeaderCell("รวม", 5, row=1),
        HeaderCell("เกณฑ์ขั้นต่ำ (ราย)", 6, rows=2),
        HeaderCell("ผลการดำเนินงาน", 7, rows=2),
        HeaderCell("หมายเหตุ", 8, rows=2),
    ]
    return Table(canvas, widths, header)


def summary_cells(line: SummaryRow) -> list[Cell]:
    """One tambon of the form's table, or its total line."""
    total = not line.no
    figures = [*(line.of_type(t) for t in TYPE_ORDER), line.total, line.minimum, line.result]
    first = [Cell(line.name, bold=True, span=2)] if total else [Cell(line.no), Cell(line.name, "L")]
    remark = line.remark.replace(", ", ",\n")
    return [
        *first,
        *(Cell(value, bold=total) for value in figures),
        Cell(remark, "C" if total else "L", bold=total),
    ]


def table_rows(table: Table, cells: Sequence[list[Cell]]) -> list[Block]:
    """The rows; the last ones go to a page with what follows the table (the signature)."""
    keep_from = len(cells) - ROWS_WITH_SIGNATURE
    return [table.row(row, keep_with_next=index >= keep_from) for index, row in enumerate(cells)]


def closing(canvas: Canvas, notes: Sequence[str], signature: Sequence[str]) -> list[Block]:
    """The notes under the table and the signature, all kept on one page."""
    blocks = [spacer(BODY_SIZE / 2)]
    for note in notes:
        if note:
            blocks += paragraph(canvas, note, Style(BODY_SIZE), "L")
    blocks.append(spacer(BODY_SIZE * 2))
    style = Style(BODY_SIZE)
    x = canvas.left + canvas.width * 0.42
    width = canvas.right - x
    for line in signature:
        blocks.append(
            Block(
                style.line,
                lambda y, line=line: canvas.text_line(line, x, y, width, style, "C"),
            )
        )
    for block in blocks[:-1]:
        block.keep_with_next = True
    return blocks


def write_report_pdf(data: ReportData, path: Path) -> None:
    canvas = Canvas(f"{data.title} อำเภอ{data.district.name_th}")
    table = tambon_table(canvas)
    blocks = headings(canvas, data.title, (data.office_line, data.letter_line, data.as_of_line))
    lines = (*data.summary_rows(), data.total_row())
    blocks += table_rows(table, [summary_cells(line) for line in lines])
    notes = (data.rule_note, data.not_counted_note)
    blocks += closing(canvas, notes, data.signature_lines)
    canvas.draw_pages(paginate(blocks, canvas.top, canvas.bottom))
    canvas.save(path)
