"""The registry list: search as you type, filters, the model contract, delete with undo."""

from PySide6.QtCore import Qt

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.ui.registry.registration_table_model import RegistrationColumn
from otop_desktop.ui.shell.main_window import Page

CTRL = Qt.KeyboardModifier.ControlModifier


def _visible_producers(page) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = page.proxy
    return [proxy.index(row, RegistrationColumn.PRODUCER).data() for row in range(proxy.rowCount())]


def test_search_as_you_type_narrows_the_list(imported, window, keyboard, qtbot):
    page = window.registry
    keyboard.press(Qt.Key.Key_F, CTRL)
    assert window.current_page() is Page.REGISTRY
    assert page.search.hasFocus()
    assert len(_visible_producers(page)) == 23
    keyboard.type("มะม่วง")
    qtbot.waitUntil(lambda: len(_visible_producers(page)) == 2, timeout=2000)
    assert set(_visible_producers(page)) == {"นายประเสริฐ ทองคำ", "กลุ่มเกษตรกรทำสวนท่าทองหลาง"}
    assert "พบ 2 จาก 23 ราย" in page.count_label.text()


def test_search_finds_contact_and_tambon_names(imported, window, qtbot):
    page = window.registry
    page.search.setText("สมศรี")
    qtbot.waitUntil(lambda: _visible_producers(page) == ["กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"], timeout=2000)
    page.search.setText("หัวไทร")
    qtbot.waitUntil(lambda: len(_visible_producers(page)) == 2, timeout=2000)


def test_filters_by_tambon_and_type(imported, window):
    page = window.registry
    page.tambon_filter.setCurrentIndex(page.tambon_filter.findData("240208"))
    assert len(_visible_producers(page)) == 3
    page.type_filter.setCurrentIndex(page.type_filter.findData(int(ProducerType.SINGLE_OWNER)))
    assert sorted(_visible_producers(page)) == sorted(["นางสาวจันทร์เพ็ญ รุ่งเรือง", "นายวิชัย มั่นคง"])


def test_id_numbers_are_masked_in_the_list(imported, window):
    page = window.registry
    shown = [
        page.proxy.index(r, RegistrationColumn.NATIONAL_ID).data()
        for r in range(page.proxy.rowCount())
    ]
    assert all(text == "" or "xxxx-xxxxx-xx" in text for text in shown)
    assert any(text for text in shown)


def test_table_model_follows_the_qt_contract(imported, window, qtmodeltester):
    qtmodeltester.check(window.registry.model)


def test_delete_asks_first_and_can_be_undone(imported, window, services, dialogs, qtbot):
    page = window.registry
    window.show_page(Page.REGISTRY)
    page.search.setText("ไม้กวาด")
    qtbot.waitUntil(lambda: len(_visible_producers(page)) == 1, timeout=2000)
    page.table.selectRow(0)
    dialogs.answers = [False]
    page.delete_button.click()
    assert services.registry.count() == 23
    dialogs.answers = [True]
    page.delete_button.click()
    assert services.registry.count() == 22
    assert "ไม้กวาด" not in " ".join(s.main_product for s in services.registry.search())
    window.ui.action_undo_delete.trigger()
    assert services.registry.count() == 23


def test_opening_a_row_edits_it_in_the_form(imported, window, qtbot):
    page = window.registry
    window.show_page(Page.REGISTRY)
    page.search.setText("ปลาร้าบอง")
    qtbot.waitUntil(lambda: len(_visible_producers(page)) == 1, timeout=2000)
    page.table.selectRow(0)
    page.edit_button.click()
    assert window.current_page() is Page.FORM
    assert window.form.ui.producer_name.text() == "นายสุเทพ เรืองศรี"
    assert window.form.ui.type_single.isChecked()
