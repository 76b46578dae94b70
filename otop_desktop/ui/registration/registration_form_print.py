"""The form's way to paper: after a save, a button (and Ctrl+P) prints the registration just
saved for the producer's and the officer's signatures; while a saved record is open, that one."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from otop_desktop.domain.registration import Registration
from otop_desktop.i18n.catalog import tr

if TYPE_CHECKING:
    from otop_desktop.ui.form_print.form_printing import FormPrinting
    from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm


class FormPrintAction(QObject):
    def __init__(
        self, ui: "Ui_RegistrationForm", forms: "FormPrinting | None", form: QWidget
    ) -> None:
        super().__init__(form)
        self._forms = forms
        self._form = form
        self.uuid = ""
        self.button = QPushButton(form)
        self.button.setObjectName("print_form_button")
        self.button.setVisible(False)
        ui.card_layout.insertWidget(ui.card_layout.count() - 1, self.button)
        self.button.clicked.connect(self.print_now)
        QShortcut(
            QKeySequence("Ctrl+P"),
            form,
            self.print_now,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def offer(self, reg: Registration, *, just_saved: bool) -> None:
        """Shows the button for a saved registration; `just_saved` names it, as the form has
        already moved on to the next one."""
        if self._forms is None or not reg.uuid:
            return
        self.uuid = reg.uuid
        self.button.setText(
            tr("พิมพ์แบบของ {name} ที่เพิ่งบันทึก (Ctrl+P)").format(name=reg.producer_name)
            if just_saved
            else tr("พิมพ์แบบลงทะเบียน (Ctrl+P)")
        )
        self.button.setToolTip(tr("พิมพ์ตามที่บันทึกไว้ล่าสุด: ตัวอย่างก่อนพิมพ์ พิมพ์ หรือบันทึกเป็น PDF"))
        self.button.setVisible(True)

    def withdraw(self) -> None:
        self.uuid = ""
        self.button.setVisible(False)

    def print_now(self) -> None:
        if self._forms is not None and self.uuid:
            self._forms.preview([self.uuid], self._form)
