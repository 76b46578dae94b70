"""The guided registration form: type first, then only what that type needs, step by step."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from otop_desktop.domain.checklists import Document
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.id_card import IdCard
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.validation import FieldError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.registration.registration_form_binding import (
    TYPE_BUTTONS,
    FormBinding,
    blank_product,
    today,
)
from otop_desktop.ui.registration.registration_form_campaign import (
    CampaignNote,
    confirm_counts_nowhere,
)
from otop_desktop.ui.registration.registration_form_card import CardReading
from otop_desktop.ui.registration.registration_form_context import FormContext
from otop_desktop.ui.registration.registration_form_duplicates import DuplicateBanner
from otop_desktop.ui.registration.registration_form_layout import (
    fill_choices,
    focus_current_step,
    mark_steps,
    report_typing,
    show_fields_for_type,
    show_step,
    twin_inputs,
)
from otop_desktop.ui.registration.registration_form_messages import FieldMessages, step_of
from otop_desktop.ui.registration.registration_form_photos import FormPhotos
from otop_desktop.ui.registration.registration_form_print import FormPrintAction
from otop_desktop.ui.registration.registration_form_products import ProductList
from otop_desktop.ui.widgets.combo_keys import open_on_current
from otop_desktop.ui.widgets.screen_fit import scroll_stack_pages
from otop_desktop.ui.widgets.timers import single_shot

DRAFT_DELAY_MS = 400
DUPLICATE_DELAY_MS = 300


@dataclass
class _Editing:
    uuid: str = ""
    version: int = 0
    original: Registration | None = None
    from_card: bool = False


class RegistrationForm(QWidget):
    saved = Signal(object)  # Change
    closed = Signal()
    open_registration = Signal(str)

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)
        # A step taller than the screen scrolls; Cancel, Back, Next and Save stay in view.
        scroll_stack_pages(self.ui.steps)
        self._ctx = context
        self.binding = FormBinding(self.ui)
        self.messages = FieldMessages(self.ui)
        self._editing = _Editing()
        self._loading = False
        self._dirty = False
        self._show_all_errors = False
        self._touched: set[str] = set()
        self._producer_name_typed = False
        self.products = ProductList(
            self.ui,
            self.binding,
            quietly=self._quietly,
            edited=self._on_edited,
            revalidate=self._revalidate,
        )
        self.duplicates = DuplicateBanner(self.ui, context, self.current_registration)
        self.campaign_note = CampaignNote(self.ui, context.campaigns)
        self.duplicates.open_requested.connect(self.open_registration)
        self.card = CardReading(self.ui, context.card_reader, self)
        self.card.card_read.connect(self._on_card_read)
        photo_check = self.binding.documents[Document.PRODUCT_PHOTO.value]
        self.photos = FormPhotos(self.ui, context.photos, context.dialogs, photo_check, self)
        self.photos.changed.connect(self._on_edited)
        self.print_action = FormPrintAction(self.ui, context.forms, self)
        self._draft_timer = single_shot(self, self.save_draft_now, DRAFT_DELAY_MS)
        self._duplicate_timer = single_shot(self, self.duplicates.check, DUPLICATE_DELAY_MS)
        fill_choices(self.ui, context)
        open_on_current(*self.findChildren(QComboBox))
        self._connect()
        self.reset()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fills widgets without the fill counting as the officer's typing."""
        loading, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = loading

    # --- set-up ----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        for name in TYPE_BUTTONS:
            getattr(ui, name).toggled.connect(self._on_type_toggled)
        report_typing(self, ui, self._on_edited)
        ui.tambon.currentIndexChanged.connect(self._on_tambon_changed)
        ui.step_list.currentRowChanged.connect(self.go_to_step)
        ui.next_button.clicked.connect(self._on_next_clicked)
        ui.back_button.clicked.connect(self._on_back_clicked)
        ui.save_button.clicked.connect(self._on_save_clicked)
        ui.cancel_button.clicked.connect(self._on_cancel_clicked)
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
        self.photos.show(())
        self.print_action.withdraw()
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
        self.photos.show(reg.photos)
        self.print_action.offer(reg, just_saved=False)
        self._after_load(_Editing(reg.uuid, reg.version, reg))
        self._producer_name_typed = True
        self.go_to_step(1)

    def start_again(self, reg: Registration) -> None:
        """A new registration filled from an earlier one (registering again in a new year):
        unsaved until the officer checks it and saves."""
        self._loading = True
        self.binding.show_registration(reg)
        self._after_load(_Editing())
        self._dirty = True
        self._producer_name_typed = True
        # The same producer already registered in this year's window is a twin, said at once:
        # nothing is typed that would start the check.
        self.duplicates.check()
        self.go_to_step(1)

    def restore_draft(self, payload: dict, registration_uuid: str) -> None:
        self._loading = True
        self.binding.restore(payload)
        self.photos.show(FormPhotos.from_snapshot(payload))
        original = self._ctx.registry.get(registration_uuid) if registration_uuid else None
        self._after_load(_Editing(registration_uuid, original.version if original else 0, original))
        self._dirty = True
        self._producer_name_typed = True
        self.duplicates.check()
        self.go_to_step(int(payload.get("step", 0)))

    def _after_load(self, editing: _Editing) -> None:
        self._editing = editing
        self.campaign_note.show_for()
        self.card.reset()
        self.products.show_first()
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
        self.duplicates.show([])

    def save_draft_now(self) -> bool:
        """False when the draft could not be stored (database busy, disk full); what was typed
        stays in the form and the next edit tries again."""
        self._draft_timer.stop()
        if self._dirty:
            self.products.store()
            payload = self.binding.snapshot() | {"step": self.ui.steps.currentIndex()}
            payload |= self.photos.snapshot()
            try:
                self._ctx.drafts.save(payload, self._editing.uuid)
            except UserError:
                return False
        return True

    def go_to_step(self, index: int) -> None:
        show_step(self.ui, index)

    def focus_current_step(self) -> None:
        focus_current_step(self.ui)

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
        self.products.store()
        if sender in (self.ui.product_name, self.ui.product_category):
            self.products.refresh()
        self._dirty = True
        self._draft_timer.start()
        if sender in twin_inputs(self.ui):
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
        self._mirror_owner_name()  # the owner's name may be in already, e.g. from the ID card
        self._on_edited()

    def _choose_type(self, producer_type: ProducerType) -> None:
        getattr(self.ui, TYPE_BUTTONS[producer_type - 1]).setChecked(True)
        self.go_to_step(1)

    def _apply_type(self) -> None:
        show_fields_for_type(self.ui, self.binding.producer_type())
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

    # --- the ID card ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.card.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.card.stop()
        super().hideEvent(event)

    def _on_card_read(self, card: IdCard) -> None:
        """The card's values go in marked; the officer checks them and saves as usual."""
        office_tambons = frozenset(t.code for t in self._ctx.tambons())
        with self._quietly():
            filled = self.card.fill(card, self._ctx.gazetteer, office_tambons)
        self._editing.from_card = True
        self._touched.update(w.objectName() for w in filled)
        self._mirror_owner_name()
        self._dirty = True
        self._draft_timer.start()
        self._duplicate_timer.start()
        self._refresh_tambon_state()
        self._revalidate()

    # --- validation ----------------------------------------------------------------------------

    def current_registration(self) -> Registration:
        self.products.store()
        reg = self.binding.registration(self._editing.uuid, self._editing.version)
        return reg.with_changes(photos=self.photos.photos)

    def problems(self) -> list[FieldError]:
        found = self._ctx.registry.validate(self.current_registration())
        unreadable = self.binding.unreadable_date()
        if unreadable is not None:
            found = [p for p in found if p.field != "received_on"] + [unreadable]
        return found

    def _revalidate(self) -> list[FieldError]:
        problems = self.problems()
        self.messages.show(problems, self._touched, self._show_all_errors, self.products.current)
        errors = [p for p in problems if p.is_error]
        self.ui.save_button.setEnabled(not errors)
        self.ui.missing_label.setText(self.messages.missing_summary(errors))
        mark_steps(self.ui, errors, show_errors=self._show_all_errors or bool(self._touched))
        return problems

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
        ctx = self._ctx
        if not confirm_counts_nowhere(self, ctx.dialogs, ctx.campaigns, reg.received_on):
            self.go_to_step(step_of("received_on"))
            return
        if not ctx.confirm_quota_effect(self, self._editing.original, reg):
            return
        try:
            from_card = self._editing.from_card
            result = (
                self._ctx.registry.update(reg, filled_from_card=from_card)
                if self._editing.uuid
                else self._ctx.registry.add(reg, filled_from_card=from_card)
            )
        except UserError as exc:
            self._ctx.dialogs.error(self, tr("บันทึกไม่ได้"), user_message(exc))
            return
        self._ctx.drafts.discard()
        self._dirty = False
        self._ctx.publish(result.change)
        self.saved.emit(result.change)
        self.reset()
        self.print_action.offer(result.registration, just_saved=True)

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
