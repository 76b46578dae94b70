"""Choose a backup to restore, after seeing what it holds. Also the offer after a damaged database
at start: it names the backup it proposes (kind, date, record count) and lets the officer pick
another; a safety copy taken before an earlier restore says so and is never the proposal while an
ordinary backup will do."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import shown_date, tr, user_message
from otop_desktop.services.backup.backup_files import BackupFile, BackupKind, parse_backup_name
from otop_desktop.services.backup.backup_restore import BackupLockedError, BackupPreview
from otop_desktop.services.backup.backup_service import BackupService
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import fit_dialog
from otop_desktop.ui.widgets.tab_order import chain_after

KIND_TH = {
    BackupKind.MANUAL: "สำรองเอง",
    BackupKind.AUTOMATIC: "สำรองอัตโนมัติ",
    BackupKind.BEFORE_RESTORE: "สำเนาความปลอดภัยก่อนกู้คืน",
    BackupKind.BEFORE_UPGRADE: "ก่อนปรับรุ่นโปรแกรม",
    BackupKind.DAMAGED: "แฟ้มที่เสียหาย",
}
PATH_ROLE = 256


def when(backup: BackupFile) -> str:
    taken = backup.taken_at
    return f"{shown_date(taken.date(), 'abbr')} {taken:%H:%M}"


def kind_of(path: Path) -> str:
    backup = parse_backup_name(path)
    return tr(KIND_TH[backup.kind]) if backup is not None else tr("แฟ้มที่เลือกเอง")


def describe_offer(preview: BackupPreview) -> str:
    """One line naming a backup as the officer recognises it."""
    taken = preview.taken_at
    return tr("{kind} เมื่อ {date} น. ทะเบียน {n} ราย").format(
        kind=kind_of(preview.path),
        date=f"{shown_date(taken.date(), 'full')} {taken:%H:%M}",
        n=preview.active_registrations,
    )


class RestoreDialog(QDialog):
    def __init__(
        self,
        backups: BackupService,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        damage: str = "",
        proposed: BackupPreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ฐานข้อมูลเสียหาย") if damage else tr("กู้คืนจากข้อมูลสำรอง"))
        fit_dialog(self, 820, 480)
        self._backups = backups
        self._dialogs = dialogs
        self.chosen: Path | None = None
        self.secret = ""
        self._shown: Path | None = None
        self._damage = bool(damage)
        self.list = QListWidget(self)
        for backup in backups.backups():
            if backup.restorable:
                item = QListWidgetItem(f"{when(backup)}  —  {tr(KIND_TH.get(backup.kind, ''))}")
                item.setData(PATH_ROLE, str(backup.path))
                self.list.addItem(item)
        self.preview = QLabel(tr("เลือกข้อมูลสำรองทางซ้ายเพื่อดูว่ามีอะไรอยู่"), self)
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(300)
        self.secret_field = QLineEdit(self)
        self.secret_field.setObjectName("backup_secret")
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_field.setPlaceholderText(tr("รหัสผ่านหรือกุญแจกู้คืนของแฟ้มนี้"))
        self.secret_field.setAccessibleName(self.secret_field.placeholderText())
        self.open_button = QPushButton(tr("เปิดแฟ้มนี้"), self)
        self._lay_out(damage, proposed)
        self.list.currentItemChanged.connect(self._on_item_changed)
        self.open_button.clicked.connect(self._on_open_clicked)
        self._select(proposed.path if proposed is not None else None)

    def _lay_out(self, damage: str, proposed: BackupPreview | None) -> None:
        other = QPushButton(tr("เลือกแฟ้มอื่น..."), self)
        self.restore_button = QPushButton(tr("กู้คืนจากแฟ้มที่เลือก") if damage else tr("กู้คืน"), self)
        self.restore_button.setEnabled(False)
        cancel = QPushButton(tr("ออกจากโปรแกรม") if damage else tr("ยกเลิก"), self)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.secret_field)
        right.addWidget(self.open_button)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        chain_after(other, [cancel, self.restore_button])
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading(damage, proposed), self)
        self.heading.setObjectName("restore_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        if damage:
            # SQLite's own words, for whoever the officer calls: copyable, and out of the way.
            self.damage_detail = QLabel(
                tr("รายละเอียดสำหรับผู้ดูแลระบบ: {problem}").format(problem=damage)
            )
            self.damage_detail.setObjectName("restore_damage_detail")
            self.damage_detail.setWordWrap(True)
            self.damage_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.damage_detail)
        layout.addLayout(body)
        layout.addLayout(buttons)
        other.clicked.connect(self._on_other_clicked)
        cancel.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.accept)

    @staticmethod
    def _heading(damage: str, proposed: BackupPreview | None) -> str:
        if not damage:
            return tr("ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อนกู้คืนเสมอ จึงย้อนกลับได้")
        lines = [tr("แฟ้มฐานข้อมูลเสียหาย แฟ้มที่เสียหายจะถูกเก็บไว้ ไม่ถูกลบ")]
        if proposed is not None:
            lines.append(
                tr("แนะนำให้กู้คืนจาก: {offer} (เลือกแฟ้มอื่นทางซ้ายได้)").format(
                    offer=describe_offer(proposed)
                )
            )
        else:
            lines.append(
                tr("ไม่มีแฟ้มสำรองที่เปิดได้เอง แฟ้มที่เข้ารหัสไว้: เลือกแล้วพิมพ์รหัสผ่านหรือกุญแจกู้คืนของข้อมูลนั้น")
            )
        return "\n".join(lines)

    def _select(self, path: Path | None) -> None:
        for row in range(self.list.count()):
            if path is None or Path(self.list.item(row).data(PATH_ROLE)) == path:
                self.list.setCurrentRow(row)
                return

    def _on_item_changed(self, item: QListWidgetItem | None) -> None:
        self.show_preview(Path(item.data(PATH_ROLE)) if item else None)

    def _on_other_clicked(self) -> None:
        path = self._dialogs.open_file(self, tr("เลือกแฟ้มข้อมูลสำรอง"), "OTOP (*.sqlite3 *.db)")
        if path is not None:
            self.list.clearSelection()
            self.show_preview(path)

    def _on_open_clicked(self) -> None:
        if self._shown is not None:
            self.show_preview(self._shown, self.secret_field.text())

    def show_preview(self, path: Path | None, secret: str = "") -> None:
        self.chosen, self.secret, self._shown = None, "", path
        self.restore_button.setEnabled(False)
        self._ask_secret(False)
        if path is None:
            return
        try:
            preview = self._backups.describe(path, secret)
        except BackupLockedError as exc:
            self.preview.setText(user_message(exc))
            self._ask_secret(True)
            return
        except UserError as exc:
            self.preview.setText("✖ " + user_message(exc))
            return
        self.preview.setText("\n".join(self._lines(path, preview)))
        if preview.restorable:
            self.chosen, self.secret = path, secret
            self.restore_button.setEnabled(True)

    def _ask_secret(self, shown: bool) -> None:
        self.secret_field.setVisible(shown)
        self.open_button.setVisible(shown)
        self.secret_field.clear()
        # Enter opens the file while its password is asked; after damage at start, it then
        # restores the backup shown (the offer is the one thing left to do).
        self.open_button.setDefault(shown)
        self.restore_button.setDefault(self._damage and not shown)

    @staticmethod
    def _lines(path: Path, preview: BackupPreview) -> list[str]:
        taken = preview.taken_at
        lines = [
            tr("แฟ้ม: {name}").format(name=path.name),
            tr("ชนิด: {kind}").format(kind=kind_of(path)),
            tr("สำรองเมื่อ: {date}").format(date=f"{shown_date(taken.date(), 'full')} {taken:%H:%M}"),
            tr("อำเภอ: {name}").format(name=preview.district_name_th or "-"),
            tr("ทะเบียนที่ใช้งานอยู่: {n} ราย").format(n=preview.active_registrations),
        ]
        backup = parse_backup_name(path)
        if backup is not None and backup.kind is BackupKind.BEFORE_RESTORE:
            lines.append(tr("แฟ้มนี้คือข้อมูลก่อนการกู้คืนครั้งก่อน กู้คืนแฟ้มนี้จะยกเลิกการกู้คืนครั้งนั้น"))
        if preview.encrypted:
            lines.append(tr("แฟ้มนี้เข้ารหัสไว้"))
        if preview.newer_than_program:
            lines.append(tr("✖ สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับรุ่นโปรแกรมก่อน"))
        if preview.missing_photos:
            missing = len(preview.missing_photos)
            lines.append(
                tr("✖ ขาดรูปภาพ {n} รูปในโฟลเดอร์รูปของแฟ้มสำรอง จึงกู้คืนแฟ้มนี้ไม่ได้").format(n=missing)
            )
        lines += ["✖ " + problem for problem in preview.problems]
        return lines
