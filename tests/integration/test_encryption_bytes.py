"""Proved by looking at the bytes (issue 19): with a password set, no file of the data folder
(database, -wal, -journal, backups, the backups' photo store, logs, the unfinished form's draft,
crash logs) and no package holds an imported row's national ID number, phone number or Thai
name, nor a product photo's bytes (issue 17). The same steps without a password find them, so
the search would see a leak."""

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from otop_desktop.app import Services, open_services
from otop_desktop.db.photo_store import STORE_FOLDER
from otop_desktop.domain.photos import PhotoKind
from otop_desktop.platform.crash_log import write_crash_log
from otop_desktop.platform.data_folder import DataFolder
from tests.integration.support import BANG_KHLA, OFFICER
from tests.photo_samples import camera_jpeg

PASSWORD = "รหัสผ่านสำนักงาน๒๕๖๖"
PASSPHRASE = "แลกเปลี่ยนบางคล้า"


def personal_data(source: Path) -> dict[str, set[bytes]]:
    """What identifies a person in each row of the registry file, as the program stores it."""
    found: dict[str, set[bytes]] = {"id": set(), "phone": set(), "name": set()}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            digits = re.sub(r"\D", "", row["เลขประจำตัวประชาชน"].translate(_THAI_DIGITS))
            if len(digits) == 13:
                found["id"].add(digits.encode())
            phone = re.sub(r"\D", "", row["โทรศัพท์"])
            if phone:
                found["phone"].add(phone.encode())
            for word in row["ชื่อ-สกุล ผู้ติดต่อ"].split():
                if len(word) > 3:  # first and last names; titles (นาง, นาย) are nobody's
                    found["name"].add(word.removeprefix("นาง").removeprefix("นาย").encode())
            found["name"].add(row["ชื่อผู้ผลิต"].encode())
    return found


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def hits(files: list[Path], needles: dict[str, set[bytes]]) -> dict[str, dict[str, int]]:
    """For each file, how many of each kind of personal data appear in its bytes."""
    found: dict[str, dict[str, int]] = {}
    for path in files:
        data = path.read_bytes()
        counts = {kind: sum(n in data for n in values) for kind, values in needles.items()}
        if any(counts.values()):
            found[path.name] = counts
    return found


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _crash_with(text: str, logs: Path) -> Path:
    try:
        raise ValueError(f"could not save {text}")
    except ValueError as exc:
        log = write_crash_log(logs, type(exc), exc, exc.__traceback__, context="test")
    assert log is not None
    return log


@pytest.fixture
def office(tmp_path: Path, bang_khla_csv: Path) -> Iterator[Services]:
    services = open_services(DataFolder(tmp_path / "data"))
    try:
        services.office.setup(BANG_KHLA, officer_name=OFFICER)
        yield services
    finally:
        services.close()


JPEG_START = b"\xff\xd8\xff"


def photo_needles(photos: list[bytes]) -> dict[str, set[bytes]]:
    """A photo's own bytes (its start, two slices) and what marks any JPEG or camera file."""
    own = {data[n : n + 48] for data in photos for n in (0, 300, len(data) // 2)}
    return {"photo": own, "jpeg": {JPEG_START + b"\xe0\x00\x10JFIF", b"Exif", b"TestPhone"}}


def _add_photos(services: Services, tmp_path: Path) -> None:
    """A product photo and a site photo given to the first imported producer."""
    photos = [camera_jpeg(tmp_path / f"photo-{n}.jpg", seed=n) for n in (1, 2)]
    added = services.photos.add_files(photos[:1], PhotoKind.PRODUCT).added
    added += services.photos.add_files(photos[1:], PhotoKind.SITE, added).added
    first = services.registry.get(services.registry.search()[0].uuid)
    services.registry.update(first.with_changes(photos=added))


def _work(services: Services, bang_khla_csv: Path, tmp_path: Path, *, password: bool) -> Path:
    """An office's day: what lands in files before and after the password is set."""
    assert services.importer.import_file(bang_khla_csv).committed
    _add_photos(services, tmp_path)
    services.backups.backup_now()  # made plain, before any password
    _crash_with("นางสมศรี ใจดี 1173574507183 081-234-5678", services.folder.logs)
    if password:
        assert services.password.set_password(PASSWORD, PASSWORD) is not None
        services.exchange.set_passphrase(PASSPHRASE)
    # After it: a new registration typed into the form and kept as a draft, more backups,
    # another crash log, and a package for the other computer.
    services.drafts.save(
        {"texts": {"producer_name": "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า", "phone": "0812345678"}}
    )
    services.backups.backup_now()
    services.backups.backup_on_exit()
    _crash_with("นายประเสริฐ ทองคำ 3827548591991 0899876543", services.folder.logs)
    package = services.exchange.pack(tmp_path / "to-usb").path
    return package


def test_with_a_password_no_file_holds_anyones_id_phone_or_name(
    office: Services, bang_khla_csv: Path, tmp_path: Path
) -> None:
    package = _work(office, bang_khla_csv, tmp_path, password=True)
    files = every_file(office.folder.root)
    names = {p.name for p in files}
    # Still open: the write-ahead log holds the latest pages, as on a laptop lost while running.
    assert {"otop.sqlite3", "otop.sqlite3-wal", "otop.key"} <= names
    assert sum(n.endswith(".sqlite3") for n in names) >= 4  # the database and three backups
    assert sum(n.endswith(".log") for n in names) == 2
    needles = personal_data(bang_khla_csv)
    assert len(needles["id"]) >= 16 and len(needles["phone"]) >= 10 and len(needles["name"]) >= 30
    assert hits([*files, package], needles) == {}
    photos = [p for p in files if p.parent.name == STORE_FOLDER]
    assert len(photos) == 2
    first = office.registry.get(office.registry.search()[0].uuid)
    assert not {p.stem for p in photos} & {p.sha256 for p in first.photos}, "names tell nothing"
    assert hits([*files, package], photo_needles(_photos_of(office))) == {}
    assert [p.name for p in files if p.read_bytes().startswith(JPEG_START)] == []
    # The data is all there for whoever has the password.
    assert office.registry.count() == 23 and office.drafts.load() is not None


def test_without_a_password_the_same_search_finds_them(
    office: Services, bang_khla_csv: Path, tmp_path: Path
) -> None:
    package = _work(office, bang_khla_csv, tmp_path, password=False)
    found = hits([*every_file(office.folder.root), package], personal_data(bang_khla_csv))
    backups = [name for name in found if name.startswith("otop-2")]
    logs = [name for name in found if name.endswith(".log")]
    assert len(backups) == 3 and len(logs) == 2, found
    assert all(found[name]["id"] and found[name]["name"] for name in backups)
    assert found[package.name]["id"] >= 16 and found[package.name]["phone"] >= 10
    database = [name for name in found if name.startswith("otop.sqlite3")]
    assert database and sum(found[name]["name"] for name in database) >= 30
    photos = photo_needles(_photos_of(office))
    files = every_file(office.folder.root)
    found = hits([p for p in files if p.parent.name == STORE_FOLDER], photos)
    assert len(found) == 2 and all(f["photo"] == 3 and f["jpeg"] for f in found.values())


def _photos_of(services: Services) -> list[bytes]:
    first = services.registry.get(services.registry.search()[0].uuid)
    stored = services.photos.photos([p.sha256 for p in first.photos])
    return [stored[p.sha256].data for p in first.photos]
