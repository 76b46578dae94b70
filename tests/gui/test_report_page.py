"""The Export page: pre-flight, one click, the draft opened, PDPA question before full IDs."""

import email
import email.policy
from pathlib import Path

from PySide6.QtCore import Qt

from otop_desktop.ui.shell.main_window import Page

CTRL = Qt.KeyboardModifier.ControlModifier


def _export(window, qtbot, folder: Path):  # type: ignore[no-untyped-def]
    page = window.report_page
    page.folder.setText(str(folder))
    page.export()
    qtbot.waitUntil(lambda: page.result is not None or "✖" in page.outcome.text(), timeout=20000)
    return page


def test_preflight_names_the_short_tambons(imported, window, keyboard):
    keyboard.press(Qt.Key.Key_E, CTRL)
    assert window.current_page() is Page.REPORT
    text = window.report_page.preflight.text()
    assert "ยังไม่ครบเกณฑ์ 2 ตำบล" in text
    assert "ปากน้ำ" in text and "หัวไทร" in text
    assert "ยังไม่เคยส่งรายงาน" in window.report_page.changes.text()


def test_one_click_writes_three_files_and_opens_the_draft(
    imported, window, dialogs, tmp_path, qtbot
):
    page = _export(window, qtbot, tmp_path / "reports")
    assert page.result is not None, page.outcome.text()
    workbook, pdf, draft = page.result.paths
    assert all(p.exists() for p in (workbook, pdf, draft))
    assert workbook.parent.parent == tmp_path / "reports"
    assert dialogs.opened == [draft]  # the click ends in the draft, opened in the mail program
    assert "เปิดร่างอีเมลในโปรแกรมอีเมลแล้ว" in page.outcome.text()
    page.open_email_button.click()
    assert dialogs.opened == [draft, draft]
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["To"] == "cd8rew@gmail.com" and message["X-Unsent"] == "1"
    page.copy_button.click()
    assert "cd8rew@gmail.com" in dialogs.copied[-1] and "บางคล้า" in dialogs.copied[-1]
    assert "รายงานครั้งล่าสุด" in page.changes.text()


def test_a_second_export_never_overwrites_the_first(imported, window, dialogs, tmp_path, qtbot):
    first = _export(window, qtbot, tmp_path / "reports").result
    window.report_page.result = None
    dialogs.chosen = [1]  # nothing changed: asked, the officer wants a new copy all the same
    second = _export(window, qtbot, tmp_path / "reports").result
    assert first is not None and second is not None
    assert first.folder != second.folder and first.workbook.exists()


def test_full_id_numbers_need_a_pdpa_confirmation(imported, window, dialogs):
    page = window.report_page
    dialogs.answers = [False]
    page.with_ids.setChecked(True)
    assert not page.with_ids.isChecked()
    assert "ข้อมูลส่วนบุคคล" in dialogs.asked[-1]
    dialogs.answers = [True]
    page.with_ids.setChecked(True)
    assert page.with_ids.isChecked()


def test_an_unwritable_folder_gets_a_clear_message_and_leaves_nothing(
    imported, window, tmp_path, qtbot
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    page = _export(window, qtbot, blocker / "reports")
    assert page.result is None
    assert "✖" in page.outcome.text()
    assert blocker.read_text() == "a file where the folder should be"


def test_without_a_mail_program_the_page_says_so_and_offers_webmail(
    imported, window, dialogs, tmp_path, qtbot
):
    dialogs.open_result = False
    page = _export(window, qtbot, tmp_path / "reports")
    assert page.result is not None
    assert "ไม่มีโปรแกรมอีเมล" in page.outcome.text()
    assert "คัดลอกหัวเรื่องและข้อความ" in page.outcome.text()
    assert not page.copy_button.isHidden()


def test_full_ids_are_confirmed_again_before_writing_and_named(
    imported, window, dialogs, tmp_path, qtbot
):
    page = window.report_page
    dialogs.answers = [True, False]
    page.with_ids.setChecked(True)
    page.folder.setText(str(tmp_path / "reports"))
    page.export()
    assert "ยืนยันสร้างรายงานฉบับมีเลขเต็ม" in dialogs.asked[-1]
    assert page.result is None and not (tmp_path / "reports").exists()
    dialogs.answers = [True]
    page = _export(window, qtbot, tmp_path / "reports")
    assert page.result is not None
    assert all("มีเลขประจำตัวเต็ม" in path.name for path in page.result.paths)
    message = email.message_from_bytes(page.result.email.read_bytes(), policy=email.policy.default)
    assert str(message["Subject"]).startswith("[มีเลขประจำตัวประชาชนเต็ม")


def _folders(base: Path) -> list[str]:
    return sorted(p.name for p in base.iterdir()) if base.exists() else []


def test_exporting_again_with_nothing_changed_asks_and_enter_opens_the_last(
    imported, window, dialogs, tmp_path, qtbot, keyboard
):
    reports = tmp_path / "รายงาน OTOP ของฉัน"
    first = _export(window, qtbot, reports).result
    assert first is not None
    window.show_page(Page.REPORT)
    assert "ไม่มีอะไรเปลี่ยนตั้งแต่นั้น" in window.report_page.changes.text()
    window.report_page.result = None
    window.report_page.folder.setFocus()

    for _ in range(3):  # stray presses of Ctrl+E on the page: one question each, no new folder
        keyboard.press(Qt.Key.Key_E, CTRL)

    assert len(dialogs.choices) == 3
    assert dialogs.choices[0] == ["เปิดรายงานฉบับเดิม", "สร้างฉบับใหม่อีกชุด"]
    assert "ไม่มีอะไรเปลี่ยนตั้งแต่รายงานครั้งก่อน" in dialogs.asked[-1]
    assert _folders(reports) == [first.folder.name]
    page = window.report_page
    assert page.result is not None and page.result.folder == first.folder
    assert dialogs.opened[-1] == first.email  # the last report's draft, opened again
    assert "ไม่ได้สร้างใหม่" in page.outcome.text()


def test_escape_at_the_question_writes_and_opens_nothing(
    imported, window, dialogs, tmp_path, qtbot
):
    first = _export(window, qtbot, tmp_path / "reports").result
    assert first is not None
    opened = list(dialogs.opened)
    dialogs.chosen = [None]
    window.report_page.export()
    assert dialogs.opened == opened
    assert _folders(tmp_path / "reports") == [first.folder.name]


def test_an_edit_since_the_last_report_makes_a_new_one_without_asking(
    imported, window, services, dialogs, tmp_path, qtbot
):
    first = _export(window, qtbot, tmp_path / "reports").result
    assert first is not None
    summary = services.registry.search()[0]
    registration = services.registry.get(summary.uuid)
    change = services.registry.update(registration.with_changes(notes="โทรนัดแล้ว")).change
    window.bus.publish(change)
    window.show_page(Page.REPORT)
    assert "แก้ไขข้อมูล 1 ราย" in window.report_page.changes.text()
    window.report_page.result = None

    second = _export(window, qtbot, tmp_path / "reports").result

    assert dialogs.choices == []
    assert second is not None and second.folder != first.folder


def test_other_options_make_another_report_without_asking(
    imported, window, dialogs, tmp_path, qtbot
):
    first = _export(window, qtbot, tmp_path / "reports").result
    window.report_page.result = None
    window.report_page.thai_digits.setChecked(True)
    second = _export(window, qtbot, tmp_path / "reports").result
    assert dialogs.choices == []
    assert first is not None and second is not None and second.folder != first.folder


def test_a_last_report_whose_files_are_gone_is_not_offered(
    imported, window, dialogs, tmp_path, qtbot
):
    first = _export(window, qtbot, tmp_path / "reports").result
    assert first is not None
    first.pdf.unlink()
    window.report_page.result = None
    second = _export(window, qtbot, tmp_path / "reports").result
    assert dialogs.choices == []
    assert second is not None and second.folder != first.folder
