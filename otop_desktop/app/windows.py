"""The GUI's half of the composition root: the main window and its pages, each given the services
it uses, and the start of a session (data, first run, password, window). Qt is loaded here."""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from otop_desktop.app.services import Services, open_services, resources_dir
from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.dashboard.dashboard_parts import QuotaDashboard
from otop_desktop.ui.form_print.form_printing import FormPrinting
from otop_desktop.ui.registration.registration_form_context import FormContext
from otop_desktop.ui.shell.application import WindowSession, application
from otop_desktop.ui.shell.main_window import MainWindow, Page, PageBuilders, ShellServices
from otop_desktop.ui.shell.office_views import DistrictViews, OfficeViews, ProvinceViews
from otop_desktop.ui.shell.translator import set_language
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.transfer.transfer_actions import DataTransfer
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs, QtDialogs

if TYPE_CHECKING:
    from otop_desktop.app.start_check import EarlyIntegrityCheck
    from otop_desktop.ui.registration.registration_form import RegistrationForm
    from otop_desktop.ui.registry.registry_page import RegistryPage
    from otop_desktop.ui.report.report_page import ReportPage
    from otop_desktop.ui.settings.settings_page import SettingsPage

SCREENSHOT_SIZE = QSize(1280, 800)
BACKUP_DELAY_MS = 2000
UI_SETTINGS_FILE = "ui-settings.ini"
log = logging.getLogger(__name__)


def office_views(services: Services) -> OfficeViews:
    if services.is_province:
        return ProvinceViews(services.office, services.campaigns, services.gazetteer)
    return DistrictViews(services.office, services.campaigns, services.gazetteer)


def dashboard(services: Services, bus: ChangeBus) -> QuotaDashboard:
    if services.is_province:
        from otop_desktop.ui.dashboard.province_dashboard_page import ProvinceDashboardPage

        return ProvinceDashboardPage(services.province, bus)
    from otop_desktop.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(services.quota, bus)


def page_builders(
    services: Services,
    views: OfficeViews,
    bus: ChangeBus,
    dialogs: Dialogs,
    ui_settings: UiSettings,
    language: str,
) -> PageBuilders:
    """Each page is made, with its module, when the officer first opens it."""
    forms = FormPrinting(lambda: services.form_print, dialogs)
    context = FormContext(
        services.registry,
        services.drafts,
        services.status,
        services.office,
        services.gazetteer,
        views,
        services.campaigns,
        dialogs,
        bus.publish,
        photos=lambda: services.photos,
        forms=forms,
    )
    # A saved registration changes the counts the form shows: worked out again when next asked.
    bus.changed.connect(lambda _change: context.forget_status())

    def form(parent: QWidget) -> "RegistrationForm":
        from otop_desktop.ui.registration.registration_form import RegistrationForm

        return RegistrationForm(context, parent)

    def registry(parent: QWidget) -> "RegistryPage":
        from otop_desktop.ui.registry.registry_page import RegistryPage

        page = RegistryPage(
            services.registry,
            services.campaigns,
            views.tambons(),
            services.status,
            dialogs,
            bus,
            parent,
            forms=forms,
        )
        header = ui_settings.geometry("registry_header")
        if header is not None:
            page.table.horizontalHeader().restoreState(header)
        return page

    def report(parent: QWidget) -> "ReportPage":
        from otop_desktop.ui.report.report_page import ReportPage

        return ReportPage(services.reports, views.report_title(), dialogs, ui_settings, bus, parent)

    def settings(parent: QWidget) -> "SettingsPage":
        from otop_desktop.ui.privacy.privacy_notice import notice_fields
        from otop_desktop.ui.privacy.privacy_settings import PrivacyServices, PrivacySettings
        from otop_desktop.ui.settings.settings_page import SettingsPage

        privacy = PrivacyServices(
            services.password,
            lambda: services.retention,
            lambda: notice_fields(services.office, services.gazetteer),
            resources_dir(),
            lambda: services.exchange,
            lambda: services.office.require_office().office_name,
        )
        return SettingsPage(
            services.office,
            services.campaigns,
            services.gazetteer,
            views,
            language,
            bus,
            dialogs,
            lambda page: PrivacySettings(privacy, dialogs, bus, page),
            parent,
        )

    return PageBuilders(
        form=form, form_context=context, registry=registry, report=report, settings=settings
    )


def build_main_window(services: Services, dialogs: Dialogs, language: str = "") -> MainWindow:
    ui_settings = UiSettings(services.folder.root / UI_SETTINGS_FILE)
    language = language or ui_settings.language()
    set_language(language)
    bus = ChangeBus()
    views = office_views(services)
    shell = ShellServices(
        registry=services.registry,
        campaigns=services.campaigns,
        drafts=services.drafts,
        audit=services.audit,
        importer=lambda: services.importer,
        views=views,
        office_name=lambda: services.office.require_office().office_name,
        data_root=services.folder.root,
    )

    def transfer(parent: QWidget) -> DataTransfer:
        return DataTransfer(
            lambda: services.backups,
            lambda: services.exchange,
            services.gazetteer.tambon_name,
            dialogs,
            bus,
            parent,
        )

    window = MainWindow(
        shell,
        dashboard(services, bus),
        page_builders(services, views, bus, dialogs, ui_settings, language),
        transfer,
        bus,
        dialogs,
        ui_settings,
        language,
    )
    bus.setParent(window)
    return window


def ensure_office(services: Services, dialogs: Dialogs, parent: QWidget | None = None) -> bool:
    if services.office.office() is not None:
        return True
    from otop_desktop.ui.settings.setup_wizard import SetupWizard

    wizard = SetupWizard(
        services.office,
        services.campaigns,
        services.gazetteer,
        parent,
        password=services.password,
        dialogs=dialogs,
    )
    return bool(wizard.exec())


def run_gui(
    folder: DataFolder,
    dialogs: Dialogs | None = None,
    *,
    benchmark_start: bool = False,
    early_check: "EarlyIntegrityCheck | None" = None,
) -> int:
    from otop_desktop.app.start_data import open_building, open_or_recover
    from otop_desktop.ui.privacy.lock_screen import unlock_at_start
    from otop_desktop.ui.privacy.start_unlock import unlock_data
    from otop_desktop.ui.shell.guards import Guards, single_instance
    from otop_desktop.ui.shell.start_probe import StartPhases

    phases = StartPhases()
    phases.mark("modules")
    app = application(resources_dir())
    # The questions before the window (one instance, a damaged file, the wizard) speak its language.
    set_language(UiSettings(folder.root / UI_SETTINGS_FILE).language())
    dialogs = dialogs or QtDialogs()
    instance = single_instance(folder, dialogs)
    if instance is None:
        return 1
    # An encrypted office's password is the one asked: it unlocks the data before it opens.
    unlocked, key = unlock_data(folder)
    if not unlocked:
        instance.release()
        return 0
    first_window: MainWindow | None = None
    if key is None:
        services = open_or_recover(folder, dialogs, early_check=early_check)
    else:
        opened = open_building(folder, dialogs, key, _window_of_office(dialogs))
        services, first_window = opened if opened is not None else (None, None)
    phases.mark("data")
    if services is None:
        instance.release()
        return 1
    guards = Guards(services.folder.logs, services.password, dialogs)
    try:
        had_office = services.office.office() is not None
        if not ensure_office(services, dialogs):
            return 0
        # The lock-only password of a server's office; an encrypted one was asked above.
        if key is None and had_office and not unlock_at_start(services.password):
            return 0
        session = WindowSession(
            lambda language: build_main_window(services, dialogs, language),
            services.drafts,
            first_window,
        )
        guards.watch(lambda: session.window)
        phases.mark("window")
        if benchmark_start:
            from otop_desktop.ui.shell.start_probe import FirstFrameProbe

            FirstFrameProbe(session.window.dashboard, phases)
        session.window.offer_draft()
        # After the first frame: a day's first backup of a large database takes seconds.
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: _quietly(services.backups.backup_if_due))
        # Photos added to a form that was never saved, a day on.
        QTimer.singleShot(BACKUP_DELAY_MS * 2, lambda: _quietly(services.photos.remove_unused))
        code = app.exec()
        _quietly(services.backups.backup_on_exit)
        return code
    finally:
        guards.stop()
        services.close()
        instance.release()


def _quietly(backup: Callable[[], object]) -> None:
    """Automatic backups and clean-ups never stop the officer's work; a failure is left for
    the log."""
    try:
        backup()
    except (UserError, OSError) as exc:
        log.warning("automatic %s failed: %s", getattr(backup, "__name__", "task"), exc)


def _window_of_office(dialogs: Dialogs) -> Callable[[Services], MainWindow | None]:
    """Builds the window of an office that exists; a new folder's wizard comes first."""

    def build(services: Services) -> MainWindow | None:
        if services.office.office() is None:
            return None
        return build_main_window(services, dialogs)

    return build


PAGES = {
    "dashboard": Page.DASHBOARD,
    "registry": Page.REGISTRY,
    "form": Page.FORM,
    "report": Page.REPORT,
    "export": Page.REPORT,
    "settings": Page.SETTINGS,
}


def save_screenshot(folder: DataFolder, page: str, out: Path, *, key: bytes | None = None) -> Path:
    """Builds the main window with the folder's data, shows one page and saves it at 1280×800."""
    application(resources_dir())
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
