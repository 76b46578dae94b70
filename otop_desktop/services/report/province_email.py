"""The provincial report's e-mail as an unsent draft (.eml), and its text for the clipboard."""

from pathlib import Path

from otop_desktop.services.report.email_message import (
    WITH_IDS_SUBJECT,
    EmailText,
    closing_lines,
    draft_message,
    letter_opening,
    write_message,
)
from otop_desktop.services.report.province_report_data import ProvinceReportData
from otop_desktop.services.report.report_data import TYPE_ORDER


def province_email_text(data: ProvinceReportData, attachment_name: str = "") -> EmailText:
    """The province sends upwards; no address is known for that, so the officer fills it in."""
    subject = data.heading(
        f"รายงานสรุปการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ {data.campaign.year} "
        f"จังหวัด{data.province.name_th} ข้อมูล ณ วันที่ {data.date_text()}"
    )
    if data.with_ids:
        subject = WITH_IDS_SUBJECT + subject
    return EmailText("", subject, _body(data, attachment_name))


def _body(data: ProvinceReportData, attachment_name: str) -> str:
    status, total = data.status, data.total_line()
    by_type = " ".join(f"{t.name_th} {total.of_type(t)} ราย" for t in TYPE_ORDER)
    missing = [d.district.name_th for d in status.districts if not d.reported]
    lines = [
        f"เรียน พัฒนาการจังหวัด{data.province.name_th}",
        "",
        f"{letter_opening(data.letter_line, data.province.name_th)} ให้ทุกอำเภอรับลงทะเบียนผู้ผลิต "
        "ผู้ประกอบการ OTOP และรายงานผลให้จังหวัดทราบ นั้น",
        "",
        f"{data.office.office_name} ขอสรุปผลการรับลงทะเบียนระดับจังหวัด "
        f"ข้อมูล ณ วันที่ {data.date_text()} ดังนี้",
        f"1. ได้รับข้อมูลจาก {status.reporting_count} อำเภอ จากทั้งหมด {len(status.districts)} อำเภอ"
        + (f" (ยังไม่ได้รับ: {', '.join(missing)})" if missing else ""),
        f"2. รับลงทะเบียนรวม {total.total} ราย ได้แก่ {by_type}",
        f"3. ตำบลที่ดำเนินการครบตามเกณฑ์ {status.met_count} ตำบล จากทั้งหมด {status.tambon_count} ตำบล",
        "4. ผลรายอำเภอ",
    ]
    for line in data.district_lines():
        detail = f" ({line.remark})" if line.remark else f" ({line.received})"
        lines.append(
            f"   - อำเภอ{line.name} ครบ {line.met}/{line.tambons} ตำบล รวม {line.total} ราย{detail}"
        )
    if data.duplicates:
        lines.append(f"5. พบผู้ลงทะเบียนซ้ำข้ามอำเภอ {len(data.duplicates)} ราย (รายชื่อในแฟ้มรายงาน)")
    else:
        lines.append("5. ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ")
    lines = [data.heading(line) for line in lines]
    lines += closing_lines(data.office, attachment_name)
    return "\n".join(lines).rstrip() + "\n"


def write_province_email_draft(data: ProvinceReportData, attachment: Path, target: Path) -> None:
    text = province_email_text(data, attachment.name)
    message = draft_message(text, attachment, to=text.recipient or None)
    write_message(message, target, attachment.name)
