"""Starts the GUI: the QApplication, the font, the first-run wizard and the main window."""

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from otop_desktop import APP_NAME, __version__
from otop_desktop.app import Services, open_services, resources_dir
from otop_desktop.db.schema import SchemaError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.platform.data_folder import DataFolder, DataFolderError
from otop_desktop.services.errors import UserError
from otop_desktop.ui.shell.change_bus import ChangeBus
from otop_desktop.ui.shell.fonts import load_sarabun, ui_font
from otop_desktop.ui.shell.main_window import MainWindow, Page
from otop_desktop.ui.shell.style import STYLE_SHEET
from otop_desktop.ui.shell.translator import set_language
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.widgets.dialogs import Dialogs, QtDialogs

if TYPE_CHECKING:
    from otop_desktop.services.backup.backup_restore import BackupPreview
    from otop_desktop.services.backup.backup_service import BackupService

SCREENSHOT_SIZE = QSize(1280, 800)
BACKUP_DELAY_MS = 2000
log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "app.png")))
    load_sarabun()
    app.setFont(ui_font())
    app.setStyleSheet(STYLE_SHEET)
    return app


def build_main_window(services: Services, dialogs: Dialogs, language: str = "") -> MainWindow:
    ui_settings = UiSettings(services.folder.root / "ui-settings.ini")
    language = language or ui_settings.language()
    set_language(language)
    bus = ChangeBus()

    def export_page() -> QWidget:
        from otop_desktop.ui.report.report_page import ExportPage

        page = ExportPage(services, dialogs, ui_settings)
        bus.changed.connect(page.on_change)
        return page

    window = MainWindow(services, bus, dialogs, ui_settings, export_page, language)
    bus.setParent(window)
    return window


def ensure_office(services: Services, dialogs: Dialogs, parent: QWidget | None = None) -> bool:
    if services.office.office() is not None:
        return True
    from otop_desktop.ui.settings.setup_wizard import SetupWizard

    wizard = SetupWizard(
        services.office, services.gazetteer, parent, password=services.password, dialogs=dialogs
    )
    return bool(wizard.exec())


def run_gui(
    folder: DataFolder, dialogs: Dialogs | None = None, *, benchmark_start: bool = False
) -> int:
    from otop_desktop.ui.privacy.lock_screen import unlock_at_start
    from otop_desktop.ui.privacy.start_unlock import unlock_data
    from otop_desktop.ui.shell.guards import Guards, single_instance

    app = application()
    dialogs = dialogs or QtDialogs()
    instance = single_instance(folder, dialogs)
    if instance is None:
        return 1
    # An encrypted office's password is the one asked: it unlocks the data before it opens.
    unlocked, key = unlock_data(folder)
    services = open_or_recover(folder, dialogs, key) if unlocked else None
    if services is None:
        instance.release()
        return 1 if unlocked else 0
    guards = Guards(services, dialogs)
    try:
        had_office = services.office.office() is not None
        if not ensure_office(services, dialogs):
            return 0
        # The lock-only password of a server's office; an encrypted one was asked above.
        if key is None and had_office and not unlock_at_start(services.password):
            return 0
        session = WindowSession(services, dialogs)
        guards.watch(lambda: session.window)
        if benchmark_start:
            from otop_desktop.ui.shell.start_probe import FirstFrameProbe

            FirstFrameProbe(session.window.dashboard)
        session.window.offer_draft()
        # After the first frame: a day's first backup of a large database takes seconds.
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: _quietly(services.backups.backup_if_due))
        code = app.exec()
        _quietly(services.backups.backup_on_exit)
        return code
    finally:
        guards.stop()
        services.close()
        instance.release()


class WindowSession:
    """The one main window, rebuilt in place when the officer switches the interface language."""

    def __init__(self, services: Services, dialogs: Dialogs) -> None:
        self._services = services
        self._dialogs = dialogs
        self.window = self._open(build_main_window(services, dialogs))

    def _open(self, window: MainWindow) -> MainWindow:
        window.language_change_requested.connect(self.switch_language)
        window.show()
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        old.ui_settings.set_language(language)
        old.close()  # saves the open form's draft and the geometry
        self.window = self._open(build_main_window(self._services, self._dialogs, language))
        draft = self._services.drafts.load()
        if draft is not None:
            self.window.form.restore_draft(draft.payload, draft.registration_uuid)
            self.window.show_page(
                Page.FORM if old.current_page() is Page.FORM else old.current_page()
            )
        else:
            self.window.show_page(old.current_page())
        old.deleteLater()


def _quietly(backup: Callable[[], object]) -> None:
    """Automatic backups never stop the officer's work; a failure is left for the log."""
    try:
        backup()
    except (UserError, OSError) as exc:
        log.warning("automatic backup failed: %s", exc)


# (backups, what SQLite found, the backup proposed) -> (the file chosen, its secret), or None.
RecoveryChooser = Callable[["BackupService", str, "BackupPreview | None"], tuple[Path, str] | None]


def choose_recovery(
    backups: "BackupService", problem: str, proposed: "BackupPreview | None"
) -> tuple[Path, str] | None:
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog

    dialog = RestoreDialog(backups, QtDialogs(), None, damage=problem, proposed=proposed)
    if not dialog.exec() or dialog.chosen is None:
        return None
    return dialog.chosen, dialog.secret


def open_or_recover(
    folder: DataFolder,
    dialogs: Dialogs,
    key: bytes | None = None,
    choose: RecoveryChooser = choose_recovery,
) -> Services | None:
    """Opens the data; a damaged file is never overwritten: the officer is offered a backup,
    named with its kind, date and record count, and may pick another."""
    from otop_desktop.services.backup.backup_service import BackupService

    folder.create()
    backups = BackupService(folder, key=key)
    check = backups.integrity_check(quick=True) if folder.database_path.exists() else None
    if check is not None and not check.ok:
        from otop_desktop.services.office.gazetteer import Gazetteer

        backups = BackupService(folder, key=key, gazetteer=Gazetteer())
        proposed = backups.proposed_backup()
        # Encrypted backups that this folder's key cannot open are still offered, to be opened
        # with their password or recovery key (a lost otop.key).
        if proposed is None and not any(b.restorable for b in backups.backups()):
            dialogs.error(
                None,
                tr("ฐานข้อมูลเสียหาย"),
                tr(
                    "แฟ้มฐานข้อมูล {path} เสียหายและไม่พบข้อมูลสำรองที่ใช้ได้ โปรแกรมไม่ได้แก้ไขแฟ้มนั้น "
                    "กรุณาติดต่อผู้ดูแลระบบ"
                ).format(path=folder.database_path),
            )
            return None
        choice = choose(backups, check.problem, proposed[1] if proposed is not None else None)
        if choice is None:
            return None
        try:
            backups.restore(*choice)
        except UserError as exc:
            dialogs.error(None, tr("กู้คืนไม่ได้"), user_message(exc))
            return None
    try:
        return open_services(folder, key)
    except (SchemaError, DataFolderError) as exc:
        dialogs.error(None, tr("เปิดฐานข้อมูลไม่ได้"), str(exc))
        return None


PAGES = {
    "dashboard": Page.DASHBOARD,
    "registry": Page.REGISTRY,
    "form": Page.FORM,
    "export": Page.EXPORT,
    "settings": Page.SETTINGS,
}


def save_screenshot(folder: DataFolder, page: str, out: Path, *, key: bytes | None = None) -> Path:
    """Builds the main window with the folder's data, shows one page and saves it at 1280×800."""
    application()
    services = open_services(folder, key)
    try:
        window = build_main_window(services, QtDialogs())
        window.resize(SCREENSHOT_SIZE)
        window.show_page(PAGES[page])
        if PAGES[page] is Page.FORM:
            window.form.reset()
        window.show()
        QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise OSError(tr("บันทึกภาพหน้าจอไปที่ {path} ไม่ได้").format(path=out))
        window.close()
        return out
    finally:
        services.close()
