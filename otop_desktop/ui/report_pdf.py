"""The report as a printable PDF: the same form as sheet 1, drawn by Qt with Sarabun embedded."""

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.report_data import TYPE_ORDER, ReportData, SummaryRow
from otop_desktop.ui.fonts import FAMILY, load_sarabun

# Google's Sarabun is drawn larger than TH SarabunPSK: 12 pt here matches the form's 16 pt.
POINT_SIZE = 12
TABLE_POINT_SIZE = 11
RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 15, 15, 15)
CELL = "padding: 2px 3px;"
NOWRAP = "white-space: nowrap;"


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


# Explicit line breaks: without libthai (as on Windows) Qt breaks Thai only at spaces.
TYPE_HEADINGS = {
    ProducerType.GROUP: "กลุ่มผู้ผลิต<br/>ชุมชน",
    ProducerType.SINGLE_OWNER: "ผู้ผลิตชุมชน<br/>ที่เป็นเจ้าของ<br/>รายเดียว",
    ProducerType.SME: "ผู้ผลิตที่เป็น<br/>วิสาหกิจ<br/>ขนาดกลางและ<br/>ขนาดย่อม",
}


def _unbroken(text: str) -> str:
    return escape(text).replace(" ", "&nbsp;")


def _cell(
    value: object, align: str = "center", *, bold: bool = False, span: int = 1, wrap: bool = False
) -> str:
    if wrap:
        text = "<br/>".join(escape(part) for part in str(value).split(", "))
    else:
        text = _unbroken(str(value))
    if bold:
        text = f"<b>{text}</b>"
    colspan = f' colspan="{span}"' if span > 1 else ""
    style = CELL if wrap else f"{CELL} {NOWRAP}"
    return f'<td align="{align}" valign="top" style="{style}"{colspan}>{text}</td>'


def _row(line: SummaryRow) -> str:
    total = not line.no
    figures = [*(line.of_type(t) for t in TYPE_ORDER), line.total, line.minimum, line.result]
    first = _cell("รวม", bold=True, span=2) if total else _cell(line.no) + _cell(line.name, "left")
    middle = "".join(_cell(value, bold=total) for value in figures)
    remark = _cell(line.remark, "center" if total else "left", bold=total, wrap=True)
    return f"<tr>{first}{middle}{remark}</tr>"


def _table(data: ReportData) -> str:
    head = f'style="{CELL} {NOWRAP} font-weight: bold;" align="center" valign="middle"'
    types = "".join(f"<th {head}>{TYPE_HEADINGS[t]}</th>" for t in TYPE_ORDER)
    rows = "".join(_row(line) for line in (*data.summary_rows(), data.total_row()))
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse: collapse; border-color: #000; border-style: solid; '
        f'font-size: {TABLE_POINT_SIZE}pt;">'
        "<thead>"
        f'<tr><th rowspan="2" {head}>ลำดับ</th>'
        f'<th rowspan="2" {head}>ตำบล</th>'
        f'<th colspan="4" {head}>จำนวนผู้ลงทะเบียน (ราย)</th>'
        f'<th rowspan="2" {head}>เกณฑ์<br/>ขั้นต่ำ<br/>(ราย)</th>'
        f'<th rowspan="2" {head}>ผลการ<br/>ดำเนินงาน</th>'
        f'<th rowspan="2" width="24%" {head}>หมายเหตุ</th></tr>'
        f"<tr>{types}<th {head}>รวม</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _signature(data: ReportData) -> str:
    lines = "<br/>".join(_unbroken(line) for line in data.signature_lines)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 32px;">'
        f'<tr><td width="40%"></td><td align="center" style="{NOWRAP}">{lines}</td></tr></table>'
    )


def _heading(text: str, data: ReportData) -> str:
    """Dates and the letter reference stay on one line; the rest may wrap at spaces."""
    html = escape(text)
    for keep in (data.date_text(data.campaign.letter_date), data.date_text()):
        html = html.replace(escape(keep), _unbroken(keep))
    html = html.replace(
        escape(data.campaign.letter_reference), _unbroken(data.campaign.letter_reference)
    )
    return f'<p align="center" style="margin: 0;">{html}</p>'


def report_html(data: ReportData) -> str:
    headings = "".join(
        _heading(text, data) for text in (data.office_line, data.letter_line, data.as_of_line)
    )
    return (
        f"<html><body style=\"font-family: '{FAMILY}'; font-size: {POINT_SIZE}pt;\">"
        f'<p align="center" style="margin: 0; font-size: {POINT_SIZE + 2}pt;">'
        f"<b>{escape(data.title)}</b></p>"
        f'{headings}<p style="margin: 0; font-size: 8pt;"> </p>'
        f"{_table(data)}"
        f'<p style="margin-top: 6px;">{escape(data.rule_note)}</p>'
        f"{_signature(data)}</body></html>"
    )


def report_document(data: ReportData) -> QTextDocument:
    if QGuiApplication.instance() is None:
        raise RuntimeError("the report PDF needs a QGuiApplication")
    load_sarabun()
    document = QTextDocument()
    document.setDefaultFont(QFont(FAMILY, POINT_SIZE))
    document.setDocumentMargin(0)
    document.setHtml(report_html(data))
    return document


def _paint_pages(
    document: QTextDocument, device: QPaintDevice, painter: QPainter, new_page: Callable[[], object]
) -> None:
    """Lays the document out on the device's own page and paints it page by page.

    QTextDocument.print_() would add 2 cm margins of its own inside the page margins.
    """
    document.documentLayout().setPaintDevice(device)
    page = QSizeF(device.width(), device.height())
    document.setPageSize(page)
    number_font = QFont(FAMILY, POINT_SIZE)
    pages = document.pageCount()
    for index in range(pages):
        if index:
            new_page()
        painter.save()
        painter.translate(0, -index * page.height())
        document.drawContents(
            painter, QRectF(0, index * page.height(), page.width(), page.height())
        )
        painter.restore()
        if pages > 1:
            # Thai official documents number their pages at the top: - 2 -
            painter.setFont(number_font)
            text = f"- {index + 1} -"
            top = QRectF(0, -device.logicalDpiY() * 0.4, page.width(), device.logicalDpiY() * 0.3)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), text)


def write_report_pdf(data: ReportData, path: Path) -> None:
    document = report_document(data)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(f"{data.title} อำเภอ{data.district.name_th}")
    writer.setCreator("OTOP Desktop")
    painter = QPainter(writer)
    try:
        _paint_pages(document, writer, painter, writer.newPage)
    finally:
        painter.end()


def render_page_image(data: ReportData, path: Path, dpi: int = 110) -> None:
    """The first page as the PDF lays it out, as an image: for checking by eye."""
    layout = _page_layout()
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
        _paint_pages(report_document(data), page, painter, lambda: pages.append(1))
    finally:
        painter.end()
    painter = QPainter(image)
    painter.drawImage(round(body.left() * scale), round(body.top() * scale), page)
    painter.end()
    image.save(str(path))
