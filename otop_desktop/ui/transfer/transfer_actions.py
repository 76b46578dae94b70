"""Backups, restore and exchange with another computer, as the main window's menu offers them."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from otop_desktop.app import Services
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.errors import UserError
from otop_desktop.ui.shell.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs

if TYPE_CHECKING:
    # The menu actions' modules load when an action is used, not at start.
    from otop_desktop.services.exchange.exchange_merge import Conflict
    from otop_desktop.ui.transfer.conflict_dialog import ConflictDialog

LINES_SHOWN = 30


class DataTransfer:
    def __init__(
        self, services: Services, dialogs: Dialogs, bus: ChangeBus, parent: QWidget
    ) -> None:
        self._services = services
        self._dialogs = dialogs
        self._bus = bus
        self._parent = parent
        self.conflict_dialog: ConflictDialog | None = None

    def _fail(self, title: str, error: UserError) -> None:
        self._dialogs.error(self._parent, title, user_message(error))

    def backup_now(self) -> Path | None:
        try:
            result = self._services.backups.backup_now()
        except UserError as exc:
            self._fail(tr("สำรองข้อมูลไม่ได้"), exc)
            return None
        lines = [tr("สำรองข้อมูลไว้ที่ {path}").format(path=result.path)]
        lines += [tr("และที่ {path}").format(path=copy) for copy in result.copies]
        lines += ["⚠ " + problem for problem in result.problems]
        self._dialogs.info(self._parent, tr("สำรองข้อมูลแล้ว"), "\n".join(lines))
        return result.path

    def restore(self) -> bool:
        from otop_desktop.ui.transfer.restore_dialog import RestoreDialog

        try:
            self._services.backups.require_local()
        except UserError as exc:  # a shared server: its administrator restores it
            self._fail(tr("กู้คืนไม่ได้"), exc)
            return False
        dialog = RestoreDialog(self._services.backups, self._dialogs, self._parent)
        if not dialog.exec() or dialog.chosen is None:
            return False
        return self.restore_file(dialog.chosen, dialog.secret)

    def restore_file(self, path: Path, secret: str = "") -> bool:
        if not self._dialogs.confirm(
            self._parent,
            tr("กู้คืนข้อมูล"),
            tr("ข้อมูลในโปรแกรมจะถูกแทนที่ด้วยข้อมูลสำรองนี้ (ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน) ต้องการกู้คืนหรือไม่?"),
            ok=tr("กู้คืน"),
            cancel=tr("ยกเลิก"),
        ):
            return False
        try:
            result = self._services.backups.restore(path, secret)
        except UserError as exc:
            self._fail(tr("กู้คืนไม่ได้"), exc)
            return False
        for change in result.changes:
            self._bus.publish(change)
        saved = (
            tr("ข้อมูลก่อนกู้คืนเก็บไว้ที่ {path}").format(path=result.previous) if result.previous else ""
        )
        self._dialogs.info(
            self._parent,
            tr("กู้คืนแล้ว"),
            tr("กู้คืนข้อมูล {n} ราย").format(n=result.restored.active_registrations) + "\n" + saved,
        )
        return True

    def send(self) -> Path | None:
        folder = self._dialogs.choose_folder(
            self._parent, tr("เลือกที่เก็บแฟ้มสำหรับส่ง (เช่น แฟลชไดรฟ์)"), Path.home()
        )
        if folder is None:
            return None
        try:
            result = self._services.exchange.pack(folder)
        except UserError as exc:
            self._fail(tr("สร้างแฟ้มส่งข้อมูลไม่ได้"), exc)
            return None
        self._dialogs.info(
            self._parent,
            tr("สร้างแฟ้มส่งข้อมูลแล้ว"),
            tr(
                "แฟ้ม {path}\nมี {n} รายการ (รวมรายการที่ลบ {d}) นำแฟ้มนี้ไปเปิดด้วยเมนู "
                '"รับข้อมูลจากเครื่องอื่น" ที่อีกเครื่อง'
            ).format(path=result.path, n=result.active + result.deleted, d=result.deleted),
        )
        return result.path

    def receive(self, path: Path | None = None) -> bool:
        path = path or self._dialogs.open_file(
            self._parent, tr("เลือกแฟ้มที่ได้รับจากเครื่องอื่น"), "OTOP (*.otoppack)"
        )
        if path is None:
            return False
        try:
            report = self._services.exchange.merge(path)
        except UserError as exc:
            self._fail(tr("รับข้อมูลไม่ได้"), exc)
            return False
        if report.changed_anything:
            self._bus.publish(report.change)
        from otop_desktop.services.exchange.exchange_merge import report_lines_th

        lines = report_lines_th(report, self._services.gazetteer.tambon_name)
        shown = lines[:LINES_SHOWN] + ([tr("...")] if len(lines) > LINES_SHOWN else [])
        self._dialogs.info(self._parent, tr("รับข้อมูลแล้ว"), "\n".join(shown))
        if report.conflicts:
            self._open_conflicts(list(report.conflicts))
        return True

    def review_conflicts(self) -> bool:
        """The conflicts of earlier packages that the officer left for later."""
        conflicts = self._services.exchange.pending_conflicts()
        if not conflicts:
            self._dialogs.info(
                self._parent,
                tr("ข้อมูลที่แก้ไขทั้งสองเครื่อง"),
                tr("ไม่มีรายการที่รอเลือก ข้อมูลที่รับจากเครื่องอื่นตรงกับเครื่องนี้แล้ว"),
            )
            return False
        self._open_conflicts(conflicts)
        return True

    def pending_notice(self) -> str:
        count = len(self._services.exchange.pending_conflicts())
        if not count:
            return ""
        return tr("มีข้อมูลที่แก้ไขทั้งสองเครื่อง {n} รายการรอเลือก (เมนู แฟ้ม › ข้อมูลที่แก้ไขทั้งสองเครื่อง)").format(
            n=count
        )

    def _open_conflicts(self, conflicts: "list[Conflict]") -> None:
        from otop_desktop.ui.transfer.conflict_dialog import ConflictDialog

        self.conflict_dialog = ConflictDialog(self._services.exchange, conflicts, self._parent)
        self.conflict_dialog.resolved.connect(self._bus.publish)
        self.conflict_dialog.open()
