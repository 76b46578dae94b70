"""First-run wizard and the Settings page."""

import datetime as dt

from otop_desktop.app import open_services
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.settings.setup_wizard import SetupWizard


def test_first_run_wizard_defaults_to_chachoengsao_and_saves_the_office(app, tmp_path, qtbot):
    services = open_services(DataFolder(tmp_path / "fresh"))
    services.campaigns.today = lambda: dt.date(2026, 12, 3)  # fiscal year 2570
    try:
        wizard = SetupWizard(services.office, services.campaigns, services.gazetteer)
        qtbot.addWidget(wizard)
        page = wizard.office_page
        assert page.province.currentText() == "ฉะเชิงเทรา"
        page.district.setCurrentIndex(page.district.findData("2406"))
        wizard.officer_page.officer_name.setText("นายทดสอบ ระบบดี")
        wizard.officer_page.officer_position.setText("พัฒนากรปฏิบัติการ")
        fields = wizard.campaign_page.fields
        # The current fiscal year, with the latest letter's recipient and rules.
        assert fields.year.value() == 2570
        assert fields.recipient.text() == "cd8rew@gmail.com"
        assert fields.dates["window_start"].date() == dt.date(2026, 10, 1)
        assert fields.dates["window_end"].date() == dt.date(2027, 9, 30)
        assert fields.window_note.text() == ""
        fields.rule["min_total"].setValue(3)
        wizard.accept()
        office = services.office.require_office()
        assert (office.district_code, office.officer_name) == ("2406", "นายทดสอบ ระบบดี")
        assert office.office_name == "สำนักงานพัฒนาชุมชนอำเภอพนมสารคาม"
        active = services.campaigns.active()
        assert (active.year, active.rule.min_total) == (2570, 3)
        kept = services.campaigns.get(2566)
        assert (kept.letter_reference, kept.window_end) == ("นข ๐๐๑๙/ว ๕๔๖๕", dt.date(2023, 9, 29))
    finally:
        services.close()


def test_the_wizard_can_start_in_the_letters_own_year_and_says_it_is_over(app, tmp_path, qtbot):
    services = open_services(DataFolder(tmp_path / "fresh"))
    services.campaigns.today = lambda: dt.date(2026, 12, 3)
    try:
        wizard = SetupWizard(services.office, services.campaigns, services.gazetteer)
        qtbot.addWidget(wizard)
        wizard.officer_page.officer_name.setText("นายทดสอบ ระบบดี")
        page = wizard.campaign_page
        page.letter_year.setChecked(True)
        assert page.fields.year.value() == 2566
        assert page.fields.reference.text() == "นข ๐๐๑๙/ว ๕๔๖๕"
        assert "สิ้นสุดไปแล้ว" in page.fields.window_note.text()
        wizard.accept()
        assert [c.year for c in services.campaigns.all()] == [2566]
        assert services.campaigns.active().year == 2566
    finally:
        services.close()


def test_the_wizard_can_set_up_a_province_office(app, tmp_path, qtbot):
    services = open_services(DataFolder(tmp_path / "province"))
    try:
        wizard = SetupWizard(services.office, services.campaigns, services.gazetteer)
        qtbot.addWidget(wizard)
        wizard.office_page.province_office.setChecked(True)
        assert not wizard.office_page.district.isEnabled()
        wizard.officer_page.officer_name.setText("นางจันทร์เพ็ญ รวบรวมดี")
        wizard.accept()
        assert services.office.require_office().is_province
        assert services.office.require_office().province_code == "24"
    finally:
        services.close()


def test_settings_change_the_quota_rule_and_announce_it(imported, window, services, dialogs, qtbot):
    page = window.settings
    page.ui.min_total.setValue(3)
    dialogs.answers.append(True)  # the 2566 campaign is over: editing it is asked first
    with qtbot.waitSignal(window.bus.changed, timeout=2000):
        page.ui.save_settings_button.click()
    assert "สิ้นสุดแล้ว" in dialogs.asked[-1]
    assert services.campaigns.active().rule.min_total == 3
    assert "บันทึกการตั้งค่าแล้ว" in page.ui.settings_message.text()
    status = services.quota.district_status()
    assert status.tambon("240210").decision.missing[-1].value == "total"


def test_settings_refuse_a_window_that_ends_before_it_starts(window, services):
    page = window.settings
    page.ui.window_end.setText("1/1/2565")
    page.ui.save_settings_button.click()
    assert "✖" in page.ui.settings_message.text()
    assert services.campaigns.active().window_end == dt.date(2023, 9, 29)


def test_editing_a_past_campaign_can_be_declined_and_keeps_what_was_typed(
    window, services, dialogs
):
    page = window.settings
    page.ui.min_total.setValue(5)
    page.ui.save_settings_button.click()  # the question is answered "don't save"
    assert "ปีงบประมาณ 2566 สิ้นสุดแล้ว" in dialogs.asked[-1]
    assert services.campaigns.active().rule.min_total == 2
    assert page.ui.min_total.value() == 5
    assert "ยังไม่ได้บันทึก" in page.ui.settings_message.text()
