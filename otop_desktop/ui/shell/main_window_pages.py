"""The main window's pages other than the dashboard, each built the first time it is needed.

Start-up builds the dashboard alone (PRODUCT.md §5: nothing the first screen does not need);
the registration form, registry, export and settings pages, and their modules, come when the
officer first opens them, which takes a few tens of milliseconds each.
"""

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from otop_desktop.ui.shell.lazy_pages import LazyPages

if TYPE_CHECKING:
    from otop_desktop.ui.privacy.privacy_settings import PrivacySettings
    from otop_desktop.ui.registration.registration_form import RegistrationForm
    from otop_desktop.ui.registry.registry_page import RegistryPage
    from otop_desktop.ui.settings.settings_page import SettingsPage


class Page(IntEnum):
    DASHBOARD = 0
    FORM = 1
    REGISTRY = 2
    EXPORT = 3
    SETTINGS = 4


class MainWindowPages:
    """Mixed into MainWindow, whose attributes (services, dialogs, bus...) the builders use."""

    services: Any
    dialogs: Any
    bus: Any
    ui: Any
    ui_settings: Any
    form_context: Any
    language_change_requested: Any
    pages: LazyPages
    _area_code: str
    _language: str
    _export_page_factory: Callable[[], QWidget]
    _privacy: "PrivacySettings | None" = None

    def _lazy_pages(self, dashboard: QWidget) -> LazyPages:
        return LazyPages(
            self.ui.pages,
            {Page.DASHBOARD: dashboard},
            {
                Page.FORM: self._build_form,
                Page.REGISTRY: self._build_registry,
                Page.EXPORT: self._export_page_factory,
                Page.SETTINGS: self._build_settings,
            },
        )

    @property
    def form(self) -> "RegistrationForm":
        return self.pages.get(Page.FORM)  # type: ignore[return-value]

    @property
    def registry(self) -> "RegistryPage":
        return self.pages.get(Page.REGISTRY)  # type: ignore[return-value]

    @property
    def export_page(self) -> QWidget:
        return self.pages.get(Page.EXPORT)

    @property
    def settings(self) -> "SettingsPage":
        return self.pages.get(Page.SETTINGS)  # type: ignore[return-value]

    @property
    def privacy(self) -> "PrivacySettings":
        self.settings  # noqa: B018 - builds the settings page, which holds the privacy section
        assert self._privacy is not None
        return self._privacy

    def _build_form(self) -> QWidget:
        from otop_desktop.ui.registration.registration_form import RegistrationForm

        form = RegistrationForm(self.form_context, self)  # type: ignore[arg-type]
        form.saved.connect(self._on_form_saved)  # type: ignore[attr-defined]
        form.closed.connect(lambda: self.show_page(Page.REGISTRY))  # type: ignore[attr-defined]
        form.open_registration.connect(self.edit_registration)  # type: ignore[attr-defined]
        return form

    def _build_registry(self) -> QWidget:
        from otop_desktop.ui.registry.registry_page import RegistryPage

        registry = RegistryPage(
            self.services.registry,
            self.services.gazetteer,
            self._area_code,
            self.dialogs,
            self,
            quota=self.services.quota,  # type: ignore[arg-type]
        )
        registry.edit_requested.connect(self.edit_registration)  # type: ignore[attr-defined]
        registry.new_requested.connect(self.new_registration)  # type: ignore[attr-defined]
        registry.changed.connect(self.bus.publish)
        registry.message.connect(lambda text: self.ui.statusbar.showMessage(text, 10000))
        header = self.ui_settings.geometry("registry_header")
        if header is not None:
            registry.table.horizontalHeader().restoreState(header)
        return registry

    def _build_settings(self) -> QWidget:
        from otop_desktop.ui.privacy.privacy_settings import PrivacySettings
        from otop_desktop.ui.settings.settings_page import SettingsPage

        settings = SettingsPage(
            self.services.office,
            self.services.gazetteer,
            self._language,
            self,  # type: ignore[arg-type]
        )
        self._privacy = PrivacySettings(self.services, self.dialogs, settings)
        settings.add_section(self._privacy)
        settings.changed.connect(self.bus.publish)
        self._privacy.changed.connect(self.bus.publish)
        settings.language_changed.connect(self.language_change_requested)
        return settings
