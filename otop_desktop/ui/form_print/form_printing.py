"""Opens the print preview of registration forms from wherever the officer asks for them: the
form after saving, the registry's chosen rows, or a whole tambon."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.ui.widgets.dialogs import Dialogs

if TYPE_CHECKING:
    from otop_desktop.services.form_print.form_print_service import FormPrintService
    from otop_desktop.ui.form_print.form_print_dialog import FormPrintDialog, PrinterChoice


def _reports_folder() -> Path:
    from otop_desktop.services.report.report_service import default_base_folder

    return default_base_folder()


class FormPrinting:
    def __init__(
        self,
        service: "Callable[[], FormPrintService]",
        dialogs: Dialogs,
        printers: "PrinterChoice | None" = None,
        folder: Callable[[], Path] = _reports_folder,
    ) -> None:
        """`service` is made when first used; `printers` is the system's print dialog unless a
        test gives another."""
        self._service = service
        self._dialogs = dialogs
        self._printers = printers
        self._folder = folder
        self.dialog: FormPrintDialog | None = None

    def preview(self, uuids: Sequence[str], parent: QWidget) -> "FormPrintDialog | None":
        from otop_desktop.ui.form_print.form_print_dialog import FormPrintDialog, SystemPrintDialog

        try:
            dialog = FormPrintDialog(
                self._service(),
                uuids,
                self._dialogs,
                self._printers or SystemPrintDialog(),
                self._folder(),
                parent,
            )
        except UserError as exc:
            self._dialogs.error(parent, tr("พิมพ์แบบลงทะเบียนไม่ได้"), user_message(exc))
            return None
        self.dialog = dialog
        dialog.open()
        return dialog

    def tambon(self, tambon_code: str, parent: QWidget) -> "FormPrintDialog | None":
        try:
            uuids = self._service().tambon_registrations(tambon_code)
        except UserError as exc:
            self._dialogs.error(parent, tr("พิมพ์แบบลงทะเบียนไม่ได้"), user_message(exc))
            return None
        return self.preview(uuids, parent)
