"""The main window's pages: the dashboard at once, the others built the first time they are needed.

Start-up builds the dashboard alone (PRODUCT.md §5: nothing the first screen does not need); the
registration form, registry, report and settings pages, and their modules, come when the officer
first opens them. The composition root says how each is built; the window connects its signals.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from otop_desktop.ui.shell.lazy_pages import LazyPages

if TYPE_CHECKING:
    from otop_desktop.ui.registration.registration_form import RegistrationForm
    from otop_desktop.ui.registration.registration_form_context import FormContext
    from otop_desktop.ui.registry.registry_page import RegistryPage
    from otop_desktop.ui.report.report_page import ReportPage
    from otop_desktop.ui.settings.settings_page import SettingsPage


class Page(IntEnum):
    DASHBOARD = 0
    FORM = 1
    REGISTRY = 2
    REPORT = 3
    SETTINGS = 4


@dataclass(frozen=True)
class PageBuilders:
    """How each page is made, given its parent; handed in by the composition root."""

    form: Callable[[QWidget], "RegistrationForm"]
    # What the form is built with: tests give it a reader of their own before it is built.
    form_context: "FormContext"
    registry: Callable[[QWidget], "RegistryPage"]
    report: Callable[[QWidget], "ReportPage"]
    settings: Callable[[QWidget], "SettingsPage"]


class WindowPages:
    def __init__(
        self,
        stack: QStackedWidget,
        dashboard: QWidget,
        builders: PageBuilders,
        on_built: Callable[[Page, QWidget], None],
    ) -> None:
        parent = stack

        def built(page: Page, build: Callable[[QWidget], QWidget]) -> Callable[[], QWidget]:
            def make() -> QWidget:
                widget = build(parent)
                on_built(page, widget)
                return widget

            return make

        self._pages = LazyPages(
            stack,
            {Page.DASHBOARD: dashboard},
            {
                Page.FORM: built(Page.FORM, builders.form),
                Page.REGISTRY: built(Page.REGISTRY, builders.registry),
                Page.REPORT: built(Page.REPORT, builders.report),
                Page.SETTINGS: built(Page.SETTINGS, builders.settings),
            },
        )

    def get(self, page: Page) -> QWidget:
        return self._pages.get(page)

    def built(self, page: Page) -> QWidget | None:
        return self._pages.built(page)

    @property
    def form(self) -> "RegistrationForm":
        return cast("RegistrationForm", self._pages.get(Page.FORM))

    @property
    def registry(self) -> "RegistryPage":
        return cast("RegistryPage", self._pages.get(Page.REGISTRY))

    @property
    def report(self) -> "ReportPage":
        return cast("ReportPage", self._pages.get(Page.REPORT))

    @property
    def settings(self) -> "SettingsPage":
        return cast("SettingsPage", self._pages.get(Page.SETTINGS))
