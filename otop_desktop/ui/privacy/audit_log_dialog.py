"""The audit trail, viewable by the officer: who did what, and when."""

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from otop_desktop.i18n.catalog import shown_date, tr
from otop_desktop.services.privacy.audit_service import AuditEntry
from otop_desktop.ui.widgets.screen_fit import fit_dialog

Index = QModelIndex | QPersistentModelIndex


class AuditColumn(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    WHAT = 3


HEADERS = ("เมื่อ", "ผู้ทำ", "การกระทำ", "รายการ")


class AuditTableModel(QAbstractTableModel):
    def __init__(self, entries: list[AuditEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry = self._entries[index.row()]
        local = entry.at.replace(tzinfo=dt.UTC).astimezone()
        return {
            AuditColumn.WHEN: f"{shown_date(local.date(), 'abbr')} {local:%H:%M}",
            AuditColumn.WHO: entry.actor,
            AuditColumn.ACTION: tr(entry.action_th),
            AuditColumn.WHAT: entry.summary,
        }[AuditColumn(index.column())]


class AuditLogDialog(QDialog):
    def __init__(self, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("บันทึกการใช้งาน"))
        fit_dialog(self, 900, 520)
        self.model = AuditTableModel(entries, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self).addWidget(self.table)
