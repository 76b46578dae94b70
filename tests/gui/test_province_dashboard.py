"""The province dashboard: every district with its state, a district's tambons on selection, and
the people registered in two districts, shown instead of the district dashboard."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.conftest import DATA

SOURCES = ("bang_khla_registry.csv", "phanom_sarakham_registry.csv", "khlong_khuean_registry.csv")


@pytest.fixture
def province_services(tmp_path: Path) -> Iterator[Any]:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(tmp_path / "province"))
    services.office.setup_province("24", officer_name="นางจันทร์เพ็ญ รวบรวมดี")
    for name in SOURCES:
        assert services.importer.import_file(DATA / name).committed
    yield services
    services.close()


@pytest.fixture
def window(app: Any, province_services: Any, dialogs: Any, qtbot: Any) -> Any:
    from otop_desktop.app.windows import build_main_window

    window = build_main_window(province_services, dialogs, "th")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _names(model: Any, column: int = 0) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_the_province_office_sees_every_district(window: Any, qtmodeltester: Any) -> None:
    from otop_desktop.ui.dashboard.province_dashboard_page import ProvinceDashboardPage

    page = window.dashboard
    assert isinstance(page, ProvinceDashboardPage)
    qtmodeltester.check(page.districts_model)
    assert len(_names(page.districts_model)) == 11
    assert _names(page.districts_model)[:3] == ["เมืองฉะเชิงเทรา", "บางคล้า", "บางน้ำเปรี้ยว"]
    assert page.reporting_card.value.text() == "3 จาก 11 อำเภอ"
    assert page.met_card.value.text() == "10 จาก 93 ตำบล"
    assert page.count_card.value.text() == "30 ราย"
    silent = page.districts_model.index(0, 4).data()
    assert silent == "— ยังไม่ได้รับรายงาน"
    bang_khla = page.districts_model.index(1, 4).data()
    assert bang_khla == "⚠ ยังไม่ครบ 2 ตำบล: ปากน้ำ, หัวไทร"
    assert page.districts_model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "จังหวัดฉะเชิงเทรา" in window.status_label.text()


def test_choosing_a_district_shows_its_tambons(window: Any, qtbot: Any) -> None:
    page = window.dashboard
    assert page.selected_code == "2402"
    assert _names(page.tambons_model)[:2] == ["บางคล้า", "บางสวน"]
    row = page.districts_model.row_of("2406")
    rect = page.districts.visualRect(page.districts_model.index(row, 0))
    qtbot.mouseClick(page.districts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_code == "2406"
    assert _names(page.tambons_model) == [
        "เกาะขนุน",
        "บ้านซ่อง",
        "พนมสารคาม",
        "เมืองเก่า",
        "หนองยาว",
        "ท่าถ่าน",
        "หนองแหน",
        "เขาหินซ้อน",
    ]
    assert "พนมสารคาม" in page.district_heading.text()
    assert [bar.label for bar in page.chart.bars][:2] == ["เกาะขนุน", "บ้านซ่อง"]
    assert page.tambons.isColumnHidden(5)


def test_the_same_person_in_two_districts_is_flagged_with_a_masked_id(window: Any) -> None:
    page = window.dashboard
    items = [page.duplicates.item(i) for i in range(page.duplicates.count())]
    lines = [item.text() for item in items]
    assert "เลขประจำตัวประชาชน 1-xxxx-xxxxx-xx-3 — อ.บางคล้า, อ.พนมสารคาม" in lines
    tips = [item.toolTip() for item in items]
    assert any("กลุ่มแม่บ้านเกาะขนุนพัฒนา" in tip for tip in tips)
    assert not any("1173574507183" in text for text in lines + tips)
    assert page.duplicates_card.value.text() == "⚠ 2 ราย"


def test_the_page_refreshes_through_the_change_bus(window: Any, province_services: Any) -> None:
    from tests.integration.test_repositories import registration

    page = window.dashboard
    page.select_district("2411")
    saved = province_services.registry.add(
        registration(tambon="240101", received_on=dt.date(2023, 6, 1))
    )
    window.bus.publish(saved.change)
    assert page.reporting_card.value.text() == "4 จาก 11 อำเภอ"
    assert page.districts_model.index(0, 2).data() == 1
    assert page.selected_code == "2411"  # the officer's choice survives the refresh


def test_the_form_offers_every_tambon_of_the_province_by_district(window: Any) -> None:
    combo = window.form.ui.tambon
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert len(texts) == 1 + 93
    assert "บางคล้า › บางสวน (240204)" in texts
    assert texts.index("เมืองฉะเชิงเทรา › หน้าเมือง (240101)") == 1
    assert "ฉะเชิงเทรา" in window.form.ui.district_display.text()


def test_the_export_page_makes_the_consolidated_report(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from otop_desktop.ui.shell.main_window import Page

    window.show_page(Page.REPORT)
    title = window.report_page.findChild(QLabel, "page_title")
    assert title.text() == "สร้างรายงานผลการรับลงทะเบียนรวมของจังหวัด ปีงบประมาณ 2566"


def test_screenshot_of_the_province_dashboard(window: Any, tmp_path: Path) -> None:
    path = tmp_path / "province-dashboard.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)


def test_settings_keep_a_province_office_a_province_office(
    window: Any, province_services: Any
) -> None:
    page = window.settings
    assert not page.ui.district.isEnabled()
    page.ui.officer_position.setText("นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ")
    page.ui.save_settings_button.click()
    assert "บันทึกการตั้งค่าแล้ว" in page.ui.settings_message.text()
    office = province_services.office.require_office()
    assert office.is_province and office.district_code == ""
    assert office.officer_position == "นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ"
