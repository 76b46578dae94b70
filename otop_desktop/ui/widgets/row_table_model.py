"""A read-only table over frozen rows: each cell's roles are worked out once per refresh, since the
view asks for them a thousand times. The dashboards' tambon and district tables build on it."""

from collections.abc import Mapping
from enum import IntEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from otop_desktop.i18n.catalog import tr

Index = QModelIndex | QPersistentModelIndex


class CodedRow(Protocol):
    @property
    def code(self) -> str: ...


RowT = TypeVar("RowT", bound=CodedRow)


class CachedRowsModel(QAbstractTableModel, Generic[RowT]):
    """A subclass names its columns and their Thai headers and says what each cell holds."""

    columns: ClassVar[type[IntEnum]]
    headers: ClassVar[Mapping[Any, str]]
    header_tips: ClassVar[Mapping[Any, str]] = {}
    centered: ClassVar[tuple[Any, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowT, ...] = ()
        self._cells: list[list[dict[int, Any]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: tuple[RowT, ...]) -> None:
        cells = [[self._cells_of(row, column) for column in self.columns] for row in rows]
        # The same rows in the same order after a refresh: update in place, so the selection
        # and scroll position survive every save.
        if [r.code for r in rows] == [r.code for r in self._rows]:
            self._rows, self._cells = rows, cells
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[column]) if self.headers[column] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.header_tips.get(column)
            return tr(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        return self._cells[index.row()][index.column()].get(role)

    def _alignment(self, column: Any) -> int:
        if column in self.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _cells_of(self, row: RowT, column: Any) -> dict[int, Any]:
        raise NotImplementedError
