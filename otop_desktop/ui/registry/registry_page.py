"""The registry: search as you type, filter by tambon and type, open, delete with undo."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QIdentityProxyModel, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import pick, tr, user_message
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.quota.status import StatusSource
from otop_desktop.services.registry.registry_browser import Scan
from otop_desktop.services.registry.registry_service import RegistryService
from otop_desktop.ui.dashboard.quota_wording import delete_warning
from otop_desktop.ui.registry.registration_table_model import (
    UUID_ROLE,
    RegistrationColumn,
    RegistrationTableModel,
)
from otop_desktop.ui.registry.registry_filters import RegistryFilters
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.tab_order import chain_after
from otop_desktop.ui.widgets.table_keys import keyboard_table, search_leads_to
from otop_desktop.ui.widgets.timers import single_shot

if TYPE_CHECKING:
    from otop_desktop.ui.form_print.form_printing import FormPrinting

SEARCH_DELAY_MS = 120
# Candidates a search examines per turn of the event loop: about 10 ms on an office PC.
SCAN_STEP = 20_000
# Rows a keystroke finds before it shows them; the rest are found after.
SCREENFUL = 100


class RegistryPage(QWidget):
    edit_requested = Signal(str)
    new_requested = Signal()
    # An earlier registration, to register again in the active campaign.
    again_requested = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        registry: RegistryService,
        campaigns: CampaignService,
        tambons: tuple[Tambon, ...],
        status: StatusSource,
        dialogs: Dialogs,
        bus: ChangeBus,
        parent: QWidget | None = None,
        forms: "FormPrinting | None" = None,
    ) -> None:
        """`forms` prints the chosen registrations' forms (none: no printing here)."""
        super().__init__(parent)
        self.setObjectName("RegistryPage")
        self._forms = forms
        self._registry = registry
        self._campaigns = campaigns
        self._bus = bus
        self._status = status
        self._dialogs = dialogs
        self._last_deleted: list[str] = []
        self.model = RegistrationTableModel(
            {t.code: pick(t.name_th, t.name_en) for t in tambons}, self
        )
        # Sorting and filtering happen in the browser, over every row; the proxy only passes on.
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._browser = registry.browser()
        self._search_timer = single_shot(self, self.reload, SEARCH_DELAY_MS)
        self._scan: Scan | None = None
        self._scan_timer = single_shot(self, self._scan_more)
        self._build(tambons)
        self.model.sort_requested.connect(self._on_sort_requested)
        bus.changed.connect(self.on_change)
        self.reload()

    def _build(self, tambons: tuple[Tambon, ...]) -> None:
        self.filters = RegistryFilters(self._campaigns, tambons, self)
        self.search = self.filters.search
        self.tambon_filter = self.filters.tambon_filter
        self.type_filter = self.filters.type_filter
        self.count_label = self.filters.count_label
        self.table = QTableView(self)
        self.table.setObjectName("registry_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegistrationColumn.TAMBON, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        keyboard_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (RegistrationColumn.TAMBON, 100),
            (RegistrationColumn.TYPE, 70),
            (RegistrationColumn.PRODUCER, 215),
            (RegistrationColumn.CONTACT, 160),
            (RegistrationColumn.NATIONAL_ID, 125),
            (RegistrationColumn.PRODUCT, 135),
            (RegistrationColumn.RECEIVED_ON, 95),
            (RegistrationColumn.STATUS, 120),
        ):
            header.resizeSection(column, width)
        self.new_button = QPushButton(tr("ลงทะเบียนใหม่ (Ctrl+N)"), self)
        self.edit_button = QPushButton(tr("แก้ไข (Enter)"), self)
        self.delete_button = QPushButton(tr("ลบ (Delete)"), self)
        self.restore_button = QPushButton(tr("กู้คืน"), self)
        self.again_button = QPushButton(tr("ลงทะเบียนซ้ำปีนี้"), self)
        self.again_button.setObjectName("registry_again_button")
        self.again_button.setToolTip(tr("ลงทะเบียนผู้ผลิตที่เลือกอีกครั้งในปีงบประมาณที่ใช้งาน (Ctrl+Shift+N)"))
        self.print_button = QPushButton(tr("พิมพ์แบบ (Ctrl+P)"), self)
        self.print_tambon_button = QPushButton(tr("พิมพ์แบบทั้งตำบล"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.print_tambon_button,
            self.print_button,
            self.restore_button,
            self.delete_button,
            self.again_button,
            self.edit_button,
            self.new_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain_after(
            self.filters.campaign_filter,
            [self.filters.without_photo, self.filters.show_deleted, self.table],
        )
        chain_after(
            self.table,
            [
                self.print_tambon_button,
                self.print_button,
                self.restore_button,
                self.delete_button,
                self.again_button,
                self.edit_button,
                self.new_button,
            ],
        )
        search_leads_to(self.search, self.table, self._search_now)
        self.filters.typed.connect(self._search_timer.start)
        self.filters.changed.connect(self.reload)
        self.again_button.clicked.connect(self._on_again_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.print_tambon_button.clicked.connect(self._on_print_tambon_clicked)
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Shift+N", self._on_again_clicked),
            ("Ctrl+P", self._on_print_clicked),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=page_wide)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.activated.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self._on_delete_clicked,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def show_in_no_campaign(self) -> None:
        """The registrations that count nowhere, as the dashboard's notice lists them."""
        self.filters.show_in_no_campaign()

    def _on_again_clicked(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.again_requested.emit(uuid)

    def _search_now(self) -> None:
        """What was typed a moment ago is searched before the results are entered."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        selected = self.selected_uuid()
        self._scan = self._browser.search(self.filters.browse_filter())
        self._scan.step(SCAN_STEP, enough=SCREENFUL)
        self.model.set_ids(self._scan.ids, self._browser.summaries, self._browser.id_of)
        self._show_count()
        self._scan_timer.start()
        if selected:
            self.select(selected)
        self._update_buttons()

    def _scan_more(self) -> None:
        """Finds the rest of a long search's rows between keystrokes."""
        if self._scan is None or self._scan.done:
            return
        self._scan.step(SCAN_STEP)
        self.model.grow()
        self._show_count()
        self._scan_timer.start()

    def _show_count(self) -> None:
        total, shown = self._browser.total(), len(self._scan.ids) if self._scan else 0
        text = (
            tr("ทั้งหมด {total} ราย").format(total=total)
            if shown == total
            else tr("พบ {shown} จาก {total} ราย").format(shown=shown, total=total)
        )
        self.count_label.setText(text if self._scan is None or self._scan.done else text + " …")

    def on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.REGISTRATIONS:
            self._browser.apply_change(change.uuids)
            self.reload()
        elif change.kind is ChangeKind.OFFICE:
            self._browser = self._registry.browser()
            self.reload()
        elif change.kind is ChangeKind.CAMPAIGN:
            # The chooser shows another year (or a year was added): the list follows it.
            self.filters.fill_campaigns(self._campaigns.viewed().year)
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # Another office may have written to a shared server since the list was read.
        if self._browser.refresh_if_changed():
            self.reload()
        super().showEvent(event)

    def _on_sort_requested(self, column: str, descending: bool) -> None:
        self._browser.sort(column, descending)
        self.reload()

    def selected_uuid(self) -> str:
        """The one chosen row's record; none when several rows are chosen."""
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(UUID_ROLE)) if len(rows) == 1 else ""

    def selected_uuids(self) -> list[str]:
        """The chosen rows' records, in the list's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [str(index.data(UUID_ROLE)) for index in rows if index.data(UUID_ROLE)]

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        # In one call: the view's own setCurrentIndex, with no key or click to go by, may clear
        # the row just chosen.
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _selected_summary(self):
        uuid = self.selected_uuid()
        row = self.model.row_of(uuid) if uuid else -1
        return self.model.summary(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        summary = self._selected_summary()
        self.edit_button.setEnabled(summary is not None and not summary.is_deleted)
        self.delete_button.setEnabled(summary is not None and not summary.is_deleted)
        self.restore_button.setVisible(self.filters.show_deleted.isChecked())
        self.restore_button.setEnabled(summary is not None and summary.is_deleted)
        self.print_button.setVisible(self._forms is not None)
        self.print_button.setEnabled(bool(self.selected_uuids()))
        tambon = self.tambon_filter.currentData() or ""
        self.print_tambon_button.setVisible(self._forms is not None)
        self.print_tambon_button.setEnabled(bool(tambon))
        self.print_tambon_button.setToolTip(
            tr("พิมพ์แบบลงทะเบียนทุกรายการของตำบล{name}").format(name=self.tambon_filter.currentText())
            if tambon
            else tr("เลือกตำบลก่อน แล้วพิมพ์แบบของทุกรายการในตำบลนั้น")
        )

    def _on_print_clicked(self) -> None:
        uuids = self.selected_uuids()
        if self._forms is not None and uuids:
            self._forms.preview(uuids, self)

    def _on_print_tambon_clicked(self) -> None:
        tambon = self.tambon_filter.currentData() or ""
        if self._forms is not None and tambon:
            self._forms.tambon(tambon, self)

    def _on_edit_clicked(self) -> None:
        summary = self._selected_summary()
        if summary is not None and not summary.is_deleted:
            self.edit_requested.emit(summary.uuid)

    def _on_delete_clicked(self) -> None:
        summary = self._selected_summary()
        if summary is None or summary.is_deleted:
            return
        # One question, not two: the quota warning joins the ordinary delete confirmation.
        warning = delete_warning(self._status.current_status(), summary)
        if not self._dialogs.confirm(
            self,
            tr("ลบรายการ — ตำบลจะไม่ครบเกณฑ์") if warning else tr("ลบรายการ"),
            tr('ลบ "{name}" ออกจากทะเบียนหรือไม่?').format(name=summary.producer_name)
            + "\n"
            + ("⚠ " + warning + "\n" if warning else "")
            + tr("กด Ctrl+Z เพื่อเลิกทำได้ภายหลัง"),
            ok=tr("ลบ"),
            cancel=tr("ไม่ลบ"),
        ):
            return
        self._apply(lambda: self._registry.delete(summary.uuid))
        self._last_deleted.append(summary.uuid)
        self.message.emit(
            tr('ลบ "{name}" แล้ว — กด Ctrl+Z เพื่อเลิกทำ').format(name=summary.producer_name)
        )

    def undo_delete(self) -> bool:
        if not self._last_deleted:
            return False
        uuid = self._last_deleted.pop()
        self._apply(lambda: self._registry.restore(uuid))
        self.message.emit(tr("กู้คืนรายการที่ลบแล้ว"))
        return True

    def _on_restore_clicked(self) -> None:
        summary = self._selected_summary()
        if summary is not None and summary.is_deleted:
            self._apply(lambda: self._registry.restore(summary.uuid))

    def _apply(self, write) -> None:
        try:
            change = write()
        except UserError as exc:
            self._dialogs.error(self, tr("ทำรายการไม่ได้"), user_message(exc))
            return
        self._bus.publish(change)
