"""The program password at work: asked for at start, and a lock over the window after the
chosen idle time. The open form's draft is saved before the screen locks.

Idle time is measured with an application-wide event filter on key and mouse events and one
single-shot timer that each such event restarts; no data is polled.
"""

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.i18n.catalog import tr
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.ui.shell.crash_reporter import open_form
from otop_desktop.ui.widgets.screen_fit import grow_for_wrapped_text
from otop_desktop.ui.widgets.tab_order import chain_after
from otop_desktop.ui.widgets.timers import single_shot

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
MS_PER_MINUTE = 60_000
FREE_ATTEMPTS = 3
MAX_WAIT_MS = 30_000


class PasswordCheck(Protocol):
    """What the lock asks: the program password, or the start-up check of encrypted data."""

    def verify(self, password: str) -> bool: ...
    def is_encrypted(self) -> bool: ...
    def recover(self, recovery_key: str, new: str, confirm: str) -> None: ...


class LockDialog(QDialog):
    """Asks for the program password; Esc and the close button do not get past it. On
    encrypted data, "forgot the password" sets a new one with the recovery key."""

    def __init__(
        self, password: PasswordCheck, parent: QWidget | None = None, *, at_start: bool = False
    ) -> None:
        super().__init__(parent)
        self._password = password
        self._failures = 0
        self.setObjectName("lock_dialog")
        self.setWindowTitle(tr("OTOP Desktop: ใส่รหัสผ่าน"))
        self.setModal(True)
        encrypted = password.is_encrypted()
        if at_start:
            text = (
                tr("ข้อมูลในเครื่องนี้เข้ารหัสไว้ ใส่รหัสผ่านโปรแกรมเพื่อเปิดข้อมูล")
                if encrypted
                else tr("ใส่รหัสผ่านโปรแกรมเพื่อเปิดใช้งาน")
            )
        else:
            text = tr("โปรแกรมล็อกไว้เพราะไม่มีการใช้งานนานเกินกำหนด ข้อมูลที่กรอกค้างไว้ถูกเก็บไว้แล้ว")
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("lock_password")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("รหัสผ่านโปรแกรม"))
        self.message = QLabel("", self)
        self.message.setObjectName("lock_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        self.unlock_button = QPushButton(tr("ปลดล็อก") if not at_start else tr("เปิดโปรแกรม"), self)
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(tr("ออกจากโปรแกรม"), self)
        self.forgot_button = QPushButton(tr("ลืมรหัสผ่าน…"), self)
        self.forgot_button.setVisible(encrypted)
        self.forgot_button.clicked.connect(self._on_forgot_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        chain_after(self.quit_button, [self.unlock_button])
        layout = QVBoxLayout(self)
        for widget in (heading, self.field, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.field.returnPressed.connect(self._on_unlock_clicked)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        self.resize(460, self.sizeHint().height())

    def _on_unlock_clicked(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self._password.verify(self.field.text()):
            self.field.clear()
            self.accept()
            return
        self._failures += 1
        self.field.clear()
        reason = str(getattr(self._password, "last_error", "") or "")
        self.message.setText(reason or tr("รหัสผ่านไม่ถูกต้อง กรุณาลองอีกครั้ง"))
        grow_for_wrapped_text(self)
        if self._failures > FREE_ATTEMPTS:
            # Guessing gets slower with every miss, without locking the officer out for good.
            wait = min(MAX_WAIT_MS, 1000 * 2 ** (self._failures - FREE_ATTEMPTS - 1))
            self.unlock_button.setEnabled(False)
            QTimer.singleShot(wait, lambda: self.unlock_button.setEnabled(True))

    def _on_forgot_clicked(self) -> None:
        from otop_desktop.ui.privacy.recovery_dialog import RecoveryDialog

        self.recovery = RecoveryDialog(self._password, self)
        if self.recovery.exec() == QDialog.DialogCode.Accepted:
            self.field.clear()
            self.accept()

    def _on_quit_clicked(self) -> None:
        super().reject()

    def reject(self) -> None:
        """Esc and the window's close button leave the lock in place."""


def unlock_at_start(password: ProgramPassword) -> bool:
    """True when no password is set, or the officer typed it; False when the officer quit."""
    if not password.is_set():
        return True
    return LockDialog(password, at_start=True).exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Locks the main window after the idle time set with the password."""

    def __init__(
        self,
        password: ProgramPassword,
        window: Callable[[], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._password = password
        self._window = window
        self._timer = single_shot(self, self.lock)
        self._armed = False
        self.dialog: LockDialog | None = None
        self._hidden: QWidget | None = None

    def start(self) -> "IdleLock":
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._password.add_listener(self.rearm)
        self.rearm()
        return self

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._password.remove_listener(self.rearm)
        self._timer.stop()
        self._armed = False

    def rearm(self) -> None:
        """Reads the password setting again: arms the timer when a password is set."""
        self._armed = self._password.is_set()
        if self._armed:
            self._timer.setInterval(self._password.idle_minutes() * MS_PER_MINUTE)
            if self.dialog is None:
                self._timer.start()
        else:
            self._timer.stop()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and self.dialog is None and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def lock(self) -> None:
        if self.dialog is not None or not self._password.is_set():
            return
        window = self._window()
        form = open_form(window)
        if form is not None:
            form.save_draft_now()
        parent = window if isinstance(window, QWidget) else None
        central = parent.centralWidget() if isinstance(parent, QMainWindow) else None
        if central is not None:
            # Nobody walking past sees the registry while the officer is away.
            central.hide()
            self._hidden = central
        self.dialog = LockDialog(self._password, parent)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()

    def _on_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if self._hidden is not None:
            self._hidden.show()
            self._hidden = None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.rearm()
            return
        window = self._window()
        if isinstance(window, QWidget):
            window.close()  # saves the draft again on the way out
        QApplication.quit()
