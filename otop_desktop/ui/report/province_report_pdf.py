"""The provincial report as a printable PDF: the per-district table and the signature on the first
page, then every tambon by district and the cross-district duplicates, drawn as the district
report is (ui/report_pdf.py), with Sarabun embedded."""

from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.report.province_report_data import (
    NO_REPORT_TEXT,
    DistrictLine,
    ProvinceReportData,
)
from otop_desktop.services.report.report_data import TYPE_ORDER
from otop_desktop.ui.report.report_painter import (
    CELL,
    HEAD,
    TABLE,
    cell,
    page_html,
    signature,
    text_document,
    write_pdf,
)
from otop_desktop.ui.report.report_pdf import summary_row, tambon_table

PAGE_BREAK = '<p style="page-break-before: always; margin: 0;"></p>'
TAMBON_WIDTHS = {
    "no": 6,
    "tambon": 16,
    "type": 11,
    "total": 6,
    "minimum": 7,
    "result": 10,
    "remark": 22,
}


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
    first = cell(line.name, bold=True, span=2) if total else cell(line.no) + cell(line.name, "left")
    middle = "".join(cell(v, bold=total) for v in (*figures, line.total))
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
        body += [summary_row(line) for line in (*district.summary_rows(), district.total_row())]
    return tambon_table("".join(body), TAMBON_WIDTHS)


def _duplicates(data: ProvinceReportData) -> str:
    if not data.duplicates:
        text = escape(f"ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ ({data.duplicates_note})")
        return f'<p style="margin-top: 6px;">{text}</p>'
    items = "".join(f"<li>{escape(line)}</li>" for line in data.duplicate_lines())
    heading = escape(f"ผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย")
    note = escape(data.duplicates_note)
    return f'<p style="margin-top: 6px;"><b>{heading}</b></p><ul>{items}</ul><p>{note}</p>'


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
    return page_html(
        data.title,
        headings,
        f"{_districts_table(data)}"
        f'<p style="margin-top: 6px;">{escape(data.rule_note)}<br/>{escape(count)}</p>'
        f"{signature(data.signature_lines)}{PAGE_BREAK}"
        f'<p align="center" style="margin: 0;"><b>รายละเอียดรายตำบล แยกตามอำเภอ</b></p>'
        f"{_tambons_table(data)}{_duplicates(data)}",
    )


def province_report_document(data: ProvinceReportData) -> QTextDocument:
    return text_document(province_report_html(data))


def write_province_report_pdf(data: ProvinceReportData, path: Path) -> None:
    document = province_report_document(data)
    write_pdf(document, path, f"{data.title} จังหวัด{data.province.name_th}")
