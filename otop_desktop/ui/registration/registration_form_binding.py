"""Moves values between the registration form's widgets and a Registration, and snapshots them."""

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from otop_desktop.domain.checklists import CommunityLink, Document
from otop_desktop.domain.identifiers import normalize_id, normalize_phone
from otop_desktop.domain.person_names import COMMON_PREFIXES
from otop_desktop.domain.producer_types import (
    ProducerType,
    ProductCategory,
    RegistrationStatus,
    Standard,
)
from otop_desktop.domain.registration import (
    MEMBER_COUNT_MAX,
    HeldStandard,
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.domain.validation import FieldError
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.widgets.tab_order import chain_after

TYPE_BUTTONS = ("type_group", "type_single", "type_sme")


def blank_product() -> dict[str, Any]:
    return {
        "name": "",
        "category": None,
        "sub_category": "",
        "brand": "",
        "standards": {},
        "unit_price": 0.0,
        "annual_sales": 0.0,
    }


class FormBinding:
    """Owns the checkboxes built in code and the list of products being edited."""

    def __init__(self, ui: Ui_RegistrationForm) -> None:
        self.ui = ui
        self.products: list[dict[str, Any]] = [blank_product()]
        self.documents = self._checkboxes(
            ui.documents_box, {d.value: pick(d.label_th, d.label_en) for d in Document}, 2
        )
        self.links = self._checkboxes(
            ui.community_links_box,
            {c.value: pick(c.label_th, c.label_en) for c in CommunityLink},
            1,
        )
        self.standards, self.standard_numbers = self._standard_boxes(ui.standards_box)
        # Where they stand: each standard and its number after the brand, the documents and
        # community links after the officer, all before the buttons at the bottom.
        chain_after(
            ui.product_brand,
            [w for k in self.standards for w in (self.standards[k], self.standard_numbers[k])],
        )
        chain_after(ui.officer_position, [*self.documents.values(), *self.links.values()])
        for prefix in COMMON_PREFIXES:
            ui.contact_prefix.addItem(prefix)
        for category in ProductCategory:
            ui.product_category.addItem(
                f"{category.value} {pick(category.name_th, category.name_en)}", int(category)
            )
        ui.product_category.setCurrentIndex(-1)
        for status in RegistrationStatus:
            ui.status.addItem(pick(status.label_th, status.label_en), status.value)

    @staticmethod
    def _checkboxes(box: QWidget, labels: dict[str, str], columns: int) -> dict[str, QCheckBox]:
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        found = {}
        for index, (key, text) in enumerate(labels.items()):
            check = QCheckBox(text, box)
            check.setObjectName(f"check_{key}")
            grid.addWidget(check, index // columns, index % columns)
            found[key] = check
        return found

    @staticmethod
    def _standard_boxes(box: QWidget) -> tuple[dict[str, QCheckBox], dict[str, QLineEdit]]:
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        checks, numbers = {}, {}
        for index, standard in enumerate(Standard):
            check = QCheckBox(pick(standard.label_th, standard.label_en), box)
            check.setObjectName(f"standard_{standard.name.lower()}")
            number = QLineEdit(box)
            number.setPlaceholderText(tr("เลขที่"))
            number.setObjectName(f"standard_number_{standard.name.lower()}")
            grid.addWidget(check, index // 2, (index % 2) * 2)
            grid.addWidget(number, index // 2, (index % 2) * 2 + 1)
            checks[standard.value], numbers[standard.value] = check, number
        return checks, numbers

    # --- reading -------------------------------------------------------------------------

    def unreadable_date(self) -> FieldError | None:
        """The received date as typed, when it is not a date (the widget keeps the last good
        one, which validation would otherwise check instead)."""
        if self.ui.received_on.is_valid_text():
            return None
        typed = self.ui.received_on.text()
        return FieldError("received_on", "date_invalid", params=(("value", typed),))

    def producer_type(self) -> ProducerType | None:
        for code, name in enumerate(TYPE_BUTTONS, start=1):
            if getattr(self.ui, name).isChecked():
                return ProducerType(code)
        return None

    def store_current_product(self, index: int) -> None:
        if not 0 <= index < len(self.products):
            return
        ui = self.ui
        self.products[index] = {
            "name": ui.product_name.text(),
            "category": ui.product_category.currentData(),
            "sub_category": ui.product_sub_category.currentText(),
            "brand": ui.product_brand.text(),
            "standards": {
                k: self.standard_numbers[k].text()
                for k, c in self.standards.items()
                if c.isChecked()
            },
            "unit_price": ui.unit_price.value(),
            "annual_sales": ui.annual_sales.value(),
        }

    def show_product(self, index: int) -> None:
        product = self.products[index]
        ui = self.ui
        ui.product_name.setText(product["name"])
        category_index = ui.product_category.findData(product["category"])
        ui.product_category.setCurrentIndex(category_index)
        ui.product_sub_category.setCurrentText(product["sub_category"])
        ui.product_brand.setText(product["brand"])
        for key, check in self.standards.items():
            check.setChecked(key in product["standards"])
            self.standard_numbers[key].setText(product["standards"].get(key, ""))
        ui.unit_price.setValue(product["unit_price"] or 0.0)
        ui.annual_sales.setValue(product["annual_sales"] or 0.0)

    def _products(self) -> tuple[Product, ...]:
        found = []
        for p in self.products:
            if not p["name"].strip() and p["category"] is None:
                continue
            found.append(
                Product(
                    name=p["name"].strip(),
                    category=ProductCategory(p["category"]) if p["category"] is not None else None,
                    sub_category=p["sub_category"].strip(),
                    brand=p["brand"].strip(),
                    standards=tuple(
                        HeldStandard(Standard(k), v.strip()) for k, v in p["standards"].items()
                    ),
                    unit_price=Decimal(str(p["unit_price"])) if p["unit_price"] else None,
                    annual_sales=Decimal(str(p["annual_sales"])) if p["annual_sales"] else None,
                )
            )
        return tuple(found)

    def registration(self, uuid: str = "", version: int = 0) -> Registration:
        ui = self.ui
        return Registration(
            uuid=uuid,
            version=version,
            producer_type=self.producer_type(),
            producer_name=ui.producer_name.text().strip(),
            contact=Person(
                ui.contact_prefix.currentText().strip(),
                ui.contact_first_name.text().strip(),
                ui.contact_last_name.text().strip(),
            ),
            national_id=normalize_id(ui.national_id.text()),
            juristic_no=normalize_id(ui.juristic_no.text()),
            community_enterprise_code=ui.community_enterprise_code.text().strip(),
            member_count=ui.member_count.value() or None,
            phone=normalize_phone(ui.phone.text()),
            email=ui.email.text().strip(),
            line_id=ui.line_id.text().strip(),
            year_started=(ui.year_started.value() - 543)
            if ui.year_started.value() >= 2400
            else None,
            site=SiteAddress(
                tambon_code=ui.tambon.currentData() or "",
                house_no=ui.house_no.text().strip(),
                moo=ui.moo.text().strip(),
                village=ui.village.text().strip(),
                road=ui.road.text().strip(),
                postal_code=ui.postal_code.text().strip(),
            ),
            products=self._products(),
            received_on=ui.received_on.date(),
            officer_name=ui.officer_name.text().strip(),
            officer_position=ui.officer_position.text().strip(),
            documents=frozenset(Document(k) for k, c in self.documents.items() if c.isChecked()),
            community_links=frozenset(
                CommunityLink(k) for k, c in self.links.items() if c.isChecked()
            ),
            proxy_name=ui.proxy_name.text().strip(),
            has_power_of_attorney=ui.has_power_of_attorney.isChecked(),
            notes=ui.notes.toPlainText().strip(),
            status=RegistrationStatus(ui.status.currentData() or RegistrationStatus.RECEIVED.value),
        )

    # --- writing -------------------------------------------------------------------------

    def show_registration(self, reg: Registration) -> None:
        ui = self.ui
        for code, name in enumerate(TYPE_BUTTONS, start=1):
            getattr(ui, name).setChecked(reg.producer_type == ProducerType(code))
        ui.producer_name.setText(reg.producer_name)
        ui.contact_prefix.setCurrentText(reg.contact.prefix)
        ui.contact_first_name.setText(reg.contact.first_name)
        ui.contact_last_name.setText(reg.contact.last_name)
        ui.national_id.setText(reg.national_id)
        ui.juristic_no.setText(reg.juristic_no)
        ui.community_enterprise_code.setText(reg.community_enterprise_code)
        count = reg.member_count or 0
        # A count the checks now refuse (stored by an earlier version's import; Qt's box cannot
        # even hold one past 2^31) shows as not given, and the form asks for it again.
        ui.member_count.setValue(count if 0 < count <= MEMBER_COUNT_MAX else 0)
        ui.phone.setText(reg.phone)
        ui.email.setText(reg.email)
        ui.line_id.setText(reg.line_id)
        ui.year_started.setValue(
            reg.year_started + 543 if reg.year_started else ui.year_started.minimum()
        )
        ui.tambon.setCurrentIndex(ui.tambon.findData(reg.site.tambon_code))
        ui.postal_code.setText(reg.site.postal_code)
        ui.house_no.setText(reg.site.house_no or reg.site.free_text)
        ui.moo.setText(reg.site.moo)
        ui.village.setText(reg.site.village)
        ui.road.setText(reg.site.road)
        self.products = [
            {
                "name": p.name,
                "category": int(p.category) if p.category else None,
                "sub_category": p.sub_category,
                "brand": p.brand,
                "standards": {s.standard.value: s.number for s in p.standards},
                "unit_price": float(p.unit_price or 0),
                "annual_sales": float(p.annual_sales or 0),
            }
            for p in reg.products
        ] or [blank_product()]
        ui.received_on.setDate(reg.received_on)
        ui.officer_name.setText(reg.officer_name)
        ui.officer_position.setText(reg.officer_position)
        for key, check in self.documents.items():
            check.setChecked(Document(key) in reg.documents)
        for key, check in self.links.items():
            check.setChecked(CommunityLink(key) in reg.community_links)
        ui.proxy_name.setText(reg.proxy_name)
        ui.has_power_of_attorney.setChecked(reg.has_power_of_attorney)
        ui.notes.setPlainText(reg.notes)
        ui.status.setCurrentIndex(ui.status.findData(reg.status.value))

    # --- snapshots for drafts: raw text, so that half-typed values come back as typed --------

    def snapshot(self) -> dict[str, Any]:
        ui = self.ui
        texts = {
            name: getattr(ui, name).text()
            for name in (
                "producer_name",
                "contact_first_name",
                "contact_last_name",
                "national_id",
                "juristic_no",
                "community_enterprise_code",
                "phone",
                "email",
                "line_id",
                "postal_code",
                "house_no",
                "moo",
                "village",
                "road",
                "officer_name",
                "officer_position",
                "proxy_name",
            )
        }
        return {
            "type": int(t) if (t := self.producer_type()) else None,
            "texts": texts,
            "prefix": ui.contact_prefix.currentText(),
            "member_count": ui.member_count.value(),
            "year_started": ui.year_started.value(),
            "tambon": ui.tambon.currentData() or "",
            "products": self.products,
            "received_on": ui.received_on.text(),
            "documents": sorted(k for k, c in self.documents.items() if c.isChecked()),
            "links": sorted(k for k, c in self.links.items() if c.isChecked()),
            "power_of_attorney": ui.has_power_of_attorney.isChecked(),
            "notes": ui.notes.toPlainText(),
            "status": ui.status.currentData(),
        }

    def restore(self, snap: dict[str, Any]) -> None:
        ui = self.ui
        for code, name in enumerate(TYPE_BUTTONS, start=1):
            getattr(ui, name).setChecked(snap.get("type") == code)
        for name, text in snap.get("texts", {}).items():
            widget = getattr(ui, name, None)
            if isinstance(widget, QLineEdit):
                widget.setText(text)
        ui.contact_prefix.setCurrentText(snap.get("prefix", ""))
        ui.member_count.setValue(int(snap.get("member_count", 0)))
        ui.year_started.setValue(int(snap.get("year_started", ui.year_started.minimum())))
        ui.tambon.setCurrentIndex(ui.tambon.findData(snap.get("tambon", "")))
        self.products = [dict(blank_product(), **p) for p in snap.get("products", [])] or [
            blank_product()
        ]
        ui.received_on.setText(snap.get("received_on", ""))
        for key, check in self.documents.items():
            check.setChecked(key in snap.get("documents", []))
        for key, check in self.links.items():
            check.setChecked(key in snap.get("links", []))
        ui.has_power_of_attorney.setChecked(bool(snap.get("power_of_attorney")))
        ui.notes.setPlainText(snap.get("notes", ""))
        ui.status.setCurrentIndex(max(0, ui.status.findData(snap.get("status"))))


def today() -> dt.date:
    return dt.date.today()
