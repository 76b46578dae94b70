"""The registry as a Qt table model over frozen summaries; ID numbers are always masked."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.ui.i18n import pick, tr

Index = QModelIndex | QPersistentModelIndex


class RegistrationColumn(IntEnum):
    TAMBON = 0
    TYPE = 1
    PRODUCER = 2
    CONTACT = 3
    NATIONAL_ID = 4
    PRODUCT = 5
    RECEIVED_ON = 6
    STATUS = 7


HEADERS = {
    RegistrationColumn.TAMBON: "ตำบล",
    RegistrationColumn.TYPE: "ประเภท",
    RegistrationColumn.PRODUCER: "ผู้ผลิต",
    RegistrationColumn.CONTACT: "ผู้ติดต่อ",
    RegistrationColumn.NATIONAL_ID: "เลขประจำตัว",
    RegistrationColumn.PRODUCT: "ผลิตภัณฑ์หลัก",
    RegistrationColumn.RECEIVED_ON: "วันที่รับ",
    RegistrationColumn.STATUS: "สถานะ",
}

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RegistrationTableModel(QAbstractTableModel):
    def __init__(self, tambon_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistrationSummary] = []
        self._tambon_names = tambon_names

    def set_rows(self, rows: list[RegistrationSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def summary(self, row: int) -> RegistrationSummary:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RegistrationColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[RegistrationColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = RegistrationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == UUID_ROLE:
            return summary.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column is RegistrationColumn.TYPE:
            return pick(summary.producer_type.name_th, summary.producer_type.name_en)
        if role == Qt.ItemDataRole.ToolTipRole and summary.missing_documents:
            return tr("เอกสารยังไม่ครบ {n} รายการ").format(n=summary.missing_documents)
        return None

    def _display(self, s: RegistrationSummary, column: RegistrationColumn) -> str:
        match column:
            case RegistrationColumn.TAMBON:
                return self._tambon_names.get(s.tambon_code, s.tambon_code)
            case RegistrationColumn.TYPE:
                return pick(s.producer_type.short_th, s.producer_type.short_en)
            case RegistrationColumn.PRODUCER:
                return s.producer_name
            case RegistrationColumn.CONTACT:
                return s.contact_name
            case RegistrationColumn.NATIONAL_ID:
                return s.masked_id
            case RegistrationColumn.PRODUCT:
                return s.main_product
            case RegistrationColumn.RECEIVED_ON:
                return format_thai_date(s.received_on, "abbr")
            case RegistrationColumn.STATUS:
                return pick(s.status.label_th, s.status.label_en)
        return ""

    def _sort_key(self, s: RegistrationSummary, column: RegistrationColumn) -> Any:
        if column is RegistrationColumn.RECEIVED_ON:
            return s.received_on.toordinal()
        if column is RegistrationColumn.TYPE:
            return int(s.producer_type)
        if column is RegistrationColumn.TAMBON:
            return s.tambon_code
        return self._display(s, column)
