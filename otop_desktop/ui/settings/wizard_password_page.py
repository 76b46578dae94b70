"""The first-run wizard's recommended step: a password that locks the program and encrypts the
data, so that a lost laptop gives away no one's ID number. Skipping it is allowed; Settings offers
it again. Self-contained: the wizard adds the page and calls apply() once the office exists."""

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizardPage

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.privacy.program_password import ProgramPassword, check_new_password
from otop_desktop.ui.privacy.conversion_progress import run_with_progress
from otop_desktop.ui.privacy.recovery_dialog import password_field
from otop_desktop.ui.widgets.dialogs import Dialogs


class PasswordPage(QWizardPage):
    def __init__(self, password: ProgramPassword, dialogs: Dialogs) -> None:
        super().__init__()
        self._password = password
        self._dialogs = dialogs
        self.recovery_dialog: QWidget | None = None
        self.setObjectName("wizard_password_page")
        self.setTitle(tr("รหัสผ่านและการเข้ารหัสข้อมูล (แนะนำ)"))
        self.setSubTitle(
            tr("ทะเบียนมีเลขประจำตัวประชาชนและเบอร์โทรศัพท์ ถ้าเครื่องหรือแฟลชไดรฟ์หาย ข้อมูลที่เข้ารหัสไว้จะไม่รั่วไหล")
        )
        explain = QLabel(
            tr(
                "รหัสผ่านนี้ใช้เปิดโปรแกรม ล็อกหน้าจอเมื่อไม่ได้ใช้งาน และเข้ารหัสฐานข้อมูล ข้อมูลสำรอง "
                "และแฟ้มส่งข้อมูล เมื่อกดเริ่มใช้งาน โปรแกรมจะแสดงกุญแจกู้คืนครั้งเดียว ให้พิมพ์เก็บไว้ "
                "ใช้เมื่อลืมรหัสผ่าน (เว้นว่างไว้เพื่อข้าม ตั้งภายหลังได้ในหน้าตั้งค่า)"
            ),
            self,
        )
        explain.setWordWrap(True)
        self.new = password_field(self, "wizard_new_password", tr("รหัสผ่านใหม่"))
        self.confirm = password_field(self, "wizard_confirm_password", tr("ยืนยันรหัสผ่านใหม่"))
        self.error = QLabel(self)
        self.error.setObjectName("wizard_password_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(tr("รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)"), self.new)
        form.addRow(tr("ยืนยันรหัสผ่าน"), self.confirm)
        form.addRow(self.error)

    def chosen(self) -> bool:
        return bool(self.new.text() or self.confirm.text())

    def validatePage(self) -> bool:
        if not self.chosen():
            return True
        try:
            check_new_password(self.new.text(), self.confirm.text())
        except UserError as exc:
            self.error.setText("✖ " + user_message(exc))
            return False
        self.error.setText("")
        return True

    def apply(self, office_name: str) -> bool:
        """Sets the password typed, if any, and shows the recovery key. False (with the reason
        on the page) when it could not be set; the office is set up either way."""
        if not self.chosen():
            return True
        new, confirm = self.new.text(), self.confirm.text()
        try:
            recovery = run_with_progress(
                self, tr("กำลังเข้ารหัสข้อมูล…"), lambda: self._password.set_password(new, confirm)
            )
        except UserError as exc:
            self.error.setText("✖ " + user_message(exc))
            return False
        self.new.clear()
        self.confirm.clear()
        if recovery is not None:
            from otop_desktop.ui.privacy.recovery_key_dialog import RecoveryKeyDialog

            dialog = RecoveryKeyDialog(recovery.text, office_name, self._dialogs, self.wizard())
            self.recovery_dialog = dialog
            dialog.exec()
        return True
