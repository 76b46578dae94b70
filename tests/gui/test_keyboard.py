"""Every action by keyboard (issue 14): Tab in reading order on every page and dialog, Ctrl+E
wherever the focus is, the registry from its search box, lists that open on an item, and the
main path from the first-run wizard to the e-mailed report with key events only."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.thai_dates import BE_OFFSET
from otop_desktop.ui.dashboard.tambon_quota_model import TAMBON_CODE_ROLE, TambonColumn
from otop_desktop.ui.shell.main_window import Page
from tests.gui.keyboard_walk import focused, name, out_of_order, tab_chain, unreached

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def assert_reading_order(window: QWidget, start: QWidget) -> list[QWidget]:
    QApplication.processEvents()
    chain = tab_chain(start)
    assert out_of_order(chain, window) == [], [name(w) for w in chain]
    assert unreached(chain, window) == []
    return chain


@pytest.mark.parametrize("page", [Page.DASHBOARD, Page.REGISTRY, Page.REPORT, Page.SETTINGS])
def test_tab_follows_reading_order_on_each_page(window, imported, page: Page) -> None:
    window.show_page(page)
    chain = assert_reading_order(window, window.ui.navigation)
    assert len(chain) > 2  # the sidebar and the page, in one round


@pytest.mark.parametrize("type_button", ["type_group", "type_single", "type_sme"])
def test_tab_follows_reading_order_on_every_step_of_the_form(window, type_button: str) -> None:
    window.show_page(Page.FORM)
    form = window.form
    getattr(form.ui, type_button).setChecked(True)
    for step in range(form.ui.steps.count()):
        form.go_to_step(step)
        chain = assert_reading_order(window, window.ui.navigation)
        footer = (form.ui.cancel_button, form.ui.back_button, form.ui.next_button)
        assert chain[-1] in (*footer, form.ui.save_button)


def test_the_step_five_check_boxes_come_before_save_and_space_ticks_them(window, keyboard) -> None:
    window.show_page(Page.FORM)
    form = window.form
    form.ui.type_group.setChecked(True)
    form.go_to_step(4)
    QApplication.processEvents()
    form.ui.officer_position.setFocus()
    ticked = []
    for check in [*form.binding.documents.values(), *form.binding.links.values()]:
        keyboard.tab()
        assert focused() is check
        keyboard.press(Qt.Key.Key_Space)
        ticked.append(check.isChecked())
    keyboard.tab()
    assert focused() is form.ui.proxy_name
    assert form.ui.proxy_name.text() == ""  # no Space went astray into the proxy's name
    assert all(ticked)
    chain = tab_chain(form.ui.officer_position)
    assert chain.index(form.ui.cancel_button) > chain.index(form.binding.links["benefit"])


class EmacsLineEdit(QLineEdit):
    """A line edit as on Linux desktops, where Ctrl+E and Ctrl+U are the field's own keys."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() == CTRL
            and event.key() in (Qt.Key.Key_E, Qt.Key.Key_U)
        ):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_even_from_a_field_that_takes_ctrl_e_itself(
    window, imported, dialogs, keyboard, tmp_path: Path, qtbot: Any
) -> None:
    keyboard.press(Qt.Key.Key_E, CTRL)  # first Ctrl+E: the page with its checks
    page = window.report_page
    page.folder.setText(str(tmp_path / "รายงาน OTOP"))
    field = EmacsLineEdit(page)
    field.show()
    field.setFocus()
    keyboard.press(Qt.Key.Key_E, CTRL)
    assert page.result is None  # unwatched, the field swallows it: what the issue saw
    window.shortcuts_first.watch(page)  # as the window watches the fields of every page
    keyboard.press(Qt.Key.Key_E, CTRL)  # second Ctrl+E, in the field: the report
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    assert page.result.workbook.is_file()
    assert field.text() == ""


def test_ctrl_e_in_the_folder_field_writes_the_report(
    window, imported, keyboard, tmp_path: Path, qtbot: Any
) -> None:
    keyboard.press(Qt.Key.Key_E, CTRL)
    page = window.report_page
    page.folder.setFocus()
    page.folder.selectAll()
    keyboard.type(str(tmp_path / "รายงาน OTOP ของอำเภอ"))
    keyboard.press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    assert page.result.folder.parent == tmp_path / "รายงาน OTOP ของอำเภอ"


def test_down_from_the_search_box_selects_the_first_result_and_enter_opens_it(
    window, imported, keyboard
) -> None:
    keyboard.press(Qt.Key.Key_F, CTRL)
    registry = window.registry
    keyboard.type("ไข่เค็ม")
    keyboard.press(Qt.Key.Key_Down)
    assert focused() is registry.table
    assert registry.model.rowCount() >= 1
    first = registry.model.summary(0)
    assert registry.selected_uuid() == first.uuid
    assert registry.edit_button.isEnabled()
    keyboard.press(Qt.Key.Key_Return)
    assert window.current_page() is Page.FORM
    assert window.form.editing_uuid == first.uuid


def test_tab_into_the_registry_table_selects_a_row(window, imported, keyboard) -> None:
    keyboard.press(Qt.Key.Key_F, CTRL)
    registry = window.registry
    while focused() is not registry.table:
        keyboard.tab()
    assert registry.selected_uuid() == registry.model.summary(0).uuid
    assert registry.edit_button.isEnabled()
    keyboard.press(Qt.Key.Key_Return)
    assert window.current_page() is Page.FORM


def test_the_product_category_list_opens_on_a_highlighted_item(window, keyboard, qtbot) -> None:
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type("1")
    form = window.form
    form.go_to_step(3)
    form.ui.product_category.setFocus()
    assert form.ui.product_category.currentIndex() == -1
    keyboard.press(Qt.Key.Key_Down, ALT)
    view = form.ui.product_category.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    assert view.currentIndex().row() == 0
    assert view.selectionModel().isSelected(view.currentIndex())  # highlighted, as it is seen
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert form.ui.product_category.currentIndex() == 1  # the one below the highlighted first


# The main path, from the first-run wizard, by keyboard alone.


@pytest.fixture
def new_office(tmp_path: Path) -> Any:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(tmp_path / "ข้อมูล OTOP ของ สมใจ"))
    yield services
    services.close()


def be_date(date: dt.date) -> str:
    return f"{date.day}/{date.month}/{date.year + BE_OFFSET}"


def run_wizard_by_keyboard(services: Any, keyboard: Any, qtbot: Any) -> None:
    from otop_desktop.ui.settings.setup_wizard import SetupWizard

    wizard = SetupWizard(services.office, services.campaigns, services.gazetteer)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    wizard.office_page.province.setFocus()
    assert wizard.office_page.province.currentText() == "ฉะเชิงเทรา"
    keyboard.tab()
    assert focused() is wizard.office_page.district
    keyboard.type("บางคล้า")
    assert wizard.office_page.district.currentData() == "2402"
    keyboard.press(Qt.Key.Key_Return)  # Next
    assert focused() is wizard.officer_page.officer_name
    keyboard.type("นางสาวสมใจ รักงาน")
    keyboard.tab()
    keyboard.type("นักวิชาการพัฒนาชุมชน")
    keyboard.press(Qt.Key.Key_Return)  # Next: the letter's defaults
    keyboard.press(Qt.Key.Key_Return)  # Finish
    assert wizard.result() == wizard.DialogCode.Accepted
    assert services.office.require_office().district_code == "2402"


def register(window: Any, keyboard: Any, kind: str, people: dict[str, str], date: str) -> None:
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.type(kind)
    if kind == "1":
        keyboard.type(people["group"])
    keyboard.tab()
    keyboard.type(people["prefix"])
    keyboard.tab()
    keyboard.type(people["first"])
    keyboard.tab()
    keyboard.type(people["last"])
    keyboard.tab()
    keyboard.type(people["id"])
    if kind == "1":
        keyboard.tab()
        keyboard.type("18")
    keyboard.press(Qt.Key.Key_PageDown)
    assert focused() is window.form.ui.tambon, name(focused())
    # A list searches what is typed within a moment as one word; people type slower than tests.
    QTest.qWait(QApplication.keyboardInputInterval() + 100)
    keyboard.type("บางคล้า")
    assert window.form.ui.tambon.currentData() == "240201"
    keyboard.press(Qt.Key.Key_PageDown)
    keyboard.type(people["product"])
    keyboard.tab()
    keyboard.type("1")  # category 1, อาหาร (the list itself: test_the_product_category_list...)
    keyboard.press(Qt.Key.Key_PageDown)
    keyboard.press(Qt.Key.Key_A, CTRL)
    keyboard.type(date)
    keyboard.tab(3)  # the officer and position, then the first document: the ID card copy
    keyboard.press(Qt.Key.Key_Space)
    keyboard.press(Qt.Key.Key_S, CTRL)
    assert not window.form.is_dirty, window.form.ui.missing_label.text()


def test_the_main_path_by_keyboard_alone(
    app: Any, new_office: Any, dialogs: Any, keyboard: Any, qtbot: Any, tmp_path: Path
) -> None:
    from otop_desktop.app.windows import build_main_window

    run_wizard_by_keyboard(new_office, keyboard, qtbot)
    window = build_main_window(new_office, dialogs, "th")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.setFocus()
    campaign = new_office.campaigns.active()
    date = be_date(campaign.window_start + dt.timedelta(days=30))

    register(window, keyboard, "1", {
        "group": "กลุ่มแม่บ้านบ้านบางคล้า", "prefix": "นาง", "first": "สมศรี", "last": "ใจดี",
        "id": with_check_digit("310150012345"), "product": "กล้วยตาก",
    }, date)  # fmt: skip
    register(window, keyboard, "2", {
        "prefix": "นาย", "first": "ประเสริฐ", "last": "ทองคำ",
        "id": with_check_digit("170990045678"), "product": "มะม่วงแช่อิ่ม",
    }, date)  # fmt: skip

    keyboard.press(Qt.Key.Key_1, CTRL)
    assert window.current_page() is Page.DASHBOARD
    model = window.dashboard.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(TAMBON_CODE_ROLE) == "240201"
    )
    counts = [
        model.index(row, c).data()
        for c in (TambonColumn.GROUPS, TambonColumn.OTHERS, TambonColumn.TOTAL)
    ]
    assert [str(c) for c in counts] == ["1", "1", "2"]
    assert new_office.quota.district_status().tambon("240201").decision.met

    keyboard.press(Qt.Key.Key_E, CTRL)
    assert window.current_page() is Page.REPORT
    page = window.report_page
    while focused() is not page.folder:
        keyboard.tab()
    keyboard.press(Qt.Key.Key_A, CTRL)
    reports = tmp_path / "เอกสาร ของ สมใจ" / "รายงาน OTOP"
    keyboard.type(str(reports))
    keyboard.press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    assert [p.suffix for p in page.result.paths] == [".xlsx", ".pdf", ".eml"]
    assert all(p.is_file() and p.parent.parent == reports for p in page.result.paths)
    assert dialogs.opened == [page.result.email]


def assert_dialog_order(dialog: QWidget, start: QWidget, qtbot: Any) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert_reading_order(dialog, start)


def test_tab_follows_reading_order_in_the_setup_wizard(app: Any, new_office: Any, qtbot) -> None:
    from otop_desktop.ui.settings.setup_wizard import SetupWizard

    wizard = SetupWizard(new_office.office, new_office.campaigns, new_office.gazetteer)
    assert_dialog_order(wizard, wizard.office_page.province, qtbot)
    wizard.next()
    assert_reading_order(wizard, wizard.officer_page.officer_name)
    wizard.officer_page.officer_name.setText("นางสาวสมใจ รักงาน")
    wizard.next()
    assert_reading_order(wizard, wizard.campaign_page.this_year)


def test_tab_follows_reading_order_in_the_import_dialog(window, services, qtbot, tmp_path) -> None:
    from otop_desktop.ui.importing.import_dialog import ImportDialog

    source = tmp_path / "ทะเบียน เก่า.csv"
    source.write_text(
        "ตำบล,ประเภทผู้ผลิต,ชื่อผู้ผลิต,ชื่อผลิตภัณฑ์,ประเภทผลิตภัณฑ์,วันที่รับลงทะเบียน,ลำดับที่\n"
        "บางคล่า,กลุ่ม,กลุ่มแม่บ้าน,กล้วยตาก,อาหาร,12/1/2566,1\n",
        encoding="utf-8",
    )
    table = services.importer.read(source)
    dialog = ImportDialog(
        services.importer, table, source, [("240201", "บางคล้า")], window.ui_settings
    )
    preview = dialog.findChild(QWidget, "import_preview")
    assert_dialog_order(dialog, preview, qtbot)
    dialog.check_button.click()  # the misspelt tambon asks for a choice
    assert dialog.tambon_choices
    assert_reading_order(dialog, next(iter(dialog.tambon_choices.values())))


def test_tab_follows_reading_order_in_the_small_dialogs(window, services, qtbot, tmp_path) -> None:
    from otop_desktop.ui.privacy.lock_screen import LockDialog
    from otop_desktop.ui.privacy.privacy_notice import PrivacyNoticeDialog
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog

    lock = LockDialog(services.password, window)
    assert_dialog_order(lock, lock.field, qtbot)
    notice = PrivacyNoticeDialog("# ประกาศ\n\nข้อความ", window.dialogs, tmp_path, window)
    assert_dialog_order(notice, notice.browser, qtbot)
    restore = RestoreDialog(services.backups, window.dialogs, window)
    assert_dialog_order(restore, restore.list, qtbot)


@pytest.mark.parametrize(
    ("key", "first"),
    [
        (Qt.Key.Key_1, lambda w: w.dashboard.table),
        (Qt.Key.Key_2, lambda w: w.form.ui.type_group),
        (Qt.Key.Key_3, lambda w: w.registry.search),
        (Qt.Key.Key_4, lambda w: w.report_page.folder),
        (Qt.Key.Key_5, lambda w: w.settings.ui.province),
    ],
)
def test_a_page_opened_by_its_shortcut_takes_the_keyboard(
    window, imported, keyboard, key: Qt.Key, first: Any
) -> None:
    keyboard.press(Qt.Key.Key_5 if key != Qt.Key.Key_5 else Qt.Key.Key_1, CTRL)
    keyboard.press(key, CTRL)
    assert focused() is first(window)


def test_enter_in_the_conflict_question_decides_later_and_drops_nothing(
    window, imported, services, tmp_path, make_services, qtbot
) -> None:
    laptop = make_services("laptop")
    laptop.exchange.merge(services.exchange.pack(tmp_path / "ส่ง ออก.otoppack").path)
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    for side, phone in ((services, "0811111111"), (laptop, "0822222222")):
        side.registry.update(side.registry.get(uuid).with_changes(phone=phone))
    assert window.transfer.receive(laptop.exchange.pack(tmp_path / "รับ กลับ.otoppack").path)
    dialog = window.transfer.conflict_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert_reading_order(dialog, focused())
    assert focused().text() == "ตัดสินใจภายหลัง"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert services.registry.get(uuid).phone == "0811111111"
    assert len(services.exchange.pending_conflicts()) == 1  # kept for later, both versions
