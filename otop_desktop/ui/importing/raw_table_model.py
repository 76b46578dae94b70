"""Shows the first rows of a file being imported, exactly as they are in the file."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from otop_desktop.services.importing.table_reader import RawTable

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 50


class RawTableModel(QAbstractTableModel):
    def __init__(self, table: RawTable, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(PREVIEW_ROWS, len(self._table.rows))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.headers[section]
        return str(self._table.row_numbers[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._table.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        return "" if value is None else str(value)
