"""The main window: navigation between pages, the status bar, shortcuts and remembered geometry."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from otop_desktop import __version__
from otop_desktop.app import Services
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.changes import Change
from otop_desktop.services.errors import UserError
from otop_desktop.ui.dashboard.dashboard_page import DashboardPage
from otop_desktop.ui.forms.ui_main_window import Ui_MainWindow
from otop_desktop.ui.registration.registration_form_context import FormContext
from otop_desktop.ui.shell.change_bus import ChangeBus
from otop_desktop.ui.shell.main_window_pages import MainWindowPages, Page
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.transfer.transfer_actions import DataTransfer
from otop_desktop.ui.widgets.dialogs import Dialogs

PENDING_NOTICE_DELAY_MS = 1500
PAGE_TITLES = {
    Page.DASHBOARD: "หน้าหลัก",
    Page.FORM: "ลงทะเบียน",
    Page.REGISTRY: "ทะเบียน",
    Page.EXPORT: "ส่งรายงาน",
    Page.SETTINGS: "ตั้งค่า",
}


class MainWindow(QMainWindow, MainWindowPages):
    language_change_requested = Signal(str)

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        dialogs: Dialogs,
        ui_settings: UiSettings,
        export_page: Callable[[], QWidget],
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
        self.transfer = DataTransfer(services, dialogs, bus, self)
        # A province office's registry and form span every tambon of its province.
        district_code = services.office.require_office().area_code
        self.form_context = FormContext(
            services.registry,
            self.drafts,
            services.quota,
            services.office,
            services.gazetteer,
            dialogs,
        )
        self.dashboard: QWidget
        if services.office.is_province():
            from otop_desktop.ui.dashboard.province_dashboard_page import ProvinceDashboardPage

            self.dashboard = ProvinceDashboardPage(services.province, self)
        else:
            self.dashboard = DashboardPage(services.quota, self)
        self._area_code, self._language = district_code, language
        self._export_page_factory = export_page
        self.pages = self._lazy_pages(self.dashboard)
        for page in Page:
            self.ui.navigation.addItem(QListWidgetItem(tr(PAGE_TITLES[page])))
        self.status_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.status_label)
        self.ui.action_thai.setChecked(language == "th")
        self.ui.action_english.setChecked(language == "en")
        self._connect()
        self._update_status_label()
        self.show_page(Page.DASHBOARD)
        self._restore_geometry()
        # After the first frame: conflicts left for later are worth a word, not a delay.
        QTimer.singleShot(PENDING_NOTICE_DELAY_MS, self._mention_pending_conflicts)

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
        ui.action_show_dashboard.triggered.connect(lambda: self.show_page(Page.DASHBOARD))
        ui.action_show_registry.triggered.connect(lambda: self.show_page(Page.REGISTRY))
        ui.action_undo_delete.triggered.connect(self._on_undo_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_thai.triggered.connect(lambda: self.language_change_requested.emit("th"))
        ui.action_english.triggered.connect(lambda: self.language_change_requested.emit("en"))
        ui.action_about.triggered.connect(self._on_about_triggered)
        self.bus.changed.connect(self._on_change)
        self.dashboard.register_requested.connect(self.register_in_tambon)

    # --- navigation ------------------------------------------------------------------------

    def show_page(self, page: Page) -> None:
        self.pages.get(page)
        self.ui.navigation.setCurrentRow(int(page))
        self.ui.pages.setCurrentIndex(int(page))
        if page is Page.FORM:
            self.form.focus_current_step()

    def current_page(self) -> Page:
        return Page(self.ui.pages.currentIndex())

    def _on_navigation_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.get(row)
            self.ui.pages.setCurrentIndex(row)

    def _on_export_triggered(self) -> None:
        """Ctrl+E shows the pre-flight checks first; pressed again there, it writes the report."""
        if self.current_page() is Page.EXPORT:
            self.export_page.export()  # type: ignore[attr-defined]
        else:
            self.show_page(Page.EXPORT)

    def _on_find_triggered(self) -> None:
        self.show_page(Page.REGISTRY)
        self.registry.focus_search()

    def _on_undo_triggered(self) -> None:
        if not self.registry.undo_delete():
            self.ui.statusbar.showMessage(tr("ไม่มีรายการที่ลบให้เลิกทำ"), 5000)

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

    def edit_registration(self, uuid: str) -> None:
        if self.form.is_dirty and self.form.editing_uuid != uuid and not self._discard_form_ok():
            return
        try:
            registration = self.services.registry.get(uuid)
        except UserError as exc:
            self.dialogs.error(self, tr("เปิดรายการไม่ได้"), exc.message_th)
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
        self.bus.publish(change)
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
        try:
            table = self.services.importer.read(path)
        except UserError as exc:
            self.dialogs.error(self, tr("นำเข้าไม่ได้"), exc.message_th)
            return
        tambons = [(t.code, t.name_th) for t in self.form_context.tambons()]
        dialog = ImportDialog(self.services.importer, table, path, tambons, self.ui_settings, self)
        dialog.imported.connect(self.bus.publish)
        self.import_dialog = dialog
        dialog.open()

    # --- changes -----------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        # Pages not built yet read fresh data when they are.
        self.form_context.forget_status()
        self.dashboard.on_change(change)
        if self.pages.built(Page.REGISTRY) is not None:
            self.registry.on_change(change)
        self._update_status_label()

    def _update_status_label(self) -> None:
        office = self.services.office.require_office()
        if office.is_province:
            self._update_province_status_label()
            return
        district = self.services.office.district()
        province = self.services.gazetteer.province(office.province_code)
        campaign = self.services.office.campaign()
        self.status_label.setText(
            tr("อำเภอ{district} จังหวัด{province}  ·  {campaign}  ·  ปิดรับ {deadline}").format(
                district=pick(district.name_th, district.name_en),
                province=pick(province.name_th, province.name_en) if province else "",
                campaign=campaign.name,
                deadline=format_thai_date(campaign.registration_deadline, "abbr"),
            )
        )
        self.setWindowTitle(f"OTOP Desktop — {office.office_name}")

    def _update_province_status_label(self) -> None:
        province = self.services.office.province()
        campaign = self.services.office.campaign()
        self.status_label.setText(
            tr("สำนักงานระดับจังหวัด จังหวัด{province}  ·  {campaign}").format(
                province=pick(province.name_th, province.name_en), campaign=campaign.name
            )
        )
        self.setWindowTitle(f"OTOP Desktop — {self.services.office.require_office().office_name}")

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
            ).format(version=__version__, folder=self.services.folder.root),
        )

    # --- geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)

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
