"""Personal data (PRODUCT.md §2, PDPA): masked ID numbers, an audit entry for every action, the
program password, private files, and anonymising old registrations on request."""

import base64
import datetime as dt
import email
import json
import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from otop_desktop.app import Services
from otop_desktop.db.models import SettingRow
from otop_desktop.domain.registration import Person, SiteAddress
from otop_desktop.domain.thai_dates import fiscal_year
from otop_desktop.platform.crash_log import write_crash_log
from otop_desktop.platform.instance_lock import InstanceLock
from otop_desktop.services.privacy.program_password import PASSWORD_KEY, PasswordError
from otop_desktop.services.privacy.retention_service import anonymised, retention_cutoff
from tests.integration.export_support import cell_texts, full_ids_in_text, national_ids_in
from tests.integration.test_repositories import registration

POSIX = os.name == "posix"


def _leaks(text: str, ids: set[str]) -> list[str]:
    digits = re.sub(r"[\s\-]", "", text)
    return full_ids_in_text(text) + [i for i in ids if i in digits]


# --- masked ID numbers ---------------------------------------------------------------------------


def test_no_full_id_number_in_the_registry_view_or_the_default_export(
    services: Services, bang_khla_csv: Path, qapp: Any, tmp_path: Path
) -> None:
    from otop_desktop.app.windows import build_main_window
    from tests.integration.test_two_instances import Told

    services.importer.import_file(bang_khla_csv)
    ids = national_ids_in(bang_khla_csv)
    assert len(ids) >= 16
    window = build_main_window(services, Told(), "th")  # type: ignore[arg-type]
    try:
        model = window.registry.table.model()
        assert model.rowCount() == 23
        roles = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        )
        shown = [
            str(model.index(row, column).data(role) or "")
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            for role in roles
        ]
    finally:
        window.close()
        window.deleteLater()
    assert [t for t in shown if _leaks(t, ids)] == []
    assert sum("-xxxx-xxxxx-xx-" in t for t in shown) >= 16  # masked, not missing

    result = services.reports.export(tmp_path / "reports")
    workbook = openpyxl.load_workbook(result.workbook)
    assert [(s, c) for s, c, t in cell_texts(workbook) if _leaks(t, ids)] == []
    message = email.message_from_bytes(result.email.read_bytes())
    parts = [p.get_payload(decode=True) or b"" for p in message.walk() if not p.is_multipart()]
    text = b"".join(p for p in parts if not p.startswith(b"PK")).decode("utf-8", "replace")
    assert _leaks(text, ids) == []
    entries = services.audit.recent()
    assert [e.summary for e in entries if _leaks(e.summary, ids)] == []


# --- the audit trail -----------------------------------------------------------------------------


def test_every_action_leaves_its_audit_entry_viewable_in_the_program(
    services: Services, bang_khla_csv: Path, qapp: Any, tmp_path: Path
) -> None:
    from otop_desktop.ui.privacy.audit_log_dialog import AuditColumn, AuditLogDialog

    started = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=1)
    saved = services.registry.add(registration("กลุ่มตรวจบันทึก")).registration
    services.registry.update(replace(saved, phone="0812345678"))
    services.registry.delete(saved.uuid)
    services.registry.restore(saved.uuid)
    services.importer.import_file(bang_khla_csv)
    services.reports.export(tmp_path / "reports")
    services.password.set_password("ลับมาก1234", "ลับมาก1234")
    services.retention.anonymise(20)

    entries = list(reversed(services.audit.recent()))
    actions = [e.action for e in entries]
    assert actions == [
        "create",
        "update",
        "delete",
        "restore",
        "import",
        "export",
        "password-set",
        "anonymise",
    ]
    assert {e.actor for e in entries} == {"นางสาวสมใจ รักงาน"}
    assert all(started <= e.at <= dt.datetime.now(dt.UTC).replace(tzinfo=None) for e in entries)
    assert entries[0].summary == entries[3].summary == "กลุ่มตรวจบันทึก"
    assert entries[4].summary == bang_khla_csv.name

    dialog = AuditLogDialog(services.audit.recent())
    shown = [
        [dialog.model.index(row, column).data() for column in AuditColumn]
        for row in range(dialog.model.rowCount())
    ]
    dialog.deleteLater()
    assert [row[AuditColumn.ACTION] for row in reversed(shown)] == [
        "ลงทะเบียนใหม่",
        "แก้ไข",
        "ลบ",
        "กู้คืน",
        "นำเข้าจากแฟ้ม",
        "ส่งออกรายงาน",
        "ตั้งรหัสผ่านโปรแกรม",
        "ลบข้อมูลส่วนบุคคลของทะเบียนเก่า",
    ]
    assert all(row[AuditColumn.WHO] == "นางสาวสมใจ รักงาน" for row in shown)


# --- the program password -------------------------------------------------------------------------


def test_the_password_wraps_the_data_key_and_is_kept_nowhere(services: Services) -> None:
    password = services.password
    assert password.encrypts and not password.is_set() and password.verify("anything")
    recovery = password.set_password("รหัส๑๒๓๔ลับ", "รหัส๑๒๓๔ลับ", idle_minutes=7)
    assert recovery is not None and password.is_encrypted()
    key_file = services.folder.key_file.read_text(encoding="utf-8")
    document = json.loads(key_file)
    assert "รหัส" not in key_file and "๑๒๓๔" not in key_file and recovery.text not in key_file
    assert document["kdf"] == {"name": "scrypt", "n": 2**14, "r": 8, "p": 1}
    assert document["cipher"] == "AES-256-GCM" and len(base64.b64decode(document["salt"])) == 16
    with services.database.reading() as session:  # no lock-only hash beside it
        assert session.get(SettingRow, PASSWORD_KEY) is None
    assert password.verify("รหัส๑๒๓๔ลับ") and not password.verify("รหัส1234ลับ")
    assert password.verify(recovery.text)  # the recovery key is accepted wherever the password is
    assert password.idle_minutes() == 7

    with pytest.raises(PasswordError, match="รหัสผ่านปัจจุบันไม่ถูกต้อง"):
        password.set_password("ใหม่ใหม่ใหม่", "ใหม่ใหม่ใหม่", current="ผิด")
    with pytest.raises(PasswordError, match="ไม่ตรงกัน"):
        password.set_password("ใหม่ใหม่ใหม่", "ใหม่ใหม่ใหม", current="รหัส๑๒๓๔ลับ")
    with pytest.raises(PasswordError, match="อย่างน้อย 8"):
        password.set_password("abcdefg", "abcdefg", current="รหัส๑๒๓๔ลับ")
    salt = document["salt"]
    password.set_password("ใหม่ใหม่ใหม่", "ใหม่ใหม่ใหม่", current="รหัส๑๒๓๔ลับ")
    changed = json.loads(services.folder.key_file.read_text(encoding="utf-8"))
    assert changed["salt"] != salt and changed["key_id"] == document["key_id"]  # same data key
    assert not password.verify("รหัส๑๒๓๔ลับ") and password.verify(recovery.text)
    with pytest.raises(PasswordError):
        password.remove("รหัส๑๒๓๔ลับ")
    password.remove("ใหม่ใหม่ใหม่")
    assert not password.is_set() and not services.folder.key_file.exists()
    assert [e.action for e in services.audit.recent()] == [
        "password-remove",
        "password-change",
        "password-set",
    ]


def test_a_lock_only_password_of_an_older_version_still_locks_and_encrypts_when_set_again(
    services: Services,
) -> None:
    from otop_desktop.services.privacy.program_password import hash_password

    with services.database.transaction() as session:
        session.merge(SettingRow(key=PASSWORD_KEY, value=hash_password("เก่าเก่าเก่า").encode()))
    password = services.password
    assert password.is_set() and not password.is_encrypted()
    assert password.verify("เก่าเก่าเก่า") and not password.verify("ผิดผิดผิด")
    recovery = password.set_password("เก่าเก่าเก่า", "เก่าเก่าเก่า", current="เก่าเก่าเก่า")
    assert recovery is not None and password.is_encrypted()
    with services.database.reading() as session:
        assert session.get(SettingRow, PASSWORD_KEY) is None
    assert password.verify("เก่าเก่าเก่า")


# --- private files --------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_the_data_folder_and_everything_in_it_is_the_users_alone(
    services: Services, bang_khla_csv: Path, tmp_path: Path, qapp: Any
) -> None:
    services.importer.import_file(bang_khla_csv)  # the -wal and -shm files exist while open
    folder = services.folder
    backup = services.backups.backup_now().path
    try:
        raise RuntimeError("a test failure")
    except RuntimeError as exc:
        log = write_crash_log(folder.logs, type(exc), exc, exc.__traceback__)
    assert log is not None
    export = services.reports.export(tmp_path / "reports")
    with InstanceLock(folder.root) as lock:
        lock_file = lock.path
        assert _mode(lock_file) == 0o600
    wal = folder.database_path.with_name("otop.sqlite3-wal")
    shm = folder.database_path.with_name("otop.sqlite3-shm")
    assert wal.exists() and shm.exists()

    private_folders = [folder.root, folder.backups, folder.logs, export.folder]
    private_files = [folder.database_path, wal, shm, backup, log, *export.paths]
    assert {str(p): oct(_mode(p)) for p in private_folders} == {
        str(p): oct(0o700) for p in private_folders
    }
    assert {str(p): oct(_mode(p)) for p in private_files} == {
        str(p): oct(0o600) for p in private_files
    }


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_an_older_database_file_is_made_private_when_opened(
    make_services: Any, tmp_path: Path
) -> None:
    first = make_services("old")
    path = first.folder.database_path
    first.close()
    path.chmod(0o644)
    reopened = make_services("old")
    assert _mode(reopened.folder.database_path) == 0o600


# --- anonymising old registrations ---------------------------------------------------------------


def test_old_registrations_are_anonymised_on_request_and_the_figures_stay(
    services: Services,
) -> None:
    today = dt.date(2026, 3, 1)  # fiscal year 2569
    old = [
        registration("กลุ่มเก่าหนึ่ง", received_on=dt.date(2023, 5, 1)),
        replace(
            registration("กลุ่มเก่าสอง", received_on=dt.date(2022, 11, 1)),
            phone="0812345678",
            email="a@b.th",
            line_id="oldline",
            proxy_name="นายผู้แทน",
            site=SiteAddress(tambon_code="240212", house_no="12/3", moo="2", free_text="12/3 ม.2"),
        ),
    ]
    recent = registration("กลุ่มใหม่", received_on=dt.date(2025, 2, 1))
    saved = [services.registry.add(r).registration for r in [*old, recent]]
    services.registry.delete(saved[0].uuid)  # a deleted record still holds personal data
    figures = services.quota.district_status().to_json()

    plan = services.retention.plan(2, today=today)
    assert plan.cutoff == retention_cutoff(2, today) == dt.date(2023, 10, 1)
    # The current fiscal year (2569) and the two before it (2568, 2567) are kept.
    assert fiscal_year(plan.cutoff) == 2567 and plan.count == 2
    result = services.retention.anonymise(2, today=today)

    assert result.anonymised == 2
    for before in saved[:2]:
        after = services.registry.get(before.uuid)
        assert after == replace(anonymised(before), version=after.version)
        assert after.contact == Person() and after.national_id == after.phone == ""
        assert (after.site.tambon_code, after.producer_type, after.products, after.received_on) == (
            before.site.tambon_code,
            before.producer_type,
            before.products,
            before.received_on,
        )
        assert after.version == before.version + 1 + (before is saved[0])  # + the delete
    assert services.registry.get(saved[2].uuid) == saved[2]
    assert services.quota.district_status().to_json() == figures
    assert services.retention.plan(2, today=today).count == 0
    [entry] = [e for e in services.audit.recent() if e.action == "anonymise"]
    assert entry.summary.startswith("2 รายการ")


# --- the privacy notice for producers -----------------------------------------------------------


def test_the_privacy_notice_names_the_office_and_prints_or_saves_as_pdf(
    services: Services, qapp: Any, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from otop_desktop.app.windows import build_main_window
    from otop_desktop.ui.privacy.privacy_notice import print_notice
    from tests.integration.test_two_instances import Told

    class ChoosingFolder(Told):
        def choose_folder(self, *_args: object) -> Path:
            return tmp_path

    told = ChoosingFolder()
    window = build_main_window(services, told, "th")  # type: ignore[arg-type]
    try:
        window.privacy.notice_button.click()
        dialog = window.privacy.notice_dialog
        text = dialog.browser.toPlainText()
        assert "สำนักงานพัฒนาชุมชนอำเภอบางคล้า จังหวัดฉะเชิงเทรา" in text
        assert "นางสาวสมใจ รักงาน" in text and "{{" not in text
        assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" in text
        assert "เครื่องอ่านบัตร" in text and "ไม่อ่านรูปถ่าย" in text  # the ID card reader
        dialog.pdf_button.click()
        pdf = dialog.saved_pdf
        dialog.close()
    finally:
        window.close()
        window.deleteLater()
    assert pdf is not None and pdf.parent == tmp_path and told.shown[-1].endswith(str(pdf))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"Sarabun" in data  # Thai drawn with the shipped font

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_notice(dialog.markdown, printer)  # what the Print button sends
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
