"""The guided registration form, driven from the keyboard the way an officer uses it."""

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.producer_types import ProducerType, ProductCategory
from otop_desktop.ui.shell.main_window import Page
from tests.gui.conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier
GROUP_CHAIR_ID = with_check_digit("310150012345")
OWNER_ID = with_check_digit("170990045678")


def _next_step(keyboard) -> None:  # type: ignore[no-untyped-def]
    keyboard.press(Qt.Key.Key_PageDown)


def test_a_group_is_registered_end_to_end_by_keyboard(window, services, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    assert window.current_page() is Page.FORM
    keyboard.type("1")  # community producer group
    form = window.form
    assert form.ui.steps.currentIndex() == 1
    assert focused() is form.ui.producer_name
    keyboard.type("กลุ่มแม่บ้านทดสอบบางคล้า")
    keyboard.tab()
    keyboard.type("นาง")
    keyboard.tab()
    keyboard.type("สมศรี")
    keyboard.tab()
    keyboard.type("ใจดี")
    keyboard.tab()
    keyboard.type(GROUP_CHAIR_ID)
    keyboard.tab()
    assert focused() is form.ui.member_count  # the juristic number is not asked of a group
    keyboard.type("25")
    _next_step(keyboard)
    assert focused() is form.ui.tambon
    keyboard.type("หัวไทร")
    assert form.ui.postal_code.text() == "24110"
    assert "ตำบลนี้ยังขาดกลุ่มผู้ผลิตชุมชน" in form.ui.tambon_state.text()
    _next_step(keyboard)
    keyboard.type("ไข่เค็มใบเตย")
    keyboard.tab()
    keyboard.type("1")  # category 1 อาหาร
    _next_step(keyboard)
    assert focused().parent() is form.ui.received_on
    keyboard.press(Qt.Key.Key_S, CTRL)

    saved = services.registry.search("ไข่เค็มใบเตย")
    assert [(s.producer_name, s.producer_type, s.tambon_code) for s in saved] == [
        ("กลุ่มแม่บ้านทดสอบบางคล้า", ProducerType.GROUP, "240214")
    ]
    registration = services.registry.get(saved[0].uuid)
    assert registration.member_count == 25
    assert registration.national_id == GROUP_CHAIR_ID
    assert registration.contact.full_name == "นางสมศรี ใจดี"
    assert registration.products[0].category is ProductCategory.FOOD
    assert registration.received_on == dt.date.today()
    assert registration.officer_name == "นางสาวสมใจ รักงาน"
    assert form.ui.steps.currentIndex() == 0 and not form.is_dirty  # ready for the next one


def test_an_individual_is_registered_by_keyboard_under_their_own_name(window, services, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("2")  # single owner
    form = window.form
    keyboard.tab()  # the producer name follows the owner's name
    keyboard.type("นาย")
    keyboard.tab()
    keyboard.type("ประยุทธ")
    keyboard.tab()
    keyboard.type("ขยันดี")
    assert form.ui.producer_name.text() == "นายประยุทธ ขยันดี"
    keyboard.tab()
    keyboard.type("๑-๗๐๙๙-๐๐๔๕๖-๗๘-" + "๐๑๒๓๔๕๖๗๘๙"[int(OWNER_ID[-1])])  # Thai digits, with dashes
    assert not form.ui.member_count.isVisible()
    _next_step(keyboard)
    keyboard.type("ปากน้ำ")
    _next_step(keyboard)
    keyboard.type("ปลาแห้ง")
    keyboard.tab()
    keyboard.type("1")
    _next_step(keyboard)
    qt_edit = form.ui.received_on.line_edit()
    qt_edit.selectAll()
    keyboard.type("๑๕ ก.ย. ๒๕๖๖")
    keyboard.press(Qt.Key.Key_S, CTRL)

    saved = services.registry.search("ขยันดี")
    assert len(saved) == 1
    registration = services.registry.get(saved[0].uuid)
    assert registration.producer_type is ProducerType.SINGLE_OWNER
    assert registration.national_id == OWNER_ID
    assert registration.received_on == dt.date(2023, 9, 15)
    status = services.quota.district_status().tambon("240209")
    assert status is not None and (status.counts.single_owners, status.counts.groups) == (1, 0)


def test_a_wrong_id_number_shows_its_message_and_blocks_save(window, services, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("2")
    form = window.form
    form.ui.national_id.setFocus()
    wrong_last_digit = str((int(OWNER_ID[-1]) + 1) % 10)
    keyboard.type(OWNER_ID[:12] + wrong_last_digit)
    message = form.error_label("national_id")
    assert message.isVisible()
    assert "เลขประจำตัวประชาชนไม่ถูกต้อง" in message.text()
    assert f"ควรเป็น {OWNER_ID[-1]}" in message.text()
    assert not form.ui.save_button.isEnabled()
    assert "เลขประจำตัวประชาชน" in form.ui.missing_label.text()
    keyboard.press(Qt.Key.Key_S, CTRL)
    assert services.registry.count() == 0
    assert form.ui.steps.currentIndex() == 1  # sent back to the step with the problem


def test_an_unsaved_form_is_offered_back_after_the_window_is_destroyed(
    app, services, make_window, dialogs, qtbot
):
    from otop_desktop.app.windows import build_main_window

    first = build_main_window(services, dialogs, "th")  # not closed by qtbot: it will "crash"
    first.show()
    first.new_registration()
    first.form.ui.type_group.setChecked(True)
    first.form.ui.producer_name.setText("กลุ่มทอผ้าที่ยังไม่บันทึก")
    first.form.ui.producer_name.textEdited.emit("กลุ่มทอผ้าที่ยังไม่บันทึก")
    qtbot.waitUntil(lambda: services.drafts.load() is not None, timeout=3000)  # saved while typing
    first.deleteLater()  # a crash: no close event, no goodbye
    qtbot.wait(10)

    second = make_window()
    dialogs.answers = [True]
    assert second.offer_draft()
    assert "กลุ่มทอผ้าที่ยังไม่บันทึก" in dialogs.asked[-1]
    assert second.current_page() is Page.FORM
    assert second.form.ui.producer_name.text() == "กลุ่มทอผ้าที่ยังไม่บันทึก"
    assert second.form.ui.type_group.isChecked()


def test_cancelling_asks_before_discarding_what_was_typed(window, dialogs, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("1")
    keyboard.type("กลุ่มที่จะยกเลิก")
    dialogs.answers = [False]
    window.form.ui.cancel_button.click()
    assert window.form.ui.producer_name.text() == "กลุ่มที่จะยกเลิก"
    dialogs.answers = [True]
    window.form.ui.cancel_button.click()
    assert window.form.ui.producer_name.text() == ""
    assert len(dialogs.asked) == 2


def test_a_duplicate_is_warned_while_typing_and_can_be_opened(
    imported, window, services, keyboard, qtbot
):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("1")
    form = window.form
    form.ui.received_on.setText("1/9/2566")  # the same campaign as the one on file
    keyboard.type("กลุ่มแม่บ้านเกษตรกร บ้านบางคล้า")
    form.ui.tambon.setCurrentIndex(form.ui.tambon.findData("240201"))
    qtbot.waitUntil(form.ui.duplicate_banner.isVisible, timeout=2000)
    assert "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า" in form.ui.duplicate_label.text()
    dialogs_answer = window.dialogs
    dialogs_answer.answers = [True]  # discard the half-typed form to open the existing record
    form.ui.open_duplicate_button.click()
    assert form.editing_uuid
    assert form.ui.producer_name.text() == "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"


def test_the_same_group_in_this_years_campaign_is_registering_again_not_a_duplicate(
    imported, window, services, keyboard, qtbot
):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("1")
    form = window.form
    assert "นับในการรับลงทะเบียนปีงบประมาณ" in form.campaign_note.label.text()
    keyboard.type("กลุ่มแม่บ้านเกษตรกร บ้านบางคล้า")
    form.ui.tambon.setCurrentIndex(form.ui.tambon.findData("240201"))
    qtbot.wait(300)  # the check runs a moment after typing stops
    assert not form.ui.duplicate_banner.isVisible()  # received today: another campaign's year
    form.ui.received_on.setText("1/9/2566")
    qtbot.waitUntil(form.ui.duplicate_banner.isVisible, timeout=2000)
    assert form.campaign_note.label.text() == "✓ นับในการรับลงทะเบียนปีงบประมาณ 2566"


def test_a_date_in_no_campaign_is_said_and_asked_before_saving(
    imported, window, services, dialogs, keyboard
):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("1")
    form = window.form
    form.ui.received_on.setText("1/5/2563")
    assert "ไม่อยู่ในการรับลงทะเบียนปีงบประมาณใด" in form.campaign_note.label.text()
    earlier = services.registry.get(services.registry.search("ไข่เค็ม")[0].uuid)
    form.start_again(
        replace(
            earlier,
            uuid="",
            version=0,
            producer_name="กลุ่มทดสอบนอกปี",
            national_id=GROUP_CHAIR_ID,
            received_on=dt.date(2020, 5, 1),
        )
    )
    count = services.registry.count()
    form.ui.save_button.click()  # "back to the date" by default: nothing saved, nothing lost
    assert "ไม่อยู่ในช่วงนับ" in dialogs.asked[-1]
    assert services.registry.count() == count and form.is_dirty


def test_editing_uses_the_same_form_and_warns_when_a_met_tambon_would_become_short(
    imported, window, services, dialogs
):
    summary = next(s for s in services.registry.search("กลุ่มทอผ้าบ้านบางกระเจ็ด"))
    window.edit_registration(summary.uuid)
    form = window.form
    assert window.current_page() is Page.FORM
    form.ui.type_single.setChecked(True)  # the tambon's only group would stop being a group
    dialogs.answers = [False]
    form.ui.save_button.click()
    assert "ตำบลบางกระเจ็ด" in dialogs.asked[-1]
    assert services.registry.get(summary.uuid).producer_type is ProducerType.GROUP
    form.ui.type_group.setChecked(True)
    form.ui.producer_name.setText("กลุ่มทอผ้าบ้านบางกระเจ็ด (แก้ไข)")
    form.ui.producer_name.textEdited.emit(form.ui.producer_name.text())
    form.ui.save_button.click()
    assert services.registry.get(summary.uuid).producer_name == "กลุ่มทอผ้าบ้านบางกระเจ็ด (แก้ไข)"


def test_a_member_count_stored_out_of_range_is_asked_again_not_a_crash(
    imported, window, services, dialogs
):
    """An earlier version's import stored any number; Qt's box cannot hold one past 2^31."""
    from sqlalchemy import update

    from otop_desktop.db.models import RegistrationRow

    summary = next(s for s in services.registry.search("กลุ่มทอผ้าบ้านบางกระเจ็ด"))
    with services.database.transaction() as session:
        session.execute(
            update(RegistrationRow)
            .where(RegistrationRow.uuid == summary.uuid)
            .values(member_count=3_000_000_000)
        )
    window.edit_registration(summary.uuid)
    form = window.form
    assert form.ui.member_count.value() == 0  # shown as "—", not given
    assert any(p.field == "member_count" and p.is_error for p in form.problems())
    assert not form.ui.save_button.isEnabled()
    assert services.registry.get(summary.uuid).member_count == 3_000_000_000  # nothing saved
    form.ui.member_count.setValue(24)
    form.ui.save_button.click()
    assert services.registry.get(summary.uuid).member_count == 24


@pytest.mark.parametrize("key", ["2", "3"])
def test_type_choice_decides_which_fields_are_asked(window, keyboard, key):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type(key)
    form = window.form
    assert form.ui.juristic_no.isVisible() is (key == "3")
    assert form.ui.member_count.isVisible() is False
