"""Warns while the officer types that the producer may already be registered, and opens it."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from otop_desktop.domain.registration import Registration
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.registration.registration_form_context import FormContext


class DuplicateBanner(QObject):
    open_requested = Signal(str)

    def __init__(
        self, ui: Ui_RegistrationForm, context: FormContext, current: Callable[[], Registration]
    ) -> None:
        super().__init__(ui.duplicate_banner)
        self._ui = ui
        self._ctx = context
        self._current = current
        self.uuids: list[str] = []
        ui.open_duplicate_button.clicked.connect(self._on_open_clicked)

    def check(self) -> None:
        reg = self._current()
        if not (reg.national_id or reg.juristic_no or reg.producer_name):
            self.show([])
            return
        self.show(self._ctx.registry.possible_duplicates(reg))

    def show(self, found: list[RegistrationSummary]) -> None:
        self.uuids = [s.uuid for s in found]
        self._ui.duplicate_banner.setVisible(bool(found))
        if not found:
            return
        first = found[0]
        more = tr(" และอีก {n} รายการ").format(n=len(found) - 1) if len(found) > 1 else ""
        self._ui.duplicate_label.setText(
            tr("⚠ อาจซ้ำกับรายการที่มีอยู่แล้ว: {name} (ต.{tambon}, {type}){more}").format(
                name=first.producer_name,
                tambon=self._ctx.tambon_name(first.tambon_code),
                type=pick(first.producer_type.short_th, first.producer_type.short_en),
                more=more,
            )
        )

    def _on_open_clicked(self) -> None:
        if self.uuids:
            self.open_requested.emit(self.uuids[0])
