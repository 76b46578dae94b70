"""What the district and province dashboards are built of: the cards, the status tables, the
quota chart in its scroll area, and table rows that grow to fit their wrapped text."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.quota import QuotaRule
from otop_desktop.i18n.campaign_wording import outside_every_window_text
from otop_desktop.i18n.catalog import tr
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.ui.dashboard.dashboard_view_model import DashboardSummary, TambonRow
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.quota_chart import ChartBar, QuotaChart
from otop_desktop.ui.widgets.table_keys import keyboard_table

if TYPE_CHECKING:
    from otop_desktop.ui.dashboard.province_dashboard_view_model import ProvinceSummary

ROW_HEIGHT = 34
PAGE_STYLE = """
QFrame#dashboard_card { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }
QLabel#dashboard_heading { font-size: 16pt; font-weight: bold; color: #1f4e79; }
QLabel[role="card_title"] { color: #4a4a4a; }
QLabel[role="card_value"] { font-size: 17pt; font-weight: bold; color: #1f2a36; }
QLabel[role="card_value_small"] { font-size: 13pt; font-weight: bold; color: #1f2a36; }
QLabel[role="card_note"], QLabel[role="muted"] { color: #5a5a5a; }
QLabel[role="section"] { font-size: 12pt; font-weight: bold; color: #1f4e79; }
QFrame#dashboard_outside { background: #fff4e5; border-left: 5px solid #b35900; padding: 4px 8px; }
QLabel[role="warning"] { color: #7a3d00; font-weight: bold; }
QLabel#dashboard_pace { background: #eaf2fb; border-left: 5px solid #1f4e79; padding: 6px 10px;
    font-size: 12pt; font-weight: bold; color: #1f2a36; }
QProgressBar#dashboard_progress { border: 1px solid #b9c3ce; border-radius: 4px;
    background: #eef1f4;
    text-align: center; height: 16px; }
QProgressBar#dashboard_progress::chunk { background: #009E73; border-radius: 3px; }
QTableView#dashboard_tambons { border: none; gridline-color: #e6e6e6; }
"""


class QuotaDashboard(QWidget):
    """Either dashboard, as the main window sees it: refreshed on changes, and asking for a
    registration in a tambon."""

    register_requested = Signal(str, object)  # tambon code, ProducerType | None
    # The registrations that count in no campaign, listed in the registry.
    outside_requested = Signal()

    def __init__(self, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bus.changed.connect(self.on_change)

    def on_change(self, change: Change) -> None:
        if change.kind is not ChangeKind.EXPORTS:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class OutsideNotice(QFrame):
    """Registrations whose received date is in no campaign's window count nowhere: never silent."""

    def __init__(self, dashboard: QuotaDashboard) -> None:
        super().__init__(dashboard)
        self.setObjectName("dashboard_outside")
        self.text = label("", "warning", self, "dashboard_outside_text")
        self.button = QPushButton(tr("ดูรายชื่อ"), self)
        self.button.setObjectName("dashboard_outside_button")
        self.button.clicked.connect(dashboard.outside_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_count(self, count: int) -> None:
        self.text.setText(outside_every_window_text(count))
        self.setVisible(count > 0)


def label(text: str, role: str, parent: QWidget, name: str = "") -> QLabel:
    widget = QLabel(text, parent)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


class Card(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_card")
        self.title = label(title, "card_title", self, f"{name}_title")
        self.value = label("", "card_value", self, f"{name}_value")
        self.note = label("", "card_note", self, f"{name}_note")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 10)
        self.box.setSpacing(2)
        for widget in (self.title, self.value, self.note):
            self.box.addWidget(widget)
        self.box.addStretch(1)

    def add_progress(self) -> QProgressBar:
        """A bar between the value and the note."""
        progress = QProgressBar(self)
        progress.setObjectName("dashboard_progress")
        progress.setFormat("%p%")
        self.box.insertWidget(2, progress)
        return progress


def show_quota_counts(
    summary: "DashboardSummary | ProvinceSummary",
    met_card: Card,
    progress: QProgressBar,
    count_card: Card,
) -> None:
    met_card.value.setText(summary.met_text)
    met_card.note.setText(summary.short_text)
    progress.setRange(0, max(1, summary.tambon_count))
    progress.setValue(summary.met)
    count_card.value.setText(summary.registrations_text)
    count_card.note.setText(summary.by_type_text)


def status_table(parent: QWidget, name: str, accessible: str) -> QTableView:
    """A read-only table of whole-row, single selection, its rows sized by fit_rows."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setHighlightSections(False)
    keyboard_table(table)
    return table


def panel(parent: QWidget, title: str, *widgets: QWidget, fixed: Sequence[QWidget] = ()) -> QFrame:
    """A white card holding the widgets under a section title; the `fixed` ones do not grow."""
    frame = QFrame(parent)
    frame.setObjectName("dashboard_card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 8, 10, 8)
    if title:
        box.addWidget(label(title, "section", frame))
    for widget in widgets:
        box.addWidget(widget, 0 if widget in fixed else 1)
    return frame


def scrolled_chart(parent: QWidget) -> tuple[QuotaChart, QScrollArea]:
    chart = QuotaChart(parent)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(chart)
    return chart, scroll


def show_on_chart(chart: QuotaChart, rows: Sequence[TambonRow], rule: QuotaRule) -> None:
    bars = [_chart_bar(row) for row in rows]
    chart.set_data(bars, max(rule.min_total, rule.min_groups + rule.min_others))


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


def fit_rows(
    table: QTableView, column: int, width: int = 0, minimum: int = ROW_HEIGHT, padding: int = 10
) -> None:
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
        needed = metrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height() + padding
        table.setRowHeight(row, max(minimum, needed))
