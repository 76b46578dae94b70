"""Choose a backup to restore, after seeing what it holds."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import shown_date, tr, user_message
from otop_desktop.services.backup.backup_files import BackupFile, BackupKind
from otop_desktop.services.backup.backup_service import BackupService
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import fit_dialog
from otop_desktop.ui.widgets.tab_order import chain_after

KIND_TH = {
    BackupKind.MANUAL: "สำรองเอง",
    BackupKind.AUTOMATIC: "สำรองอัตโนมัติ",
    BackupKind.BEFORE_RESTORE: "ก่อนกู้คืน",
    BackupKind.BEFORE_UPGRADE: "ก่อนปรับรุ่นโปรแกรม",
    BackupKind.DAMAGED: "แฟ้มที่เสียหาย",
}
PATH_ROLE = 256


def when(backup: BackupFile) -> str:
    taken = backup.taken_at
    return f"{shown_date(taken.date(), 'abbr')} {taken:%H:%M}"


class RestoreDialog(QDialog):
    def __init__(
        self, backups: BackupService, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("กู้คืนจากข้อมูลสำรอง"))
        fit_dialog(self, 720, 460)
        self._backups = backups
        self._dialogs = dialogs
        self.chosen: Path | None = None
        self.list = QListWidget(self)
        for backup in backups.backups():
            if backup.restorable:
                item = QListWidgetItem(f"{when(backup)}  —  {tr(KIND_TH.get(backup.kind, ''))}")
                item.setData(PATH_ROLE, str(backup.path))
                self.list.addItem(item)
        self.preview = QLabel(tr("เลือกข้อมูลสำรองทางซ้ายเพื่อดูว่ามีอะไรอยู่"), self)
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(280)
        other = QPushButton(tr("เลือกแฟ้มอื่น..."), self)
        self.restore_button = QPushButton(tr("กู้คืน"), self)
        self.restore_button.setEnabled(False)
        cancel = QPushButton(tr("ยกเลิก"), self)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        chain_after(other, [cancel, self.restore_button])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อนกู้คืนเสมอ จึงย้อนกลับได้"), self))
        layout.addLayout(body)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_item_changed)
        other.clicked.connect(self._on_other_clicked)
        cancel.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.accept)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _on_item_changed(self, item: QListWidgetItem | None) -> None:
        self.show_preview(Path(item.data(PATH_ROLE)) if item else None)

    def _on_other_clicked(self) -> None:
        path = self._dialogs.open_file(self, tr("เลือกแฟ้มข้อมูลสำรอง"), "OTOP (*.sqlite3 *.db)")
        if path is not None:
            self.list.clearSelection()
            self.show_preview(path)

    def show_preview(self, path: Path | None) -> None:
        self.chosen = None
        self.restore_button.setEnabled(False)
        if path is None:
            return
        try:
            preview = self._backups.describe(path)
        except UserError as exc:
            self.preview.setText("✖ " + user_message(exc))
            return
        lines = [
            tr("แฟ้ม: {name}").format(name=path.name),
            tr("สำรองเมื่อ: {date}").format(
                date=f"{shown_date(preview.taken_at.date(), 'full')} {preview.taken_at:%H:%M}"
            ),
            tr("อำเภอ: {name}").format(name=preview.district_name_th or "-"),
            tr("ทะเบียนที่ใช้งานอยู่: {n} ราย").format(n=preview.active_registrations),
        ]
        if preview.newer_than_program:
            lines.append(tr("✖ สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับรุ่นโปรแกรมก่อน"))
        lines += ["✖ " + problem for problem in preview.problems]
        self.preview.setText("\n".join(lines))
        if preview.restorable:
            self.chosen = path
            self.restore_button.setEnabled(True)
