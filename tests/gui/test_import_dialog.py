"""Importing from the GUI: preview, column mapping, problems, tambon choices, all or nothing."""

import csv
from pathlib import Path

import pytest

from otop_desktop.services.importing.import_service import ImportCancelledError
from otop_desktop.ui.importing.import_dialog import ImportDialog


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _open_dialog(window, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    window.import_file(path)
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    return dialog


def test_the_bang_khla_list_imports_and_the_views_refresh(window, services, bang_khla_csv, qtbot):
    dialog = _open_dialog(window, bang_khla_csv)
    dialog.check_button.click()
    assert "จะนำเข้า 23 รายการ" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.bus.changed, timeout=10000):
        dialog.import_button.click()
    assert dialog.report is not None and dialog.report.committed
    assert services.registry.count() == 23
    assert "ทั้งหมด 23 ราย" in window.registry.count_label.text()
    assert dialog.close_button.isVisible()


def test_an_unknown_header_is_mapped_once_and_remembered(window, services, bang_khla_csv, tmp_path):
    rows = _rows(bang_khla_csv)
    rows[0][3] = "ชื่อผู้ประกอบการ OTOP"  # not a header the program knows
    path = _write(tmp_path / "renamed.csv", rows)
    dialog = _open_dialog(window, path)
    box = dialog.mapping[3]
    assert box.currentData() == ""
    dialog.check_button.click()
    assert "ชื่อผู้ผลิต" in dialog.summary.text()  # the missing required column is named
    assert not dialog.import_button.isEnabled()
    box.setCurrentIndex(box.findData("ชื่อผู้ผลิต"))
    dialog.check_button.click()
    assert "จะนำเข้า 23 รายการ" in dialog.summary.text()
    dialog.reject()
    again = _open_dialog(window, path)
    assert again.mapping[3].currentData() == "ชื่อผู้ผลิต"


def test_a_misspelt_tambon_is_asked_and_then_imports(window, services, bang_khla_csv, tmp_path):
    rows = _rows(bang_khla_csv)
    rows[3][0], rows[3][1] = "", "บางสวม"  # typo for บางสวน, no code
    path = _write(tmp_path / "typo.csv", rows)
    dialog = _open_dialog(window, path)
    dialog.check_button.click()
    assert "แถวที่ 4" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()
    choice = dialog.tambon_choices["บางสวม"]
    choice.setCurrentIndex(choice.findData("240204"))
    dialog.recheck_button.click()
    assert "จะนำเข้า 23 รายการ" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_a_wrong_id_blocks_the_import_and_names_the_row(window, services, bang_khla_csv, tmp_path):
    rows = _rows(bang_khla_csv)
    digits = rows[1][5]
    rows[1][5] = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    path = _write(tmp_path / "bad.csv", rows)
    dialog = _open_dialog(window, path)
    dialog.check_button.click()
    text = dialog.problems.toPlainText()
    assert "แถวที่ 2" in text and "เลขประจำตัวประชาชน" in text
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "นำเข้า 22 รายการ"


def test_an_unreadable_file_gets_a_clear_message(window, dialogs, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook" * 100)
    window.import_file(junk)
    assert dialogs.shown and "ไม่ใช่แฟ้ม Excel" in dialogs.shown[-1]


def test_a_cancelled_import_adds_nothing(services, bang_khla_csv):
    with pytest.raises(ImportCancelledError):
        services.importer.import_file(bang_khla_csv, progress=lambda done, total: done < 5)
    assert services.registry.count() == 0
