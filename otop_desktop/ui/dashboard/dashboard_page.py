"""The morning view: which tambons of the district still fall short of the quota, and of what."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.i18n.catalog import tr
from otop_desktop.services.quota.quota_service import QuotaService
from otop_desktop.ui.dashboard import dashboard_parts as parts
from otop_desktop.ui.dashboard.dashboard_view_model import DashboardViewModel
from otop_desktop.ui.dashboard.tambon_quota_model import (
    TAMBON_CODE_ROLE,
    TambonColumn,
    TambonQuotaModel,
)
from otop_desktop.ui.widgets.change_bus import ChangeBus


class DashboardPage(parts.QuotaDashboard):
    def __init__(
        self,
        quota: QuotaService,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(bus, parent)
        self.setObjectName("DashboardPage")
        self.setStyleSheet(parts.PAGE_STYLE)
        self.view_model = DashboardViewModel(quota, today)
        self.model = TambonQuotaModel(self)
        self._build()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = parts.label("", "heading", self, "dashboard_heading")
        self.met_card = parts.Card(tr("ตำบลที่ครบเกณฑ์"), "dashboard_met", self)
        self.progress = self.met_card.add_progress()
        self.count_card = parts.Card(tr("ลงทะเบียนแล้ว (ที่นับตามเกณฑ์)"), "dashboard_count", self)
        self.deadline_card = parts.Card("", "dashboard_deadline", self)
        self.report_card = parts.Card("", "dashboard_report", self)
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
        self.pace = parts.label("", "pace", self, "dashboard_pace")
        self.rule = parts.label("", "muted", self, "dashboard_rule")
        self.outside = parts.OutsideNotice(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.outside)
        layout.addWidget(self.pace)
        layout.addWidget(self.rule)
        layout.addWidget(self._build_body(), 1)

    def _build_body(self) -> QSplitter:
        self.table = parts.status_table(self, "dashboard_tambons", tr("สถานะของแต่ละตำบล"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Sizes are fitted after each refresh (_fit_sections), not by ResizeToContents, which
        # would measure every cell again on every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TambonColumn.STATE, QHeaderView.ResizeMode.Stretch)
        hint = parts.label(
            tr("คลิกหรือกด Enter ที่ตำบลที่ยังไม่ครบ เพื่อเริ่มลงทะเบียนในตำบลนั้น โดยเลือกประเภทที่ขาดไว้ให้"),
            "muted",
            self,
            "dashboard_hint",
        )
        self.chart, scroll = parts.scrolled_chart(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(parts.panel(splitter, tr("รายตำบล"), self.table, hint, fixed=(hint,)))
        splitter.addWidget(parts.panel(splitter, tr("แผนภูมิเทียบเกณฑ์ขั้นต่ำ"), scroll))
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

    def refresh(self) -> None:
        vm = self.view_model
        vm.refresh()
        summary, status = vm.summary, vm.status
        assert summary is not None and status is not None
        self.model.set_rows(vm.rows)
        self._fit_sections()
        parts.show_on_chart(self.chart, vm.rows, status.campaign.rule)
        self.heading.setText(summary.heading)
        parts.show_quota_counts(summary, self.met_card, self.progress, self.count_card)
        self.deadline_card.title.setText(summary.deadline_title)
        self.deadline_card.value.setText(summary.deadline_text)
        self.report_card.title.setText(summary.report_title)
        self.report_card.value.setText(summary.report_text)
        self.report_card.note.setText(
            tr("ทางอีเมล {email}").format(email=status.campaign.recipient_email)
        )
        self.pace.setText(summary.pace_text)
        self.rule.setText(f"{summary.rule_text} · {summary.window_text}")
        self.outside.show_count(status.outside_every_window)

    def _fit_sections(self) -> None:
        for column in TambonColumn:
            if column is not TambonColumn.STATE:
                self.table.resizeColumnToContents(column)
        parts.fit_rows(self.table, TambonColumn.STATE, padding=14)

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TambonColumn.STATE:
            parts.fit_rows(self.table, TambonColumn.STATE, new, padding=14)

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
