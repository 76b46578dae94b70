"""The e-mail to the province as an unsent draft (.eml), and the same text for the clipboard."""

from email.message import EmailMessage
from pathlib import Path

from otop_desktop.services.report.email_message import (
    WITH_IDS_SUBJECT,
    EmailText,
    closing_lines,
    draft_message,
    letter_opening,
    write_message,
)
from otop_desktop.services.report.report_data import TYPE_ORDER, ReportData


def email_text(data: ReportData, attachment_name: str = "") -> EmailText:
    """Subject and body in Thai: the figures, and the tambons still short with what they lack."""
    district, province = data.district.name_th, data.province.name_th
    subject = data.heading(
        f"รายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ {data.campaign.year} "
        f"อำเภอ{district} จังหวัด{province} ข้อมูล ณ วันที่ {data.date_text()}"
    )
    if data.with_ids:
        subject = WITH_IDS_SUBJECT + subject
    return EmailText(data.campaign.recipient_email, subject, _body(data, attachment_name))


def _body(data: ReportData, attachment_name: str) -> str:
    status, total = data.status, data.total_row()
    by_type = " ".join(f"{t.name_th} {total.of_type(t)} ราย" for t in TYPE_ORDER)
    lines = [
        f"เรียน พัฒนาการจังหวัด{data.province.name_th}",
        "",
        f"{letter_opening(data.letter_line, data.province.name_th)} ให้อำเภอรับลงทะเบียนผู้ผลิต "
        "ผู้ประกอบการ OTOP และรายงานผลให้จังหวัดทราบ นั้น",
        "",
        f"{data.office.office_name} ขอรายงานผลการรับลงทะเบียน {data.as_of_line} ดังนี้",
        f"1. รับลงทะเบียนรวม {total.total} ราย ได้แก่ {by_type}",
        f"2. ตำบลที่ดำเนินการครบตามเกณฑ์ {status.met_count} ตำบล จากทั้งหมด {len(status.tambons)} ตำบล",
    ]
    short = data.short_tambons()
    if short:
        lines.append(f"3. ตำบลที่ยังไม่ครบตามเกณฑ์ {len(short)} ตำบล ได้แก่")
        lines += [f"   - ตำบล{row.name} ({row.remark})" for row in short]
    else:
        lines.append("3. ดำเนินการครบตามเกณฑ์ทุกตำบลแล้ว")
    lines = [data.heading(line) for line in lines]
    lines += closing_lines(data.office, attachment_name)
    return "\n".join(lines).rstrip() + "\n"


def build_email_draft(data: ReportData, attachment: Path, *, sender: str = "") -> EmailMessage:
    text = email_text(data, attachment.name)
    return draft_message(text, attachment, to=text.recipient, sender=sender)


def write_email_draft(data: ReportData, attachment: Path, target: Path) -> None:
    write_message(build_email_draft(data, attachment), target, attachment.name)
