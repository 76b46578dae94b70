"""Anonymising old registrations from the Settings page: the officer confirms a named count."""

import datetime as dt
from typing import Any

from otop_desktop.ui.shell.main_window import Page
from tests.integration.test_repositories import registration


def test_the_anonymise_button_names_how_many_and_asks_first(
    window: Any, services: Any, dialogs: Any
) -> None:
    for year in (2015, 2016):
        services.registry.add(registration(f"กลุ่มเก่าปี {year}", received_on=dt.date(year, 5, 1)))
    services.registry.add(registration("กลุ่มปีนี้", received_on=dt.date.today()))
    window.show_page(Page.SETTINGS)
    box = window.privacy
    box.years.setValue(5)

    dialogs.answers = [False]
    box.anonymise_button.click()
    assert "ทะเบียน 2 รายการที่รับก่อน" in dialogs.asked[-1]
    assert all(s.masked_id for s in services.registry.search())  # nothing changed yet

    dialogs.answers = [True]
    box.anonymise_button.click()
    assert "✓ ลบข้อมูลส่วนบุคคลของทะเบียน 2 รายการแล้ว" in box.message.text()
    ids = {s.producer_name: s.masked_id for s in services.registry.search()}
    assert ids["กลุ่มเก่าปี 2015"] == ids["กลุ่มเก่าปี 2016"] == ""
    assert ids["กลุ่มปีนี้"]
    model = window.registry.table.model()
    assert model.rowCount() == 3  # the registry view refreshed through the change bus

    box.anonymise_button.click()
    assert "ไม่มีทะเบียนที่รับก่อน" in box.message.text()
    assert len(dialogs.asked) == 2
