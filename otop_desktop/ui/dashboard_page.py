"""The morning view: which tambons of the district still fall short of the quota, and of what."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.quota_service import QuotaService
from otop_desktop.ui.dashboard_view_model import DashboardViewModel, TambonRow
from otop_desktop.ui.i18n import tr
from otop_desktop.ui.tambon_quota_model import TAMBON_CODE_ROLE, TambonColumn, TambonQuotaModel
from otop_desktop.ui.widgets.quota_chart import ChartBar, QuotaChart

ROW_HEIGHT = 34
PAGE_STYLE = """
QFrame#dashboard_card { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }
QLabel#dashboard_heading { font-size: 16pt; font-weight: bold; color: #1f4e79; }
QLabel[role="card_title"] { color: #4a4a4a; }
QLabel[role="card_value"] { font-size: 17pt; font-weight: bold; color: #1f2a36; }
QLabel[role="card_value_small"] { font-size: 13pt; font-weight: bold; color: #1f2a36; }
QLabel[role="card_note"], QLabel[role="muted"] { color: #5a5a5a; }
QLabel[role="section"] { font-size: 12pt; font-weight: bold; color: #1f4e79; }
QLabel#dashboard_pace { background: #eaf2fb; border-left: 5px solid #1f4e79; padding: 6px 10px;
    font-size: 12pt; font-weight: bold; color: #1f2a36; }
QProgressBar#dashboard_progress { border: 1px solid #b9c3ce; border-radius: 4px;
    background: #eef1f4;
    text-align: center; height: 16px; }
QProgressBar#dashboard_progress::chunk { background: #009E73; border-radius: 3px; }
QTableView#dashboard_tambons { border: none; gridline-color: #e6e6e6; }
"""


def _label(text: str, role: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class _Card(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_card")
        self.title = _label(title, "card_title", self, f"{name}_title")
        self.value = _label("", "card_value", self, f"{name}_value")
        self.note = _label("", "card_note", self, f"{name}_note")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 10)
        self.box.setSpacing(2)
        for widget in (self.title, self.value, self.note):
            self.box.addWidget(widget)
        self.box.addStretch(1)


class DashboardPage(QWidget):
    register_requested = Signal(str, object)  # tambon code, ProducerType | None

    def __init__(
        self,
        quota: QuotaService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self.setStyleSheet(PAGE_STYLE)
        self.view_model = DashboardViewModel(quota, today)
        self.model = TambonQuotaModel(self)
        self._build()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = _label("", "heading", self, "dashboard_heading")
        self.met_card = _Card(tr("ตำบลที่ครบเกณฑ์"), "dashboard_met", self)
        self.progress = QProgressBar(self.met_card)
        self.progress.setObjectName("dashboard_progress")
        self.progress.setFormat("%p%")
        self.met_card.box.insertWidget(2, self.progress)
        self.count_card = _Card(tr("ลงทะเบียนแล้ว (ที่นับตามเกณฑ์)"), "dashboard_count", self)
        self.deadline_card = _Card("", "dashboard_deadline", self)
        self.report_card = _Card("", "dashboard_report", self)
        for card in (self.deadline_card, self.report_card):
            card.value.setProperty("role", "card_value_small")
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card, stretch in (
            (self.met_card, 4),
            (self.count_card, 4),
            (self.deadline_card, 5),
            (self.report_card, 5),
        ):
            cards.addWidget(card, stretch)
        self.pace = _label("", "pace", self, "dashboard_pace")
        self.rule = _label("", "muted", self, "dashboard_rule")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.pace)
        layout.addWidget(self.rule)
        layout.addWidget(self._build_body(), 1)

    def _build_body(self) -> QSplitter:
        self.table = QTableView(self)
        self.table.setObjectName("dashboard_tambons")
        self.table.setAccessibleName(tr("สถานะของแต่ละตำบล"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Sizes are fitted after each refresh (_fit_sections), not by ResizeToContents, which
        # would measure every cell again on every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TambonColumn.STATE, QHeaderView.ResizeMode.Stretch)
        hint = _label(
            tr("คลิกหรือกด Enter ที่ตำบลที่ยังไม่ครบ เพื่อเริ่มลงทะเบียนในตำบลนั้น โดยเลือกประเภทที่ขาดไว้ให้"),
            "muted",
            self,
            "dashboard_hint",
        )
        self.chart = QuotaChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for title, widgets in (
            (tr("รายตำบล"), (self.table, hint)),
            (tr("แผนภูมิเทียบเกณฑ์ขั้นต่ำ"), (scroll,)),
        ):
            panel = QFrame(splitter)
            panel.setObjectName("dashboard_card")
            box = QVBoxLayout(panel)
            box.setContentsMargins(10, 8, 10, 8)
            box.addWidget(_label(title, "section", panel))
            for widget in widgets:
                box.addWidget(widget, 1 if widget is not hint else 0)
            splitter.addWidget(panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 420])
        self.table.clicked.connect(self._on_table_clicked)
        header.sectionResized.connect(self._on_section_resized)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self._on_enter_pressed,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.chart.bar_clicked.connect(self.request_registration)
        return splitter

    # --- data ------------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if change.kind is not ChangeKind.EXPORTS:
            self.refresh()

    def refresh(self) -> None:
        vm = self.view_model
        vm.refresh()
        summary, status = vm.summary, vm.status
        assert summary is not None and status is not None
        self.model.set_rows(vm.rows)
        self._fit_sections()
        rule = status.campaign.rule
        self.chart.set_data(
            [_chart_bar(row) for row in vm.rows],
            max(rule.min_total, rule.min_groups + rule.min_others),
        )
        self.heading.setText(summary.heading)
        self.met_card.value.setText(summary.met_text)
        self.met_card.note.setText(summary.short_text)
        self.progress.setRange(0, max(1, summary.tambon_count))
        self.progress.setValue(summary.met)
        self.count_card.value.setText(summary.registrations_text)
        self.count_card.note.setText(summary.by_type_text)
        self.deadline_card.title.setText(summary.deadline_title)
        self.deadline_card.value.setText(summary.deadline_text)
        self.report_card.title.setText(summary.report_title)
        self.report_card.value.setText(summary.report_text)
        self.report_card.note.setText(
            tr("ทางอีเมล {email}").format(email=status.campaign.recipient_email)
        )
        self.pace.setText(summary.pace_text)
        self.rule.setText(f"{summary.rule_text} · {summary.window_text}")

    def _fit_sections(self) -> None:
        for column in TambonColumn:
            if column is not TambonColumn.STATE:
                self.table.resizeColumnToContents(column)
        self._fit_rows()

    def _fit_rows(self, state_width: int = 0) -> None:
        """Rows grow to as many lines as their state needs, rather than cutting words off."""
        font = QFont(self.table.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = state_width or self.table.columnWidth(TambonColumn.STATE)
        bounds = QRect(0, 0, max(60, width - 10), 10_000)
        for row in range(self.model.rowCount()):
            text = str(self.model.index(row, TambonColumn.STATE).data())
            needed = metrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height() + 14
            self.table.setRowHeight(row, max(ROW_HEIGHT, needed))

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TambonColumn.STATE:
            self._fit_rows(new)  # columnWidth() still answers the old width here

    # --- acting from the dashboard ---------------------------------------------------------

    def request_registration(self, tambon_code: str) -> bool:
        """Starts a registration in a short tambon with the missing type chosen; met: nothing."""
        request = self.view_model.registration_request(tambon_code)
        if request is None:
            return False
        self.register_requested.emit(*request)
        return True

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.request_registration(str(index.data(TAMBON_CODE_ROLE)))

    def _on_enter_pressed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.request_registration(str(index.data(TAMBON_CODE_ROLE)))


def _chart_bar(row: TambonRow) -> ChartBar:
    decision = row.status.decision
    return ChartBar(
        key=row.code,
        label=row.name,
        groups=row.groups,
        others=row.others,
        groups_needed=decision.groups_needed,
        others_needed=decision.others_needed,
        extra_needed=decision.extra_needed,
        tooltip=row.detail_text,
    )
