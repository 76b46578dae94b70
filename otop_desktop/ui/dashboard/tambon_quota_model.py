"""The dashboard's table: one row per tambon with its counts and its state in words and an icon."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from otop_desktop.ui.dashboard.dashboard_view_model import TambonRow
from otop_desktop.ui.widgets.quota_marks import (
    MET_TEXT_COLOUR,
    SHORT_TEXT_COLOUR,
    SHORT_TINT,
    mark_icon,
)
from otop_desktop.ui.widgets.row_table_model import CachedRowsModel

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


class TambonQuotaModel(CachedRowsModel[TambonRow]):
    columns = TambonColumn
    headers = HEADERS
    header_tips = HEADER_TIPS
    centered = NUMBER_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._link = QFont()
        self._link.setUnderline(True)
        # Made once per model, not per module: a QIcon must not outlive the QApplication.
        self._icons = {True: mark_icon(True), False: mark_icon(False)}

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
        cells: dict[TambonColumn, str | int] = {
            TambonColumn.TAMBON: row.name,
            TambonColumn.GROUPS: row.groups,
            TambonColumn.OTHERS: row.others,
            TambonColumn.TOTAL: row.total,
            TambonColumn.STATE: _state_lines(row),
            TambonColumn.ACTION: row.action_text,
        }
        return cells[column]

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
