"""A report's e-mail as an unsent draft (.eml) with the workbook attached, for district and
province reports alike."""

import datetime as dt
import email.policy
import email.utils
import urllib.parse
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from otop_desktop.domain.office import Office

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
# Never looked up: make_msgid would otherwise ask the network for this computer's name.
MESSAGE_ID_DOMAIN = "otop-desktop.invalid"
# Stands for the attachment's name until the message is written (write_message).
PLACEHOLDER = "otop-desktop-attachment.xlsx"
WITH_IDS_SUBJECT = "[มีเลขประจำตัวประชาชนเต็ม - ข้อมูลส่วนบุคคล] "


@dataclass(frozen=True)
class EmailText:
    recipient: str
    subject: str
    body: str


def letter_opening(letter_line: str, province_name: str) -> str:
    """The body's first words: the province's letter when its number is known, else the
    province's instruction without a letter."""
    if letter_line:
        return "ตาม" + letter_line.removeprefix("อ้างถึง ")
    return f"ตามที่จังหวัด{province_name}"


def closing_lines(office: Office, attachment_name: str) -> list[str]:
    """The attachment, the formal closing and the officer's signature at the end of a body."""
    attached = f" ({attachment_name})" if attachment_name else ""
    return [
        "",
        f"รายละเอียดตามแฟ้มรายงานที่แนบมาพร้อมนี้{attached}",
        "",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "",
        office.officer_name or "",
        office.officer_position or "",
        office.office_name,
    ]


def draft_message(
    text: EmailText, attachment: Path, *, to: str | None, sender: str = ""
) -> EmailMessage:
    """`to` None leaves the To header out, for the officer to fill in."""
    message = EmailMessage(policy=email.policy.default)
    if to is not None:
        message["To"] = to
    if sender:
        message["From"] = sender
    message["Subject"] = text.subject
    message["Date"] = email.utils.format_datetime(dt.datetime.now().astimezone())
    message["Message-ID"] = email.utils.make_msgid(domain=MESSAGE_ID_DOMAIN)
    # Outlook opens a message with this header as a new draft, ready to send.
    message["X-Unsent"] = "1"
    message.set_content(text.body)
    message.add_attachment(
        attachment.read_bytes(),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=PLACEHOLDER,
    )
    return message


def write_message(message: EmailMessage, target: Path, attachment_name: str) -> None:
    """The message as Outlook and Thunderbird read it, the attachment named twice: in the
    RFC 2231 form mail programs read, and as a plain UTF-8 name= and filename= that simpler
    tools (munpack, some webmail) need to save it under its Thai name."""
    data = message.as_bytes(policy=email.policy.default.clone(linesep="\r\n"))
    plain = attachment_name.replace("\\", "_").replace('"', "_").encode("utf-8")
    encoded = urllib.parse.quote(attachment_name, safe="").encode("ascii")
    disposition = f'Content-Disposition: attachment; filename="{PLACEHOLDER}"'.encode()
    if disposition not in data:
        raise RuntimeError("the e-mail's attachment header was not written as expected")
    data = data.replace(
        disposition,
        b'Content-Disposition: attachment;\r\n filename="' + plain + b'";\r\n'
        b" filename*=utf-8''" + encoded,
        1,
    )
    data = data.replace(
        f"{XLSX_TYPE[0]}/{XLSX_TYPE[1]}\r\n".encode(),
        f'{XLSX_TYPE[0]}/{XLSX_TYPE[1]};\r\n name="'.encode() + plain + b'"\r\n',
        1,
    )
    target.write_bytes(data)
