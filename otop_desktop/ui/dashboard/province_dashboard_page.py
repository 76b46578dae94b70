"""The province office's morning view: which districts have sent their data, how many of the
province's tambons meet the quota, each district's tambons on selection, and the people
registered in more than one district."""

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.i18n.catalog import tr
from otop_desktop.services.quota.province_service import ProvinceService
from otop_desktop.ui.dashboard import dashboard_parts as parts
from otop_desktop.ui.dashboard.province_dashboard_view_model import ProvinceDashboardViewModel
from otop_desktop.ui.dashboard.province_district_model import (
    DISTRICT_CODE_ROLE,
    DistrictColumn,
    ProvinceDistrictModel,
)
from otop_desktop.ui.dashboard.tambon_quota_model import (
    TAMBON_CODE_ROLE,
    TambonColumn,
    TambonQuotaModel,
)
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.quota_marks import mark_icon

# Eleven districts fit the table at 1280 × 800 without scrolling.
DISTRICT_ROW_HEIGHT = 30
EXTRA_STYLE = """
QListWidget#province_duplicates { border: none; background: #fff8e6; }
QLabel#province_district_heading { font-size: 12pt; font-weight: bold; color: #1f2a36; }
"""


class ProvinceDashboardPage(parts.QuotaDashboard):
    def __init__(
        self, province: ProvinceService, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(bus, parent)
        self.setObjectName("ProvinceDashboardPage")
        self.setStyleSheet(parts.PAGE_STYLE + EXTRA_STYLE)
        self.view_model = ProvinceDashboardViewModel(province)
        self.districts_model = ProvinceDistrictModel(self)
        self.tambons_model = TambonQuotaModel(self)
        self.selected_code = ""
        self._build()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = parts.label("", "heading", self, "dashboard_heading")
        self.reporting_card = parts.Card(tr("อำเภอที่ส่งข้อมูลแล้ว"), "province_reporting", self)
        self.met_card = parts.Card(tr("ตำบลที่ครบเกณฑ์ทั้งจังหวัด"), "province_met", self)
        self.progress = self.met_card.add_progress()
        self.count_card = parts.Card(tr("ลงทะเบียนแล้ว (ที่นับตามเกณฑ์)"), "province_count", self)
        self.duplicates_card = parts.Card(tr("ลงทะเบียนซ้ำข้ามอำเภอ"), "province_duplicates", self)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.reporting_card, self.met_card, self.count_card, self.duplicates_card):
            cards.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        self.outside = parts.OutsideNotice(self)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.outside)
        layout.addWidget(self._build_body(), 1)

    def _build_body(self) -> QSplitter:
        self.districts = parts.status_table(self, "province_districts", tr("สถานะของแต่ละอำเภอ"))
        self.districts.setModel(self.districts_model)
        header = self.districts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DistrictColumn.STATE, QHeaderView.ResizeMode.Stretch)
        self.districts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("province_duplicates")
        self.duplicates.setAccessibleName(tr("รายชื่อผู้ลงทะเบียนซ้ำข้ามอำเภอ"))
        self.duplicates.setWordWrap(True)
        left = parts.panel(self, tr("รายอำเภอ (เลือกอำเภอเพื่อดูรายตำบล)"), self.districts)
        # The districts take the whole height on the left; the selected district's tambons and
        # the cross-district duplicates share the right.
        right = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 440])
        self.districts.selectionModel().selectionChanged.connect(self._on_district_selected)
        # Wrapped rows are measured again once the stretched column has its real width.
        header.sectionResized.connect(self._on_district_section_resized)
        self.tambons.horizontalHeader().sectionResized.connect(self._on_tambon_section_resized)
        self.tambons.doubleClicked.connect(self._on_tambon_double_clicked)
        return splitter

    def _build_detail(self) -> QSplitter:
        """The selected district's tambons as a table and a chart, over the duplicates."""
        self.tambons = parts.status_table(
            self, "province_tambons", tr("สถานะของแต่ละตำบลในอำเภอที่เลือก")
        )
        self.tambons.setModel(self.tambons_model)
        self.tambons.setColumnHidden(TambonColumn.ACTION, True)
        tambon_header = self.tambons.horizontalHeader()
        tambon_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tambon_header.setSectionResizeMode(TambonColumn.STATE, QHeaderView.ResizeMode.Stretch)
        self.chart, scroll = parts.scrolled_chart(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tambons, tr("ตาราง"))
        self.tabs.addTab(scroll, tr("แผนภูมิ"))
        self.district_heading = parts.label("", "section", self, "province_district_heading")
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        heading = self.district_heading
        right.addWidget(parts.panel(right, "", heading, self.tabs, fixed=(heading,)))
        self.duplicates_panel = parts.panel(
            right, tr("ลงทะเบียนซ้ำข้ามอำเภอ (เลขประจำตัวเดียวกัน)"), self.duplicates
        )
        right.addWidget(self.duplicates_panel)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([410, 140])
        return right

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        vm = self.view_model
        vm.refresh()
        summary = vm.summary
        assert summary is not None
        self.districts_model.set_rows(vm.rows)
        parts.fit_rows(self.districts, DistrictColumn.STATE, minimum=DISTRICT_ROW_HEIGHT)
        self.heading.setText(summary.heading)
        assert vm.status is not None
        self.outside.show_count(vm.status.outside_every_window)
        self.reporting_card.value.setText(summary.reporting_text)
        self.reporting_card.note.setText(summary.silent_text)
        parts.show_quota_counts(summary, self.met_card, self.progress, self.count_card)
        self.duplicates_card.value.setText(summary.duplicates_text)
        self.duplicates_card.note.setText(summary.duplicates_note)
        # The rule is what "met" means: said where met is counted.
        for widget in (self.met_card, self.district_heading):
            widget.setToolTip(summary.rule_text)
        self._fill_duplicates()
        self.select_district(self.selected_code or vm.first_reporting())

    def _fill_duplicates(self) -> None:
        self.duplicates.clear()
        lines = self.view_model.duplicate_lines()
        if not lines:
            self.duplicates.addItem(
                QListWidgetItem(
                    mark_icon(True),
                    tr("ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ (ตรวจได้เฉพาะข้อมูลที่มีเลขประจำตัวเต็ม)"),
                )
            )
            return
        for short, full in lines:
            item = QListWidgetItem(mark_icon(False), short)
            item.setToolTip(full)
            self.duplicates.addItem(item)

    def select_district(self, code: str) -> None:
        row = self.districts_model.row_of(code)
        if row < 0:
            return
        index = self.districts_model.index(row, 0)
        if self.districts.currentIndex().row() != row:
            self.districts.setCurrentIndex(index)
        self._show_district(code)

    def _on_district_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_district(str(indexes[0].data(DISTRICT_CODE_ROLE)))

    def _show_district(self, code: str) -> None:
        row = self.view_model.row(code)
        if row is None:
            return
        self.selected_code = code
        rows = row.tambon_rows
        self.tambons_model.set_rows(rows)
        parts.fit_rows(self.tambons, TambonColumn.STATE)
        status = self.view_model.status
        assert status is not None
        parts.show_on_chart(self.chart, rows, status.campaign.rule)
        self.district_heading.setText(
            tr("อำเภอ{name}: ครบเกณฑ์ {met} จาก {n} ตำบล").format(
                name=row.name, met=row.met, n=row.tambon_count
            )
        )

    def _on_district_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == DistrictColumn.STATE:
            parts.fit_rows(self.districts, DistrictColumn.STATE, new, DISTRICT_ROW_HEIGHT)

    def _on_tambon_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TambonColumn.STATE:
            parts.fit_rows(self.tambons, TambonColumn.STATE, new)

    def _on_tambon_double_clicked(self, index: QModelIndex) -> None:
        """A province office may register too: a short tambon opens the form there."""
        row = self.tambons_model.row_of(str(index.data(TAMBON_CODE_ROLE)))
        if row >= 0 and not self.tambons_model.row_at(row).met:
            found = self.tambons_model.row_at(row)
            self.register_requested.emit(found.code, found.suggested_type)
