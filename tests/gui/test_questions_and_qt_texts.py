"""The real question boxes (issue 14): Enter and Escape give the answer that loses nothing, and in
the Thai interface Qt's own texts (standard buttons, context menus, the file dialog) are Thai."""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from otop_desktop.ui.shell.translator import set_language
from otop_desktop.ui.widgets.dialogs import QtDialogs


@pytest.fixture
def thai(app: QApplication) -> Iterator[None]:
    set_language("th")
    yield
    set_language("th")


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    set_language("en")
    yield
    set_language("th")


def when_shown(act: Callable[[QWidget], None], seen: list[Any]) -> None:
    """Acts on the next modal box or popup menu as soon as it is on screen."""

    def look() -> None:
        box = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append([b.text() for b in box.findChildren(QAbstractButton) if b.isVisible()])
        act(box)

    QTimer.singleShot(0, look)


def press(key: Qt.Key) -> Callable[[QWidget], None]:
    return lambda box: QTest.keyClick(box, key)


@pytest.mark.parametrize(
    ("key", "answer"), [(Qt.Key.Key_Return, False), (Qt.Key.Key_Escape, False)]
)
def test_a_destructive_question_keeps_things_on_enter_and_escape(
    thai: None, key: Qt.Key, answer: bool
) -> None:
    seen: list[Any] = []
    when_shown(press(key), seen)
    assert QtDialogs().confirm(None, "ลบรายการ", "ลบหรือไม่?", ok="ลบ", cancel="ไม่ลบ") is answer
    assert seen == [["ลบ", "ไม่ลบ"]]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_where_ok_is_harmless_enter_and_escape_give_ok(thai: None, key: Qt.Key) -> None:
    when_shown(press(key), [])
    assert QtDialogs().confirm(None, "t", "x", ok="กรอกต่อ", cancel="ละทิ้ง", ok_is_safe=True)


def test_a_choice_takes_the_first_answer_on_enter_and_nothing_on_escape(thai: None) -> None:
    seen: list[Any] = []
    when_shown(press(Qt.Key.Key_Return), seen)
    assert QtDialogs().choose(None, "t", "x", ["เปิดฉบับเดิม", "สร้างฉบับใหม่"]) == 0
    when_shown(press(Qt.Key.Key_Escape), seen)
    assert QtDialogs().choose(None, "t", "x", ["เปิดฉบับเดิม", "สร้างฉบับใหม่"]) is None
    assert seen[0] == ["เปิดฉบับเดิม", "สร้างฉบับใหม่", "ยกเลิก"]


def test_messages_say_ok_in_the_interface_language(thai: None) -> None:
    seen: list[Any] = []
    when_shown(press(Qt.Key.Key_Return), seen)
    QtDialogs().info(None, "เกี่ยวกับโปรแกรม", "OTOP Desktop")
    when_shown(press(Qt.Key.Key_Return), seen)
    QtDialogs().error(None, "นำเข้าไม่ได้", "แฟ้มเสียหาย")
    assert seen == [["ตกลง"], ["ตกลง"]]


def test_qt_standard_buttons_are_thai_in_the_thai_interface(thai: None) -> None:
    seen: list[Any] = []
    when_shown(press(Qt.Key.Key_Escape), seen)
    buttons = QMessageBox.StandardButton
    QMessageBox.question(None, "t", "x", buttons.Yes | buttons.No | buttons.Cancel)
    assert sorted(seen[0]) == sorted(["ใช่ (&Y)", "ไม่ (&N)", "ยกเลิก"])


def test_qt_standard_buttons_stay_english_in_the_english_interface(english: None) -> None:
    seen: list[Any] = []
    when_shown(press(Qt.Key.Key_Escape), seen)
    QMessageBox.information(None, "t", "x")
    assert seen == [["OK"]]


def context_menu_texts(edit: QLineEdit) -> list[str]:
    """The menu a right click or the menu key opens on the field."""
    menu = edit.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def test_the_line_edit_menu_is_thai(thai: None, qtbot: Any) -> None:
    edit = QLineEdit("สมศรี")
    qtbot.addWidget(edit)
    edit.show()
    texts = context_menu_texts(edit)
    assert "คัดลอก (&C)" in texts
    assert "วาง (&P)" in texts
    assert "เลือกทั้งหมด" in texts
    assert not any(t in texts for t in ("&Copy", "&Paste", "Select All"))
    # Untranslated words stay as Qt writes them: the shortcut beside "copy" is still Ctrl+C.
    copy = next(a for a in edit.createStandardContextMenu().actions() if a.text().startswith("คัด"))
    assert copy.text().endswith("\tCtrl+C")


def test_the_line_edit_menu_is_english_in_english(english: None, qtbot: Any) -> None:
    edit = QLineEdit("x")
    qtbot.addWidget(edit)
    edit.show()
    assert "&Copy" in context_menu_texts(edit)


def test_qt_s_own_file_dialog_and_wizard_buttons_are_thai(thai: None, qtbot: Any) -> None:
    dialog = QFileDialog(None, "เลือกโฟลเดอร์")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"ค้นใน (&L):", "ชื่อแฟ้ม (&N):", "ชนิดแฟ้ม (&T):"} <= labels
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "ถัดไป › (&N)"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "ยกเลิก"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_at_the_draft_question_keeps_the_draft(
    thai: None, services: Any, qtbot: Any, key: Qt.Key
) -> None:
    from otop_desktop.app.windows import build_main_window
    from otop_desktop.ui.shell.main_window import Page

    services.drafts.save({"texts": {"producer_name": "กลุ่มทอผ้าที่ยังไม่บันทึก"}}, "")
    window = build_main_window(services, QtDialogs(), "th")
    qtbot.addWidget(window)
    window.show()
    seen: list[Any] = []
    when_shown(press(key), seen)

    assert window.offer_draft()

    assert seen == [["กรอกต่อ", "ละทิ้ง"]]
    assert window.current_page() is Page.FORM
    assert window.form.ui.producer_name.text() == "กลุ่มทอผ้าที่ยังไม่บันทึก"
    assert services.drafts.load() is not None
