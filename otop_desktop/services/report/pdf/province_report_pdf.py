"""The provincial report as a printable PDF: the per-district table and the signature, then every
tambon by district and the cross-district duplicates, on pages laid out as the district report's
(report_pdf.py)."""

from pathlib import Path

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.report.pdf.pdf_canvas import BODY_SIZE, Canvas, Style, paragraph
from otop_desktop.services.report.pdf.pdf_layout import Block, paginate
from otop_desktop.services.report.pdf.pdf_table import Cell, HeaderCell, Table
from otop_desktop.services.report.pdf.report_pdf import (
    closing,
    headings,
    summary_cells,
    table_rows,
    tambon_table,
)
from otop_desktop.services.report.province_report_data import (
    NO_REPORT_TEXT,
    DistrictLine,
    ProvinceReportData,
)
from otop_desktop.services.report.report_data import TYPE_ORDER

# The per-district table has four more columns than the tambon form: shorter type headings.
SHORT_TYPE_HEADINGS = {
    ProducerType.GROUP: "กลุ่มผู้ผลิต\nชุมชน",
    ProducerType.SINGLE_OWNER: "เจ้าของ\nรายเดียว",
    ProducerType.SME: "SMEs",
}
# Per cent of the page's width.
DISTRICT_WIDTHS = (5.5, 13, 6.5, 6, 6.5, 8, 8, 6.5, 6, 34)


def _districts_table(canvas: Canvas) -> Table:
    header = [
        HeaderCell("ลำดับ", 0, rows=2),
        HeaderCell("อำเภอ", 1, rows=2),
        HeaderCell("จำนวน\nตำบล", 2, rows=2),
        HeaderCell("ผลการดำเนินงาน\n(ตำบล)", 3, columns=2),
        HeaderCell("ครบ", 3, row=1),
        HeaderCell("ไม่ครบ", 4, row=1),
        HeaderCell("จำนวนผู้ลงทะเบียน (ราย)", 5, columns=4),
        *(HeaderCell(SHORT_TYPE_HEADINGS[t], 5 + i, row=1) for i, t in enumerate(TYPE_ORDER)),
        HeaderCell("รวม", 8, row=1),
        HeaderCell("ได้รับข้อมูล /\nหมายเหตุ", 9, rows=2),
    ]
    return Table(canvas, [w / 100 * canvas.width for w in DISTRICT_WIDTHS], header)


def _district_cells(line: DistrictLine) -> list[Cell]:
    total = not line.no
    figures = [line.tambons, line.met, line.short, *(line.of_type(t) for t in TYPE_ORDER)]
    first = [Cell(line.name, bold=True, span=2)] if total else [Cell(line.no), Cell(line.name, "L")]
    remark = line.received + (f"\n{line.remark}" if line.remark else "")
    return [
        *first,
        *(Cell(v, bold=total) for v in (*figures, line.total)),
        Cell(remark, "L", bold=total),
    ]


def _tambon_blocks(canvas: Canvas, data: ProvinceReportData) -> list[Block]:
    table = tambon_table(canvas, [line for d in data.districts for line in d.summary_rows()])
    blocks = paragraph(canvas, "รายละเอียดรายตำบล แยกตามอำเภอ", Style(BODY_SIZE, bold=True))
    blocks[0].page_break_before = True
    for district in data.districts:
        heading = table.row([Cell(data.district_heading(district), "L", bold=True, span=9)])
        heading.keep_with_next = True
        blocks.append(heading)
        report = data.status.district(district.district.code)
        if report is not None and not report.reported:
            # A silent district's tambons are all empty: one line says it, the workbook lists them.
            text = f"{NO_REPORT_TEXT} ({len(district.status.tambons)} ตำบล)"
            blocks.append(table.row([Cell(""), Cell(text, "L", span=8)]))
            continue
        lines = (*district.summary_rows(), district.total_row())
        blocks += [table.row(summary_cells(line)) for line in lines]
    blocks.append(table.row(summary_cells(data.grand_total_row())))
    return blocks


def _duplicates(canvas: Canvas, data: ProvinceReportData) -> list[Block]:
    style = Style(BODY_SIZE)
    if not data.duplicates:
        text = f"ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ ({data.duplicates_note})"
        return paragraph(canvas, text, style, "L")
    heading = f"ผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย"
    blocks = paragraph(canvas, heading, Style(BODY_SIZE, bold=True), "L")
    for line in data.duplicate_lines():
        blocks += paragraph(canvas, f"• {line}", style, "L", indent=12)
    return blocks + paragraph(canvas, data.duplicates_note, style, "L")


def write_province_report_pdf(data: ProvinceReportData, path: Path) -> None:
    canvas = Canvas(f"{data.title} จังหวัด{data.province.name_th}")
    blocks = headings(canvas, data.title, (data.office_line, data.letter_line, data.as_of_line))
    table = _districts_table(canvas)
    lines = (*data.district_lines(), data.total_line())
    blocks += table_rows(table, [_district_cells(line) for line in lines])
    count = (
        f"พบผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย (รายชื่อท้ายรายงาน)"
        if data.duplicates
        else "ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ"
    )
    notes = (data.rule_note, data.not_counted_note, count)
    blocks += closing(canvas, notes, data.signature_lines)
    blocks += _tambon_blocks(canvas, data)
    blocks += _duplicates(canvas, data)
    canvas.draw_pages(paginate(blocks, canvas.top, canvas.bottom))
    canvas.save(path)
