"""The guided registration form: type first, then only what that type needs, step by step."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import would_become_short
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.validation import FieldError
from otop_desktop.services.errors import UserError
from otop_desktop.ui.form_messages import FieldMessages, step_of
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.i18n import pick, tr, user_message
from otop_desktop.ui.registration_form_binding import (
    TYPE_BUTTONS,
    FormBinding,
    blank_product,
    today,
)
from otop_desktop.ui.registration_form_context import FormContext

STEP_TITLES = ("ประเภทผู้ผลิต", "ผู้ผลิตและผู้ติดต่อ", "สถานที่ผลิต", "ผลิตภัณฑ์", "การรับลงทะเบียน")
DRAFT_DELAY_MS = 400
DUPLICATE_DELAY_MS = 300


@dataclass
class _Editing:
    uuid: str = ""
    version: int = 0
    original: Registration | None = None


class RegistrationForm(QWidget):
    saved = Signal(object)  # Change
    closed = Signal()
    open_registration = Signal(str)

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)
        self._ctx = context
        self.binding = FormBinding(self.ui)
        self.messages = FieldMessages(self.ui)
        self._editing = _Editing()
        self._loading = False
        self._dirty = False
        self._show_all_errors = False
        self._touched: set[str] = set()
        self._producer_name_typed = False
        self._duplicates: list[str] = []
        self._current_product = 0
        self._draft_timer = self._single_shot(DRAFT_DELAY_MS, self.save_draft_now)
        self._duplicate_timer = self._single_shot(DUPLICATE_DELAY_MS, self._check_duplicates)
        self._fill_choices()
        self._connect()
        self.reset()

    def _single_shot(self, ms: int, slot) -> QTimer:  # type: ignore[no-untyped-def]
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- set-up ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.step_list.addItems([tr(t) for t in STEP_TITLES])
        ui.tambon.addItem(tr("— เลือกตำบล —"), "")
        for tambon in self._ctx.tambons():
            ui.tambon.addItem(
                f"{pick(tambon.name_th, tambon.name_en)} ({tambon.code})", tambon.code
            )
        ui.district_display.setText(self._ctx.district_line())
        for name in TYPE_BUTTONS:
            getattr(ui, f"{name}_help").setBuddy(getattr(ui, name))

    def _connect(self) -> None:
        ui = self.ui
        for name in TYPE_BUTTONS:
            getattr(ui, name).toggled.connect(self._on_type_toggled)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._on_edited)
        for box in (
            ui.contact_prefix,
            ui.tambon,
            ui.product_category,
            ui.product_sub_category,
            ui.status,
        ):
            box.currentIndexChanged.connect(self._on_edited)
        for spin in (ui.member_count, ui.year_started, ui.unit_price, ui.annual_sales):
            spin.valueChanged.connect(self._on_edited)
        for check in self.findChildren(QAbstractButton):
            if check.isCheckable() and check.objectName() not in TYPE_BUTTONS:
                check.toggled.connect(self._on_edited)
        ui.notes.textChanged.connect(self._on_edited)
        ui.received_on.textEdited.connect(self._on_edited)
        ui.received_on.dateChanged.connect(self._on_edited)
        ui.tambon.currentIndexChanged.connect(self._on_tambon_changed)
        ui.product_list.currentRowChanged.connect(self._on_product_row_changed)
        ui.add_product_button.clicked.connect(self._on_add_product_clicked)
        ui.remove_product_button.clicked.connect(self._on_remove_product_clicked)
        ui.step_list.currentRowChanged.connect(self.go_to_step)
        ui.next_button.clicked.connect(self._on_next_clicked)
        ui.back_button.clicked.connect(self._on_back_clicked)
        ui.save_button.clicked.connect(self._on_save_clicked)
        ui.cancel_button.clicked.connect(self._on_cancel_clicked)
        ui.open_duplicate_button.clicked.connect(self._on_open_duplicate_clicked)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+S", self._on_save_clicked),
            ("PgDown", self._on_next_clicked),
            ("PgUp", self._on_back_clicked),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        for code in (1, 2, 3):
            shortcut = QShortcut(QKeySequence(str(code)), ui.page_type, context=context)
            shortcut.activated.connect(lambda code=code: self._choose_type(ProducerType(code)))

    # --- public ----------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def editing_uuid(self) -> str:
        return self._editing.uuid

    def reset(self, *, tambon_code: str = "", producer_type: ProducerType | None = None) -> None:
        """An empty form for a new registration, optionally with a tambon and type chosen."""
        self._loading = True
        self.binding.show_registration(self._ctx.new_registration())
        self.binding.products = [blank_product()]
        self.ui.tambon.setCurrentIndex(max(0, self.ui.tambon.findData(tambon_code)))
        for code, name in enumerate(TYPE_BUTTONS, start=1):
            getattr(self.ui, name).setChecked(producer_type == ProducerType(code))
        self.ui.received_on.setDate(today())
        self._after_load(_Editing())
        self.go_to_step(1 if producer_type else 0)

    def edit(self, reg: Registration) -> None:
        self._loading = True
        self.binding.show_registration(reg)
        self._after_load(_Editing(reg.uuid, reg.version, reg))
        self._producer_name_typed = True
        self.go_to_step(1)

    def restore_draft(self, payload: dict, registration_uuid: str) -> None:  # type: ignore[type-arg]
        self._loading = True
        self.binding.restore(payload)
        original = self._ctx.registry.get(registration_uuid) if registration_uuid else None
        self._after_load(_Editing(registration_uuid, original.version if original else 0, original))
        self._dirty = True
        self._producer_name_typed = True
        self.go_to_step(int(payload.get("step", 0)))

    def _after_load(self, editing: _Editing) -> None:
        self._editing = editing
        self._current_product = 0
        self._refresh_product_list()
        self.binding.show_product(0)
        self._loading = False
        self._dirty = False
        self._show_all_errors = False
        self._touched.clear()
        self._producer_name_typed = False
        self.ui.title_label.setText(
            tr("แก้ไขทะเบียน: ") + editing.original.producer_name
            if editing.original
            else tr("ลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP")
        )
        self._apply_type()
        self._on_tambon_changed()
        self._revalidate()
        self._show_duplicates([])

    def save_draft_now(self) -> bool:
        """False when the draft could not be stored (database busy, disk full); what was typed
        stays in the form and the next edit tries again."""
        self._draft_timer.stop()
        if self._dirty:
            self.binding.store_current_product(self._current_product)
            payload = self.binding.snapshot() | {"step": self.ui.steps.currentIndex()}
            try:
                self._ctx.drafts.save(payload, self._editing.uuid)
            except UserError:
                return False
        return True

    def go_to_step(self, index: int) -> None:
        index = max(0, min(index, self.ui.steps.count() - 1))
        self.ui.steps.setCurrentIndex(index)
        self.ui.step_list.blockSignals(True)
        self.ui.step_list.setCurrentRow(index)
        self.ui.step_list.blockSignals(False)
        self.ui.back_button.setEnabled(index > 0)
        self.ui.next_button.setEnabled(index < self.ui.steps.count() - 1)
        self.focus_current_step()

    def focus_current_step(self) -> None:
        first = {
            0: self._first_type_button(),
            1: self.ui.producer_name,
            2: self.ui.tambon,
            3: self.ui.product_name,
            4: self.ui.received_on,
        }[self.ui.steps.currentIndex()]
        first.setFocus()

    def _first_type_button(self) -> QWidget:
        checked = [getattr(self.ui, n) for n in TYPE_BUTTONS if getattr(self.ui, n).isChecked()]
        return checked[0] if checked else self.ui.type_group

    # --- reacting to input -------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        sender = self.sender()
        if sender is not None and sender.objectName():
            self._touched.add(sender.objectName())
        if sender is self.ui.producer_name:
            self._producer_name_typed = True
        if sender in (
            self.ui.contact_prefix,
            self.ui.contact_first_name,
            self.ui.contact_last_name,
        ):
            self._mirror_owner_name()
        self.binding.store_current_product(self._current_product)
        if sender in (self.ui.product_name, self.ui.product_category):
            self._refresh_product_list()
        self._dirty = True
        self._draft_timer.start()
        if sender in (
            self.ui.national_id,
            self.ui.juristic_no,
            self.ui.producer_name,
            self.ui.tambon,
        ):
            self._duplicate_timer.start()
        self._revalidate()

    def _mirror_owner_name(self) -> None:
        """A single owner is registered under their own name unless the officer typed another."""
        if (
            self.binding.producer_type() is ProducerType.SINGLE_OWNER
            and not self._producer_name_typed
        ):
            self.ui.producer_name.setText(self.binding.registration().contact.full_name)

    def _on_type_toggled(self, checked: bool) -> None:
        if not checked or self._loading:
            return
        self._touched.add("producer_type")
        self._apply_type()
        self._on_edited()

    def _choose_type(self, producer_type: ProducerType) -> None:
        getattr(self.ui, TYPE_BUTTONS[producer_type - 1]).setChecked(True)
        self.go_to_step(1)

    def _apply_type(self) -> None:
        chosen = self.binding.producer_type()
        ui = self.ui
        show = {
            "member_count": chosen is ProducerType.GROUP,
            "community_enterprise_code": chosen is ProducerType.GROUP,
            "juristic_no": chosen is ProducerType.SME,
        }
        for name, visible in show.items():
            getattr(ui, name).setVisible(visible)
            getattr(ui, f"{name}_label").setVisible(visible)
        contact = {ProducerType.GROUP: "ประธานกลุ่ม *", ProducerType.SINGLE_OWNER: "เจ้าของ *"}
        ui.contact_label.setText(tr(contact.get(chosen, tr("ผู้ติดต่อ *")) if chosen else "ผู้ติดต่อ *"))
        ui.national_id_label.setText(
            tr("เลขประจำตัวประชาชน") + ("" if chosen is ProducerType.SME else " *")
        )
        self._refresh_tambon_state()

    def _on_tambon_changed(self, *_args: object) -> None:
        tambon = self._ctx.tambon(self.ui.tambon.currentData() or "")
        if tambon is not None and not self._loading and self.sender() is self.ui.tambon:
            self.ui.postal_code.setText(tambon.default_postal_code)
        self._refresh_tambon_state()

    def _refresh_tambon_state(self) -> None:
        self.ui.tambon_state.setText(
            self._ctx.tambon_state_text(self.ui.tambon.currentData() or "")
        )

    # --- products ----------------------------------------------------------------------------

    def _refresh_product_list(self) -> None:
        ui = self.ui
        ui.product_list.blockSignals(True)
        ui.product_list.clear()
        for index, product in enumerate(self.binding.products, start=1):
            ui.product_list.addItem(f"{index}. {product['name'] or tr('(ยังไม่ระบุชื่อ)')}")
        ui.product_list.setCurrentRow(self._current_product)
        ui.product_list.blockSignals(False)
        ui.remove_product_button.setEnabled(len(self.binding.products) > 1)

    def _on_product_row_changed(self, row: int) -> None:
        if row < 0 or row == self._current_product:
            return
        self.binding.store_current_product(self._current_product)
        self._current_product = row
        self._loading = True
        self.binding.show_product(row)
        self._loading = False
        self._revalidate()

    def _on_add_product_clicked(self) -> None:
        self.binding.store_current_product(self._current_product)
        self.binding.products.append(blank_product())
        self._current_product = len(self.binding.products) - 1
        self._loading = True
        self.binding.show_product(self._current_product)
        self._loading = False
        self._refresh_product_list()
        self.ui.product_name.setFocus()
        self._on_edited()

    def _on_remove_product_clicked(self) -> None:
        if len(self.binding.products) <= 1:
            return
        del self.binding.products[self._current_product]
        self._current_product = max(0, self._current_product - 1)
        self._loading = True
        self.binding.show_product(self._current_product)
        self._loading = False
        self._refresh_product_list()
        self._on_edited()

    # --- validation ----------------------------------------------------------------------------

    def current_registration(self) -> Registration:
        self.binding.store_current_product(self._current_product)
        return self.binding.registration(self._editing.uuid, self._editing.version)

    def problems(self) -> list[FieldError]:
        found = self._ctx.registry.validate(self.current_registration())
        if not self.ui.received_on.is_valid_text():
            found = [p for p in found if p.field != "received_on"]
            found.append(
                FieldError(
                    "received_on", "date_invalid", params=(("value", self.ui.received_on.text()),)
                )
            )
        return found

    def _revalidate(self) -> list[FieldError]:
        problems = self.problems()
        self.messages.show(problems, self._touched, self._show_all_errors, self._current_product)
        errors = [p for p in problems if p.is_error]
        self.ui.save_button.setEnabled(not errors)
        self.ui.missing_label.setText(self.messages.missing_summary(errors))
        for index, title in enumerate(STEP_TITLES):
            has_error = any(step_of(p.field) == index for p in errors)
            mark = (
                "✗"
                if has_error and (self._show_all_errors or self._touched)
                else ("✓" if not has_error else "○")
            )
            self.ui.step_list.item(index).setText(f"{mark}  {index + 1}. {tr(title)}")
        return problems

    # --- duplicates ----------------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        reg = self.current_registration()
        if not (reg.national_id or reg.juristic_no or reg.producer_name):
            self._show_duplicates([])
            return
        self._show_duplicates(self._ctx.registry.possible_duplicates(reg))

    def _show_duplicates(self, found: list) -> None:  # type: ignore[type-arg]
        self._duplicates = [s.uuid for s in found]
        self.ui.duplicate_banner.setVisible(bool(found))
        if found:
            first = found[0]
            more = tr(" และอีก {n} รายการ").format(n=len(found) - 1) if len(found) > 1 else ""
            self.ui.duplicate_label.setText(
                tr("⚠ อาจซ้ำกับรายการที่มีอยู่แล้ว: {name} (ต.{tambon}, {type}){more}").format(
                    name=first.producer_name,
                    tambon=self._ctx.tambon_name(first.tambon_code),
                    type=pick(first.producer_type.short_th, first.producer_type.short_en),
                    more=more,
                )
            )

    def _on_open_duplicate_clicked(self) -> None:
        if self._duplicates:
            self.open_registration.emit(self._duplicates[0])

    # --- navigation and saving -------------------------------------------------------------------

    def _on_next_clicked(self) -> None:
        if self.ui.steps.currentIndex() == 0 and self.binding.producer_type() is None:
            self._show_all_errors = True
            self._revalidate()
            return
        self.go_to_step(self.ui.steps.currentIndex() + 1)

    def _on_back_clicked(self) -> None:
        self.go_to_step(self.ui.steps.currentIndex() - 1)

    def _on_save_clicked(self) -> None:
        self._show_all_errors = True
        problems = self._revalidate()
        errors = [p for p in problems if p.is_error]
        if errors:
            self.go_to_step(min(step_of(p.field) for p in errors))
            return
        reg = self.current_registration()
        if not self._confirm_quota_effect(reg):
            return
        try:
            result = (
                self._ctx.registry.update(reg)
                if self._editing.uuid
                else self._ctx.registry.add(reg)
            )
        except UserError as exc:
            self._ctx.dialogs.error(self, tr("บันทึกไม่ได้"), user_message(exc))
            return
        self._ctx.drafts.discard()
        self._dirty = False
        self.saved.emit(result.change)
        self.reset()

    def _confirm_quota_effect(self, reg: Registration) -> bool:
        original = self._editing.original
        if original is None or original.producer_type is None or reg.producer_type is None:
            return True
        moved = original.tambon_code != reg.tambon_code
        if not moved and original.producer_type == reg.producer_type:
            return True
        counts = self._ctx.tambon_counts(original.tambon_code)
        rule = self._ctx.rule()
        added = None if moved else reg.producer_type
        if counts is None or not would_become_short(rule, counts, original.producer_type, added):
            return True
        name = self._ctx.tambon_name(original.tambon_code)
        return self._ctx.dialogs.confirm(
            self,
            tr("ตำบลจะไม่ครบเกณฑ์"),
            tr("การเปลี่ยนนี้จะทำให้ตำบล{name} ซึ่งครบเกณฑ์แล้ว กลับมาไม่ครบเกณฑ์ ต้องการบันทึกหรือไม่?").format(
                name=name
            ),
            ok=tr("บันทึก"),
            cancel=tr("ไม่บันทึก"),
        )

    def _on_cancel_clicked(self) -> None:
        if self._dirty and not self._ctx.dialogs.confirm(
            self,
            tr("ยกเลิกการลงทะเบียน"),
            tr("ข้อมูลที่กรอกไว้ในแบบฟอร์มนี้จะหายไป ต้องการยกเลิกหรือไม่?"),
            ok=tr("ยกเลิกและลบข้อมูลที่กรอก"),
            cancel=tr("กลับไปกรอกต่อ"),
        ):
            return
        self._ctx.drafts.discard()
        self.reset()
        self.closed.emit()

    def error_label(self, field: str) -> QLabel:
        return self.messages.label_for(field)
