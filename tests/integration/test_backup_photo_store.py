"""Backups in the data folder share one photo store (issue 17): each photo is kept there once,
every backup still restores whole, a store that lost or changed a photo refuses the restore and
leaves the data as it was, and copies that leave the data folder carry their photos inside."""

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.app import Services
from otop_desktop.db.photo_store import STORE_FOLDER
from otop_desktop.db.sqlite_files import copy_database, read_only
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.photos import PhotoKind
from otop_desktop.domain.registration import Registration
from otop_desktop.services.backup.backup_files import BackupKind
from otop_desktop.services.backup.backup_service import BackupService
from otop_desktop.services.backup.backup_store import sweep_store, write_stripped_backup
from tests.integration.support import write_rows
from tests.integration.test_backup import Clock
from tests.integration.test_cli import ok, one_line_error, run, setup_bang_khla
from tests.integration.test_photos import stored_photos, with_photo_column, with_two_photos
from tests.photo_samples import camera_jpeg

# Photos no registration uses are removed a day after they were added.
LATER = dt.datetime.now() + dt.timedelta(days=30)


def photo_rows(path: Path, key: bytes | None = None) -> dict[str, bytes]:
    with read_only(path, key=key) as connection:
        return {str(s): bytes(d) for s, d in connection.execute("SELECT sha256, data FROM photo")}


def schema(path: Path, key: bytes | None = None) -> list[tuple[str, str]]:
    with read_only(path, key=key) as connection:
        return connection.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 2"
        ).fetchall()


def store_files(services: Services) -> list[Path]:
    folder = services.folder.backups / STORE_FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


def service(services: Services, clock: Clock, **options: object) -> BackupService:
    return BackupService(
        services.folder, services.database, gazetteer=services.gazetteer, clock=clock, **options
    )  # type: ignore[arg-type]


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2023, 9, 20, 9, 0, 0))


def replace_photo(services: Services, saved: Registration, tmp_path: Path, seed: int) -> str:
    """The registration's product photo swapped for a new one, as an officer retakes it."""
    added = services.photos.add_files(
        [camera_jpeg(tmp_path / f"retake-{seed}.jpg", seed=seed)], PhotoKind.PRODUCT
    ).added
    current = services.registry.get(saved.uuid)
    services.registry.update(current.with_changes(photos=added + current.photos[1:]))
    return added[0].sha256


def test_two_photos_survive_a_backup_and_restore_through_the_store(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    tables_and_indexes = schema(services.folder.database_path)
    backup = services.backups.backup_now().path

    # The backup keeps the photo rows, not their bytes: those are in the store, once each.
    assert set(photo_rows(backup)) == set(original)
    assert all(data == b"" for data in photo_rows(backup).values())
    assert sorted(p.name for p in store_files(services)) == sorted(f"{s}.jpg" for s in original)
    assert all(p.read_bytes() == original[p.stem] for p in store_files(services))
    assert not any(data in backup.read_bytes() for data in original.values())

    replace_photo(services, saved, tmp_path, seed=5)
    services.photos.remove_unused(now=LATER)
    assert saved.photos[0].sha256 not in stored_photos(services)
    services.backups.restore(backup)

    assert services.registry.get(saved.uuid).photos == saved.photos
    assert stored_photos(services) == original
    # Its indexes, kept in the backup as definitions only, are there again.
    assert ("table", "otop_backup_index") in schema(backup)
    assert schema(services.folder.database_path) == tables_and_indexes


def test_two_backups_hold_each_photo_once_and_never_rewrite_it(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    saved = with_two_photos(services, tmp_path)
    backups = service(services, clock)
    first = backups.backup_now().path
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in store_files(services)}
    clock.advance(days=1)
    services.registry.update(services.registry.get(saved.uuid).with_changes(phone="0899999999"))
    second = backups.backup_now().path

    assert first != second
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in store_files(services)} == (
        before
    )
    assert len(before) == 2
    for backup in (first, second):
        assert b"\xff\xd8\xff" not in backup.read_bytes()


def test_the_store_is_pruned_with_the_automatic_backups(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    saved = with_two_photos(services, tmp_path)
    first_product = saved.photos[0].sha256
    backups = service(services, clock, keep=2)
    manual = backups.backup_now().path
    retaken = []
    for day in range(4):
        clock.advance(days=1)
        retaken.append(replace_photo(services, saved, tmp_path, seed=10 + day))
        services.photos.remove_unused(now=LATER)
        assert backups.backup_if_due() is not None, day
    autos = [b.path for b in backups.backups() if b.kind is BackupKind.AUTOMATIC]
    assert len(autos) == 2
    in_store = {p.stem for p in store_files(services)}

    # The manual backup still takes the first product photo; the two kept automatic backups
    # the last two retakes; the retakes of pruned days are gone with their backups.
    assert in_store == {first_product, saved.photos[1].sha256, *retaken[-2:]}
    manual.unlink()
    clock.advance(days=1)
    retaken.append(replace_photo(services, saved, tmp_path, seed=20))
    services.photos.remove_unused(now=LATER)
    assert backups.backup_if_due() is not None
    assert {p.stem for p in store_files(services)} == {saved.photos[1].sha256, *retaken[-2:]}
    for backup in backups.backups():
        preview = backups.describe(backup.path)
        assert preview.restorable and preview.photos_in_store == 2


def _lose(photo: Path) -> None:
    photo.unlink()


def _alter(photo: Path) -> None:
    data = bytearray(photo.read_bytes())
    data[len(data) // 2] ^= 0x01
    photo.write_bytes(bytes(data))


@pytest.mark.parametrize("harm", [_lose, _alter], ids=["missing", "altered"])
def test_a_store_missing_or_altering_a_photo_refuses_the_restore_and_changes_nothing(
    services: Services, tmp_path: Path, clock: Clock, harm: Callable[[Path], None]
) -> None:
    saved = with_two_photos(services, tmp_path)
    backups = service(services, clock)
    backup = backups.backup_now().path
    services.registry.delete(saved.uuid)
    live_photos, live_rows = stored_photos(services), services.registry.count()
    harm(store_files(services)[0])
    files_before = sorted(p.name for p in services.folder.backups.iterdir())

    preview = backups.describe(backup)
    assert not preview.restorable and len(preview.missing_photos) == 1
    with pytest.raises(UserError) as refused:
        backups.restore(backup)

    assert "ขาดรูปภาพ 1 รูป" in refused.value.message_th
    assert "ข้อมูลปัจจุบันยังอยู่ครบ" in refused.value.message_th
    assert "lacks 1 photo" in refused.value.message_en
    assert stored_photos(services) == live_photos
    assert services.registry.count() == live_rows
    assert sorted(p.name for p in services.folder.backups.iterdir()) == files_before


def test_the_damage_proposal_passes_over_a_backup_whose_store_lost_a_photo(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    with_two_photos(services, tmp_path)
    backups = service(services, clock)
    older = backups.backup_now().path
    clock.advance(days=1)
    newest_sha = replace_photo(services, services.registry.search()[0], tmp_path, seed=7)
    newer = backups.backup_now().path
    (services.folder.backups / STORE_FOLDER / f"{newest_sha}.jpg").unlink()

    proposed = backups.newest_good_backup()

    assert newer.is_file()
    assert proposed is not None and proposed.path == older


def test_a_copy_elsewhere_carries_its_photos_and_restores_without_the_store(
    services: Services, tmp_path: Path, make_services: Callable[[str], Any]
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    stick = tmp_path / "usb"
    result = BackupService(services.folder, services.database, mirror_folder=tmp_path / "mirror")
    made = result.backup_now(to=stick)
    copy, mirrored = made.copies

    for whole in (copy, mirrored):
        assert photo_rows(whole) == original
        assert schema(whole) == schema(services.folder.database_path)
        assert not (whole.parent / STORE_FOLDER).exists()
    fresh = make_services("fresh")
    fresh.backups.restore(copy)

    assert fresh.registry.get(saved.uuid).photos == saved.photos
    assert stored_photos(fresh) == original


def test_a_full_backup_made_before_the_store_still_restores(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    old = services.folder.backups / "otop-20230101-080000.sqlite3"
    old.parent.mkdir(parents=True, exist_ok=True)
    copy_database(services.folder.database_path, old)
    services.registry.delete(saved.uuid)
    services.photos.remove_unused(now=LATER)

    preview = services.backups.describe(old)
    services.backups.restore(old)

    assert preview.restorable and preview.photos_in_store == 0
    assert stored_photos(services) == original
    assert services.registry.get(saved.uuid).photos == saved.photos


def test_an_upgrade_backup_shares_the_store_too(services: Services, tmp_path: Path) -> None:
    from otop_desktop.db.schema import _share_photos

    with_two_photos(services, tmp_path)
    original = stored_photos(services)
    upgrade = services.folder.backups / "before-upgrade-0007_photos-20230101-080000.sqlite3"
    upgrade.parent.mkdir(parents=True, exist_ok=True)
    copy_database(services.folder.database_path, upgrade)
    _share_photos(upgrade, None)

    assert all(data == b"" for data in photo_rows(upgrade).values())
    assert {p.stem for p in store_files(services)} == set(original)
    assert services.backups.describe(upgrade).restorable


def test_encrypted_store_holds_no_photo_bytes_and_restores_whole(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    plain_backup = services.backups.backup_now().path  # plain, before the password
    assert services.password.set_password("รหัสผ่านสำนักงาน๒๕๖๖", "รหัสผ่านสำนักงาน๒๕๖๖") is not None
    key = services.database.key
    backups = service(services, clock)
    clock.advance(days=1)
    assert backups.backup_if_due() is not None
    backups.backup_now()

    files = sorted(p for p in services.folder.root.rglob("*") if p.is_file())
    sealed = store_files(services)
    assert len(sealed) == 2 and all(p.suffix == ".enc" for p in sealed)
    assert not {p.stem for p in sealed} & set(original), "names give no photo's SHA-256 away"
    needles = [b"\xff\xd8\xff\xe0\x00\x10JFIF", b"Exif", b"TestPhone"]
    needles += [data[n : n + 48] for data in original.values() for n in (200, len(data) // 2)]
    assert [p.name for p in files if any(n in p.read_bytes() for n in needles)] == []
    assert [p.name for p in files if p.read_bytes().startswith(b"\xff\xd8\xff")] == []
    assert all(d == b"" for d in photo_rows(plain_backup, key).values())

    services.registry.delete(saved.uuid)
    services.photos.remove_unused(now=LATER)
    backups.restore(plain_backup)
    assert services.registry.get(saved.uuid).photos == saved.photos
    assert photo_rows(services.folder.database_path, key) == original


def test_the_same_search_finds_the_photos_in_a_plain_office(
    services: Services, tmp_path: Path
) -> None:
    with_two_photos(services, tmp_path)
    original = stored_photos(services)
    services.backups.backup_now()
    services.backups.backup_on_exit()

    starts = [p for p in store_files(services) if p.read_bytes().startswith(b"\xff\xd8\xff")]
    assert len(starts) == 2
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in starts} == set(original)


def test_removing_the_password_makes_the_store_plain_again(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    password = "รหัสผ่านสำนักงาน๒๕๖๖"
    services.password.set_password(password, password)
    backup = services.backups.backup_now().path
    services.password.remove(password)

    assert sorted(p.name for p in store_files(services)) == sorted(f"{s}.jpg" for s in original)
    services.registry.delete(saved.uuid)
    services.backups.restore(backup)
    assert stored_photos(services) == original
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM photo").fetchone() == (2,)


def office_with_photos(tmp_path: Path, rows: list[list[str]]) -> Path:
    """A Bang Khla office set up and imported on the command line, one producer with two photos."""
    folder = tmp_path / "ส่งอำเภอ"
    (folder / "รูป").mkdir(parents=True)
    camera_jpeg(folder / "รูป" / "กล้วยตาก.jpg", seed=1)
    camera_jpeg(folder / "รูป" / "ร้าน.jpg", seed=2)
    table = write_rows(
        with_photo_column(rows, {rows[1][3]: "รูป/กล้วยตาก.jpg; รูป/ร้าน.jpg"}),
        folder / "ทะเบียน.csv",
    )
    office = tmp_path / "office"
    setup_bang_khla(office)
    ok(run("import", table, data_dir=office))
    return office


def test_backup_to_a_stick_on_the_command_line_restores_in_a_fresh_folder(
    tmp_path: Path, bang_khla_rows: list[list[str]]
) -> None:
    office = office_with_photos(tmp_path, bang_khla_rows)
    fresh, stick = tmp_path / "fresh", tmp_path / "usb stick"
    original = plain_photos(office / "otop.sqlite3")

    copy = Path(ok(run("backup", "--to", stick, data_dir=office)).stdout.strip())
    setup_bang_khla(fresh)
    ok(run("restore", copy, data_dir=fresh))

    assert len(original) == 2
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]
    assert plain_photos(copy) == original
    assert plain_photos(fresh / "otop.sqlite3") == original
    kept = next((office / "backups").glob("otop-*.sqlite3"))
    assert set(plain_photos(kept).values()) == {b""}


def test_restore_on_the_command_line_refuses_a_backup_missing_a_photo_in_one_sentence(
    tmp_path: Path, bang_khla_rows: list[list[str]]
) -> None:
    office = office_with_photos(tmp_path, bang_khla_rows)
    backup = Path(ok(run("backup", data_dir=office)).stdout.strip())
    next((office / "backups" / STORE_FOLDER).iterdir()).unlink()
    live = (office / "otop.sqlite3").read_bytes()

    error = one_line_error(run("restore", backup, data_dir=office))

    assert f"แฟ้มสำรอง {backup.name} ขาดรูปภาพ 1 รูป" in error
    assert (office / "otop.sqlite3").read_bytes() == live


def plain_photos(path: Path) -> dict[str, bytes]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT sha256, data FROM photo").fetchall())
    finally:
        connection.close()


def test_a_sweep_leaves_the_photos_a_backup_being_written_now_takes(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    """The command line backs up beside an open window: while its copy is still unfinished (not
    yet a backup the window lists), the window's pruning must not take that copy's new photo."""
    saved = with_two_photos(services, tmp_path)
    service(services, clock).backup_now()
    new_photo = replace_photo(services, saved, tmp_path, seed=9)
    unfinished = services.folder.backups / "otop-20230920-090500.sqlite3.partial"
    write_stripped_backup(services.folder.database_path, unfinished, None)

    sweep_store(services.folder.backups, None, services.folder.database_path)

    assert new_photo in {p.stem for p in store_files(services)}
    unfinished.rename(unfinished.with_suffix(""))
    assert services.backups.describe(unfinished.with_suffix("")).restorable
