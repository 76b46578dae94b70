"""The main window: navigation between pages, the status bar, shortcuts and remembered geometry."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QSizePolicy, QWidget

from otop_desktop import __version__
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.i18n.catalog import pick, tr, user_message
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.privacy.audit_service import AuditService
from otop_desktop.services.registry.draft_service import DraftService
from otop_desktop.services.registry.registry_service import RegistryService
from otop_desktop.ui.campaign.campaign_chooser import CampaignChooser
from otop_desktop.ui.dashboard.dashboard_parts import QuotaDashboard
from otop_desktop.ui.forms.ui_main_window import Ui_MainWindow
from otop_desktop.ui.shell.main_window_pages import Page, PageBuilders, WindowPages
from otop_desktop.ui.shell.office_views import OfficeViews
from otop_desktop.ui.shell.shortcut_priority import WindowShortcutsFirst
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.shell.window_placement import place
from otop_desktop.ui.transfer.transfer_actions import DataTransfer
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.tab_order import focus_first_field

if TYPE_CHECKING:
    from otop_desktop.services.importing.import_service import ImportService
    from otop_desktop.ui.privacy.privacy_settings import PrivacySettings
    from otop_desktop.ui.registration.registration_form import RegistrationForm
    from otop_desktop.ui.registry.registry_page import RegistryPage
    from otop_desktop.ui.report.report_page import ReportPage
    from otop_desktop.ui.settings.settings_page import SettingsPage

__all__ = ["MainWindow", "Page", "PageBuilders", "ShellServices"]

PENDING_NOTICE_DELAY_MS = 1500
PAGE_TITLES = {
    Page.DASHBOARD: "หน้าหลัก",
    Page.FORM: "ลงทะเบียน",
    Page.REGISTRY: "ทะเบียน",
    Page.REPORT: "ส่งรายงาน",
    Page.SETTINGS: "ตั้งค่า",
}


@dataclass(frozen=True)
class ShellServices:
    """What the window itself uses, beside its pages."""

    registry: RegistryService
    campaigns: CampaignService
    drafts: DraftService
    audit: AuditService
    importer: "Callable[[], ImportService]"
    views: OfficeViews
    office_name: Callable[[], str]
    data_root: Path


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(
        self,
        services: ShellServices,
        dashboard: QuotaDashboard,
        pages: PageBuilders,
        transfer: Callable[[QWidget], DataTransfer],
        bus: ChangeBus,
        dialogs: Dialogs,
        ui_settings: UiSettings,
        language: str = "th",
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self.bus = bus
        self.dialogs = dialogs
        self.ui_settings = ui_settings
        self.drafts = services.drafts
        self.transfer = transfer(self)
        self.dashboard = dashboard
        menu_actions = self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self.shortcuts_first = WindowShortcutsFirst(self, menu_actions)
        self.shortcuts_first.watch(dashboard)
        self.pages = WindowPages(self.ui.pages, dashboard, pages, self._wire_page)
        self.form_context = pages.form_context
        for page in Page:
            self.ui.navigation.addItem(QListWidgetItem(tr(PAGE_TITLES[page])))
        self.status_label = QLabel(self)
        # The office and campaign line may be cut short; it must not widen the window.
        self.status_label.setMinimumWidth(1)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.statusbar.addPermanentWidget(self.status_label, 1)
        self.campaign_chooser = CampaignChooser(services.campaigns, bus, self)
        self.ui.statusbar.addPermanentWidget(self.campaign_chooser)
        self.ui.action_thai.setChecked(language == "th")
        self.ui.action_english.setChecked(language == "en")
        self._connect()
        self._update_status_label()
        self.show_page(Page.DASHBOARD)
        self._restore_geometry()
        # After the first frame: conflicts left for later are worth a word, not a delay.
        QTimer.singleShot(PENDING_NOTICE_DELAY_MS, self._mention_pending_conflicts)

    # --- pages -------------------------------------------------------------------------------

    @property
    def form(self) -> "RegistrationForm":
        return self.pages.form

    @property
    def registry(self) -> "RegistryPage":
        return self.pages.registry

    @property
    def report_page(self) -> "ReportPage":
        return self.pages.report

    @property
    def settings(self) -> "SettingsPage":
        return self.pages.settings

    @property
    def privacy(self) -> "PrivacySettings":
        return self.settings.privacy

    def _wire_page(self, page: Page, widget: QWidget) -> None:
        """The window's own reactions to a page, once the page is first built."""
        self.shortcuts_first.watch(widget)
        if page is Page.FORM:
            form = cast("RegistrationForm", widget)
            form.saved.connect(self._on_form_saved)
            form.closed.connect(lambda: self.show_page(Page.REGISTRY))
            form.open_registration.connect(self.edit_registration)
        elif page is Page.REGISTRY:
            registry = cast("RegistryPage", widget)
            registry.edit_requested.connect(self.edit_registration)
            registry.new_requested.connect(self.new_registration)
            registry.again_requested.connect(self.register_again)
            registry.message.connect(lambda text: self.ui.statusbar.showMessage(text, 10000))
        elif page is Page.SETTINGS:
            settings = cast("SettingsPage", widget)
            settings.language_changed.connect(self.language_change_requested)

    def _mention_pending_conflicts(self) -> None:
        notice = self.transfer.pending_notice()
        if notice:
            self.ui.statusbar.showMessage(notice)

    def _connect(self) -> None:
        ui = self.ui
        ui.navigation.currentRowChanged.connect(self._on_navigation_changed)
        ui.action_new_registration.triggered.connect(self.new_registration)
        ui.action_import.triggered.connect(self.import_file)
        ui.action_backup_now.triggered.connect(self.transfer.backup_now)
        ui.action_restore.triggered.connect(self.transfer.restore)
        ui.action_send.triggered.connect(self.transfer.send)
        ui.action_receive.triggered.connect(self.transfer.receive)
        ui.action_conflicts.triggered.connect(self.transfer.review_conflicts)
        ui.action_audit_log.triggered.connect(self._on_audit_log_triggered)
        ui.action_find.triggered.connect(self._on_find_triggered)
        ui.action_export.triggered.connect(self._on_export_triggered)
        ui.action_new_campaign.triggered.connect(self.new_campaign)
        ui.action_choose_campaign.triggered.connect(self.campaign_chooser.choose)
        for action, page in (
            (ui.action_show_dashboard, Page.DASHBOARD),
            (ui.action_show_form, Page.FORM),
            (ui.action_show_registry, Page.REGISTRY),
            (ui.action_show_report, Page.REPORT),
            (ui.action_show_settings, Page.SETTINGS),
        ):
            action.triggered.connect(lambda _=False, page=page: self.show_page(page))
        ui.action_undo_delete.triggered.connect(self._on_undo_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_thai.triggered.connect(lambda: self.language_change_requested.emit("th"))
        ui.action_english.triggered.connect(lambda: self.language_change_requested.emit("en"))
        ui.action_about.triggered.connect(self._on_about_triggered)
        self.bus.changed.connect(self._on_change)
        self.dashboard.register_requested.connect(self.register_in_tambon)
        self.dashboard.outside_requested.connect(self.show_outside_every_campaign)

    # --- navigation ------------------------------------------------------------------------

    def show_page(self, page: Page) -> None:
        self.pages.get(page)
        self.ui.navigation.setCurrentRow(int(page))
        self.ui.pages.setCurrentIndex(int(page))
        if page is Page.FORM:
            self.form.focus_current_step()
        else:
            focus_first_field(self.pages.get(page))

    def current_page(self) -> Page:
        return Page(self.ui.pages.currentIndex())

    def _on_navigation_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.get(Page(row))
            self.ui.pages.setCurrentIndex(row)

    def _on_export_triggered(self) -> None:
        """Ctrl+E shows the pre-flight checks first; pressed again there, it writes the report."""
        if self.current_page() is Page.REPORT:
            self.report_page.export()
        else:
            self.show_page(Page.REPORT)

    def _on_find_triggered(self) -> None:
        self.show_page(Page.REGISTRY)
        self.registry.focus_search()

    def _on_undo_triggered(self) -> None:
        if not self.registry.undo_delete():
            self.ui.statusbar.showMessage(tr("ไม่มีรายการที่ลบให้เลิกทำ"), 5000)

    def new_campaign(self) -> None:
        """A new fiscal year's letter: its campaign, which then becomes the active one."""
        from otop_desktop.ui.campaign.new_campaign_dialog import NewCampaignDialog

        self.campaign_dialog = NewCampaignDialog(self.services.campaigns, self.bus, self)
        self.campaign_dialog.open()

    # --- registration ------------------------------------------------------------------------

    def new_registration(self) -> None:
        """Continues the form in progress if there is one, so nothing typed is lost."""
        if self.form.editing_uuid and not self.form.is_dirty:
            self.form.reset()
        self.show_page(Page.FORM)

    def register_in_tambon(self, tambon_code: str, producer_type: ProducerType | None) -> None:
        if self.form.is_dirty and not self._discard_form_ok():
            return
        self.form.reset(tambon_code=tambon_code, producer_type=producer_type)
        self.show_page(Page.FORM)

    def register_again(self, uuid: str) -> None:
        """An earlier registration registered again for the active campaign, to check and save."""
        if self.form.is_dirty and not self._discard_form_ok():
            return
        try:
            again = self.services.registry.again_for_active_campaign(uuid)
        except UserError as exc:
            self.dialogs.error(self, tr("เปิดรายการไม่ได้"), user_message(exc))
            return
        self.drafts.discard()
        self.form.start_again(again)
        self.show_page(Page.FORM)

    def show_outside_every_campaign(self) -> None:
        self.show_page(Page.REGISTRY)
        self.registry.show_in_no_campaign()

    def edit_registration(self, uuid: str) -> None:
        if self.form.is_dirty and self.form.editing_uuid != uuid and not self._discard_form_ok():
            return
        try:
            registration = self.services.registry.get(uuid)
        except UserError as exc:
            self.dialogs.error(self, tr("เปิดรายการไม่ได้"), user_message(exc))
            return
        if self.form.editing_uuid != uuid or not self.form.is_dirty:
            self.drafts.discard()
            self.form.edit(registration)
        self.show_page(Page.FORM)

    def _discard_form_ok(self) -> bool:
        if not self.dialogs.confirm(
            self,
            tr("มีแบบฟอร์มที่ยังไม่บันทึก"),
            tr("แบบฟอร์มที่กรอกค้างไว้ยังไม่ได้บันทึก ต้องการละทิ้งข้อมูลนั้นหรือไม่?"),
            ok=tr("ละทิ้งข้อมูลที่กรอก"),
            cancel=tr("กลับไปกรอกต่อ"),
        ):
            self.show_page(Page.FORM)
            return False
        self.drafts.discard()
        return True

    def _on_form_saved(self, change: Change) -> None:
        self.ui.statusbar.showMessage(tr("✓ บันทึกแล้ว พร้อมรับลงทะเบียนรายถัดไป"), 8000)

    def offer_draft(self) -> bool:
        """After a crash or power cut, offers the unfinished registration back."""
        draft = self.drafts.load()
        if draft is None:
            return False
        name = draft.payload.get("texts", {}).get("producer_name") or tr("(ยังไม่ระบุชื่อ)")
        if self.dialogs.confirm(
            self,
            tr("พบการลงทะเบียนที่ยังไม่เสร็จ"),
            tr("พบแบบฟอร์มที่กรอกค้างไว้: {name}\nต้องการกรอกต่อหรือไม่?").format(name=name),
            ok=tr("กรอกต่อ"),
            cancel=tr("ละทิ้ง"),
            ok_is_safe=True,
        ):
            self.form.restore_draft(draft.payload, draft.registration_uuid)
            self.show_page(Page.FORM)
            return True
        self.drafts.discard()
        return False

    # --- import ------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        from otop_desktop.ui.importing.import_dialog import ImportDialog

        path = path or self.dialogs.open_file(
            self, tr("นำเข้าทะเบียนจากแฟ้ม"), tr("ตาราง Excel หรือ CSV (*.xlsx *.csv)")
        )
        if path is None:
            return
        importer = self.services.importer()
        try:
            table = importer.read(path)
        except UserError as exc:
            self.dialogs.error(self, tr("นำเข้าไม่ได้"), user_message(exc))
            return
        tambons = [(t.code, pick(t.name_th, t.name_en)) for t in self.services.views.tambons()]
        dialog = ImportDialog(importer, table, path, tambons, self.ui_settings, self)
        dialog.imported.connect(self.bus.publish)
        self.import_dialog = dialog
        dialog.open()

    # --- status ------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self._update_status_label()

    def _update_status_label(self) -> None:
        self.status_label.setText(self.services.views.status_line())
        self.setWindowTitle(f"OTOP Desktop — {self.services.office_name()}")

    def _on_audit_log_triggered(self) -> None:
        from otop_desktop.ui.privacy.audit_log_dialog import AuditLogDialog

        self.audit_dialog = AuditLogDialog(self.services.audit.recent(), self)
        self.audit_dialog.open()

    def _on_about_triggered(self) -> None:
        self.dialogs.info(
            self,
            tr("เกี่ยวกับโปรแกรม"),
            tr(
                "OTOP Desktop รุ่น {version}\nทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ระดับอำเภอ\n"
                "ข้อมูลเก็บไว้ที่ {folder}"
            ).format(version=__version__, folder=self.services.data_root),
        )

    # --- geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def fit_to_screen(self) -> None:
        """Before the window is first shown: within the screen's free area, maximised on a
        screen smaller than the pages' comfortable size."""
        place(self, remembered=self.ui_settings.geometry("main_window") is not None)

    def save_geometry(self) -> None:
        self.ui_settings.set_geometry("main_window", self.saveGeometry())
        if self.pages.built(Page.REGISTRY) is not None:
            header = self.registry.table.horizontalHeader().saveState()
            self.ui_settings.set_geometry("registry_header", header)
        self.ui_settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.built(Page.FORM) is not None:
            self.form.save_draft_now()
        self.save_geometry()
        super().closeEvent(event)
