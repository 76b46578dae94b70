"""The QApplication with its font and look, and the one main window of a session."""

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from otop_desktop import APP_NAME, __version__
from otop_desktop.services.registry.draft_service import DraftService
from otop_desktop.ui.shell.fonts import load_sarabun, ui_font
from otop_desktop.ui.shell.main_window import MainWindow, Page
from otop_desktop.ui.shell.style import STYLE_SHEET


def application(resources: Path | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if resources is not None:
        app.setWindowIcon(QIcon(str(resources / "app.png")))
    load_sarabun()
    app.setFont(ui_font())
    app.setStyleSheet(STYLE_SHEET)
    return app


class WindowSession:
    """The one main window, rebuilt in place when the officer switches the interface language."""

    def __init__(
        self,
        build: Callable[[str], MainWindow],
        drafts: DraftService,
        first: MainWindow | None = None,
    ) -> None:
        """`first`: the window already built in the office's language, to be shown."""
        self._build = build
        self._drafts = drafts
        self.window = self._open(first if first is not None else build(""))

    def _open(self, window: MainWindow) -> MainWindow:
        window.language_change_requested.connect(self.switch_language)
        window.fit_to_screen()
        window.show()
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        old.ui_settings.set_language(language)
        old.close()  # saves the open form's draft and the geometry
        self.window = self._open(self._build(language))
        draft = self._drafts.load()
        if draft is not None:
            self.window.form.restore_draft(draft.payload, draft.registration_uuid)
            self.window.show_page(
                Page.FORM if old.current_page() is Page.FORM else old.current_page()
            )
        else:
            self.window.show_page(old.current_page())
        old.deleteLater()
