"""Errors that carry a message for the officer, in Thai with an English twin."""


class UserError(Exception):
    def __init__(self, message_th: str, message_en: str = "") -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en or message_th


class NotSetUpError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "ยังไม่ได้ตั้งค่าสำนักงาน กรุณาเลือกอำเภอก่อน (คำสั่ง setup --district รหัสอำเภอ)",
            "The office is not set up yet; choose its district first (setup --district CODE).",
        )
