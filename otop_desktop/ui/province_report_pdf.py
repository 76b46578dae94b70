"""The provincial report as a printable PDF: the per-district table and the signature on the first
page, then every tambon by district and the cross-district duplicates, drawn as the district
report is (ui/report_pdf.py), with Sarabun embedded."""

from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter, QTextDocument

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.province_report_data import (
    NO_REPORT_TEXT,
    DistrictLine,
    ProvinceReportData,
)
from otop_desktop.services.report_data import TYPE_ORDER
from otop_desktop.ui.fonts import FAMILY, load_sarabun
from otop_desktop.ui.report_pdf import (
    CELL,
    NOWRAP,
    POINT_SIZE,
    RESOLUTION,
    TABLE_POINT_SIZE,
    TYPE_HEADINGS,
    _cell,
    _page_layout,
    _paint_pages,
    _row,
    _unbroken,
)

HEAD = f'style="{CELL} {NOWRAP} font-weight: bold;" align="center" valign="middle"'
TABLE = (
    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
    'style="border-collapse: collapse; border-color: #000; border-style: solid; '
    f'font-size: {TABLE_POINT_SIZE}pt;">'
)
PAGE_BREAK = '<p style="page-break-before: always; margin: 0;"></p>'


# The per-district table has four more columns than the tambon form: shorter type headings.
SHORT_TYPE_HEADINGS = {
    ProducerType.GROUP: "กลุ่มผู้ผลิต<br/>ชุมชน",
    ProducerType.SINGLE_OWNER: "เจ้าของ<br/>รายเดียว",
    ProducerType.SME: "SMEs",
}


def _types_row(headings: dict[ProducerType, str], width: int) -> str:
    return "".join(f'<th width="{width}%" {HEAD}>{headings[t]}</th>' for t in TYPE_ORDER)


def _district_row(line: DistrictLine) -> str:
    total = not line.no
    figures = [line.tambons, line.met, line.short, *(line.of_type(t) for t in TYPE_ORDER)]
    first = (
        _cell(line.name, bold=True, span=2) if total else _cell(line.no) + _cell(line.name, "left")
    )
    middle = "".join(_cell(v, bold=total) for v in (*figures, line.total))
    # The remark wraps at the spaces between tambon names.
    remark = escape(line.received) + (f"<br/>{escape(line.remark)}" if line.remark else "")
    if total:
        remark = f"<b>{remark}</b>"
    return f'<tr>{first}{middle}<td align="left" valign="top" style="{CELL}">{remark}</td></tr>'


def _districts_table(data: ProvinceReportData) -> str:
    rows = "".join(_district_row(line) for line in (*data.district_lines(), data.total_line()))
    return (
        f"{TABLE}<thead>"
        f'<tr><th rowspan="2" width="6%" {HEAD}>ลำดับ</th>'
        f'<th rowspan="2" width="15%" {HEAD}>อำเภอ</th>'
        f'<th rowspan="2" width="6%" {HEAD}>จำนวน<br/>ตำบล</th>'
        f'<th colspan="2" {HEAD}>ผลการดำเนินงาน<br/>(ตำบล)</th>'
        f'<th colspan="4" {HEAD}>จำนวนผู้ลงทะเบียน (ราย)</th>'
        f'<th rowspan="2" width="32%" {HEAD}>ได้รับข้อมูล /<br/>หมายเหตุ</th></tr>'
        f'<tr><th width="6%" {HEAD}>ครบ</th><th width="6%" {HEAD}>ไม่ครบ</th>'
        f'{_types_row(SHORT_TYPE_HEADINGS, 7)}<th width="5%" {HEAD}>รวม</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _tambons_table(data: ProvinceReportData) -> str:
    body = []
    for district in data.districts:
        heading = escape(data.district_heading(district))
        body.append(f'<tr><td colspan="9" style="{CELL}"><b>{heading}</b></td></tr>')
        report = data.status.district(district.district.code)
        if report is not None and not report.reported:
            # A silent district's tambons are all empty: one line says it, the workbook lists them.
            text = escape(f"{NO_REPORT_TEXT} ({len(district.status.tambons)} ตำบล)")
            body.append(f'<tr><td></td><td colspan="8" style="{CELL}">{text}</td></tr>')
            continue
        body += [_row(line) for line in (*district.summary_rows(), district.total_row())]
    return (
        f"{TABLE}<thead>"
        f'<tr><th rowspan="2" width="6%" {HEAD}>ลำดับ</th>'
        f'<th rowspan="2" width="16%" {HEAD}>ตำบล</th>'
        f'<th colspan="4" {HEAD}>จำนวนผู้ลงทะเบียน (ราย)</th>'
        f'<th rowspan="2" width="7%" {HEAD}>เกณฑ์<br/>ขั้นต่ำ<br/>(ราย)</th>'
        f'<th rowspan="2" width="10%" {HEAD}>ผลการ<br/>ดำเนินงาน</th>'
        f'<th rowspan="2" width="22%" {HEAD}>หมายเหตุ</th></tr>'
        f'<tr>{_types_row(TYPE_HEADINGS, 11)}<th width="6%" {HEAD}>รวม</th></tr>'
        f"</thead><tbody>{''.join(body)}</tbody></table>"
    )


def _duplicates(data: ProvinceReportData) -> str:
    if not data.duplicates:
        text = escape(f"ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ ({data.duplicates_note})")
        return f'<p style="margin-top: 6px;">{text}</p>'
    items = "".join(f"<li>{escape(line)}</li>" for line in data.duplicate_lines())
    heading = escape(f"ผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย")
    note = escape(data.duplicates_note)
    return f'<p style="margin-top: 6px;"><b>{heading}</b></p><ul>{items}</ul><p>{note}</p>'


def _signature(data: ProvinceReportData) -> str:
    lines = "<br/>".join(_unbroken(line) for line in data.signature_lines)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 32px;">'
        f'<tr><td width="40%"></td><td align="center" style="{NOWRAP}">{lines}</td></tr></table>'
    )


def province_report_html(data: ProvinceReportData) -> str:
    headings = "".join(
        f'<p align="center" style="margin: 0;">{escape(text)}</p>'
        for text in (data.office_line, data.letter_line, data.as_of_line)
    )
    count = (
        f"พบผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย (รายชื่อท้ายรายงาน)"
        if data.duplicates
        else "ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ"
    )
    return (
        f"<html><body style=\"font-family: '{FAMILY}'; font-size: {POINT_SIZE}pt;\">"
        f'<p align="center" style="margin: 0; font-size: {POINT_SIZE + 2}pt;">'
        f"<b>{escape(data.title)}</b></p>"
        f'{headings}<p style="margin: 0; font-size: 8pt;"> </p>'
        f"{_districts_table(data)}"
        f'<p style="margin-top: 6px;">{escape(data.rule_note)}<br/>{escape(count)}</p>'
        f"{_signature(data)}{PAGE_BREAK}"
        f'<p align="center" style="margin: 0;"><b>รายละเอียดรายตำบล แยกตามอำเภอ</b></p>'
        f"{_tambons_table(data)}{_duplicates(data)}</body></html>"
    )


def province_report_document(data: ProvinceReportData) -> QTextDocument:
    if QGuiApplication.instance() is None:
        raise RuntimeError("the report PDF needs a QGuiApplication")
    load_sarabun()
    document = QTextDocument()
    document.setDefaultFont(QFont(FAMILY, POINT_SIZE))
    document.setDocumentMargin(0)
    document.setHtml(province_report_html(data))
    return document


def write_province_report_pdf(data: ProvinceReportData, path: Path) -> None:
    document = province_report_document(data)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(f"{data.title} จังหวัด{data.province.name_th}")
    writer.setCreator("OTOP Desktop")
    painter = QPainter(writer)
    try:
        _paint_pages(document, writer, painter, writer.newPage)
    finally:
        painter.end()
