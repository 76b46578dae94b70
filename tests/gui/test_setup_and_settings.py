"""First-run wizard and the Settings page."""

import datetime as dt

from otop_desktop.app import open_services
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.settings.setup_wizard import SetupWizard


def test_first_run_wizard_defaults_to_chachoengsao_and_saves_the_office(app, tmp_path, qtbot):
    services = open_services(DataFolder(tmp_path / "fresh"))
    try:
        wizard = SetupWizard(services.office, services.gazetteer)
        qtbot.addWidget(wizard)
        page = wizard.office_page
        assert page.province.currentText() == "ฉะเชิงเทรา"
        page.district.setCurrentIndex(page.district.findData("2406"))
        wizard.officer_page.officer_name.setText("นายทดสอบ ระบบดี")
        wizard.officer_page.officer_position.setText("พัฒนากรปฏิบัติการ")
        campaign_page = wizard.campaign_page
        assert campaign_page.reference.text() == "นข ๐๐๑๙/ว ๕๔๖๕"
        assert campaign_page.recipient.text() == "cd8rew@gmail.com"
        assert campaign_page.dates["window_start"].date() == dt.date(2022, 10, 1)
        campaign_page.rule["min_total"].setValue(3)
        wizard.accept()
        office = services.office.require_office()
        assert (office.district_code, office.officer_name) == ("2406", "นายทดสอบ ระบบดี")
        assert office.office_name == "สำนักงานพัฒนาชุมชนอำเภอพนมสารคาม"
        assert services.office.campaign().rule.min_total == 3
    finally:
        services.close()


def test_the_wizard_can_set_up_a_province_office(app, tmp_path, qtbot):
    services = open_services(DataFolder(tmp_path / "province"))
    try:
        wizard = SetupWizard(services.office, services.gazetteer)
        qtbot.addWidget(wizard)
        wizard.office_page.province_office.setChecked(True)
        assert not wizard.office_page.district.isEnabled()
        wizard.officer_page.officer_name.setText("นางจันทร์เพ็ญ รวบรวมดี")
        wizard.accept()
        assert services.office.require_office().is_province
        assert services.office.require_office().province_code == "24"
    finally:
        services.close()


def test_settings_change_the_quota_rule_and_announce_it(imported, window, services, qtbot):
    page = window.settings
    page.ui.min_total.setValue(3)
    with qtbot.waitSignal(window.bus.changed, timeout=2000):
        page.ui.save_settings_button.click()
    assert services.office.campaign().rule.min_total == 3
    assert "บันทึกการตั้งค่าแล้ว" in page.ui.settings_message.text()
    status = services.quota.district_status()
    assert status.tambon("240210").decision.missing[-1].value == "total"


def test_settings_refuse_a_window_that_ends_before_it_starts(window, services):
    page = window.settings
    page.ui.window_end.setText("1/1/2565")
    page.ui.save_settings_button.click()
    assert "✖" in page.ui.settings_message.text()
    assert services.office.campaign().window_end == dt.date(2023, 9, 29)
