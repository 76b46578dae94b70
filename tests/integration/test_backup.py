"""Backups of a real data folder: made, kept, pruned, previewed, checked and restored."""

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from otop_desktop.app import Services
from otop_desktop.db.database import Database
from otop_desktop.db.engine import sqlite_url
from otop_desktop.db.schema import SCHEMA_HEAD, SCHEMA_REVISIONS
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_files import BackupKind
from otop_desktop.services.backup.backup_service import BackupService

AUDIT_ACTIONS = text("SELECT action FROM audit_log ORDER BY id")
REGISTRATIONS = (
    "SELECT uuid, version, producer_name, national_id, is_deleted FROM registration ORDER BY 1"
)
THAI = re.compile(r"[\u0E00-\u0E7F]")


def rows(path: Path, sql: str = REGISTRATIONS) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


class Clock:
    """A clock the test moves, so that days pass in a moment."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def filled(services: Services, bang_khla_csv: Path) -> Iterator[Services]:
    assert services.importer.import_file(bang_khla_csv).added == 23
    yield services


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2023, 9, 20, 9, 0, 0))


def backup_service(services: Services, clock: Clock, **options: object) -> BackupService:
    return BackupService(
        services.folder, services.database, gazetteer=services.gazetteer, clock=clock, **options
    )  # type: ignore[arg-type]


def delete_first(services: Services) -> str:
    uuid = services.registry.search()[0].uuid
    services.registry.delete(uuid)
    return uuid


def copy_of(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def garble(path: Path, *, truncate: bool = False) -> Path:
    data = bytearray(path.read_bytes())
    if truncate:
        path.write_bytes(bytes(data[: len(data) // 2 + 100]))
        return path
    for start in range(4096, len(data), 8192):
        data[start : start + 600] = os.urandom(600)
    path.write_bytes(bytes(data))
    return path


def test_a_backup_is_a_dated_private_copy_with_the_same_registrations(filled: Services) -> None:
    result = filled.backups.backup_now()

    assert result.path.parent == filled.folder.backups
    assert re.fullmatch(r"otop-\d{8}-\d{6}\.sqlite3", result.path.name)
    assert rows(result.path) == rows(filled.folder.database_path)
    assert len(rows(result.path)) == 23
    assert rows(result.path, "PRAGMA integrity_check") == [("ok",)]
    # One self-contained file: no -wal beside it holding part of the data.
    assert rows(result.path, "PRAGMA journal_mode") == [("delete",)]
    if os.name == "posix":
        assert result.path.stat().st_mode & 0o777 == 0o600
        assert filled.folder.backups.stat().st_mode & 0o777 == 0o700
    audit = filled.database.engine.connect()
    try:
        actions = audit.exec_driver_sql("SELECT action, summary FROM audit_log").fetchall()
    finally:
        audit.close()
    assert ("backup", result.path.name) in actions


def test_backups_never_overwrite_one_another(filled: Services, clock: Clock) -> None:
    backups = backup_service(filled, clock)
    first = backups.backup_now().path
    delete_first(filled)
    second = backups.backup_now().path

    assert first != second
    assert len(rows(first)) == 23
    assert [r[4] for r in rows(second)].count(1) == 1


def test_a_copy_goes_to_a_second_folder_and_a_missing_stick_does_not_stop_the_backup(
    filled: Services, clock: Clock, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    result = backup_service(filled, clock, mirror_folder=stick).backup_now()
    assert [p.parent for p in result.copies] == [stick]
    assert rows(result.copies[0]) == rows(result.path)

    gone = tmp_path / "not-a-folder"
    gone.write_text("a file where the stick was", encoding="utf-8")
    clock.advance(seconds=1)
    result = backup_service(filled, clock, mirror_folder=gone).backup_now()
    assert result.path.is_file()
    assert result.copies == ()
    assert len(result.problems) == 1


def test_the_daily_backup_is_made_once_a_day_and_only_after_changes(
    filled: Services, clock: Clock
) -> None:
    backups = backup_service(filled, clock)
    first = backups.backup_if_due()
    assert first is not None
    assert first.path.name.endswith("-auto.sqlite3")
    clock.advance(hours=3)
    delete_first(filled)
    assert backups.backup_if_due() is None, "one a calendar day"

    clock.advance(days=1)
    assert backups.backup_if_due() is not None, "a new day, and the data changed"
    clock.advance(days=1)
    assert backups.backup_if_due() is None, "nothing changed since the last one"


def test_the_exit_backup_is_made_only_when_something_changed(
    filled: Services, clock: Clock
) -> None:
    backups = backup_service(filled, clock)
    assert backups.backup_on_exit() is not None
    clock.advance(minutes=5)
    assert backups.backup_on_exit() is None
    filled.office.save_office(filled.office.require_office())
    delete_first(filled)
    clock.advance(minutes=5)
    assert backups.backup_on_exit() is not None


def test_pruning_keeps_the_newest_automatic_backups_and_every_other_kind(
    filled: Services, clock: Clock
) -> None:
    backups = backup_service(filled, clock, keep=3)
    manual = backups.backup_now().path
    upgrade = filled.folder.backups / "before-upgrade-0001_initial-20230101-080000.sqlite3"
    upgrade.write_bytes(manual.read_bytes())
    made = []
    for day in range(6):
        clock.advance(days=1)
        filled.registry.delete(filled.registry.search()[0].uuid)
        result = backups.backup_if_due()
        assert result is not None, day
        made.append(result.path)

    autos = [b.path for b in backups.backups() if b.kind is BackupKind.AUTOMATIC]
    assert autos == list(reversed(made[-3:]))
    assert manual.is_file()
    assert upgrade.is_file()
    assert {b.kind for b in backups.backups()} == {
        BackupKind.AUTOMATIC,
        BackupKind.MANUAL,
        BackupKind.BEFORE_UPGRADE,
    }


def test_describe_previews_a_backup_without_touching_it(filled: Services, tmp_path: Path) -> None:
    delete_first(filled)
    backup = filled.backups.backup_now().path
    copy = tmp_path / "elsewhere" / "otop-20230926-153000.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(backup.read_bytes())
    before = (copy.read_bytes(), copy.stat().st_mtime_ns, sorted(copy.parent.iterdir()))

    preview = filled.backups.describe(copy)

    assert preview.active_registrations == 22
    assert preview.district_code == "2402"
    assert preview.district_name_th == "บางคล้า"
    assert preview.revision == SCHEMA_HEAD
    assert preview.taken_at == dt.datetime(2023, 9, 26, 15, 30, 0)
    assert preview.problems == ()
    assert preview.restorable
    assert (copy.read_bytes(), copy.stat().st_mtime_ns, sorted(copy.parent.iterdir())) == before


@pytest.mark.parametrize("kind", ["text", "foreign", "empty"])
def test_a_file_that_is_not_an_otop_database_is_refused_in_thai(
    services: Services, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "otop-20230926-153000.sqlite3"
    if kind == "text":
        path.write_text("ไม่ใช่ฐานข้อมูล " * 500, encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        connection.commit()
        connection.close()
    before = path.read_bytes()

    with pytest.raises(UserError) as refused:
        services.backups.describe(path)
    with pytest.raises(UserError):
        services.backups.restore(path)

    assert "ไม่ใช่แฟ้มสำรองข้อมูลของ OTOP Desktop" in refused.value.message_th
    assert refused.value.message_en
    assert path.read_bytes() == before


def test_restore_brings_back_the_earlier_state_and_saves_the_current_one_first(
    filled: Services, clock: Clock
) -> None:
    backups = backup_service(filled, clock)
    earlier = backups.backup_now().path
    deleted = delete_first(filled)
    later = rows(filled.folder.database_path)
    clock.advance(minutes=1)

    result = backups.restore(earlier)

    assert filled.registry.count() == 23, "the open services see the restored file"
    assert deleted in {s.uuid for s in filled.registry.search()}
    assert rows(filled.folder.database_path) == rows(earlier)
    assert result.restored.active_registrations == 23
    assert result.previous is not None
    assert result.previous.name.endswith("-before-restore.sqlite3")
    assert rows(result.previous) == later
    assert {c.kind.value for c in result.changes} >= {"registrations", "office"}
    with filled.database.reading() as session:
        actions = [a for (a,) in session.execute(AUDIT_ACTIONS)]
    # The restore, then the backup of the restored state taken at once.
    assert actions[-2:] == ["restore", "backup"]

    clock.advance(minutes=1)
    backups.restore(result.previous)
    assert filled.registry.count() == 22, "restoring the saved state undoes the restore"


@pytest.mark.parametrize("truncate", [False, True], ids=["garbled", "truncated"])
def test_a_corrupt_backup_is_refused_and_the_live_database_is_untouched(
    filled: Services, tmp_path: Path, truncate: bool
) -> None:
    backup = filled.backups.backup_now().path
    damaged = garble(copy_of(backup, tmp_path / backup.name), truncate=truncate)
    delete_first(filled)
    live_before = rows(filled.folder.database_path)
    backups_before = sorted(filled.folder.backups.iterdir())

    with pytest.raises(UserError) as refused:
        filled.backups.restore(damaged)

    assert THAI.search(refused.value.message_th)
    assert rows(filled.folder.database_path) == live_before
    assert filled.registry.count() == 22
    assert sorted(filled.folder.backups.iterdir()) == backups_before, "nothing saved or replaced"


def test_a_backup_from_a_newer_program_is_refused(filled: Services, tmp_path: Path) -> None:
    backup = filled.backups.backup_now().path
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()

    preview = filled.backups.describe(backup)
    assert preview.newer_than_program and not preview.restorable
    with pytest.raises(UserError, match="ใหม่กว่า"):
        filled.backups.restore(backup)
    assert filled.registry.count() == 23


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(
    filled: Services, clock: Clock, tmp_path: Path
) -> None:
    # A whole copy (as older programs made them), edited back to the first revision.
    backup = backup_service(filled, clock).backup_now(to=tmp_path / "older").copies[0]
    connection = sqlite3.connect(backup)
    # Undo everything after the first revision: 0002's tables, 0003's table and column,
    # 0004's indexes, 0005's table, 0006's columns and table, 0007's tables and column, 0008's index.
    for table in (
        "installation",
        "exchange_peer",
        "exchange_seen",
        "app_setting",
        "exchange_conflict",
        "received_report",
        "registration_photo",
        "photo",
        "exchange_peer_photo",
    ):
        connection.execute(f"DROP TABLE {table}")
    for index in ("area_quota", "area_updated", "area_id"):
        connection.execute(f"DROP INDEX ix_registration_{index}")
    _drop_column(connection, "campaign", "fiscal_year")
    connection.execute("ALTER TABLE export_record DROP COLUMN campaign_year")
    connection.execute("ALTER TABLE registration DROP COLUMN product_photos")
    connection.execute("ALTER TABLE office DROP COLUMN scope")
    connection.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_REVISIONS[0],))
    connection.commit()
    connection.close()
    delete_first(filled)
    clock.advance(seconds=5)

    backup_service(filled, clock).restore(backup)

    assert filled.registry.count() == 23
    assert rows(filled.folder.database_path, "SELECT version_num FROM alembic_version") == [
        (SCHEMA_HEAD,)
    ]
    assert filled.exchange.installation_id()


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_a_damaged_database_is_found_at_start_and_the_newest_good_backup_offered(
    filled: Services, clock: Clock, damage: str
) -> None:
    backups = backup_service(filled, clock)
    good = backups.backup_now().path
    clock.advance(hours=1)
    bad = backups.backup_if_due()
    assert bad is not None
    garble(bad.path)
    folder: DataFolder = filled.folder
    filled.close()
    if damage == "header":
        with folder.database_path.open("r+b") as handle:
            handle.write(os.urandom(100))
    else:
        garble(folder.database_path)

    at_start = BackupService(folder, clock=clock)
    report = at_start.integrity_check()
    assert not report.ok and report.problem
    offer = at_start.newest_good_backup()
    assert offer is not None and offer.path == good

    clock.advance(minutes=1)
    result = at_start.restore(offer.path)
    assert result.previous is not None and result.previous.is_file()
    if damage == "header":
        assert result.previous.name.endswith("-damaged.sqlite3"), "kept as it was, for support"
        assert not at_start.describe(good).problems
    assert at_start.integrity_check().ok
    database = Database.open(sqlite_url(folder.database_path))
    try:
        with database.reading() as session:
            assert session.execute(AUDIT_ACTIONS).all()[-1] == ("restore",)
    finally:
        database.close()
    assert len(rows(folder.database_path)) == 23


def test_after_a_restore_damage_offers_the_restored_state_not_what_it_undid(
    filled: Services, clock: Clock
) -> None:
    """Back up, delete ten, close (the closing backup holds 13), restore the backup: if the
    database is then damaged, the offer must be the 23 the officer restored, not the 13."""
    backups = backup_service(filled, clock)
    chosen = backups.backup_now().path
    for _ in range(10):
        delete_first(filled)
    clock.advance(hours=1)
    closing = backups.backup_on_exit()
    assert closing is not None and backups.describe(closing.path).active_registrations == 13
    clock.advance(minutes=5)
    backups.restore(chosen)
    assert filled.registry.count() == 23
    folder: DataFolder = filled.folder
    filled.close()
    garble(folder.database_path)

    offer = BackupService(folder, clock=clock).proposed_backup()
    assert offer is not None
    backup, preview = offer
    assert backup.kind is not BackupKind.BEFORE_RESTORE
    assert backup.path not in (closing.path,) and preview.active_registrations == 23


def test_a_healthy_database_passes_the_start_check(filled: Services) -> None:
    assert filled.backups.integrity_check().ok
    assert filled.backups.integrity_check(quick=True).ok


def _drop_column(connection: sqlite3.Connection, table: str, column: str) -> None:
    """SQLite drops no column that a UNIQUE constraint names: the table is made again without."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    kept = ", ".join(c for c in columns if c != column)
    sql = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    sql = re.sub(rf",\s*{column} [A-Z]+ NOT NULL", "", sql)
    sql = re.sub(rf",\s*CONSTRAINT \w+ UNIQUE \({column}\)", "", sql)
    connection.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    connection.execute(sql)
    connection.execute(f"INSERT INTO {table} ({kept}) SELECT {kept} FROM old_{table}")
    connection.execute(f"DROP TABLE old_{table}")
