"""The audit trail: who created, edited, deleted, restored, imported or exported what, and when."""

import datetime as dt
from dataclasses import dataclass

from otop_desktop.db.database import Database

ACTION_TH = {
    "create": "ลงทะเบียนใหม่",
    "update": "แก้ไข",
    "card-fill": "กรอกจากบัตรประชาชน",
    "delete": "ลบ",
    "restore": "กู้คืน",
    "import": "นำเข้าจากแฟ้ม",
    "export": "ส่งออกรายงาน",
    "print-form": "พิมพ์แบบลงทะเบียน",
    "backup": "สำรองข้อมูล",
    "exchange-send": "ส่งข้อมูลไปเครื่องอื่น",
    "exchange-receive": "รับข้อมูลจากเครื่องอื่น",
    "exchange-resolve": "ตัดสินข้อมูลที่ขัดแย้ง",
    "anonymise": "ลบข้อมูลส่วนบุคคลของทะเบียนเก่า",
    "password-set": "ตั้งรหัสผ่านโปรแกรม",
    "password-change": "เปลี่ยนรหัสผ่านโปรแกรม",
    "password-remove": "ยกเลิกรหัสผ่านโปรแกรม",
    "password-recover": "ตั้งรหัสผ่านใหม่ด้วยกุญแจกู้คืน",
    "exchange-passphrase": "ตั้งรหัสผ่านรับส่งข้อมูล",
}


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime  # UTC, as stored
    actor: str
    action: str
    summary: str

    @property
    def action_th(self) -> str:
        return ACTION_TH.get(self.action, self.action)


class AuditService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def recent(self, limit: int = 500) -> list[AuditEntry]:
        from otop_desktop.db.repositories import AuditRepository

        with self._db.reading() as session:
            return [
                AuditEntry(row.at, row.actor, row.action, row.summary)
                for row in AuditRepository(session).recent(limit)
            ]
