"""A forgotten password: the recovery key from the printed sheet opens the data and a new password
replaces the old one. Without either, the officer is told plainly that nobody can read the data."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message

if TYPE_CHECKING:
    from otop_desktop.ui.privacy.lock_screen import PasswordCheck


def password_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


class RecoveryDialog(QDialog):
    def __init__(self, password: "PasswordCheck", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._password = password
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("ตั้งรหัสผ่านใหม่ด้วยกุญแจกู้คืน"))
        explain = QLabel(
            tr(
                "พิมพ์กุญแจกู้คืนจากแผ่นที่พิมพ์เก็บไว้ตอนตั้งรหัสผ่าน (ตัวอักษรและตัวเลข 9 กลุ่ม) "
                "แล้วตั้งรหัสผ่านใหม่ ข้อมูลทั้งหมดยังอยู่ครบ"
            ),
            self,
        )
        explain.setWordWrap(True)
        warning = QLabel(
            tr("ถ้าไม่มีทั้งรหัสผ่านและกุญแจกู้คืน จะไม่มีใครอ่านข้อมูลที่เข้ารหัสไว้ได้อีก รวมทั้งผู้ดูแลระบบและผู้พัฒนาโปรแกรม"),
            self,
        )
        warning.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("recovery_key")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setAccessibleName(tr("กุญแจกู้คืน"))
        self.new = password_field(self, "recovery_new_password", tr("รหัสผ่านใหม่"))
        self.confirm = password_field(self, "recovery_confirm_password", tr("ยืนยันรหัสผ่านใหม่"))
        self.message = QLabel("", self)
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.ok_button = QPushButton(tr("ตั้งรหัสผ่านใหม่และเปิดข้อมูล"), self)
        self.ok_button.setDefault(True)
        cancel = QPushButton(tr("ยกเลิก"), self)
        form = QFormLayout()
        form.addRow(tr("กุญแจกู้คืน"), self.key)
        form.addRow(tr("รหัสผ่านใหม่"), self.new)
        form.addRow(tr("ยืนยันรหัสผ่านใหม่"), self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        cancel.clicked.connect(self.reject)
        self.resize(620, self.sizeHint().height())

    def _on_ok_clicked(self) -> None:
        try:
            self._password.recover(self.key.text(), self.new.text(), self.confirm.text())
        except UserError as exc:
            self.message.setText("✖ " + user_message(exc))
            return
        self.new.clear()
        self.confirm.clear()
        self.accept()
