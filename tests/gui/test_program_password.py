"""The optional program password: set, changed and removed on the Settings page, asked for at
start, and a lock over the window after the idle time, with the open form saved first."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog

from otop_desktop.ui.privacy.lock_screen import IdleLock, LockDialog, unlock_at_start
from otop_desktop.ui.shell.main_window import Page

SECRET = "ลับเฉพาะ๒๕๖๖"
TYPED = "กลุ่มที่กรอกค้างก่อนล็อก"


def _settings_box(window: Any) -> Any:
    window.show_page(Page.SETTINGS)
    return window.privacy


def _set_password(box: Any, new: str, *, current: str = "", confirm: str | None = None) -> str:
    box.current.setText(current)
    box.new.setText(new)
    box.confirm.setText(new if confirm is None else confirm)
    box.set_button.click()
    return str(box.message.text())


def test_the_password_is_set_changed_and_removed_on_the_settings_page(
    window: Any, services: Any, tmp_path: Any
) -> None:
    box = _settings_box(window)
    assert box.isVisible() and "ยังไม่ได้ตั้งรหัสผ่าน" in box.status.text()
    assert not box.current.isEnabled() and not box.remove_button.isEnabled()
    assert "ไม่ตรงกัน" in _set_password(box, SECRET, confirm="อย่างอื่น")
    assert not services.password.is_set()

    box.idle_minutes.setValue(3)
    assert "✓ ตั้งรหัสผ่านแล้ว" in _set_password(box, SECRET)
    assert services.password.verify(SECRET) and services.password.idle_minutes() == 3
    assert box.current.isEnabled() and box.set_button.text() == "เปลี่ยนรหัสผ่าน"
    assert box.new.text() == box.confirm.text() == ""  # nothing typed stays on screen
    window.grab().save(str(tmp_path / "settings-password.png"))

    assert "รหัสผ่านปัจจุบันไม่ถูกต้อง" in _set_password(box, "ใหม่ใหม่", current="ผิด")
    assert "✓ เปลี่ยนรหัสผ่านแล้ว" in _set_password(box, "ใหม่ใหม่", current=SECRET)
    assert services.password.verify("ใหม่ใหม่")

    box.current.setText("ผิด")
    box.remove_button.click()
    assert services.password.is_set() and "ไม่ถูกต้อง" in box.message.text()
    box.current.setText("ใหม่ใหม่")
    box.remove_button.click()
    assert not services.password.is_set() and "ยกเลิกรหัสผ่านแล้ว" in box.message.text()


def _answer_the_lock(password: str, *, quit_instead: bool = False) -> None:
    """Types into the modal lock dialog once it is up (exec() runs its own event loop)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LockDialog):
            QTimer.singleShot(20, answer)
            return
        if quit_instead:
            dialog.quit_button.click()
            return
        dialog.field.setText("ผิดก่อนหนึ่งครั้ง")
        dialog.unlock_button.click()
        assert "รหัสผ่านไม่ถูกต้อง" in dialog.message.text() and dialog.isVisible()
        dialog.field.setText(password)
        dialog.unlock_button.click()

    QTimer.singleShot(20, answer)


def test_the_password_is_asked_for_at_start(app: Any, services: Any) -> None:
    assert unlock_at_start(services.password)  # no password: nothing is asked
    services.password.set_password(SECRET, SECRET)
    _answer_the_lock(SECRET)
    assert unlock_at_start(services.password)
    _answer_the_lock(SECRET, quit_instead=True)
    assert not unlock_at_start(services.password)


def test_escape_does_not_get_past_the_lock(app: Any, services: Any, qtbot: Any) -> None:
    services.password.set_password(SECRET, SECRET)
    dialog = LockDialog(services.password)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


@pytest.fixture
def idle_lock(window: Any, services: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[IdleLock]:
    lock = IdleLock(services.password, lambda: window).start()
    yield lock
    if lock.dialog is not None:
        lock.dialog.done(QDialog.DialogCode.Accepted)
    lock.stop()
    lock.deleteLater()


def test_without_a_password_nothing_locks(idle_lock: IdleLock) -> None:
    idle_lock.lock()
    assert not idle_lock.locked


def test_the_idle_lock_saves_the_form_hides_the_registry_and_unlocks_with_the_password(
    idle_lock: IdleLock, window: Any, services: Any, qtbot: Any, tmp_path: Any
) -> None:
    services.password.set_password(SECRET, SECRET, idle_minutes=5)  # the lock re-arms itself
    assert 4.9 * 60_000 < idle_lock.remaining_ms() < 5.1 * 60_000
    window.new_registration()
    window.form.ui.producer_name.setText(TYPED)
    window.form.ui.producer_name.textEdited.emit(TYPED)

    idle_lock.lock()  # what the timer does after five quiet minutes
    assert idle_lock.locked and idle_lock.dialog is not None
    draft = services.drafts.load()
    assert draft is not None and draft.payload["texts"]["producer_name"] == TYPED
    assert not window.centralWidget().isVisible()
    window.grab().save(str(tmp_path / "locked.png"))

    dialog = idle_lock.dialog
    dialog.field.setText("ผิด")
    dialog.unlock_button.click()
    assert idle_lock.locked and not window.centralWidget().isVisible()
    dialog.field.setText(SECRET)
    dialog.unlock_button.click()
    assert not idle_lock.locked and window.centralWidget().isVisible()
    assert window.form.ui.producer_name.text() == TYPED


def test_activity_keeps_the_window_open_and_quiet_time_locks_it(
    idle_lock: IdleLock, window: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "otop_desktop.ui.privacy.lock_screen.MS_PER_MINUTE", 300
    )  # a quick "minute"
    services.password.set_password(SECRET, SECRET, idle_minutes=1)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (key, move) * 4:  # 0.8 s of typing and moving: longer than the idle time
        QApplication.sendEvent(window, event)
        qtbot.wait(100)
        assert not idle_lock.locked
    qtbot.waitUntil(lambda: idle_lock.locked, timeout=3000)  # then nobody touches anything
