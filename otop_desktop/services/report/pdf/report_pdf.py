"""The district report as a printable PDF: the same form as the workbook's first sheet, on A4
pages that keep the signature with the last rows of the table."""

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.report.pdf.pdf_canvas import (
    BODY_SIZE,
    PADDING,
    TABLE_SIZE,
    TITLE_SIZE,
    Canvas,
    Style,
    draw_line,
    paragraph,
    spacer,
)
from otop_desktop.services.report.pdf.pdf_layout import Block, paginate
from otop_desktop.services.report.pdf.pdf_table import Cell, HeaderCell, Table
from otop_desktop.services.report.report_data import (
    MET_TEXT,
    SHORT_TEXT,
    TYPE_ORDER,
    ReportData,
    SummaryRow,
)

# The signature keeps this many table rows with it on its page.
ROWS_WITH_SIGNATURE = 3
TABLE_BOLD = Style(TABLE_SIZE, bold=True)
# Where the form's headings break: Qt-free fpdf2 breaks Thai only at spaces and clusters.
TYPE_HEADINGS = {
    ProducerType.GROUP: "กลุ่มผู้ผลิต\nชุมชน",
    ProducerType.SINGLE_OWNER: "ผู้ผลิตชุมชน\nที่เป็น\nเจ้าของ\nรายเดียว",
    ProducerType.SME: "ผู้ผลิตที่เป็น\nวิสาหกิจ\nขนาดกลาง\nและ\nขนาดย่อม",
}
MINIMUM_HEADING = "เกณฑ์\nขั้นต่ำ\n(ราย)"
RESULT_HEADING = "ผลการ\nดำเนินงาน"


def headings(canvas: Canvas, title: str, lines: Sequence[str]) -> list[Block]:
    blocks = paragraph(canvas, title, Style(TITLE_SIZE, bold=True))
    for line in filter(None, lines):
        blocks += paragraph(canvas, line, Style(BODY_SIZE))
    blocks.append(spacer(BODY_SIZE / 2))
    return blocks


def tambon_table(canvas: Canvas, lines: Sequence[SummaryRow]) -> Table:
    """The form's table, its columns as wide as their texts and the remark taking the rest."""
    header = [
        HeaderCell("ลำดับ", 0, rows=2),
        HeaderCell("ตำบล", 1, rows=2),
        HeaderCell("จำนวนผู้ลงทะเบียน (ราย)", 2, columns=4),
        *(HeaderCell(TYPE_HEADINGS[t], 2 + i, row=1) for i, t in enumerate(TYPE_ORDER)),
        HeaderCell("รวม", 5, row=1),
        HeaderCell(MINIMUM_HEADING, 6, rows=2),
        HeaderCell(RESULT_HEADING, 7, rows=2),
        HeaderCell("หมายเหตุ", 8, rows=2),
    ]
    columns: list[list[str]] = [["ลำดับ"], ["ตำบล"]]
    columns += [TYPE_HEADINGS[t].split("\n") for t in TYPE_ORDER]
    columns += [["รวม"], MINIMUM_HEADING.split("\n"), RESULT_HEADING.split("\n")]
    columns[1] += [line.name for line in lines if line.no]
    columns[7] += [f"{MET_TEXT} {len(lines)} ตำบล", SHORT_TEXT]
    widths = [natural_width(canvas, texts) for texts in columns]
    return Table(canvas, [*widths, max(canvas.width * 0.15, canvas.width - sum(widths))], header)


def natural_width(canvas: Canvas, texts: Sequence[str]) -> float:
    """A column as wide as its widest text in bold at the table's size."""
    return max(canvas.measure(text, TABLE_BOLD) for text in texts) + 2 * PADDING + 3


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
            blocks += paragraph(canvas, note, Style(TABLE_SIZE), "L")
    blocks.append(spacer(BODY_SIZE * 1.3))
    style = Style(BODY_SIZE)
    x = canvas.left + canvas.width * 0.42
    width = canvas.right - x
    for line in signature:
        blocks.append(Block(style.line, partial(draw_line, canvas, line, x, width, style, "C")))
    for block in blocks[:-1]:
        block.keep_with_next = True
    return blocks


def write_report_pdf(data: ReportData, path: Path) -> None:
    canvas = Canvas(f"{data.title} อำเภอ{data.district.name_th}")
    lines = (*data.summary_rows(), data.total_row())
    table = tambon_table(canvas, lines)
    blocks = headings(canvas, data.title, (data.office_line, data.letter_line, data.as_of_line))
    blocks += table_rows(table, [summary_cells(line) for line in lines])
    notes = (data.rule_note, data.not_counted_note)
    blocks += closing(canvas, notes, data.signature_lines)
    canvas.draw_pages(paginate(blocks, canvas.top, canvas.bottom))
    canvas.save(path)
