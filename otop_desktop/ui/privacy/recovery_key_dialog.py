"""The recovery key, shown once when the password is set: printed on an A4 sheet with the office's
name and the date (recovery_key_sheet.py), or saved as a PDF to print elsewhere."""

import datetime as dt
import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.storage_errors import file_reason
from otop_desktop.ui.privacy.recovery_key_sheet import print_sheet, sheet_html, write_sheet_pdf
from otop_desktop.ui.widgets.a4_document import print_a4
from otop_desktop.ui.widgets.dialogs import Dialogs


class RecoveryKeyDialog(QDialog):
    """Closes only once the officer says the key is kept: it is never shown again."""

    def __init__(
        self,
        key_text: str,
        office_name: str,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        on: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(tr("กุญแจกู้คืนข้อมูล (แสดงครั้งเดียว)"))
        self.sheet = sheet_html(key_text, office_name, on or dt.date.today())
        self._dialogs = dialogs
        self.saved_pdf: Path | None = None
        heading = QLabel(
            tr(
                "ตั้งรหัสผ่านแล้ว ข้อมูลในเครื่องนี้เข้ารหัสไว้ ถ้าลืมรหัสผ่าน กุญแจกู้คืนนี้เปิดข้อมูลและตั้งรหัสผ่านใหม่ได้ "
                "กุญแจนี้แสดงครั้งเดียว กรุณาพิมพ์หรือจดเก็บไว้แยกจากเครื่องคอมพิวเตอร์"
            ),
            self,
        )
        heading.setWordWrap(True)
        self.key_label = QLabel(key_text, self)
        self.key_label.setObjectName("recovery_key_text")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "font-size: 20pt; font-weight: bold; padding: 12px; border: 2px solid #1b5e20;"
        )
        self.print_button = QPushButton(tr("พิมพ์…"), self)
        self.print_button.setVisible(importlib.util.find_spec("PySide6.QtPrintSupport") is not None)
        self.pdf_button = QPushButton(tr("บันทึกเป็น PDF…"), self)
        self.pdf_button.setToolTip(tr("บันทึกลงแฟลชไดรฟ์เพื่อพิมพ์ที่เครื่องอื่น แล้วลบแฟ้มทิ้ง"))
        self.kept = QCheckBox(tr("พิมพ์หรือจดกุญแจกู้คืนเก็บไว้แล้ว"), self)
        self.kept.setObjectName("recovery_key_kept")
        self.done_button = QPushButton(tr("เสร็จ"), self)
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self._lay_out(heading)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.done_button.clicked.connect(self.accept)

    def _lay_out(self, heading: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.kept)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        self.resize(760, self.sizeHint().height())

    def reject(self) -> None:
        """Esc closes it only after the officer ticked that the key is kept."""
        if self.kept.isChecked():
            super().reject()

    def _on_print_clicked(self) -> None:
        print_a4(self, lambda printer: print_sheet(self.sheet, printer))

    def _on_pdf_clicked(self) -> None:
        folder = self._dialogs.choose_folder(
            self, tr("เลือกที่บันทึกกุญแจกู้คืนเป็น PDF (เช่น แฟลชไดรฟ์)"), Path.home()
        )
        if folder is None:
            return
        path = folder / f"{tr('กุญแจกู้คืน OTOP')} {dt.date.today():%Y-%m-%d}.pdf"
        try:
            self.saved_pdf = write_sheet_pdf(self.sheet, path)
        except OSError as exc:
            self._dialogs.error(
                self,
                tr("บันทึก PDF ไม่ได้"),
                tr("บันทึกลงใน {folder} ไม่ได้: {reason}").format(
                    folder=folder, reason=pick(*file_reason(exc))
                ),
            )
            return
        self._dialogs.info(
            self,
            tr("บันทึก PDF แล้ว"),
            tr("บันทึกกุญแจกู้คืนไว้ที่ {path} พิมพ์แล้วลบแฟ้มนี้ทิ้ง อย่าเก็บไว้ในเครื่องนี้").format(path=self.saved_pdf),
        )
