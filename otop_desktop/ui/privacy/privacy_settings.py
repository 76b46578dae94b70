"""Settings for personal data: the program password (which encrypts the data on this computer)
and idle lock, the exchange passphrase for packages, anonymising old registrations, and the
privacy notice for producers."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import shown_date, tr, user_message
from otop_desktop.services.privacy.program_password import IDLE_MINUTES_RANGE, ProgramPassword
from otop_desktop.services.privacy.retention_service import DEFAULT_YEARS, YEARS_RANGE
from otop_desktop.services.report.report_service import default_base_folder
from otop_desktop.ui.privacy.conversion_progress import run_with_progress
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import bring_into_view

if TYPE_CHECKING:
    from otop_desktop.services.exchange.exchange_service import ExchangeService
    from otop_desktop.services.privacy.retention_service import RetentionService


@dataclass(frozen=True)
class PrivacyServices:
    password: ProgramPassword
    # Made when first used: anonymising is rare.
    retention: "Callable[[], RetentionService]"
    notice_fields: Callable[[], dict[str, str]]
    resources: Path
    exchange: "Callable[[], ExchangeService]"
    office_name: Callable[[], str]


def _password_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def password_status(services: PrivacyServices) -> str:
    password = services.password
    if password.is_encrypted():
        return tr(
            "ตั้งรหัสผ่านแล้ว ข้อมูลในเครื่องนี้ (ฐานข้อมูลและข้อมูลสำรอง) เข้ารหัสไว้ "
            "โปรแกรมถามรหัสผ่านเมื่อเปิด และล็อกเมื่อไม่ได้ใช้งาน"
        )
    if password.is_set() and password.encrypts:
        return tr(
            "ตั้งรหัสผ่านโปรแกรมไว้แล้ว แต่ข้อมูลยังไม่ได้เข้ารหัส: กดเปลี่ยนรหัสผ่าน (ใช้รหัสเดิมก็ได้) เพื่อเข้ารหัสข้อมูล"
        )
    if password.is_set():
        return tr("ตั้งรหัสผ่านโปรแกรมไว้แล้ว โปรแกรมจะถามรหัสผ่านเมื่อเปิด และล็อกเมื่อไม่ได้ใช้งาน")
    if password.encrypts:
        return tr(
            "ยังไม่ได้ตั้งรหัสผ่าน ข้อมูลในเครื่องนี้ไม่ได้เข้ารหัส ใครคัดลอกแฟ้มไปก็อ่านได้ "
            "(แนะนำให้ตั้ง รหัสผ่านจะเข้ารหัสข้อมูลด้วย)"
        )
    return tr("ยังไม่ได้ตั้งรหัสผ่านโปรแกรม ใครเปิดเครื่องนี้ก็เห็นทะเบียนได้")


class PrivacySettings(QGroupBox):
    def __init__(
        self,
        services: PrivacyServices,
        dialogs: Dialogs,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("ข้อมูลส่วนบุคคลและรหัสผ่าน"), parent)
        self.setObjectName("privacy_group")
        self._services = services
        self._dialogs = dialogs
        self._bus = bus
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.current = _password_field(self, "current_password", tr("รหัสผ่านปัจจุบัน"))
        self.new = _password_field(self, "new_password", tr("รหัสผ่านใหม่"))
        self.confirm = _password_field(self, "confirm_password", tr("ยืนยันรหัสผ่านใหม่"))
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(tr(" นาที"))
        self.set_button = QPushButton(self)
        self.remove_button = QPushButton(tr("ยกเลิกรหัสผ่าน"), self)
        self.exchange = _password_field(
            self, "exchange_passphrase", tr("รหัสผ่านรับส่งข้อมูล (ตั้งให้เหมือนกันทั้งสองเครื่อง)")
        )
        self.exchange_button = QPushButton(self)
        self.recovery_dialog: QWidget | None = None
        self.years = QSpinBox(self)
        self.years.setRange(*YEARS_RANGE)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(tr(" ปีงบประมาณ"))
        self.anonymise_button = QPushButton(tr("ลบข้อมูลส่วนบุคคลของทะเบียนเก่า…"), self)
        self.notice_button = QPushButton(tr("ประกาศความเป็นส่วนตัวสำหรับผู้ผลิต…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self.set_button.clicked.connect(self._on_set_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.exchange_button.clicked.connect(self._on_exchange_clicked)
        # Enter where the typing ends does what the button beside it does, as in a dialog.
        self.confirm.returnPressed.connect(self.set_button.click)
        self.exchange.returnPressed.connect(self.exchange_button.click)
        self.idle_minutes.editingFinished.connect(self._on_idle_changed)
        self.anonymise_button.clicked.connect(self._on_anonymise_clicked)
        self.notice_button.clicked.connect(self._on_notice_clicked)
        self.load()

    def _lay_out(self) -> None:
        """Compact rows: the settings page must still fit a 768-pixel-high laptop screen."""
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 4)
        for column, field in enumerate((self.current, self.new, self.confirm)):
            field.setAccessibleName(field.placeholderText())
            grid.addWidget(field, 1, column + 1 if column else 0, 1, 2 if column == 0 else 1)
        idle = QLabel(tr("ล็อกเมื่อไม่ได้ใช้งาน"), self)
        idle.setBuddy(self.idle_minutes)
        grid.addWidget(idle, 2, 0)
        grid.addWidget(self.idle_minutes, 2, 1)
        grid.addWidget(self.remove_button, 2, 2)
        grid.addWidget(self.set_button, 2, 3)
        self.exchange.setAccessibleName(self.exchange.placeholderText())
        grid.addWidget(self.exchange, 3, 0, 1, 3)
        grid.addWidget(self.exchange_button, 3, 3)
        older = QLabel(tr("ทะเบียนที่เก่ากว่า"), self)
        older.setBuddy(self.years)
        grid.addWidget(older, 4, 0)
        grid.addWidget(self.years, 4, 1)
        grid.addWidget(self.anonymise_button, 4, 2, 1, 2)
        grid.addWidget(self.notice_button, 5, 0, 1, 2)
        grid.addWidget(self.message, 5, 2, 1, 2)

    def load(self) -> None:
        password = self._services.password
        is_set = password.is_set()
        self.idle_minutes.setValue(password.idle_minutes())
        self.status.setText(password_status(self._services))
        self.set_button.setText(tr("เปลี่ยนรหัสผ่าน") if is_set else tr("ตั้งรหัสผ่าน"))
        self.current.setEnabled(is_set)
        self.remove_button.setEnabled(is_set)
        has_passphrase = self._services.exchange().has_passphrase()
        self.exchange_button.setText(
            tr("เปลี่ยนรหัสผ่านรับส่งข้อมูล") if has_passphrase else tr("ตั้งรหัสผ่านรับส่งข้อมูล")
        )
        for field in (self.current, self.new, self.confirm, self.exchange):
            field.clear()

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
        # Once the layout has made room for it (the next turn of the event loop).
        QTimer.singleShot(0, self, lambda: bring_into_view(self.message))

    def _on_set_clicked(self) -> None:
        password = self._services.password
        was_set = password.is_set()
        new, confirm, current = self.new.text(), self.confirm.text(), self.current.text()
        idle = self.idle_minutes.value()
        try:
            recovery = run_with_progress(
                self,
                tr("กำลังเข้ารหัสข้อมูล…"),
                lambda: password.set_password(new, confirm, current=current, idle_minutes=idle),
            )
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        self.load()
        if recovery is None:
            self._show(tr("✓ เปลี่ยนรหัสผ่านแล้ว") if was_set else tr("✓ ตั้งรหัสผ่านแล้ว"))
            return
        self._show(tr("✓ ตั้งรหัสผ่านแล้ว ข้อมูลเข้ารหัสแล้ว เก็บกุญแจกู้คืนไว้ให้ดี"))
        self._show_recovery_key(recovery.text)

    def _show_recovery_key(self, text: str) -> None:
        from otop_desktop.ui.privacy.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(text, self._services.office_name(), self._dialogs, self)
        self.recovery_dialog = dialog
        dialog.open()

    def _on_remove_clicked(self) -> None:
        password, current = self._services.password, self.current.text()
        try:
            run_with_progress(self, tr("กำลังถอดรหัสข้อมูล…"), lambda: password.remove(current))
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        self.load()
        self._show(tr("✓ ยกเลิกรหัสผ่านแล้ว โปรแกรมจะไม่ถามรหัสผ่านอีก"))

    def _on_exchange_clicked(self) -> None:
        try:
            self._services.exchange().set_passphrase(self.exchange.text())
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        self.load()
        self._show(tr("✓ ตั้งรหัสผ่านรับส่งข้อมูลแล้ว ตั้งรหัสเดียวกันที่อีกเครื่องด้วย"))

    def _on_idle_changed(self) -> None:
        if self._services.password.idle_minutes() != self.idle_minutes.value():
            self._services.password.set_idle_minutes(self.idle_minutes.value())

    def _on_anonymise_clicked(self) -> None:
        try:
            plan = self._services.retention().plan(self.years.value())
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        before = shown_date(plan.cutoff, "full")
        if plan.count == 0:
            self._show(tr("ไม่มีทะเบียนที่รับก่อน {date} ที่ยังมีข้อมูลส่วนบุคคล").format(date=before))
            return
        if not self._dialogs.confirm(
            self,
            tr("ลบข้อมูลส่วนบุคคลของทะเบียนเก่า"),
            tr(
                "ทะเบียน {n} รายการที่รับก่อน {date} จะถูกลบเลขประจำตัวประชาชน โทรศัพท์ อีเมล ไลน์ "
                "ชื่อผู้ติดต่อ และบ้านเลขที่ออกอย่างถาวร (ตำบล ประเภท ผลิตภัณฑ์ และวันที่ยังอยู่ "
                "ตัวเลขสรุปจึงไม่เปลี่ยน) ต้องการดำเนินการหรือไม่?"
            ).format(n=plan.count, date=before),
            ok=tr("ลบข้อมูลส่วนบุคคล {n} รายการ").format(n=plan.count),
            cancel=tr("ยกเลิก"),
        ):
            return
        try:
            result = self._services.retention().anonymise(self.years.value())
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        self._show(tr("✓ ลบข้อมูลส่วนบุคคลของทะเบียน {n} รายการแล้ว").format(n=result.anonymised))
        self._bus.publish(result.change)

    def _on_notice_clicked(self) -> None:
        from otop_desktop.ui.privacy.privacy_notice import PrivacyNoticeDialog, notice_markdown

        self.notice_dialog = PrivacyNoticeDialog(
            notice_markdown(self._services.resources, self.notice_fields()),
            self._dialogs,
            default_base_folder(),
            self,
        )
        self.notice_dialog.open()

    def notice_fields(self) -> dict[str, str]:
        return self._services.notice_fields()
