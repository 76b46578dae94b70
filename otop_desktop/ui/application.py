"""Starts the GUI: the QApplication, the font, the first-run wizard and the main window."""

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from otop_desktop import APP_NAME, __version__
from otop_desktop.app import Services, open_services
from otop_desktop.data_folder import DataFolder
from otop_desktop.ui.change_bus import ChangeBus
from otop_desktop.ui.dialogs import Dialogs, QtDialogs
from otop_desktop.ui.fonts import load_sarabun, ui_font
from otop_desktop.ui.main_window import MainWindow, Page
from otop_desktop.ui.style import STYLE_SHEET
from otop_desktop.ui.ui_settings import UiSettings

SCREENSHOT_SIZE = QSize(1280, 800)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    load_sarabun()
    app.setFont(ui_font())
    app.setStyleSheet(STYLE_SHEET)
    return app


def build_main_window(services: Services, dialogs: Dialogs, language: str = "") -> MainWindow:
    from otop_desktop.ui.export_page import ExportPage

    ui_settings = UiSettings(services.folder.root / "ui-settings.ini")
    language = language or ui_settings.language()
    bus = ChangeBus()
    export_page = ExportPage(services, dialogs)
    window = MainWindow(services, bus, dialogs, ui_settings, export_page, language)
    bus.changed.connect(export_page.on_change)
    bus.setParent(window)
    return window


def ensure_office(services: Services, dialogs: Dialogs, parent: QWidget | None = None) -> bool:
    if services.office.office() is not None:
        return True
    from otop_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(services.office, services.gazetteer, parent)
    return bool(wizard.exec())


def run_gui(folder: DataFolder) -> int:
    app = application()
    dialogs = QtDialogs()
    services = open_services(folder)
    try:
        if not ensure_office(services, dialogs):
            return 0
        window = build_main_window(services, dialogs)
        window.show()
        window.offer_draft()
        return app.exec()
    finally:
        services.close()


PAGES = {"dashboard": Page.DASHBOARD, "registry": Page.REGISTRY, "form": Page.FORM,
         "export": Page.EXPORT, "settings": Page.SETTINGS}


def save_screenshot(folder: DataFolder, page: str, out: Path) -> Path:
    """Builds the main window with the folder's data, shows one page and saves it at 1280×800."""
    application()
    services = open_services(folder)
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
            raise OSError(f"บันทึกภาพหน้าจอไปที่ {out} ไม่ได้")
        window.close()
        return out
    finally:
        services.close()
