"""The province dashboard's table: one row per district, its tambons met, the short ones by name,
its registrations and when its data last arrived; the state in words and an icon."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from otop_desktop.ui.i18n import tr
from otop_desktop.ui.province_dashboard_view_model import DistrictRow
from otop_desktop.ui.widgets.quota_marks import (
    MET_TEXT_COLOUR,
    MUTED_INK,
    SHORT_TEXT_COLOUR,
    SHORT_TINT,
    mark_icon,
)

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

Index = QModelIndex | QPersistentModelIndex


def waiting_icon(size: int = 18) -> QIcon:
    """A grey hollow circle with a dash: no data yet, neither met nor short."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(MUTED_INK, 1.6)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
        painter.drawLine(QPointF(size * 0.3, size / 2), QPointF(size * 0.7, size / 2))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ProvinceDistrictModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DistrictRow, ...] = ()
        self._cells: list[list[dict[int, Any]]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        # Made once per model: a QIcon must not outlive the QApplication.
        self._icons = {"met": mark_icon(True), "short": mark_icon(False), "none": waiting_icon()}

    def set_rows(self, rows: tuple[DistrictRow, ...]) -> None:
        cells = [[self._cells_of(row, column) for column in DistrictColumn] for row in rows]
        # The same districts after a refresh: update in place, so the selection survives.
        if [r.code for r in rows] == [r.code for r in self._rows]:
            self._rows, self._cells = rows, cells
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(DistrictColumn) - 1)
                )
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def row_at(self, row: int) -> DistrictRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DistrictColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(DistrictColumn):
            return None
        column = DistrictColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return tr(HEADER_TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        return self._cells[index.row()][index.column()].get(role)

    def _cells_of(self, row: DistrictRow, column: DistrictColumn) -> dict[int, Any]:
        roles = Qt.ItemDataRole
        display: str | int = {
            DistrictColumn.DISTRICT: row.name,
            DistrictColumn.MET: row.met_text,
            DistrictColumn.TOTAL: row.registrations,
            DistrictColumn.RECEIVED: row.received_text,
            DistrictColumn.STATE: row.short_text,
        }[column]
        found: dict[int, Any] = {
            roles.DisplayRole: display,
            DISTRICT_CODE_ROLE: row.code,
            REPORTED_ROLE: row.reported,
            roles.ToolTipRole: row.short_detail,
            roles.TextAlignmentRole: int(
                Qt.AlignmentFlag.AlignCenter
                if column in CENTERED
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            ),
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
