"""The dashboard's table: one row per tambon with its counts and its state in words and an icon."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from otop_desktop.ui.dashboard_view_model import TambonRow
from otop_desktop.ui.i18n import tr
from otop_desktop.ui.widgets.quota_marks import (
    MET_TEXT_COLOUR,
    SHORT_TEXT_COLOUR,
    SHORT_TINT,
    mark_icon,
)

TAMBON_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MET_ROLE = Qt.ItemDataRole.UserRole + 2

ACTION_COLOUR = QColor("#0B5CAD")


class TambonColumn(IntEnum):
    TAMBON = 0
    GROUPS = 1
    OTHERS = 2
    TOTAL = 3
    STATE = 4
    ACTION = 5


HEADERS = {
    TambonColumn.TAMBON: "ตำบล",
    TambonColumn.GROUPS: "กลุ่ม",
    TambonColumn.OTHERS: "ประเภทอื่น",
    TambonColumn.TOTAL: "รวม",
    TambonColumn.STATE: "สถานะ",
    TambonColumn.ACTION: "",
}
HEADER_TIPS = {
    TambonColumn.GROUPS: "กลุ่มผู้ผลิตชุมชน",
    TambonColumn.OTHERS: "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว และวิสาหกิจขนาดกลางและขนาดย่อม (SMEs)",
    TambonColumn.ACTION: "คลิกเพื่อเริ่มลงทะเบียนในตำบลนั้น โดยเลือกประเภทที่ยังขาดไว้ให้",
}
NUMBER_COLUMNS = (TambonColumn.GROUPS, TambonColumn.OTHERS, TambonColumn.TOTAL)

Index = QModelIndex | QPersistentModelIndex


class TambonQuotaModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TambonRow, ...] = ()
        self._cells: list[list[dict[int, Any]]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._link = QFont()
        self._link.setUnderline(True)
        # Made once per model, not per module: a QIcon must not outlive the QApplication.
        self._icons = {True: mark_icon(True), False: mark_icon(False)}

    def set_rows(self, rows: tuple[TambonRow, ...]) -> None:
        # Cells are worked out once per refresh: the view asks for them a thousand times.
        cells = [[self._cells_of(row, column) for column in TambonColumn] for row in rows]
        # The same tambons in the same order after a refresh: update in place, so the selection
        # and scroll position survive every save.
        if [r.code for r in rows] == [r.code for r in self._rows]:
            self._rows, self._cells = rows, cells
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(TambonColumn) - 1)
                )
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def row_at(self, row: int) -> TambonRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TambonColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(TambonColumn):
            return None
        column = TambonColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[column]) if HEADERS[column] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(column)
            return tr(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        return self._cells[index.row()][index.column()].get(role)

    def _cells_of(self, row: TambonRow, column: TambonColumn) -> dict[int, Any]:
        roles = Qt.ItemDataRole
        found: dict[int, Any] = {
            roles.DisplayRole: self._display(row, column),
            TAMBON_CODE_ROLE: row.code,
            MET_ROLE: row.met,
            roles.ToolTipRole: row.detail_text,
            roles.TextAlignmentRole: self._alignment(column),
            roles.ForegroundRole: self._foreground(row, column),
        }
        if column is TambonColumn.TAMBON:
            found[roles.AccessibleTextRole] = f"{row.name}: {row.state_text}"
            found[roles.DecorationRole] = self._icons[row.met]
        if not row.met:
            found[roles.BackgroundRole] = SHORT_TINT
        if column is TambonColumn.ACTION:
            found[roles.FontRole] = self._link
        elif not row.met and column in (TambonColumn.TAMBON, TambonColumn.STATE):
            found[roles.FontRole] = self._bold
        return found

    @staticmethod
    def _display(row: TambonRow, column: TambonColumn) -> str | int:
        return {
            TambonColumn.TAMBON: row.name,
            TambonColumn.GROUPS: row.groups,
            TambonColumn.OTHERS: row.others,
            TambonColumn.TOTAL: row.total,
            TambonColumn.STATE: _state_lines(row),
            TambonColumn.ACTION: row.action_text,
        }[column]

    @staticmethod
    def _alignment(column: TambonColumn) -> int:
        if column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _foreground(row: TambonRow, column: TambonColumn) -> QColor | None:
        if column is TambonColumn.ACTION:
            return ACTION_COLOUR
        if column is TambonColumn.STATE:
            return MET_TEXT_COLOUR if row.met else SHORT_TEXT_COLOUR
        return None


def _state_lines(row: TambonRow) -> str:
    if row.met:
        return "✓ " + row.state_text
    # With both kinds missing the sentence is long: one kind to a line reads best.
    first, *rest = row.state_text.split(" · ")
    return first + ("\n" if len(rest) > 1 else " · ") + " · ".join(rest) if rest else first
