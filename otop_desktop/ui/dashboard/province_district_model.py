"""The province dashboard's table: one row per district, its tambons met, the short ones by name,
its registrations and when its data last arrived; the state in words and an icon."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from otop_desktop.ui.dashboard.province_dashboard_view_model import DistrictRow
from otop_desktop.ui.widgets.quota_marks import (
    MET_TEXT_COLOUR,
    MUTED_INK,
    SHORT_TEXT_COLOUR,
    SHORT_TINT,
    mark_icon,
    painted_icon,
)
from otop_desktop.ui.widgets.row_table_model import CachedRowsModel

DISTRICT_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
REPORTED_ROLE = Qt.ItemDataRole.UserRole + 2
WAITING_TINT = QColor("#F2F2F2")


class DistrictColumn(IntEnum):
    DISTRICT = 0
    MET = 1
    TOTAL = 2
    RECEIVED = 3
    STATE = 4


HEADERS = {
    DistrictColumn.DISTRICT: "อำเภอ",
    DistrictColumn.MET: "ตำบลครบ",
    DistrictColumn.TOTAL: "ลงทะเบียน",
    DistrictColumn.RECEIVED: "ข้อมูลล่าสุด",
    DistrictColumn.STATE: "ตำบลที่ยังไม่ครบ",
}
HEADER_TIPS = {
    DistrictColumn.MET: "ตำบลที่ครบเกณฑ์ จากตำบลทั้งหมดของอำเภอ",
    DistrictColumn.TOTAL: "ผู้ลงทะเบียนที่นับตามเกณฑ์ (ราย)",
    DistrictColumn.RECEIVED: "เวลาที่ได้รับรายงานหรือแฟ้มข้อมูลของอำเภอครั้งล่าสุด",
}
CENTERED = (DistrictColumn.MET, DistrictColumn.TOTAL)


def _paint_waiting(painter: QPainter, rect: QRectF) -> None:
    """A grey hollow circle with a dash: no data yet, neither met nor short."""
    size = rect.width()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(MUTED_INK, 1.6))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.drawLine(QPointF(size * 0.3, size / 2), QPointF(size * 0.7, size / 2))


class ProvinceDistrictModel(CachedRowsModel[DistrictRow]):
    columns = DistrictColumn
    headers = HEADERS
    header_tips = HEADER_TIPS
    centered = CENTERED

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made once per model: a QIcon must not outlive the QApplication.
        self._icons = {
            "met": mark_icon(True),
            "short": mark_icon(False),
            "none": painted_icon(_paint_waiting),
        }

    def _cells_of(self, row: DistrictRow, column: DistrictColumn) -> dict[int, Any]:
        roles = Qt.ItemDataRole
        cells: dict[DistrictColumn, str | int] = {
            DistrictColumn.DISTRICT: row.name,
            DistrictColumn.MET: row.met_text,
            DistrictColumn.TOTAL: row.registrations,
            DistrictColumn.RECEIVED: row.received_text,
            DistrictColumn.STATE: row.short_text,
        }
        display = cells[column]
        found: dict[int, Any] = {
            roles.DisplayRole: display,
            DISTRICT_CODE_ROLE: row.code,
            REPORTED_ROLE: row.reported,
            roles.ToolTipRole: row.short_detail,
            roles.TextAlignmentRole: self._alignment(column),
        }
        if column is DistrictColumn.DISTRICT:
            found[roles.AccessibleTextRole] = f"{row.name}: {row.short_text}"
            state = "none" if not row.reported else ("met" if row.all_met else "short")
            found[roles.DecorationRole] = self._icons[state]
        if not row.reported:
            found[roles.BackgroundRole] = WAITING_TINT
            found[roles.ForegroundRole] = MUTED_INK
        elif not row.all_met:
            found[roles.BackgroundRole] = SHORT_TINT
            if column is DistrictColumn.STATE:
                found[roles.ForegroundRole] = SHORT_TEXT_COLOUR
        elif column is DistrictColumn.STATE:
            found[roles.ForegroundRole] = MET_TEXT_COLOUR
        if row.reported and column is DistrictColumn.DISTRICT:
            found[roles.FontRole] = self._bold
        return found
