"""The province office's morning view: which districts have sent their data, how many of the
province's tambons meet the quota, each district's tambons on selection, and the people
registered in more than one district."""

from PySide6.QtCore import QItemSelection, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.province_service import ProvinceService
from otop_desktop.ui.dashboard_page import PAGE_STYLE, ROW_HEIGHT, _Card, _chart_bar, _label
from otop_desktop.ui.i18n import tr
from otop_desktop.ui.province_dashboard_view_model import ProvinceDashboardViewModel
from otop_desktop.ui.province_district_model import (
    DISTRICT_CODE_ROLE,
    DistrictColumn,
    ProvinceDistrictModel,
)
from otop_desktop.ui.tambon_quota_model import TAMBON_CODE_ROLE, TambonColumn, TambonQuotaModel
from otop_desktop.ui.widgets.quota_chart import QuotaChart
from otop_desktop.ui.widgets.quota_marks import mark_icon

# Eleven districts fit the table at 1280 × 800 without scrolling.
DISTRICT_ROW_HEIGHT = 30
EXTRA_STYLE = """
QListWidget#province_duplicates { border: none; background: #fff8e6; }
QLabel#province_district_heading { font-size: 12pt; font-weight: bold; color: #1f2a36; }
"""


class ProvinceDashboardPage(QWidget):
    # The same signal as the district dashboard, so the main window wires either page alike.
    register_requested = Signal(str, object)  # tambon code, ProducerType | None

    def __init__(self, province: ProvinceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProvinceDashboardPage")
        self.setStyleSheet(PAGE_STYLE + EXTRA_STYLE)
        self.view_model = ProvinceDashboardViewModel(province)
        self.districts_model = ProvinceDistrictModel(self)
        self.tambons_model = TambonQuotaModel(self)
        self.selected_code = ""
        self._build()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = _label("", "heading", self, "dashboard_heading")
        self.reporting_card = _Card(tr("อำเภอที่ส่งข้อมูลแล้ว"), "province_reporting", self)
        self.met_card = _Card(tr("ตำบลที่ครบเกณฑ์ทั้งจังหวัด"), "province_met", self)
        self.progress = QProgressBar(self.met_card)
        self.progress.setObjectName("dashboard_progress")
        self.progress.setFormat("%p%")
        self.met_card.box.insertWidget(2, self.progress)
        self.count_card = _Card(tr("ลงทะเบียนแล้ว (ที่นับตามเกณฑ์)"), "province_count", self)
        self.duplicates_card = _Card(tr("ลงทะเบียนซ้ำข้ามอำเภอ"), "province_duplicates", self)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.reporting_card, self.met_card, self.count_card, self.duplicates_card):
            cards.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self._build_body(), 1)

    def _table(self, name: str, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _panel(self, parent: QWidget, title: str, *widgets: QWidget) -> QFrame:
        panel = QFrame(parent)
        panel.setObjectName("dashboard_card")
        box = QVBoxLayout(panel)
        box.setContentsMargins(10, 8, 10, 8)
        if title:
            box.addWidget(_label(title, "section", panel))
        for widget in widgets:
            box.addWidget(widget, 1)
        return panel

    def _build_body(self) -> QSplitter:
        self.districts = self._table("province_districts", tr("สถานะของแต่ละอำเภอ"))
        self.districts.setModel(self.districts_model)
        header = self.districts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DistrictColumn.STATE, QHeaderView.ResizeMode.Stretch)
        self.districts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("province_duplicates")
        self.duplicates.setAccessibleName(tr("รายชื่อผู้ลงทะเบียนซ้ำข้ามอำเภอ"))
        self.duplicates.setWordWrap(True)
        left = self._panel(self, tr("รายอำเภอ (เลือกอำเภอเพื่อดูรายตำบล)"), self.districts)
        self.tambons = self._table("province_tambons", tr("สถานะของแต่ละตำบลในอำเภอที่เลือก"))
        self.tambons.setModel(self.tambons_model)
        self.tambons.setColumnHidden(TambonColumn.ACTION, True)
        tambon_header = self.tambons.horizontalHeader()
        tambon_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tambon_header.setSectionResizeMode(TambonColumn.STATE, QHeaderView.ResizeMode.Stretch)
        self.chart = QuotaChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tambons, tr("ตาราง"))
        self.tabs.addTab(scroll, tr("แผนภูมิ"))
        self.district_heading = _label("", "section", self, "province_district_heading")
        # The districts take the whole height on the left; the selected district's tambons and
        # the cross-district duplicates share the right.
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        detail = self._panel(right, "", self.district_heading, self.tabs)
        detail.layout().setStretch(0, 0)  # type: ignore[union-attr]
        right.addWidget(detail)
        self.duplicates_panel = self._panel(
            right, tr("ลงทะเบียนซ้ำข้ามอำเภอ (เลขประจำตัวเดียวกัน)"), self.duplicates
        )
        right.addWidget(self.duplicates_panel)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([410, 140])
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
        tambon_header.sectionResized.connect(self._on_tambon_section_resized)
        self.tambons.doubleClicked.connect(self._on_tambon_double_clicked)
        return splitter

    # --- data ------------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if change.kind is not ChangeKind.EXPORTS:
            self.refresh()

    def refresh(self) -> None:
        vm = self.view_model
        vm.refresh()
        summary = vm.summary
        assert summary is not None
        self.districts_model.set_rows(vm.rows)
        fit_rows(self.districts, DistrictColumn.STATE, minimum=DISTRICT_ROW_HEIGHT)
        self.heading.setText(summary.heading)
        self.reporting_card.value.setText(summary.reporting_text)
        self.reporting_card.note.setText(summary.silent_text)
        self.met_card.value.setText(summary.met_text)
        self.met_card.note.setText(summary.short_text)
        self.progress.setRange(0, max(1, summary.tambon_count))
        self.progress.setValue(summary.met)
        self.count_card.value.setText(summary.registrations_text)
        self.count_card.note.setText(summary.by_type_text)
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
        fit_rows(self.tambons, TambonColumn.STATE)
        status = self.view_model.status
        assert status is not None
        rule = status.campaign.rule
        self.chart.set_data(
            [_chart_bar(r) for r in rows], max(rule.min_total, rule.min_groups + rule.min_others)
        )
        self.district_heading.setText(
            tr("อำเภอ{name}: ครบเกณฑ์ {met} จาก {n} ตำบล").format(
                name=row.name, met=row.met, n=row.tambon_count
            )
        )

    def _on_district_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == DistrictColumn.STATE:
            fit_rows(self.districts, DistrictColumn.STATE, new, DISTRICT_ROW_HEIGHT)

    def _on_tambon_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TambonColumn.STATE:
            fit_rows(self.tambons, TambonColumn.STATE, new)

    def _on_tambon_double_clicked(self, index: QModelIndex) -> None:
        """A province office may register too: a short tambon opens the form there."""
        row = self.tambons_model.row_of(str(index.data(TAMBON_CODE_ROLE)))
        if row >= 0 and not self.tambons_model.row_at(row).met:
            found = self.tambons_model.row_at(row)
            self.register_requested.emit(found.code, found.suggested_type)


def fit_rows(table: QTableView, column: int, width: int = 0, minimum: int = ROW_HEIGHT) -> None:
    """Rows grow to as many lines as one wrapped column needs, and are otherwise compact.

    `width` is the new width while the header is being resized: columnWidth() still answers
    the old one then.
    """
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    bounds = QRect(0, 0, max(60, (width or table.columnWidth(column)) - 10), 10_000)
    model = table.model()
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data())
        needed = metrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height() + 10
        table.setRowHeight(row, max(minimum, needed))
