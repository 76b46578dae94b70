"""The report as a printable PDF: the same form as sheet 1, drawn by Qt with Sarabun embedded."""

from collections.abc import Mapping
from html import escape
from pathlib import Path

from PySide6.QtGui import QImage, QPainter, QTextDocument

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.report.report_data import TYPE_ORDER, ReportData, SummaryRow
from otop_desktop.ui.report.report_painter import (
    HEAD,
    TABLE,
    cell,
    page_html,
    page_layout,
    paint_pages,
    signature,
    text_document,
    unbroken,
    write_pdf,
)

# Explicit line breaks: without libthai (as on Windows) Qt breaks Thai only at spaces.
TYPE_HEADINGS = {
    ProducerType.GROUP: "กลุ่มผู้ผลิต<br/>ชุมชน",
    ProducerType.SINGLE_OWNER: "ผู้ผลิตชุมชน<br/>ที่เป็นเจ้าของ<br/>รายเดียว",
    ProducerType.SME: "ผู้ผลิตที่เป็น<br/>วิสาหกิจ<br/>ขนาดกลางและ<br/>ขนาดย่อม",
}
# Only the remark's width is set on the district form: the rest fit their contents.
FORM_WIDTHS = {"remark": 24}


def summary_row(line: SummaryRow) -> str:
    """One tambon of the form's table, or its total line."""
    total = not line.no
    figures = [*(line.of_type(t) for t in TYPE_ORDER), line.total, line.minimum, line.result]
    first = cell("รวม", bold=True, span=2) if total else cell(line.no) + cell(line.name, "left")
    middle = "".join(cell(value, bold=total) for value in figures)
    remark = cell(line.remark, "center" if total else "left", bold=total, wrap=True)
    return f"<tr>{first}{middle}{remark}</tr>"


def tambon_table(rows: str, widths: Mapping[str, int] = FORM_WIDTHS) -> str:
    """The form's table of tambons around the given rows; `widths` in per cent by column."""

    def width(column: str) -> str:
        return f'width="{widths[column]}%" ' if column in widths else ""

    types = "".join(f"<th {width('type')}{HEAD}>{TYPE_HEADINGS[t]}</th>" for t in TYPE_ORDER)
    return (
        f"{TABLE}<thead>"
        f'<tr><th rowspan="2" {width("no")}{HEAD}>ลำดับ</th>'
        f'<th rowspan="2" {width("tambon")}{HEAD}>ตำบล</th>'
        f'<th colspan="4" {HEAD}>จำนวนผู้ลงทะเบียน (ราย)</th>'
        f'<th rowspan="2" {width("minimum")}{HEAD}>เกณฑ์<br/>ขั้นต่ำ<br/>(ราย)</th>'
        f'<th rowspan="2" {width("result")}{HEAD}>ผลการ<br/>ดำเนินงาน</th>'
        f'<th rowspan="2" {width("remark")}{HEAD}>หมายเหตุ</th></tr>'
        f"<tr>{types}<th {width('total')}{HEAD}>รวม</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _heading(text: str, data: ReportData) -> str:
    """Dates and the letter reference stay on one line; the rest may wrap at spaces."""
    html = escape(text)
    for keep in (data.date_text(data.campaign.letter_date), data.date_text()):
        html = html.replace(escape(keep), unbroken(keep))
    html = html.replace(
        escape(data.campaign.letter_reference), unbroken(data.campaign.letter_reference)
    )
    return f'<p align="center" style="margin: 0;">{html}</p>'


def report_html(data: ReportData) -> str:
    headings = "".join(
        _heading(text, data) for text in (data.office_line, data.letter_line, data.as_of_line)
    )
    rows = "".join(summary_row(line) for line in (*data.summary_rows(), data.total_row()))
    return page_html(
        data.title,
        headings,
        f"{tambon_table(rows)}"
        f'<p style="margin-top: 6px;">{escape(data.rule_note)}</p>'
        f"{signature(data.signature_lines)}",
    )


def report_document(data: ReportData) -> QTextDocument:
    return text_document(report_html(data))


def write_report_pdf(data: ReportData, path: Path) -> None:
    write_pdf(report_document(data), path, f"{data.title} อำเภอ{data.district.name_th}")


def render_page_image(data: ReportData, path: Path, dpi: int = 110) -> None:
    """The first page as the PDF lays it out, as an image: for checking by eye."""
    layout = page_layout()
    paper, body = layout.fullRectPoints(), layout.paintRectPoints()
    scale = dpi / 72
    image = QImage(
        round(paper.width() * scale), round(paper.height() * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(0xFFFFFF)
    page = QImage(
        round(body.width() * scale), round(body.height() * scale), QImage.Format.Format_RGB32
    )
    page.setDotsPerMeterX(image.dotsPerMeterX())
    page.setDotsPerMeterY(image.dotsPerMeterY())
    page.fill(0xFFFFFF)
    painter = QPainter(page)
    pages: list[int] = []
    try:
        paint_pages(report_document(data), page, painter, lambda: pages.append(1))
    finally:
        painter.end()
    painter = QPainter(image)
    painter.drawImage(round(body.left() * scale), round(body.top() * scale), page)
    painter.end()
    image.save(str(path))
