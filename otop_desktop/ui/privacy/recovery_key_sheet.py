"""The printed recovery-key sheet: A4, Sarabun, the office's name and the date. Written in Thai
whatever the interface language, as the office's other papers are."""

import datetime as dt
import html
from pathlib import Path

from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument

from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.ui.shell.fonts import FAMILY, load_sarabun
from otop_desktop.ui.widgets.a4_document import write_a4_pdf

POINT_SIZE = 12  # Sarabun at 12 pt reads as TH SarabunPSK at 16 pt, as in the report


def _in_rows(key_text: str, groups: int = 3) -> str:
    """Three groups a line: large enough to read across a desk, and typed as it is read."""
    parts = key_text.split("-")
    rows = ["-".join(parts[n : n + groups]) for n in range(0, len(parts), groups)]
    return "<br/>".join(html.escape(row) for row in rows)


def sheet_html(key_text: str, office_name: str, on: dt.date) -> str:
    """The printed sheet: Thai, as official papers are, with one English line for support."""
    office = html.escape(office_name)
    return f"""
<h2 style="text-align:center">กุญแจกู้คืนข้อมูล OTOP Desktop</h2>
<p style="text-align:center">{office}<br/>ตั้งรหัสผ่านเมื่อวันที่ {format_thai_date(on, "full")}</p>
<table border="1" cellpadding="14" cellspacing="0" width="100%">
<tr><td style="text-align:center; font-size:24pt; font-weight:bold">{_in_rows(key_text)}</td></tr>
</table>
<p><b>ใช้เมื่อลืมรหัสผ่าน:</b> ที่หน้าจอใส่รหัสผ่านของโปรแกรม กด "ลืมรหัสผ่าน…" แล้วพิมพ์กุญแจนี้
และตั้งรหัสผ่านใหม่ ข้อมูลทั้งหมดยังอยู่ครบ (ใช้แทนรหัสผ่านในคำสั่ง otop-desktop ได้เช่นกัน)</p>
<ul>
<li>เก็บแผ่นนี้แยกจากเครื่องคอมพิวเตอร์และแฟลชไดรฟ์ ในที่ปลอดภัย เช่น ตู้เอกสารที่ล็อกได้</li>
<li>ผู้ที่ได้กุญแจนี้ไปอ่านข้อมูลส่วนบุคคลในโปรแกรมได้ อย่าถ่ายรูปหรือส่งทางอีเมลหรือไลน์</li>
<li>ถ้าไม่มีทั้งรหัสผ่านและกุญแจกู้คืน จะไม่มีใครอ่านข้อมูลนี้ได้อีก รวมทั้งผู้พัฒนาโปรแกรม</li>
<li>เปลี่ยนรหัสผ่านภายหลัง กุญแจนี้ยังใช้ได้ ยกเลิกรหัสผ่านแล้วตั้งใหม่ จะได้กุญแจใหม่</li>
</ul>
<p style="font-size:10pt">Recovery key of this office's encrypted OTOP Desktop data. It opens the
data and sets a new password when the password is forgotten. Keep it apart from the computer.</p>
"""


def sheet_document(sheet: str) -> QTextDocument:
    load_sarabun()
    document = QTextDocument()
    document.setDefaultFont(QFont(FAMILY, POINT_SIZE))
    document.setHtml(sheet)
    return document


def print_sheet(sheet: str, device: QPagedPaintDevice) -> None:
    sheet_document(sheet).print_(device)


def write_sheet_pdf(sheet: str, path: Path) -> Path:
    return write_a4_pdf(path, "กุญแจกู้คืนข้อมูล OTOP Desktop", lambda pdf: print_sheet(sheet, pdf))
