"""Opening the data at start: a damaged file is never overwritten but offered a backup, and an
encrypted office's window is built while its file is checked (start_check)."""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.app.services import Services, open_services
from otop_desktop.app.start_check import EarlyIntegrityCheck
from otop_desktop.db.schema import SchemaError
from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.platform.data_folder import DataFolder, DataFolderError
from otop_desktop.ui.shell.main_window import MainWindow
from otop_desktop.ui.widgets.dialogs import Dialogs, QtDialogs

if TYPE_CHECKING:
    from otop_desktop.services.backup.backup_restore import BackupPreview
    from otop_desktop.services.backup.backup_service import BackupService

log = logging.getLogger(__name__)


# (backups, what SQLite found, the backup proposed) -> (the file chosen, its secret), or None.
RecoveryChooser = Callable[["BackupService", str, "BackupPreview | None"], tuple[Path, str] | None]


def choose_recovery(
    backups: "BackupService", problem: str, proposed: "BackupPreview | None"
) -> tuple[Path, str] | None:
    from otop_desktop.ui.transfer.restore_dialog import RestoreDialog

    dialog = RestoreDialog(backups, QtDialogs(), None, damage=problem, proposed=proposed)
    if not dialog.exec() or dialog.chosen is None:
        return None
    return dialog.chosen, dialog.secret


def open_or_recover(
    folder: DataFolder,
    dialogs: Dialogs,
    key: bytes | None = None,
    choose: RecoveryChooser = choose_recovery,
    *,
    early_check: EarlyIntegrityCheck | None = None,
) -> Services | None:
    """Opens the data; a damaged file is never overwritten: the officer is offered a backup,
    named with its kind, date and record count, and may pick another."""
    from otop_desktop.services.backup.backup_service import BackupService

    folder.create()
    backups = BackupService(folder, key=key)
    check = early_check.result() if early_check is not None else None
    if check is None or not check.ok:  # damage found early is confirmed now, with the lock held
        check = backups.integrity_check(quick=True) if folder.database_path.exists() else None
    if check is not None and not check.ok:
        from otop_desktop.services.office.gazetteer import Gazetteer

        backups = BackupService(folder, key=key, gazetteer=Gazetteer())
        proposed = backups.proposed_backup()
        # Encrypted backups that this folder's key cannot open are still offered, to be opened
        # with their password or recovery key (a lost otop.key).
        if proposed is None and not any(b.restorable for b in backups.backups()):
            dialogs.error(
                None,
                tr("ฐานข้อมูลเสียหาย"),
                tr(
                    "แฟ้มฐานข้อมูล {path} เสียหายและไม่พบข้อมูลสำรองที่ใช้ได้ โปรแกรมไม่ได้แก้ไขแฟ้มนั้น "
                    "กรุณาติดต่อผู้ดูแลระบบ"
                ).format(path=folder.database_path),
            )
            return None
        choice = choose(backups, check.problem, proposed[1] if proposed is not None else None)
        if choice is None:
            return None
        try:
            backups.restore(*choice)
        except UserError as exc:
            dialogs.error(None, tr("กู้คืนไม่ได้"), user_message(exc))
            return None
    try:
        return open_services(folder, key)
    except (SchemaError, DataFolderError) as exc:
        dialogs.error(None, tr("เปิดฐานข้อมูลไม่ได้"), str(exc))
        return None


def open_building(
    folder: DataFolder,
    dialogs: Dialogs,
    key: bytes,
    build: Callable[[Services], MainWindow | None],
    choose: RecoveryChooser = choose_recovery,
) -> tuple[Services, MainWindow | None] | None:
    """Opens an encrypted office and builds its window (unshown) while the file's integrity
    check decrypts every page on the second core (start_check): the check no longer delays the
    first frame by its 30 ms at 5,000 registrations. The window is handed back only once the
    check passed. Damage found, or any failure on the way, drops the unseen window and takes
    the ordinary path: the check again, with the lock held, and the offer of a backup."""
    behind = EarlyIntegrityCheck(folder, key)
    services: Services | None = None
    window: MainWindow | None = None
    try:
        services = open_services(folder, key)
        window = build(services)
        if behind.passed():
            return services, window
    except Exception:
        log.info("opening alongside the check failed; opening again after it", exc_info=True)
        behind.passed()  # the check's own connection is closed before the file is read again
    if window is not None:
        window.deleteLater()
    if services is not None:
        services.close()
    recovered = open_or_recover(folder, dialogs, key, choose)
    if recovered is None:
        return None
    return recovered, build(recovered)
