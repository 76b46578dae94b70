"""The registration form with an ID card reader: the real PC/SC stack (pcscd, vpcd's virtual
reader) and a virtual Thai card of our own, holding synthetic people."""

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.platform.card_reader import open_card_reader as real_open_card_reader
from tests.virtual_thai_card import (
    BANGKOK,
    OTHER_ATR,
    RURAL,
    WRONG_CHECK_DIGIT,
    SyntheticPerson,
    ThaiIdApplet,
)

CTRL = Qt.KeyboardModifier.ControlModifier
NO_CARD = "ใส่บัตรประชาชนในเครื่องอ่านบัตร"
FILLED = "กรอกจากบัตรประชาชนแล้ว (ช่องสีฟ้า) ตรวจดูแล้วกดบันทึก"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def form(window, pcsc, qtbot):  # type: ignore[no-untyped-def]
    """The form on screen, following the virtual reader through pyscard."""
    from otop_desktop.platform.card_reader.pyscard_reader import PyscardCardReader

    window.form_context.card_reader = PyscardCardReader
    window.new_registration()
    form = window.form
    qtbot.waitUntil(lambda: form.ui.card_status.text() == NO_CARD, timeout=5000)
    return form


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.window().grab().save(str(SCREENSHOTS / name))


def _next_step(keyboard) -> None:  # type: ignore[no-untyped-def]
    keyboard.press(Qt.Key.Key_PageDown)


def test_an_inserted_card_fills_the_form_marked_and_the_officer_saves_it(
    form, insert_card, qtbot, keyboard, services, dialogs
):
    inserted_at = time.monotonic()
    insert_card(ThaiIdApplet.of(RURAL), wait=False)
    qtbot.waitUntil(lambda: form.ui.national_id.text() == RURAL.citizen_id, timeout=3000)
    filled_after = time.monotonic() - inserted_at
    ui = form.ui
    assert (ui.contact_prefix.currentText(), ui.contact_first_name.text()) == ("นาง", "สมศรี")
    assert ui.contact_last_name.text() == "ทดลองใจดี"
    assert (ui.tambon.currentData(), ui.postal_code.text()) == ("240201", "24110")
    assert (ui.house_no.text(), ui.moo.text(), ui.road.text()) == ("99/1", "3", "")
    assert ui.card_status.text() == FILLED
    assert form.card.marks.marked() == {
        "contact_prefix",
        "contact_first_name",
        "contact_last_name",
        "national_id",
        "tambon",
        "postal_code",
        "house_no",
        "moo",
    }
    assert "background-color" in ui.national_id.styleSheet()
    # Within a second, though pcscd looks for the virtual reader's card only every 0.4 s.
    assert filled_after < 1.0, f"filled {filled_after:.2f} s after insertion"
    keyboard.type("2")  # a single owner, registered under the name from the card
    assert ui.producer_name.text() == "นางสมศรี ทดลองใจดี"
    _shot(form, "card-filled.png")
    ui.house_no.setFocus()
    keyboard.type("/2")  # the officer corrects a value from the card: it is theirs now
    assert "house_no" not in form.card.marks.marked()
    _next_step(keyboard)
    _next_step(keyboard)
    keyboard.type("ขนมกล้วย")
    keyboard.tab()
    keyboard.type("1")
    _next_step(keyboard)
    ui.received_on.line_edit().selectAll()
    keyboard.type("15/9/2566")
    keyboard.press(Qt.Key.Key_S, CTRL)

    saved = services.registry.search("ขนมกล้วย")
    assert len(saved) == 1 and dialogs.shown == []
    registration = services.registry.get(saved[0].uuid)
    assert registration.producer_type is ProducerType.SINGLE_OWNER
    assert registration.national_id == RURAL.citizen_id
    assert registration.contact.full_name == "นางสมศรี ทดลองใจดี"
    assert (registration.site.tambon_code, registration.site.house_no) == ("240201", "99/1/2")
    entries = services.audit.recent()
    assert [(e.action, e.summary) for e in entries[:2]] == [
        ("card-fill", "นางสมศรี ทดลองใจดี"),
        ("create", "นางสมศรี ทดลองใจดี"),
    ]
    assert all(RURAL.citizen_id not in e.summary for e in entries)
    assert form.card.marks.marked() == set()


def test_a_card_from_outside_the_district_leaves_the_site_to_the_officer(form, insert_card, qtbot):
    insert_card(ThaiIdApplet.of(BANGKOK))
    qtbot.waitUntil(lambda: form.ui.national_id.text() == BANGKOK.citizen_id, timeout=3000)
    assert form.ui.contact_first_name.text() == "ประเสริฐ"
    assert form.ui.tambon.currentData() == "" and form.ui.road.text() == ""
    assert form.ui.card_status.text() == (
        "⚠ ที่อยู่ตามบัตร (แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร) อยู่นอกพื้นที่ของสำนักงาน "
        "กรอกที่ตั้งสถานที่ผลิตเอง " + FILLED
    )


def test_an_expired_card_still_fills_and_only_warns(form, insert_card, qtbot):
    expired = SyntheticPerson(RURAL.citizen_id, RURAL.thai_name, "", RURAL.address, "25650101")
    insert_card(ThaiIdApplet.of(expired))
    qtbot.waitUntil(lambda: form.ui.national_id.text() == RURAL.citizen_id, timeout=3000)
    assert form.ui.card_status.text() == "⚠ บัตรหมดอายุแล้ว " + FILLED


def test_a_site_the_officer_chose_is_kept_and_ctrl_r_reads_a_card_already_in(
    window, form, insert_card, qtbot, keyboard
):
    form.ui.tambon.setCurrentIndex(form.ui.tambon.findData("240209"))
    insert_card(ThaiIdApplet.of(RURAL))
    qtbot.waitUntil(lambda: form.ui.national_id.text() == RURAL.citizen_id, timeout=3000)
    assert form.ui.tambon.currentData() == "240209" and form.ui.house_no.text() == ""
    assert form.ui.card_status.text().startswith("⚠ ที่ตั้งสถานที่ผลิตที่กรอกไว้ไม่ได้เปลี่ยนตามบัตร")
    form.ui.national_id.clear()
    keyboard.press(Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: form.ui.national_id.text() == RURAL.citizen_id, timeout=3000)


def test_reading_runs_beside_the_officers_typing(form, insert_card, qtbot, keyboard):
    insert_card(ThaiIdApplet.of(RURAL), delay=0.15)
    qtbot.waitUntil(lambda: form.ui.card_status.text() == "กำลังอ่านบัตร… อย่าเพิ่งดึงบัตรออก")
    assert form.ui.card_progress.isVisible() and not form.ui.read_card_button.isEnabled()
    _shot(form, "card-reading.png")
    keyboard.type("1")  # the window answers while the card is read
    assert form.ui.steps.currentIndex() == 1
    form.ui.phone.setFocus()
    keyboard.type("0812345678")
    qtbot.waitUntil(lambda: form.ui.national_id.text() == RURAL.citizen_id, timeout=5000)
    assert form.ui.phone.text() == "0812345678"
    assert not form.ui.card_progress.isVisible()


@pytest.mark.parametrize(
    ("applet", "options", "message"),
    [
        (
            ThaiIdApplet.of(RURAL, thai=False),
            {"atr": OTHER_ATR},
            "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ใส่บัตรประชาชนแทน",
        ),
        (
            ThaiIdApplet.of(WRONG_CHECK_DIGIT),
            {},
            "อ่านบัตรได้ไม่ถูกต้อง (เลขประจำตัวประชาชนผิด) ใส่บัตรใหม่แล้วอ่านอีกครั้ง",
        ),
        (
            ThaiIdApplet.of(RURAL),
            {"pull_after": 3},
            "บัตรถูกดึงออกก่อนอ่านเสร็จ ใส่บัตรอีกครั้งแล้วรอจนอ่านเสร็จ",
        ),
    ],
    ids=["not-a-thai-id-card", "wrong-check-digit", "pulled-out-mid-read"],
)
def test_a_card_that_cannot_fill_the_form_says_why_calmly(
    form, insert_card, qtbot, dialogs, applet, options, message
):
    insert_card(applet, **options)
    qtbot.waitUntil(lambda: form.ui.card_status.text() == message, timeout=5000)
    assert form.ui.national_id.text() == "" and form.card.marks.marked() == set()
    assert dialogs.shown == [] and form.ui.read_card_button.isEnabled()


def test_no_reader_is_said_and_a_reader_plugged_in_is_noticed(form, pcsc, qtbot):
    with pcsc.without_reader():
        qtbot.waitUntil(
            lambda: form.ui.card_status.text().startswith("เสียบเครื่องอ่านบัตร"), timeout=5000
        )
        assert form.ui.card_status.text() == (
            "เสียบเครื่องอ่านบัตร (ยังไม่พบเครื่องอ่านบัตรที่เครื่องนี้) หรือกรอกข้อมูลเองได้ตามปกติ"
        )
        _shot(form, "card-no-reader.png")
        form.ui.contact_first_name.setText("ยังพิมพ์ได้")
    qtbot.waitUntil(lambda: form.ui.card_status.text() == NO_CARD, timeout=5000)


def test_without_pyscard_the_program_registers_by_hand_as_before(
    monkeypatch, window, services, keyboard, qtbot
):
    monkeypatch.setitem(sys.modules, "smartcard", None)
    monkeypatch.delitem(
        sys.modules, "otop_desktop.platform.card_reader.pyscard_reader", raising=False
    )
    window.form_context.card_reader = real_open_card_reader
    keyboard.press(Qt.Key.Key_N, CTRL)
    form = window.form
    assert form.ui.card_status.text() == "เครื่องนี้ยังไม่ได้ติดตั้งส่วนอ่านบัตรประชาชน กรอกข้อมูลเองได้ตามปกติ"
    assert not form.ui.read_card_button.isEnabled()
    keyboard.type("2")
    keyboard.tab()
    keyboard.type("นาย")
    keyboard.tab()
    keyboard.type("มือพิมพ์")
    keyboard.tab()
    keyboard.type("เองทั้งหมด")
    keyboard.tab()
    keyboard.type(BANGKOK.citizen_id)
    _next_step(keyboard)
    keyboard.type("ปากน้ำ")
    _next_step(keyboard)
    keyboard.type("ปลาแห้ง")
    keyboard.tab()
    keyboard.type("1")
    _next_step(keyboard)
    form.ui.received_on.line_edit().selectAll()
    keyboard.type("15/9/2566")
    keyboard.press(Qt.Key.Key_R, CTRL)  # nothing to read with: nothing happens
    keyboard.press(Qt.Key.Key_S, CTRL)
    saved = services.registry.search("เองทั้งหมด")
    assert len(saved) == 1
    assert [e.action for e in services.audit.recent()[:1]] == ["create"]
