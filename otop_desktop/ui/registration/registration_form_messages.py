"""Shows each validation message next to its field, and sums up what is still missing."""

from PySide6.QtWidgets import QLabel

from otop_desktop.domain.messages import FIELD_LABELS
from otop_desktop.domain.validation import FieldError
from otop_desktop.i18n.catalog import language, pick, tr
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"

# Which step of the form holds each field, and which label beneath it shows its message.
FIELD_STEPS: dict[str, int] = {
    "producer_type": 0,
    "producer_name": 1,
    "contact.first_name": 1,
    "contact.last_name": 1,
    "national_id": 1,
    "juristic_no": 1,
    "member_count": 1,
    "community_enterprise_code": 1,
    "phone": 1,
    "email": 1,
    "year_started": 1,
    "site.tambon_code": 2,
    "site.postal_code": 2,
    "products": 3,
    "received_on": 4,
    "community_links": 4,
    "proxy_name": 4,
}
FIELD_LABEL_NAMES: dict[str, str] = {
    "producer_type": "err_producer_type",
    "producer_name": "err_producer_name",
    "contact.first_name": "err_contact",
    "contact.last_name": "err_contact",
    "national_id": "err_national_id",
    "juristic_no": "err_juristic_no",
    "member_count": "err_member_count",
    "community_enterprise_code": "err_community_enterprise_code",
    "phone": "err_phone",
    "email": "err_email",
    "year_started": "err_year_started",
    "site.tambon_code": "err_tambon",
    "site.postal_code": "err_postal_code",
    "products": "err_products",
    "product.name": "err_product_name",
    "product.category": "err_product_category",
    "received_on": "err_received_on",
    "community_links": "err_community_links",
    "proxy_name": "err_proxy_name",
}
# The widgets whose editing counts as having touched a field.
FIELD_WIDGETS: dict[str, tuple[str, ...]] = {
    "producer_type": ("producer_type",),
    "contact.first_name": ("contact_first_name", "contact_prefix"),
    "contact.last_name": ("contact_last_name",),
    "site.tambon_code": ("tambon",),
    "product.name": ("product_name",),
    "product.category": ("product_category",),
    "community_links": ("check_production", "check_management", "check_benefit"),
    "proxy_name": ("proxy_name", "has_power_of_attorney"),
    "received_on": ("received_on",),
}


def step_of(field: str) -> int:
    return 3 if field.startswith("products") else FIELD_STEPS.get(field, 0)


def _product_index(field: str) -> int | None:
    if field.startswith("products["):
        return int(field[len("products[") : field.index("]")])
    return None


class FieldMessages:
    def __init__(self, ui: Ui_RegistrationForm) -> None:
        self._ui = ui
        self._labels: dict[str, QLabel] = {
            field: getattr(ui, name) for field, name in FIELD_LABEL_NAMES.items()
        }
        for label in set(self._labels.values()):
            label.setVisible(False)

    def label_for(self, field: str) -> QLabel:
        return self._labels[field]

    def _display_field(self, problem: FieldError, current_product: int) -> str:
        index = _product_index(problem.field)
        if index is None:
            return problem.field
        if index == current_product and problem.field.endswith((".name", ".category")):
            return "product." + problem.field.rsplit(".", 1)[1]
        return "products"

    def _touched(self, field: str, touched: set[str]) -> bool:
        widgets = FIELD_WIDGETS.get(field, (field.replace("site.", ""),))
        return any(w in touched for w in widgets)

    def show(
        self, problems: list[FieldError], touched: set[str], show_all: bool, current_product: int
    ) -> None:
        texts: dict[QLabel, list[tuple[bool, str]]] = {}
        for problem in problems:
            field = self._display_field(problem, current_product)
            label = self._labels.get(field)
            if label is None or not (
                show_all or self._touched(field, touched) or not problem.is_error
            ):
                continue
            text = problem.message(language())
            index = _product_index(problem.field)
            if field == "products" and index is not None:
                text = tr("ผลิตภัณฑ์ที่ {n}: ").format(n=index + 1) + text
            texts.setdefault(label, []).append((problem.is_error, text))
        for label in set(self._labels.values()):
            entries = texts.get(label, [])
            label.setVisible(bool(entries))
            if entries:
                any_error = any(is_error for is_error, _ in entries)
                label.setStyleSheet(ERROR_STYLE if any_error else WARNING_STYLE)
                label.setText("\n".join(("✖ " if e else "⚠ ") + t for e, t in entries))

    @staticmethod
    def missing_summary(errors: list[FieldError]) -> str:
        if not errors:
            return tr("✓ ข้อมูลครบ บันทึกได้")
        names = []
        for error in errors:
            key = "products" if error.field.startswith("products") else error.field
            name = pick(*FIELD_LABELS.get(key, (key, key)))
            if name not in names:
                names.append(name)
        return tr("ยังบันทึกไม่ได้ ต้องแก้ไข: ") + ", ".join(names)
