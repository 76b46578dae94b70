"""What the registration form shows around the fields: its steps and their marks, the choices
its lists offer, the fields a producer type asks for, and which inputs count as typing."""

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.registration import MEMBER_COUNT_MAX
from otop_desktop.domain.validation import FieldError
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.registration.registration_form_binding import TYPE_BUTTONS
from otop_desktop.ui.registration.registration_form_context import FormContext
from otop_desktop.ui.registration.registration_form_messages import step_of

STEP_TITLES = ("ประเภทผู้ผลิต", "ผู้ผลิตและผู้ติดต่อ", "สถานที่ผลิต", "ผลิตภัณฑ์", "การรับลงทะเบียน")


def fill_choices(ui: Ui_RegistrationForm, context: FormContext) -> None:
    """The steps, the office's tambons and the district; each type's help names its button."""
    ui.step_list.addItems([tr(t) for t in STEP_TITLES])
    ui.tambon.addItem(tr("— เลือกตำบล —"), "")
    for tambon in context.tambons():
        ui.tambon.addItem(f"{pick(tambon.name_th, tambon.name_en)} ({tambon.code})", tambon.code)
    ui.district_display.setText(context.district_line())
    ui.member_count.setMaximum(MEMBER_COUNT_MAX)
    for name in TYPE_BUTTONS:
        getattr(ui, f"{name}_help").setBuddy(getattr(ui, name))


def mark_steps(ui: Ui_RegistrationForm, errors: list[FieldError], *, show_errors: bool) -> None:
    """✓ a step with nothing missing, ✗ one with an error the officer is to see, ○ otherwise."""
    for index, title in enumerate(STEP_TITLES):
        has_error = any(step_of(p.field) == index for p in errors)
        mark = "✗" if has_error and show_errors else ("✓" if not has_error else "○")
        ui.step_list.item(index).setText(f"{mark}  {index + 1}. {tr(title)}")


def show_fields_for_type(ui: Ui_RegistrationForm, chosen: ProducerType | None) -> None:
    """A group's members and enterprise code, an SME's juristic number; whose name the contact
    is, and whether the national ID is required."""
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


def twin_inputs(ui: Ui_RegistrationForm) -> tuple[QWidget, ...]:
    """The fields that tell whether the producer is registered already. The received date is
    one: another campaign's year makes the same producer a new registration, not a twin."""
    return (ui.national_id, ui.juristic_no, ui.producer_name, ui.tambon, ui.received_on)


def report_typing(form: QWidget, ui: Ui_RegistrationForm, edited: Callable[..., None]) -> None:
    """Every input the officer fills calls `edited`; the type buttons have their own slot."""
    for edit in form.findChildren(QLineEdit):
        edit.textEdited.connect(edited)
    for box in (
        ui.contact_prefix,
        ui.tambon,
        ui.product_category,
        ui.product_sub_category,
        ui.status,
    ):
        box.currentIndexChanged.connect(edited)
    for spin in (ui.member_count, ui.year_started, ui.unit_price, ui.annual_sales):
        spin.valueChanged.connect(edited)
    for check in form.findChildren(QAbstractButton):
        if check.isCheckable() and check.objectName() not in TYPE_BUTTONS:
            check.toggled.connect(edited)
    ui.notes.textChanged.connect(edited)
    ui.received_on.textEdited.connect(edited)
    ui.received_on.dateChanged.connect(edited)


def show_step(ui: Ui_RegistrationForm, index: int) -> int:
    """Shows step `index` (kept within the steps), its entry in the list chosen, Back and Next
    as far as they go, and focus on its first field; returns the step shown."""
    index = max(0, min(index, ui.steps.count() - 1))
    ui.steps.setCurrentIndex(index)
    ui.step_list.blockSignals(True)
    ui.step_list.setCurrentRow(index)
    ui.step_list.blockSignals(False)
    ui.back_button.setEnabled(index > 0)
    ui.next_button.setEnabled(index < ui.steps.count() - 1)
    focus_current_step(ui)
    return index


def focus_current_step(ui: Ui_RegistrationForm) -> None:
    checked = [getattr(ui, n) for n in TYPE_BUTTONS if getattr(ui, n).isChecked()]
    first = {
        0: checked[0] if checked else ui.type_group,
        1: ui.producer_name,
        2: ui.tambon,
        3: ui.product_name,
        4: ui.received_on,
    }[ui.steps.currentIndex()]
    first.setFocus()
