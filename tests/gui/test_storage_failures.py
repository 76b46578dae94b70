"""A save that the database refuses (busy, full) tells the officer in Thai and keeps the form."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.ui.shell.main_window import Page
from tests.gui.test_dashboard import _registration
from tests.integration.storage_faults import database_cannot_grow, held_exclusively
from tests.integration.support import BANG_KHLA, OFFICER

NAME = "กลุ่มที่บันทึกตอนฐานข้อมูลไม่ว่าง"


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Iterator[Any]:
    """Services that stop waiting for another writer after 0.3 s instead of 5 s."""
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    monkeypatch.setattr("otop_desktop.db.engine.BUSY_TIMEOUT_MS", 300)
    opened = open_services(DataFolder(data_dir))
    opened.office.setup(BANG_KHLA, officer_name=OFFICER)
    yield opened
    opened.close()


def _type_a_registration(window: Any, name: str) -> None:
    """The officer has typed a whole registration into the form."""
    window.new_registration()
    form = window.form
    registration = _registration(name, ProducerType.GROUP, "240214")
    form.binding.show_registration(registration)
    form.restore_draft(form.binding.snapshot(), "")
    form.ui.product_name.setText("ขนมทดสอบ")
    form.ui.product_category.setCurrentIndex(form.ui.product_category.findData(1))
    assert not [p for p in form.problems() if p.is_error]
    assert window.current_page() is Page.FORM and form.is_dirty


def _assert_kept(window: Any, name: str) -> None:
    form = window.form
    assert window.current_page() is Page.FORM
    assert form.ui.producer_name.text() == name
    assert form.ui.type_group.isChecked() and form.is_dirty


def test_a_save_into_a_busy_database_is_refused_clearly_and_the_form_is_kept(
    window: Any, services: Any, dialogs: Any
) -> None:
    _type_a_registration(window, NAME)
    with held_exclusively(services.folder.database_path):
        window.form.ui.save_button.click()
        assert len(dialogs.shown) == 1
        assert "ฐานข้อมูลกำลังถูกใช้งาน" in dialogs.shown[0]
        assert "ข้อมูลที่กรอกไว้ยังอยู่ครบ" in dialogs.shown[0]
        _assert_kept(window, NAME)
        assert window.form.save_draft_now() is False  # the draft cannot be written either
    assert services.registry.count() == 0

    window.form.ui.save_button.click()  # the other program has finished
    assert [s.producer_name for s in services.registry.search()] == [NAME]
    assert not window.form.is_dirty


def test_a_save_onto_a_full_disk_is_refused_clearly_and_the_form_is_kept(
    window: Any, services: Any, dialogs: Any
) -> None:
    name = "กลุ่มที่บันทึกตอนดิสก์เต็ม" + " ยาว" * 3000  # the row needs pages the file cannot add
    _type_a_registration(window, name)
    with database_cannot_grow(services):
        window.form.ui.save_button.click()
    assert len(dialogs.shown) == 1 and "พื้นที่ดิสก์เต็ม" in dialogs.shown[0]
    _assert_kept(window, name)
    assert services.registry.count() == 0
    assert services.audit.recent() == []
    window.form.ui.save_button.click()
    assert services.registry.count() == 1
