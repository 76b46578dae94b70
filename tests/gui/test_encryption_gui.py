"""Encryption as the officer meets it: the password set on the Settings page or in the first-run
wizard, the recovery key shown once and printed, the password asked at start, a forgotten one
replaced with the recovery key, and a backup of other data opened with its own password."""

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from otop_desktop.app import open_services
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.privacy.data_encryption import DataEncryption
from otop_desktop.services.privacy.recovery_key import RecoveryKey
from otop_desktop.ui.privacy.lock_screen import LockDialog
from otop_desktop.ui.privacy.recovery_dialog import RecoveryDialog
from otop_desktop.ui.privacy.recovery_key_dialog import RecoveryKeyDialog
from otop_desktop.ui.privacy.start_unlock import StartCheck, unlock_data
from otop_desktop.ui.shell.main_window import Page

SECRET = "ลับเฉพาะ๒๕๖๖สำนักงาน"


def _set_password(
    folder: DataFolder, csv: Path | None = None, *, backed_up: bool = False
) -> RecoveryKey:
    """Bang Khla's office (with `csv` imported), encrypted with SECRET; closed again."""
    services = open_services(folder)
    try:
        services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
        if csv is not None:
            services.importer.import_file(csv)
        recovery = services.password.set_password(SECRET, SECRET)
        if backed_up:
            services.backups.backup_now()
    finally:
        services.close()
    assert recovery is not None
    return recovery


def _set_on_settings_page(window: Any) -> Any:
    window.show_page(Page.SETTINGS)
    box = window.privacy
    box.new.setText(SECRET)
    box.confirm.setText(SECRET)
    box.set_button.click()
    return box


def test_setting_the_password_encrypts_and_shows_the_recovery_key_once(
    window: Any, services: Any, dialogs: Any, tmp_path: Path
) -> None:
    box = _set_on_settings_page(window)
    assert "ข้อมูลเข้ารหัสแล้ว" in box.message.text()
    assert services.password.is_encrypted() and "เข้ารหัสไว้" in box.status.text()
    window.grab().save(str(tmp_path / "settings-encrypted.png"))
    shown = box.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.key_label.text()
    assert services.password.verify(key)  # the key on screen is the data's recovery key
    shown.grab().save(str(tmp_path / "recovery-key.png"))
    shown.reject()  # Esc does not close it before the officer says the key is kept
    assert shown.isVisible() and not shown.done_button.isEnabled()
    dialogs.folders = [tmp_path]
    shown.pdf_button.click()
    assert shown.saved_pdf is not None and shown.saved_pdf.read_bytes().startswith(b"%PDF")
    assert b"Sarabun" in shown.saved_pdf.read_bytes()
    shown.kept.setChecked(True)
    shown.done_button.click()
    assert not shown.isVisible()


def test_enter_in_the_confirmation_sets_the_password(window: Any, services: Any) -> None:
    window.show_page(Page.SETTINGS)
    box = window.privacy
    box.new.setText(SECRET)
    box.confirm.setText(SECRET)
    QTest.keyClick(box.confirm, Qt.Key.Key_Return)
    assert services.password.is_encrypted() and "ข้อมูลเข้ารหัสแล้ว" in box.message.text()
    shown = box.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    shown.kept.setChecked(True)
    shown.done_button.click()
    box.exchange.setText("รหัสรับส่งบางคล้า๒๕๖๖")
    QTest.keyClick(box.exchange, Qt.Key.Key_Return)
    assert "ตั้งรหัสผ่านรับส่งข้อมูลแล้ว" in box.message.text()


def test_a_refusal_below_the_fold_of_a_laptop_screen_is_scrolled_into_view(
    window: Any, services: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.resize(1366, 720)  # 768 less the taskbar and the window's frame
    window.show_page(Page.SETTINGS)
    box = window.privacy
    box.new.setText(SECRET)
    box.confirm.setText(SECRET + "x")
    QTest.keyClick(box.confirm, Qt.Key.Key_Return)
    assert "✖" in box.message.text() and not services.password.is_set()
    area = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(box.message))
    viewport = area.viewport()

    def message_shows() -> bool:
        top_left = box.message.mapTo(viewport, box.message.rect().topLeft())
        bottom_right = box.message.mapTo(viewport, box.message.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(message_shows, timeout=2000)
    window.grab().save(str(tmp_path / "refusal-in-view.png"))


def test_the_printed_sheet_names_the_office_and_the_date_in_thai(app: Any, tmp_path: Path) -> None:
    import datetime as dt

    from otop_desktop.ui.privacy.recovery_key_sheet import sheet_document, write_sheet_pdf

    sheet = RecoveryKeyDialog(
        "7K3Q-1ABC-DEFG-HJKM-NPQR-STVW-XYZ0-1234-5678",
        "สำนักงานพัฒนาชุมชนอำเภอบางคล้า",
        None,  # type: ignore[arg-type]
        on=dt.date(2023, 9, 26),
    ).sheet
    text = sheet_document(sheet).toPlainText()
    assert "สำนักงานพัฒนาชุมชนอำเภอบางคล้า" in text and "26 กันยายน 2566" in text
    assert "7K3Q-1ABC-DEFG\nHJKM-NPQR-STVW\nXYZ0-1234-5678" in text.replace("\u2028", "\n")
    pdf = write_sheet_pdf(sheet, tmp_path / "sheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"Sarabun" in pdf  # Thai drawn with the shipped font
    assert b"/MediaBox [0 0 595" in pdf  # A4


def _type_when_up(kind: type, act: Any) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, answer)
            return
        act(dialog)

    QTimer.singleShot(20, answer)


def test_the_start_asks_the_password_before_the_data_opens(
    app: Any, tmp_path: Path, bang_khla_csv: Path
) -> None:
    folder = DataFolder(tmp_path / "office")
    _set_password(folder, bang_khla_csv)

    def wrong_then_right(dialog: LockDialog) -> None:
        assert "เข้ารหัสไว้" in dialog.findChildren(type(dialog.message))[0].text()
        dialog.field.setText("ผิดผิดผิดผิด")
        dialog.unlock_button.click()
        assert "รหัสผ่านไม่ถูกต้อง" in dialog.message.text() and dialog.isVisible()
        dialog.grab().save(str(tmp_path / "start-lock.png"))
        dialog.field.setText(SECRET)
        dialog.unlock_button.click()

    _type_when_up(LockDialog, wrong_then_right)
    unlocked, key = unlock_data(folder)
    assert unlocked and key is not None
    opened = open_services(folder, key)
    assert opened.registry.count() == 23
    opened.close()

    _type_when_up(LockDialog, lambda dialog: dialog.quit_button.click())
    assert unlock_data(folder) == (False, None)


def test_a_damaged_key_file_is_said_in_full_on_the_lock_screen(
    app: Any, tmp_path: Path, qtbot: Any
) -> None:
    folder = DataFolder(tmp_path / "office")
    _set_password(folder)
    document = json.loads(folder.key_file.read_text(encoding="utf-8"))
    document["kdf"]["n"] = 1000  # scrypt would refuse it: the file is damaged, or altered
    folder.key_file.write_text(json.dumps(document), encoding="utf-8")
    lock = LockDialog(StartCheck(DataEncryption(folder)), at_start=True)
    qtbot.addWidget(lock)
    lock.show()
    lock.field.setText(SECRET)
    lock.unlock_button.click()
    message = lock.message
    assert "otop.key" in message.text() and "กุญแจกู้คืน" in message.text()
    assert lock.isVisible() and lock.forgot_button.isVisible()  # the way out is at hand
    QApplication.processEvents()
    lock.grab().save(str(tmp_path / "damaged-key-file.png"))
    # Every wrapped line of the reason shows, above the buttons.
    assert message.height() >= message.heightForWidth(message.width())
    assert message.geometry().bottom() < lock.unlock_button.geometry().top()


def test_a_forgotten_password_is_replaced_with_the_recovery_key(
    app: Any, tmp_path: Path, qtbot: Any
) -> None:
    folder = DataFolder(tmp_path / "office")
    recovery = _set_password(folder)
    check = StartCheck(DataEncryption(folder))
    lock = LockDialog(check, at_start=True)
    qtbot.addWidget(lock)
    assert lock.forgot_button.isVisibleTo(lock)

    def recover(dialog: RecoveryDialog) -> None:
        dialog.key.setText("not a key")
        dialog.new.setText("รหัสใหม่หลังลืมแล้ว")
        dialog.confirm.setText("รหัสใหม่หลังลืมแล้ว")
        dialog.ok_button.click()
        assert "ไม่ใช่กุญแจกู้คืน" in dialog.message.text()
        dialog.grab().save(str(tmp_path / "recovery-dialog.png"))
        dialog.key.setText(recovery.text.lower().replace("-", " "))
        dialog.new.setText("รหัสใหม่หลังลืมแล้ว")
        dialog.confirm.setText("รหัสใหม่หลังลืมแล้ว")
        dialog.ok_button.click()

    _type_when_up(RecoveryDialog, recover)
    lock.open()
    lock.forgot_button.click()
    assert lock.result() == QDialog.DialogCode.Accepted and check.key is not None
    assert DataEncryption(folder).verify("รหัสใหม่หลังลืมแล้ว")
    assert not DataEncryption(folder).verify(SECRET)


def test_the_first_run_wizard_recommends_the_password_and_sets_it(
    app: Any, tmp_path: Path, qtbot: Any
) -> None:
    from otop_desktop.ui.settings.setup_wizard import SetupWizard
    from tests.gui.conftest import ScriptedDialogs

    services = open_services(DataFolder(tmp_path / "new-office"))
    try:
        wizard = SetupWizard(
            services.office,
            services.campaigns,
            services.gazetteer,
            password=services.password,
            dialogs=ScriptedDialogs(),
        )
        qtbot.addWidget(wizard)
        page = wizard.password_page
        assert page is not None and "แนะนำ" in page.title()
        wizard.officer_page.officer_name.setText("นางสาวสมใจ รักงาน")
        wizard.show()
        for _ in range(3):
            wizard.next()
        assert wizard.currentPage() is page
        page.new.setText("สั้น")
        page.confirm.setText("สั้น")
        assert not page.validatePage() and "อย่างน้อย 8" in page.error.text()
        page.new.setText(SECRET)
        page.confirm.setText(SECRET)
        wizard.grab().save(str(tmp_path / "wizard-password.png"))

        def keep(dialog: RecoveryKeyDialog) -> None:
            dialog.kept.setChecked(True)
            dialog.done_button.click()

        _type_when_up(RecoveryKeyDialog, keep)
        wizard.accept()
        assert wizard.result() == QDialog.DialogCode.Accepted
        assert services.office.office() is not None and services.password.is_encrypted()
        assert services.password.verify(SECRET)
    finally:
        services.close()


def test_a_backup_of_other_data_asks_for_its_own_password(
    window: Any, services: Any, dialogs: Any, tmp_path: Path, make_services: Any
) -> None:
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog

    other = make_services("other")
    other.password.set_password("รหัสของอีกเครื่องหนึ่ง", "รหัสของอีกเครื่องหนึ่ง")
    copy = other.backups.backup_now(to=tmp_path / "usb").copies[0]
    dialog = RestoreDialog(services.backups, dialogs, window)
    qtbot_widget = dialog
    dialog.show_preview(copy)
    assert "รหัสผ่านอื่น" in dialog.preview.text() and dialog.secret_field.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.secret_field.setText("รหัสของอีกเครื่องหนึ่ง")
    dialog.open_button.click()
    assert dialog.chosen == copy and dialog.restore_button.isEnabled()
    assert "เข้ารหัสไว้" in dialog.preview.text()
    qtbot_widget.grab().save(str(tmp_path / "restore-locked.png"))
    dialog.deleteLater()


def test_with_the_key_file_lost_a_backup_opens_with_the_recovery_key(
    app: Any, tmp_path: Path, bang_khla_csv: Path
) -> None:
    from otop_desktop.app.start_data import open_or_recover
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog
    from tests.gui.conftest import ScriptedDialogs

    folder = DataFolder(tmp_path / "office")
    recovery = _set_password(folder, bang_khla_csv, backed_up=True)
    folder.key_file.unlink()
    seen: dict[str, str] = {}

    def choose(backups: Any, problem: str, proposed: Any) -> Any:
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        seen["heading"] = dialog.heading.text()
        assert dialog.secret_field.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
        dialog.show()
        # By keyboard: Enter in the field opens the file and shows what it holds...
        QTest.keyClicks(dialog.secret_field, recovery.text)
        QTest.keyClick(dialog.secret_field, Qt.Key.Key_Return)
        seen["preview"] = dialog.preview.text()
        assert dialog.isVisible() and dialog.restore_button.isDefault()
        # ...and Enter again restores it.
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.chosen, dialog.secret

    recovered = open_or_recover(folder, ScriptedDialogs(), choose=choose)
    assert recovered is not None
    try:
        assert "กุญแจกู้คืน" in seen["heading"] and "ทะเบียนที่ใช้งานอยู่: 23 ราย" in seen["preview"]
        assert recovered.registry.count() == 23
    finally:
        recovered.close()


def test_a_damaged_encrypted_database_is_offered_its_encrypted_backup(
    app: Any, tmp_path: Path, bang_khla_csv: Path
) -> None:
    from otop_desktop.app.start_data import open_or_recover
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog
    from tests.gui.conftest import ScriptedDialogs

    folder = DataFolder(tmp_path / "office")
    _set_password(folder, bang_khla_csv, backed_up=True)
    data = bytearray(folder.database_path.read_bytes())
    data[8192:12288] = b"\xde\xad" * 2048  # a page the SQLCipher HMAC no longer matches
    folder.database_path.write_bytes(bytes(data))
    key = DataEncryption(folder).unlock(SECRET)
    offered: dict[str, str] = {}

    def choose(backups: Any, problem: str, proposed: Any) -> Any:
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        offered["heading"] = dialog.heading.text()
        return dialog.chosen, dialog.secret

    recovered = open_or_recover(folder, ScriptedDialogs(), key, choose=choose)
    assert recovered is not None
    try:
        assert "สำรองเอง" in offered["heading"] and "ทะเบียน 23 ราย" in offered["heading"]
        assert recovered.registry.count() == 23 and recovered.password.is_encrypted()
    finally:
        recovered.close()


def _encrypted_office(folder: DataFolder, csv: Path, *, backed_up: bool = False) -> bytes:
    _set_password(folder, csv, backed_up=backed_up)
    return DataEncryption(folder).unlock(SECRET)


def test_an_encrypted_office_opens_with_its_window_built_while_the_file_is_checked(
    app: Any, tmp_path: Path, bang_khla_csv: Path
) -> None:
    from otop_desktop.app.start_data import open_building
    from otop_desktop.app.windows import build_main_window
    from tests.gui.conftest import ScriptedDialogs

    folder = DataFolder(tmp_path / "office")
    key = _encrypted_office(folder, bang_khla_csv)
    offered: list[Any] = []

    def never(*offer: Any) -> None:
        offered.append(offer)

    opened = open_building(
        folder, ScriptedDialogs(), key, lambda s: build_main_window(s, ScriptedDialogs()), never
    )
    assert opened is not None
    services, window = opened
    try:
        assert offered == []
        assert window is not None and not window.isVisible()  # shown by the session, once checked
        assert services.registry.count() == 23
    finally:
        assert window is not None
        window.deleteLater()
        services.close()


def test_a_damaged_encrypted_file_drops_the_window_built_beside_its_check(
    app: Any, tmp_path: Path, bang_khla_csv: Path
) -> None:
    from otop_desktop.app.start_data import open_building
    from otop_desktop.app.windows import build_main_window
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog
    from tests.gui.conftest import ScriptedDialogs

    folder = DataFolder(tmp_path / "office")
    key = _encrypted_office(folder, bang_khla_csv, backed_up=True)
    data = bytearray(folder.database_path.read_bytes())
    data[8192:12288] = b"\xde\xad" * 2048  # a page the SQLCipher HMAC no longer matches
    folder.database_path.write_bytes(bytes(data))
    built: list[Any] = []
    offered: dict[str, str] = {}

    def build(services: Any) -> Any:
        window = build_main_window(services, ScriptedDialogs())
        built.append(window)
        return window

    def choose(backups: Any, problem: str, proposed: Any) -> Any:
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        offered["heading"] = dialog.heading.text()
        offered["detail"] = dialog.damage_detail.text()
        offered["height"] = str(dialog.sizeHint().height())
        dialog.grab().save(str(tmp_path / "damage-offer.png"))
        return dialog.chosen, dialog.secret

    opened = open_building(folder, ScriptedDialogs(), key, build, choose)
    assert opened is not None
    services, window = opened
    try:
        assert "ทะเบียน 23 ราย" in offered["heading"]
        # SQLite names every unreadable and unused page; the offer stays within a small screen.
        assert offered["detail"].count(";") <= 5 and int(offered["height"]) < 600
        assert window is built[-1] and not window.isVisible()
        assert services.registry.count() == 23 and services.password.is_encrypted()
    finally:
        window.deleteLater()
        services.close()
