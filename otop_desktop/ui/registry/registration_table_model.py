"""The registry as a Qt table model over frozen summaries; ID numbers are always masked."""

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.i18n.catalog import pick, shown_date, tr

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
    PHOTO = 8


HEADERS = {
    RegistrationColumn.TAMBON: "ตำบล",
    RegistrationColumn.TYPE: "ประเภท",
    RegistrationColumn.PRODUCER: "ผู้ผลิต",
    RegistrationColumn.CONTACT: "ผู้ติดต่อ",
    RegistrationColumn.NATIONAL_ID: "เลขประจำตัว",
    RegistrationColumn.PRODUCT: "ผลิตภัณฑ์หลัก",
    RegistrationColumn.RECEIVED_ON: "วันที่รับ",
    RegistrationColumn.STATUS: "สถานะ",
    RegistrationColumn.PHOTO: "รูปผลิตภัณฑ์",
}

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The view asks for a dozen roles per cell on every paint; these are the ones answered.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, UUID_ROLE, SORT_ROLE})
_COLUMNS = tuple(RegistrationColumn)


SORT_KEYS = {
    RegistrationColumn.TAMBON: "tambon",
    RegistrationColumn.TYPE: "type",
    RegistrationColumn.PRODUCER: "producer",
    RegistrationColumn.CONTACT: "contact",
    RegistrationColumn.NATIONAL_ID: "national_id",
    RegistrationColumn.PRODUCT: "product",
    RegistrationColumn.RECEIVED_ON: "received_on",
    RegistrationColumn.STATUS: "status",
    RegistrationColumn.PHOTO: "photos",
}
# Rows are read from the database a page at a time, as the view asks for them.
PAGE_SIZE = 64
MAX_PAGES = 50

# Summaries of the ids given, in their order; None for a row deleted since the search.
Fetch = Callable[[Sequence[int]], list[RegistrationSummary | None]]


class RegistrationTableModel(QAbstractTableModel):
    """Holds the ids of every row the search found; summaries come a page at a time."""

    sort_requested = Signal(str, bool)  # SORT_KEYS value, descending

    def __init__(self, tambon_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: Sequence[int] = []
        self._count = 0
        self._pages: dict[int, list[RegistrationSummary | None]] = {}
        self._fetch: Fetch = lambda ids: [None for _ in ids]
        self._id_of: Callable[[str], int | None] = lambda uuid: None
        self._tambon_names = tambon_names

    def set_rows(self, rows: list[RegistrationSummary]) -> None:
        """A fixed list of summaries, already in memory."""
        by_id = dict(enumerate(rows))
        by_uuid = {s.uuid: i for i, s in by_id.items()}
        self.set_ids(list(by_id), lambda ids: [by_id[i] for i in ids], by_uuid.get)

    def set_ids(
        self, ids: Sequence[int], fetch: Fetch, id_of: Callable[[str], int | None] | None = None
    ) -> None:
        """`ids` may still grow while a search runs on; grow() then shows the new rows."""
        self.beginResetModel()
        self._ids, self._count, self._fetch, self._pages = ids, len(ids), fetch, {}
        self._id_of = id_of or (lambda uuid: None)
        self.endResetModel()

    def grow(self) -> None:
        count = len(self._ids)
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def summary(self, row: int) -> RegistrationSummary | None:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None or offset >= len(page):
            if len(self._pages) >= MAX_PAGES:
                self._pages.clear()
            page = self._fetch(self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
            self._pages[number] = page
        return page[offset] if offset < len(page) else None

    def row_of(self, uuid: str) -> int:
        for number, page in self._pages.items():
            for offset, summary in enumerate(page):
                if summary is not None and summary.uuid == uuid:
                    return number * PAGE_SIZE + offset
        found = self._id_of(uuid)
        if found is None:
            return -1
        try:
            return self._ids.index(found, 0, self._count)
        except ValueError:
            return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(RegistrationColumn):
            descending = order == Qt.SortOrder.DescendingOrder
            self.sort_requested.emit(SORT_KEYS[RegistrationColumn(column)], descending)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RegistrationColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[RegistrationColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        summary = self.summary(index.row())
        if summary is None:  # deleted elsewhere since the search ran
            return None
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == UUID_ROLE:
            return summary.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column is RegistrationColumn.TYPE:
            return pick(summary.producer_type.name_th, summary.producer_type.name_en)
        if role == Qt.ItemDataRole.ToolTipRole and column is RegistrationColumn.PHOTO:
            return photo_tooltip(summary.product_photos)
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
                return shown_date(s.received_on, "abbr")
            case RegistrationColumn.STATUS:
                return pick(s.status.label_th, s.status.label_en)
            case RegistrationColumn.PHOTO:
                return (
                    tr("✓ {n} รูป").format(n=s.product_photos) if s.product_photos else tr("✗ ไม่มี")
                )
        return ""

    def _sort_key(self, s: RegistrationSummary, column: RegistrationColumn) -> Any:
        if column is RegistrationColumn.RECEIVED_ON:
            return s.received_on.toordinal()
        if column is RegistrationColumn.TYPE:
            return int(s.producer_type)
        if column is RegistrationColumn.TAMBON:
            return s.tambon_code
        if column is RegistrationColumn.PHOTO:
            return s.product_photos
        return self._display(s, column)


def photo_tooltip(count: int) -> str:
    if count:
        return tr("มีรูปถ่ายผลิตภัณฑ์ {n} รูป").format(n=count)
    return tr("ยังไม่มีรูปถ่ายผลิตภัณฑ์ (เอกสารที่ต้องมี) เปิดรายการเพื่อเพิ่มรูป")
