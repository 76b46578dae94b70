"""Campaigns in the window: the chooser on the status bar, a new year's campaign from the File
menu, registrations that count nowhere, and registering a producer again in a new year."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from otop_desktop.domain.thai_dates import fiscal_year
from otop_desktop.ui.registry.registration_table_model import RegistrationColumn
from otop_desktop.ui.registry.registry_filters import NO_YEAR
from otop_desktop.ui.shell.main_window import Page

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
THIS_YEAR = fiscal_year(dt.date.today())
BANG_KHLA_GROUP = "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"
# Three of the sample file's 23 rows were received outside 2566's window and in no later year
# that the office has a campaign for.
IN_NO_CAMPAIGN = 3


def _visible_producers(page) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = page.proxy
    return [proxy.index(row, RegistrationColumn.PRODUCER).data() for row in range(proxy.rowCount())]


def _uuid_of(services, producer_name: str) -> str:  # type: ignore[no-untyped-def]
    found = [s for s in services.registry.search(producer_name) if s.producer_name == producer_name]
    assert len(found) == 1, found
    return found[0].uuid


def _register_again(window, keyboard, uuid: str) -> None:  # type: ignore[no-untyped-def]
    keyboard.press(Qt.Key.Key_3, CTRL)
    assert window.current_page() is Page.REGISTRY
    window.registry.select(uuid)
    assert window.registry.selected_uuid() == uuid
    window.registry.table.setFocus()
    keyboard.press(Qt.Key.Key_N, CTRL | SHIFT)
    assert window.current_page() is Page.FORM


def test_the_dashboard_says_what_counts_nowhere_and_lists_it_in_one_click(imported, window):
    notice = window.dashboard.outside
    assert notice.isVisible()
    assert f"{IN_NO_CAMPAIGN} ราย" in notice.text.text()
    notice.button.click()
    assert window.current_page() is Page.REGISTRY
    filters = window.registry.filters
    assert filters.campaign_filter.currentData() == NO_YEAR
    assert len(_visible_producers(window.registry)) == IN_NO_CAMPAIGN
    filters.campaign_filter.setCurrentIndex(filters.campaign_filter.findData(2566))
    assert len(_visible_producers(window.registry)) == 23 - IN_NO_CAMPAIGN


def test_the_chooser_switches_dashboard_registry_and_report_to_another_year(
    imported, window, services, qtbot
):
    chooser = window.campaign_chooser.combo
    assert chooser.currentData() == 2566  # the year the office works in (the fixture's)
    assert window.dashboard.model.rowCount() == 9
    counted_2566 = services.quota.district_status().to_json()["met"]
    assert counted_2566 == 7

    chooser.activated.emit(chooser.findData(THIS_YEAR))
    assert services.campaigns.viewed().year == THIS_YEAR
    assert services.campaigns.active().year == 2566  # looking is not switching the active year
    assert services.quota.district_status().to_json()["met"] == 0
    assert window.registry.filters.campaign_filter.currentData() == THIS_YEAR
    window.show_page(Page.REPORT)
    assert str(THIS_YEAR) in window.report_page.title.text()

    chooser.activated.emit(chooser.findData(2566))
    assert services.campaigns.viewed().year == 2566
    assert window.registry.filters.campaign_filter.currentData() == 2566


def test_a_new_years_campaign_from_the_file_menu_becomes_the_active_one(window, services, qtbot):
    assert services.campaigns.active().year == 2566
    window.ui.action_new_campaign.trigger()
    dialog = window.campaign_dialog
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    # The next year after the latest campaign the office holds (the fixture's current year).
    assert fields.edited().year == THIS_YEAR + 1
    assert fields.edited().window_start == dt.date(THIS_YEAR + 1 - 543 - 1, 10, 1)
    fields.reference.setText("ฉช ๐๐๒๓.๓/ว ๑๒๓")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    active = services.campaigns.active()
    assert (active.year, active.letter_reference) == (THIS_YEAR + 1, "ฉช ๐๐๒๓.๓/ว ๑๒๓")
    chooser = window.campaign_chooser.combo
    assert chooser.findData(THIS_YEAR + 1) >= 0
    assert chooser.currentData() == THIS_YEAR + 1


def test_registering_again_copies_the_producer_and_warns_of_a_twin_in_the_same_year(
    imported, services, make_window, keyboard, qtbot
):
    services.campaigns.activate(THIS_YEAR)
    window = make_window()
    earlier = _uuid_of(services, BANG_KHLA_GROUP)
    form = window.form

    _register_again(window, keyboard, earlier)
    assert form.ui.producer_name.text() == BANG_KHLA_GROUP
    assert form.ui.received_on.date() == dt.date.today()
    assert not form.ui.duplicate_banner.isVisible()  # registered in 2566: a new year's entry
    keyboard.press(Qt.Key.Key_S, CTRL)
    assert len(services.registry.search(BANG_KHLA_GROUP)) == 2

    # Again, the same day: now this year already holds the group, and the form says so at once.
    _register_again(window, keyboard, earlier)
    assert form.ui.duplicate_banner.isVisible()
    assert BANG_KHLA_GROUP in form.ui.duplicate_label.text()
