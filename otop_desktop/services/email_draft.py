"""The e-mail to the province as an unsent draft (.eml), and the same text for the clipboard."""

import datetime as dt
import email.policy
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from otop_desktop.services.report_data import TYPE_ORDER, ReportData

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class EmailText:
    recipient: str
    subject: str
    body: str


def email_text(data: ReportData, attachment_name: str = "") -> EmailText:
    """Subject and body in Thai: the figures, and the tambons still short with what they lack."""
    district, province = data.district.name_th, data.province.name_th
    subject = data.heading(
        f"รายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP อำเภอ{district} จังหวัด{province} "
        f"ข้อมูล ณ วันที่ {data.date_text()}"
    )
    return EmailText(data.campaign.recipient_email, subject, _body(data, attachment_name))


def _body(data: ReportData, attachment_name: str) -> str:
    status, total = data.status, data.total_row()
    by_type = " ".join(f"{t.name_th} {total.of_type(t)} ราย" for t in TYPE_ORDER)
    lines = [
        f"เรียน พัฒนาการจังหวัด{data.province.name_th}",
        "",
        f"ตาม{data.letter_line.removeprefix('อ้างถึง ')} ให้อำเภอรับลงทะเบียนผู้ผลิต "
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
    attached = f" ({attachment_name})" if attachment_name else ""
    lines += [
        "",
        f"รายละเอียดตามแฟ้มรายงานที่แนบมาพร้อมนี้{attached}",
        "",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "",
        data.office.officer_name or "",
        data.office.officer_position or "",
        data.office.office_name,
    ]
    return "\n".join(lines).rstrip() + "\n"


def build_email_draft(data: ReportData, attachment: Path, *, sender: str = "") -> EmailMessage:
    text = email_text(data, attachment.name)
    message = EmailMessage(policy=email.policy.default)
    message["To"] = text.recipient
    if sender:
        message["From"] = sender
    message["Subject"] = text.subject
    message["Date"] = email.utils.format_datetime(dt.datetime.now().astimezone())
    # Outlook opens a message with this header as a new draft, ready to send.
    message["X-Unsent"] = "1"
    message.set_content(text.body)
    message.add_attachment(
        attachment.read_bytes(),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=attachment.name,
    )
    return message


def write_email_draft(data: ReportData, attachment: Path, target: Path) -> None:
    message = build_email_draft(data, attachment)
    target.write_bytes(message.as_bytes(policy=email.policy.default.clone(linesep="\r\n")))
