"""The products step of the registration form: a list of products, one edited at a time."""

from collections.abc import Callable
from contextlib import AbstractContextManager

from otop_desktop.i18n.catalog import tr
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.registration.registration_form_binding import FormBinding, blank_product


class ProductList:
    """Keeps the product list and the editor beside it in step; the binding holds the values."""

    def __init__(
        self,
        ui: Ui_RegistrationForm,
        binding: FormBinding,
        *,
        quietly: Callable[[], AbstractContextManager[None]],
        edited: Callable[[], None],
        revalidate: Callable[[], object],
    ) -> None:
        self._ui = ui
        self._binding = binding
        self._quietly = quietly
        self._edited = edited
        self._revalidate = revalidate
        self.current = 0
        ui.product_list.currentRowChanged.connect(self._on_row_changed)
        ui.add_product_button.clicked.connect(self._on_add_clicked)
        ui.remove_product_button.clicked.connect(self._on_remove_clicked)

    def store(self) -> None:
        self._binding.store_current_product(self.current)

    def show_first(self) -> None:
        self.current = 0
        self.refresh()
        self._show(0)

    def refresh(self) -> None:
        ui = self._ui
        ui.product_list.blockSignals(True)
        ui.product_list.clear()
        for index, product in enumerate(self._binding.products, start=1):
            ui.product_list.addItem(f"{index}. {product['name'] or tr('(ยังไม่ระบุชื่อ)')}")
        ui.product_list.setCurrentRow(self.current)
        ui.product_list.blockSignals(False)
        ui.remove_product_button.setEnabled(len(self._binding.products) > 1)

    def _show(self, index: int) -> None:
        with self._quietly():
            self._binding.show_product(index)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or row == self.current:
            return
        self.store()
        self.current = row
        self._show(row)
        self._revalidate()

    def _on_add_clicked(self) -> None:
        self.store()
        self._binding.products.append(blank_product())
        self.current = len(self._binding.products) - 1
        self._show(self.current)
        self.refresh()
        self._ui.product_name.setFocus()
        self._edited()

    def _on_remove_clicked(self) -> None:
        if len(self._binding.products) <= 1:
            return
        del self._binding.products[self.current]
        self.current = max(0, self.current - 1)
        self._show(self.current)
        self.refresh()
        self._edited()
