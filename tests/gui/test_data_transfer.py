"""Backups, restore, the damaged-database offer and exchange, as the officer reaches them."""

import shutil

from otop_desktop.app import open_services
from otop_desktop.app.start_data import open_or_recover
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.privacy.audit_log_dialog import AuditLogDialog
from otop_desktop.ui.transfer.conflict_dialog import ConflictDialog
from otop_desktop.ui.transfer.restore_dialog import RestoreDialog


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


def _damage(folder: DataFolder) -> bytes:
    damaged = folder.database_path.read_bytes()
    damaged = damaged[:4096] + b"\xde\xad" * 4096 + damaged[4096 + 8192 :]
    folder.database_path.write_bytes(damaged)
    return damaged


def test_a_damaged_database_is_not_overwritten_and_the_newest_backup_is_offered(app, tmp_path):
    folder = DataFolder(tmp_path / "office")
    services = open_services(folder)
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
    services.backups.backup_now()
    services.close()
    damaged = _damage(folder)

    from tests.gui.conftest import ScriptedDialogs

    offers: list[str] = []

    def refuse(backups, problem, proposed):  # the officer chooses to quit
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        offers.append(dialog.heading.text())
        return None

    assert open_or_recover(folder, ScriptedDialogs(), choose=refuse) is None
    assert "เสียหาย" in offers[0] and "ทะเบียน 0 ราย" in offers[0]
    assert folder.database_path.read_bytes() == damaged  # nothing was overwritten

    def accept(backups, problem, proposed):
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        return dialog.chosen, dialog.secret

    recovered = open_or_recover(folder, ScriptedDialogs(), choose=accept)
    assert recovered is not None
    try:
        assert recovered.office.require_office().district_code == "2402"
    finally:
        recovered.close()


def test_the_damage_offer_does_not_quietly_undo_a_restore_made_minutes_before(
    app, tmp_path, bang_khla_csv, qtbot
):
    """The officer restored yesterday's backup (10 registrations lost since were a mistake
    anyway); the program then found the file damaged. The newest backup file is the safety copy
    taken before that restore: it must not be the offer."""
    folder = DataFolder(tmp_path / "office")
    services = open_services(folder)
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
    services.importer.import_file(bang_khla_csv)
    yesterday = services.backups.backup_now().path
    for uuid in [s.uuid for s in services.registry.search()][:10]:
        services.registry.delete(uuid)
    assert services.registry.count() == 13
    result = services.backups.restore(yesterday)
    safety = result.previous
    assert safety is not None and "before-restore" in safety.name
    services.close()
    _damage(folder)

    from tests.gui.conftest import ScriptedDialogs

    seen: dict[str, object] = {}

    def choose(backups, problem, proposed):
        dialog = RestoreDialog(backups, ScriptedDialogs(), damage=problem, proposed=proposed)
        qtbot.addWidget(dialog)
        seen["heading"] = dialog.heading.text()
        seen["proposed"] = dialog.chosen
        items = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        seen["items"] = items
        # The officer may still pick the safety copy: it says what it is.
        safety_row = next(n for n, text in enumerate(items) if "ก่อนกู้คืน" in text)
        dialog.list.setCurrentRow(safety_row)
        seen["safety_preview"] = dialog.preview.text()
        dialog.grab().save(str(tmp_path / "damage-offer.png"))
        dialog.list.setCurrentRow(0 if safety_row else 1)
        return dialog.chosen, dialog.secret

    recovered = open_or_recover(folder, ScriptedDialogs(), choose=choose)
    assert recovered is not None
    try:
        # Not the safety copy: the restored state (the backup restored, or the one taken of it
        # as the restore ended; made in the same second here, either may come first).
        assert seen["proposed"] != safety and "ทะเบียน 23 ราย" in seen["heading"]
        assert "สำเนาความปลอดภัยก่อนกู้คืน" in seen["safety_preview"]
        assert "ทะเบียนที่ใช้งานอยู่: 13 ราย" in seen["safety_preview"]
        assert recovered.registry.count() == 23  # the officer's restore stands
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


def test_the_damage_offer_fits_the_screen_however_much_sqlite_reports(app, tmp_path):
    """A damaged root page makes SQLite list every page below it as unused: hundreds of lines,
    which once pushed the backups and the buttons off a 768-pixel screen."""
    import sqlite3

    from otop_desktop.db.sqlite_files import integrity_problems
    from otop_desktop.services.backup.backup_service import BackupService, summary_of_problems
    from tests.gui.conftest import ScriptedDialogs

    path = tmp_path / "many-pages.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 2000)
    connection.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # page 2: the table's root
    path.write_bytes(bytes(data))
    problems = integrity_problems(path, immutable=False, quick=True)
    assert sum(len(problem.splitlines()) for problem in problems) > 100

    damage = summary_of_problems(problems)
    folder = DataFolder(tmp_path / "office")
    services = open_services(folder)
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
    services.backups.backup_now()
    services.close()
    dialog = RestoreDialog(BackupService(folder), ScriptedDialogs(), damage=damage)
    assert "never used" in damage and damage.count(";") <= 5 and "(+" in damage
    assert dialog.sizeHint().height() < 600
    assert dialog.restore_button.isEnabled()  # the proposed backup is chosen, the button in reach
