"""An encrypted office's data key: the password unlocks it, the recovery key replaces a forgotten
password (even with the key file lost), and backups carry the encryption wherever they go."""

import shutil
from pathlib import Path

import pytest

from otop_desktop.app import Services, open_services
from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_restore import BackupLockedError
from otop_desktop.services.privacy.data_encryption import DataEncryption
from tests.integration.support import BANG_KHLA, OFFICER

PASSWORD = "รหัสผ่านบางคล้า๒๕๖๖"


@pytest.fixture
def encrypted(services: Services, bang_khla_csv: Path) -> tuple[Services, str]:
    services.importer.import_file(bang_khla_csv)
    recovery = services.password.set_password(PASSWORD, PASSWORD)
    assert recovery is not None
    return services, recovery.text


def test_the_recovery_key_opens_the_data_even_without_the_key_file(
    encrypted: tuple[Services, str],
) -> None:
    services, recovery = encrypted
    folder = services.folder
    services.close()
    folder.key_file.unlink()  # lost, or deleted by someone tidying the folder
    encryption = DataEncryption(folder)
    assert not encryption.is_on()  # without its key file the folder looks damaged, not locked
    with pytest.raises(UserError) as wrong:
        encryption.unlock("ABCD-" + recovery[5:])
    assert "พิมพ์ผิด" in wrong.value.message_th
    key = encryption.recover(recovery, "รหัสใหม่หลังลืม")
    assert encryption.is_on() and encryption.unlock("รหัสใหม่หลังลืม") == key
    reopened = open_services(folder, key)
    try:
        assert reopened.registry.count() == 23
    finally:
        reopened.close()


def test_backups_stay_encrypted_and_a_copy_elsewhere_opens_with_the_password(
    encrypted: tuple[Services, str], tmp_path: Path
) -> None:
    services, recovery = encrypted
    usb = tmp_path / "usb"
    result = services.backups.backup_now(to=usb)
    copy = result.copies[0]
    assert file_is_encrypted(result.path) and file_is_encrypted(copy)
    assert (usb / (copy.name + ".otopkey")).is_file()
    assert services.backups.describe(result.path).active_registrations == 23

    # Another computer without a password (a new laptop): the copy is locked until the
    # password or the recovery key of that data is given, and restores as plain data there.
    laptop = open_services(DataFolder(tmp_path / "laptop"))
    try:
        laptop.office.setup(BANG_KHLA, officer_name=OFFICER)
        with pytest.raises(BackupLockedError):
            laptop.backups.describe(copy)
        with pytest.raises(BackupLockedError):
            laptop.backups.describe(copy, "รหัสที่ไม่ใช่")
        assert laptop.backups.describe(copy, PASSWORD).encrypted
        shutil.copyfile(copy, tmp_path / "alone.sqlite3")  # without its key file
        with pytest.raises(BackupLockedError):
            laptop.backups.describe(tmp_path / "alone.sqlite3", PASSWORD)
        assert laptop.backups.describe(tmp_path / "alone.sqlite3", recovery).encrypted
        laptop.backups.restore(copy, PASSWORD)
        assert laptop.registry.count() == 23
        assert not file_is_encrypted(laptop.folder.database_path)
    finally:
        laptop.close()


def test_a_plain_backup_restored_into_an_encrypted_office_is_encrypted(
    services: Services, bang_khla_csv: Path
) -> None:
    services.importer.import_file(bang_khla_csv)
    plain = services.backups.backup_now().path
    outside = plain.with_name("kept-elsewhere.sqlite3")
    shutil.copyfile(plain, outside)  # a plain copy the officer had put away
    services.password.set_password(PASSWORD, PASSWORD)
    assert file_is_encrypted(plain)  # the backups folder was converted with the database
    services.registry.delete(services.registry.search()[0].uuid)
    services.backups.restore(outside)
    assert services.registry.count() == 23
    assert file_is_encrypted(services.folder.database_path)


def test_crash_logs_of_an_encrypted_office_name_no_one(encrypted: tuple[Services, str]) -> None:
    from otop_desktop.platform.crash_log import write_crash_log

    services, _ = encrypted
    try:
        raise ValueError("duplicate นางสมศรี ใจดี 1-1735-74507-18-3 โทร 081 234 5678 a@b.th")
    except ValueError as exc:
        log = write_crash_log(services.folder.logs, type(exc), exc, exc.__traceback__)
    assert log is not None
    text = log.read_text(encoding="utf-8")
    assert "ValueError: duplicate [Thai text] [number] [Thai text] [number] [e-mail]" in text
    assert "test_crash_logs_of_an_encrypted_office_name_no_one" in text  # still useful to support


def test_a_shared_server_keeps_its_own_protection(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "server-office", "postgresql+psycopg://otop@127.0.0.1:1/otop")
    folder.create()
    folder.key_file.write_text("{}", encoding="utf-8")  # a stray file changes nothing
    encryption = DataEncryption(folder)
    assert not encryption.available and not encryption.is_on()


@pytest.mark.postgres
def test_on_a_shared_server_the_password_only_locks_the_window(services: Services) -> None:
    if not services.folder.database_url:
        pytest.skip("runs on the shared server: set OTOP_TEST_DATABASE_URL")
    assert not services.password.encrypts
    assert services.password.set_password(PASSWORD, PASSWORD) is None
    assert services.password.is_set() and services.password.verify(PASSWORD)
    assert not services.folder.key_file.exists()
