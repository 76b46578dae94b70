"""A report's e-mail as an unsent draft (.eml) with the workbook attached, for district and
province reports alike."""

import datetime as dt
import email.policy
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from otop_desktop.domain.office import Office

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class EmailText:
    recipient: str
    subject: str
    body: str


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


def write_message(message: EmailMessage, target: Path) -> None:
    target.write_bytes(message.as_bytes(policy=email.policy.default.clone(linesep="\r\n")))
