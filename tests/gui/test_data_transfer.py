"""Backups, restore, the damaged-database offer and exchange, as the officer reaches them."""

import shutil

from otop_desktop.app import open_services
from otop_desktop.app.windows import open_or_recover
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.privacy.audit_log_dialog import AuditLogDialog
from otop_desktop.ui.transfer.conflict_dialog import ConflictDialog


def test_back_up_now_then_restore_brings_the_earlier_state_back(
    imported, window, services, dialogs
):
    backup = window.transfer.backup_now()
    assert backup is not None and backup.exists()
    assert "สำรองข้อมูลไว้ที่" in dialogs.shown[-1]
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    services.registry.delete(uuid)
    assert services.registry.count() == 22
    dialogs.answers = [True]
    assert window.transfer.restore_file(backup)
    assert services.registry.count() == 23
    assert "ทั้งหมด 23 ราย" in window.registry.count_label.text()  # the views heard of it


def test_a_damaged_database_is_not_overwritten_and_the_newest_backup_is_offered(app, tmp_path):
    folder = DataFolder(tmp_path / "office")
    services = open_services(folder)
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
    services.backups.backup_now()
    services.close()
    damaged = folder.database_path.read_bytes()
    damaged = damaged[:4096] + b"\xde\xad" * 4096 + damaged[4096 + 8192 :]
    folder.database_path.write_bytes(damaged)

    from tests.gui.conftest import ScriptedDialogs

    refusing = ScriptedDialogs()
    refusing.answers = [False]
    assert open_or_recover(folder, refusing) is None
    assert "เสียหาย" in refusing.asked[0]
    assert folder.database_path.read_bytes() == damaged  # nothing was overwritten

    accepting = ScriptedDialogs()
    accepting.answers = [True]
    recovered = open_or_recover(folder, accepting)
    assert recovered is not None
    try:
        assert recovered.office.require_office().district_code == "2402"
    finally:
        recovered.close()


def test_send_and_receive_with_a_conflict_to_decide(
    imported, window, services, dialogs, tmp_path, make_services
):
    dialogs.folders = [tmp_path]
    package = window.transfer.send()
    assert package is not None and package.suffix == ".otoppack"

    laptop = make_services("laptop")
    laptop.exchange.merge(package)
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    for side, name in ((services, "นายวิชัย มั่นคง (สำนักงาน)"), (laptop, "นายวิชัย มั่นคง (ภาคสนาม)")):
        record = side.registry.get(uuid)
        side.registry.update(record.with_changes(producer_name=name))
    back = laptop.exchange.pack(tmp_path / "back.otoppack").path

    assert window.transfer.receive(back)
    assert "ขัดแย้ง" in dialogs.shown[-1] or "แก้ไขทั้งสองเครื่อง" in dialogs.shown[-1]
    conflicts = window.transfer.conflict_dialog
    assert isinstance(conflicts, ConflictDialog) and len(conflicts.remaining) == 1
    assert "นายวิชัย มั่นคง (ภาคสนาม)" in conflicts.details.text()
    assert services.registry.get(uuid).producer_name == "นายวิชัย มั่นคง (สำนักงาน)"
    conflicts.keep_incoming.click()
    assert services.registry.get(uuid).producer_name == "นายวิชัย มั่นคง (ภาคสนาม)"
    assert not conflicts.remaining


def test_a_conflict_decided_later_is_found_again_from_the_menu(
    imported, window, services, dialogs, tmp_path, make_services, qtbot
):
    from PySide6.QtWidgets import QPushButton

    laptop = make_services("laptop")
    laptop.exchange.merge(services.exchange.pack(tmp_path / "out.otoppack").path)
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    for side, phone in ((services, "0811111111"), (laptop, "0822222222")):
        side.registry.update(side.registry.get(uuid).with_changes(phone=phone))
    assert window.transfer.receive(laptop.exchange.pack(tmp_path / "back.otoppack").path)
    later = next(
        b
        for b in window.transfer.conflict_dialog.findChildren(QPushButton)
        if b.text() == "ตัดสินใจภายหลัง"
    )
    later.click()

    window.ui.action_conflicts.trigger()
    again = window.transfer.conflict_dialog
    assert isinstance(again, ConflictDialog) and len(again.remaining) == 1
    assert "0822222222" in again.details.text()
    again.keep_local.click()
    assert services.registry.get(uuid).phone == "0811111111"

    window.ui.action_conflicts.trigger()
    assert "ไม่มีรายการที่รอเลือก" in dialogs.shown[-1]


def test_a_record_edited_while_its_conflict_is_open_is_shown_again(
    imported, window, services, tmp_path, make_services
):
    laptop = make_services("laptop")
    laptop.exchange.merge(services.exchange.pack(tmp_path / "out.otoppack").path)
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    for side, phone in ((services, "0811111111"), (laptop, "0822222222")):
        side.registry.update(side.registry.get(uuid).with_changes(phone=phone))
    assert window.transfer.receive(laptop.exchange.pack(tmp_path / "back.otoppack").path)
    dialog = window.transfer.conflict_dialog
    services.registry.update(services.registry.get(uuid).with_changes(phone="0833333333"))

    dialog.keep_incoming.click()

    assert services.registry.get(uuid).phone == "0833333333"  # nothing was overwritten
    assert "ข้อมูลล่าสุด" in dialog.heading.text() and "0833333333" in dialog.details.text()
    dialog.keep_incoming.click()
    assert services.registry.get(uuid).phone == "0822222222"
    assert not dialog.remaining


def test_the_status_bar_mentions_conflicts_left_for_later(
    imported, window, services, tmp_path, make_services, qtbot
):
    laptop = make_services("laptop")
    laptop.exchange.merge(services.exchange.pack(tmp_path / "out.otoppack").path)
    uuid = services.registry.search("ไม้กวาด")[0].uuid
    for side, phone in ((services, "0811111111"), (laptop, "0822222222")):
        side.registry.update(side.registry.get(uuid).with_changes(phone=phone))
    services.exchange.merge(laptop.exchange.pack(tmp_path / "back.otoppack").path)

    from otop_desktop.app.windows import build_main_window
    from tests.gui.conftest import ScriptedDialogs

    reopened = build_main_window(services, ScriptedDialogs(), "th")
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: "1 รายการรอเลือก" in reopened.ui.statusbar.currentMessage())


def test_the_audit_log_shows_who_did_what(imported, window, services):
    services.registry.delete(services.registry.search("ไม้กวาด")[0].uuid)
    window.ui.action_audit_log.trigger()
    dialog = window.audit_dialog
    assert isinstance(dialog, AuditLogDialog)
    model = dialog.model
    actions = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert actions[0] == "ลบ" and "นำเข้าจากแฟ้ม" in actions
    assert model.index(0, 1).data() == "นางสาวสมใจ รักงาน"


def test_a_package_from_another_district_is_refused(
    imported, window, dialogs, tmp_path, make_services
):
    other = make_services("elsewhere")
    other.office.setup("2406", officer_name="นายอื่น ไกลบ้าน")
    package = other.exchange.pack(tmp_path / "other.otoppack").path
    assert not window.transfer.receive(package)
    assert dialogs.shown and "รับข้อมูลไม่ได้" in dialogs.shown[-1]
    shutil.rmtree(tmp_path / "elsewhere", ignore_errors=True)
