"""The restore dialog with a backup whose photo store lost a photo: it says so and the restore
button stays off; a whole backup beside it restores as usual."""

from pathlib import Path

from otop_desktop.db.photo_store import STORE_FOLDER
from otop_desktop.ui.transfer.restore_dialog import RestoreDialog
from tests.integration.test_photos import with_two_photos


def test_the_preview_names_the_missing_photos_and_offers_no_restore(
    app, services, dialogs, qtbot, tmp_path: Path
):  # type: ignore[no-untyped-def]
    with_two_photos(services, tmp_path)
    backup = services.backups.backup_now().path
    store = services.folder.backups / STORE_FOLDER
    next(store.iterdir()).unlink()

    dialog = RestoreDialog(services.backups, dialogs)
    qtbot.addWidget(dialog)
    dialog.show_preview(backup)
    dialog.resize(640, 420)
    dialog.grab().save(str(tmp_path / "restore-missing-photo.png"))

    assert "ขาดรูปภาพ 1 รูปในโฟลเดอร์รูปของแฟ้มสำรอง" in dialog.preview.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen is None
