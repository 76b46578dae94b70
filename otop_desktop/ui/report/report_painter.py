"""What the district and provincial report PDFs share: the A4 page, Sarabun, the table cells and
the signature block as HTML, and painting a QTextDocument onto PDF pages."""

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from otop_desktop.ui.shell.fonts import FAMILY, load_sarabun

# Google's Sarabun is drawn larger than TH SarabunPSK: 12 pt here matches the form's 16 pt.
POINT_SIZE = 12
TABLE_POINT_SIZE = 11
RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 15, 15, 15)
CELL = "padding: 2px 3px;"
NOWRAP = "white-space: nowrap;"
HEAD = f'style="{CELL} {NOWRAP} font-weight: bold;" align="center" valign="middle"'
TABLE = (
    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
    'style="border-collapse: collapse; border-color: #000; border-style: solid; '
    f'font-size: {TABLE_POINT_SIZE}pt;">'
)


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def unbroken(text: str) -> str:
    return escape(text).replace(" ", "&nbsp;")


def cell(
    value: object, align: str = "center", *, bold: bool = False, span: int = 1, wrap: bool = False
) -> str:
    if wrap:
        text = "<br/>".join(escape(part) for part in str(value).split(", "))
    else:
        text = unbroken(str(value))
    if bold:
        text = f"<b>{text}</b>"
    colspan = f' colspan="{span}"' if span > 1 else ""
    style = CELL if wrap else f"{CELL} {NOWRAP}"
    return f'<td align="{align}" valign="top" style="{style}"{colspan}>{text}</td>'


def signature(lines: Sequence[str]) -> str:
    text = "<br/>".join(unbroken(line) for line in lines)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 32px;">'
        f'<tr><td width="40%"></td><td align="center" style="{NOWRAP}">{text}</td></tr></table>'
    )


def page_html(title: str, headings: str, body: str) -> str:
    """The title in bold, the centred heading lines, a little space, then the body."""
    return (
        f"<html><body style=\"font-family: '{FAMILY}'; font-size: {POINT_SIZE}pt;\">"
        f'<p align="center" style="margin: 0; font-size: {POINT_SIZE + 2}pt;">'
        f"<b>{escape(title)}</b></p>"
        f'{headings}<p style="margin: 0; font-size: 8pt;"> </p>'
        f"{body}</body></html>"
    )


def text_document(html: str) -> QTextDocument:
    if QGuiApplication.instance() is None:
        raise RuntimeError("the report PDF needs a QGuiApplication")
    load_sarabun()
    document = QTextDocument()
    document.setDefaultFont(QFont(FAMILY, POINT_SIZE))
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def paint_pages(
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


def write_pdf(document: QTextDocument, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setTitle(title)
    writer.setCreator("OTOP Desktop")
    painter = QPainter(writer)
    try:
        paint_pages(document, writer, painter, writer.newPage)
    finally:
        painter.end()
