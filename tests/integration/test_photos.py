"""Photos with a registration: what is refused, what is stored, and that every path the data
takes (save, delete and restore, backup and restore, packages, anonymising) carries them."""

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from otop_desktop.app import Services
from otop_desktop.domain.checklists import Document
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.photos import MAX_PHOTOS_PER_REGISTRATION, PhotoKind, PhotoRef
from otop_desktop.domain.registration import Registration
from otop_desktop.services.backup.backup_service import BackupService
from otop_desktop.services.photos.photo_files import inspect_image
from otop_desktop.services.photos.photo_service import MAX_SIDE
from tests.integration.support import write_rows
from tests.integration.test_repositories import full_registration
from tests.photo_samples import (
    camera_jpeg,
    cut_jpeg_with_end_marker,
    decompression_bomb_png,
    lying_size_jpeg,
    png,
    progressive_jpeg,
    text_named_jpg,
    truncated_jpeg,
    zeroed_middle_jpeg,
)


def stored_photos(services: Services) -> dict[str, bytes]:
    connection = sqlite3.connect(services.folder.database_path)
    try:
        return dict(connection.execute("SELECT sha256, data FROM photo").fetchall())
    finally:
        connection.close()


def with_two_photos(services: Services, tmp_path: Path) -> Registration:
    """A saved registration with a product photo and a site photo."""
    product = services.photos.add_files(
        [camera_jpeg(tmp_path / "product.jpg", seed=1)], PhotoKind.PRODUCT
    )
    site = services.photos.add_files(
        [camera_jpeg(tmp_path / "site.jpg", seed=2)], PhotoKind.SITE, product.added
    )
    return services.registry.add(
        full_registration().with_changes(photos=product.added + site.added)
    ).registration


@pytest.mark.parametrize(
    ("make", "words_th", "words_en"),
    [
        (decompression_bomb_png, "ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย", "too large to open safely"),
        (truncated_jpeg, "เสียหายหรือไม่สมบูรณ์", "damaged or incomplete"),
        (text_named_jpg, "ไม่ใช่รูปภาพ", "is not a picture"),
    ],
)
def test_a_hostile_or_broken_file_is_refused_clearly_and_nothing_is_added(
    services: Services,
    tmp_path: Path,
    make: Callable[[Path], Path],
    words_th: str,
    words_en: str,
) -> None:
    bad = make(tmp_path / ("bad.png" if make is decompression_bomb_png else "bad.jpg"))
    good = camera_jpeg(tmp_path / "good.jpg")

    result = services.photos.add_files([bad, good], PhotoKind.PRODUCT)

    assert [r.path for r in result.refused] == [bad]
    refusal = result.refused[0]
    assert words_th in refusal.message_th and bad.name in refusal.message_th
    assert words_en in refusal.message_en
    assert len(result.added) == 1
    # Only the good file is stored: a refused file leaves nothing behind.
    assert list(stored_photos(services)) == [result.added[0].sha256]


@pytest.mark.parametrize(
    "make",
    [cut_jpeg_with_end_marker, zeroed_middle_jpeg, lying_size_jpeg],
    ids=lambda m: m.__name__,
)
def test_a_jpeg_damaged_inside_is_refused_as_damaged_and_nothing_is_added(
    services: Services, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    """Whole to the eye of the header check (markers, end marker, a size under the limit), these
    decode to grey or striped pixels with only a warning from libjpeg; that warning refuses them
    (and does not reach the log: pytest-qt would fail the test on it)."""
    bad = make(tmp_path / "bad.jpg")
    assert inspect_image(bad.read_bytes(), bad.name).width > 0
    good = camera_jpeg(tmp_path / "good.jpg")

    result = services.photos.add_files([bad, good], PhotoKind.PRODUCT)

    assert [(r.message_th, r.message_en) for r in result.refused] == [
        (
            "รูป bad.jpg เสียหายหรือไม่สมบูรณ์ (เช่น คัดลอกหรือดาวน์โหลดมาไม่ครบ) จึงไม่ได้เพิ่ม",
            "bad.jpg is damaged or incomplete (e.g. not fully copied or downloaded), "
            "so it was not added.",
        )
    ]
    assert list(stored_photos(services)) == [a.sha256 for a in result.added]
    assert len(result.added) == 1


def test_more_photos_than_a_registration_keeps_are_refused_all_together(
    services: Services, tmp_path: Path
) -> None:
    files = [
        camera_jpeg(tmp_path / f"p{n}.jpg", seed=n) for n in range(MAX_PHOTOS_PER_REGISTRATION)
    ]
    present = services.photos.add_files(files[:3], PhotoKind.PRODUCT).added
    extra = [camera_jpeg(tmp_path / f"x{n}.jpg", seed=50 + n) for n in range(2)]

    with pytest.raises(UserError) as refused:
        services.photos.add_files(files[3:] + extra, PhotoKind.SITE, present)

    assert f"ไม่เกิน {MAX_PHOTOS_PER_REGISTRATION} รูป" in refused.value.message_th
    assert "เพิ่มได้อีก 5 รูป แต่เลือกมา 7 รูป" in refused.value.message_th
    assert len(stored_photos(services)) == 3
    too_many = full_registration().with_changes(
        photos=tuple(PhotoRef(f"{n:064x}") for n in range(MAX_PHOTOS_PER_REGISTRATION + 1))
    )
    with pytest.raises(UserError, match="ไม่เกิน 8 รูปต่อรายการ"):
        services.registry.add(too_many)


def test_a_photo_is_stored_upright_small_and_without_its_exif(
    services: Services, tmp_path: Path
) -> None:
    # 4000 × 3000 as the camera stored it, to be shown turned a quarter clockwise (EXIF 6).
    source = camera_jpeg(tmp_path / "phone.jpg", (4000, 3000), orientation=6)
    assert b"TestPhone" in source.read_bytes()

    added = services.photos.add_files([source], PhotoKind.PRODUCT).added

    data = stored_photos(services)[added[0].sha256]
    assert hashlib.sha256(data).hexdigest() == added[0].sha256
    assert b"Exif" not in data and b"TestPhone" not in data and b"GPS" not in data
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (MAX_SIDE * 3 // 4, MAX_SIDE)
    # The blue corner was top-left as stored; turned clockwise it is top-right.
    corner = image.pixelColor(image.width() - 20, 20)
    assert corner.blue() > 200 and corner.red() < 60
    assert image.pixelColor(20, 20).red() > 150
    assert len(data) < 400_000


def test_a_png_is_stored_as_a_jpeg_and_the_same_picture_once(
    services: Services, tmp_path: Path
) -> None:
    first = services.photos.add_files([png(tmp_path / "a.png")], PhotoKind.SITE).added
    again = services.photos.add_files([png(tmp_path / "b.png")], PhotoKind.SITE).added

    assert first == again
    data = stored_photos(services)[first[0].sha256]
    assert data.startswith(b"\xff\xd8\xff")
    assert len(stored_photos(services)) == 1


def test_a_progressive_jpeg_is_stored_whole(services: Services, tmp_path: Path) -> None:
    added = services.photos.add_files([progressive_jpeg(tmp_path / "web.jpg")], PhotoKind.SITE)

    assert added.refused == ()
    image = QImage.fromData(stored_photos(services)[added.added[0].sha256])
    assert (image.width(), image.height()) == (1200, 900)
    # The last rows decoded too: a picture cut short would be grey there.
    corner, bottom = image.pixelColor(20, 20), image.pixelColor(600, 880)
    assert corner.red() > 200 and corner.blue() < 60
    assert bottom.blue() > 170 and bottom.red() < 60


def test_the_product_photo_document_follows_from_a_photo(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)

    assert Document.PRODUCT_PHOTO in saved.documents
    assert [p.kind for p in saved.photos] == [PhotoKind.PRODUCT, PhotoKind.SITE]
    row = services.registry.search()[0]
    assert row.product_photos == 1
    site_only = saved.with_changes(
        photos=saved.photos[1:], documents=saved.documents - {Document.PRODUCT_PHOTO}
    )
    after = services.registry.update(site_only).registration
    assert Document.PRODUCT_PHOTO not in after.documents
    assert services.registry.search()[0].product_photos == 0


def test_deleting_and_restoring_a_registration_keeps_its_photos(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)
    before = stored_photos(services)

    services.registry.delete(saved.uuid)
    services.photos.remove_unused(now=dt.datetime.now() + dt.timedelta(days=30))
    services.registry.restore(saved.uuid)

    assert services.registry.get(saved.uuid).photos == saved.photos
    assert stored_photos(services) == before


def test_unused_photos_go_after_a_day_but_a_drafts_stay(services: Services, tmp_path: Path) -> None:
    kept = services.photos.add_files([camera_jpeg(tmp_path / "a.jpg", seed=1)], PhotoKind.PRODUCT)
    dropped = services.photos.add_files(
        [camera_jpeg(tmp_path / "b.jpg", seed=2)], PhotoKind.PRODUCT
    )
    services.drafts.save({"photos": [{"sha256": kept.added[0].sha256, "kind": "product"}]})

    assert services.photos.remove_unused() == 0  # both were added a moment ago
    assert services.photos.remove_unused(now=dt.datetime.now() + dt.timedelta(days=2)) == 1

    assert list(stored_photos(services)) == [kept.added[0].sha256]
    assert dropped.added[0].sha256 not in stored_photos(services)


def test_two_photos_survive_a_backup_restored_in_a_fresh_folder(
    services: Services, tmp_path: Path, make_services: Callable[[str], Any]
) -> None:
    saved = with_two_photos(services, tmp_path)
    original = stored_photos(services)
    backup = BackupService(services.folder, services.database).backup_now().path
    fresh = make_services("fresh")

    BackupService(fresh.folder, fresh.database, gazetteer=fresh.gazetteer).restore(backup)

    assert fresh.registry.get(saved.uuid).photos == saved.photos
    assert stored_photos(fresh) == original
    assert {p.sha256 for p in saved.photos} == set(original)


def test_two_photos_survive_a_package_merged_in_a_fresh_folder(
    services: Services, tmp_path: Path, make_services: Callable[[str], Any]
) -> None:
    saved = with_two_photos(services, tmp_path)
    fresh = make_services("office")

    packed = services.exchange.pack(tmp_path)
    report = fresh.exchange.merge(packed.path)

    assert packed.photos_carried == 2 and packed.photos_left_out == 0
    assert [m.uuid for m in report.added] == [saved.uuid]
    assert fresh.registry.get(saved.uuid).photos == saved.photos
    assert stored_photos(fresh) == stored_photos(services)


def test_a_package_carries_only_the_photos_the_other_computer_lacks(
    services: Services, tmp_path: Path, make_services: Callable[[str], Any]
) -> None:
    laptop, office = services, make_services("office")
    saved = with_two_photos(laptop, tmp_path)
    office.exchange.merge(laptop.exchange.pack(tmp_path / "1").path)
    laptop.exchange.merge(office.exchange.pack(tmp_path / "2").path)  # now it knows the office
    third = laptop.photos.add_files(
        [camera_jpeg(tmp_path / "new.jpg", seed=3)], PhotoKind.PRODUCT, saved.photos
    )
    current = laptop.registry.get(saved.uuid)
    laptop.registry.update(current.with_changes(photos=current.photos + third.added))

    packed = laptop.exchange.pack(tmp_path / "3")
    report = office.exchange.merge(packed.path)

    assert (packed.photos_carried, packed.photos_left_out) == (1, 2)
    assert [m.uuid for m in report.updated] == [saved.uuid]
    assert len(office.registry.get(saved.uuid).photos) == 3
    assert stored_photos(office) == stored_photos(laptop)

    # A computer that never received anything lacks the two left out: it receives nothing,
    # is told why, and a package with every photo then goes in whole.
    newcomer = make_services("newcomer")
    with pytest.raises(UserError) as refused:
        newcomer.exchange.merge(packed.path)
    assert "ขาดรูปภาพ 2 รูป" in refused.value.message_th
    assert "pack --all-photos" in refused.value.message_th
    assert newcomer.registry.count() == 0 and stored_photos(newcomer) == {}
    everything = laptop.exchange.pack(tmp_path / "4", all_photos=True)
    assert everything.photos_carried == 3
    newcomer.exchange.merge(everything.path)
    assert stored_photos(newcomer) == stored_photos(laptop)


def test_anonymising_old_registrations_removes_their_photos(
    services: Services, tmp_path: Path
) -> None:
    saved = with_two_photos(services, tmp_path)  # received 12 Jan 2023, fiscal year 2566
    newer = services.photos.add_files([camera_jpeg(tmp_path / "n.jpg", seed=9)], PhotoKind.PRODUCT)
    recent = full_registration().with_changes(
        producer_name="กลุ่มใหม่",
        national_id=with_check_digit("110170020345"),
        photos=newer.added,
        received_on=dt.date.today(),
    )
    services.registry.add(recent)

    result = services.retention.anonymise(1, today=dt.date(2026, 1, 1))

    assert result.anonymised == 1
    assert services.registry.get(saved.uuid).photos == ()
    assert list(stored_photos(services)) == [newer.added[0].sha256]


def with_photo_column(rows: list[list[str]], photos: dict[str, str]) -> list[list[str]]:
    """The sample table with a `รูปภาพ` column naming photos for the producers given."""
    name_at = rows[0].index("ชื่อผู้ผลิต")
    return [[*rows[0], "รูปภาพ"]] + [[*row, photos.get(row[name_at], "")] for row in rows[1:]]


def test_an_import_takes_the_photos_its_table_names(
    services: Services, tmp_path: Path, bang_khla_rows: list[list[str]]
) -> None:
    folder = tmp_path / "ส่งอำเภอ"
    (folder / "รูป").mkdir(parents=True)
    camera_jpeg(folder / "รูป" / "กล้วยตาก.jpg", seed=1)
    camera_jpeg(folder / "รูป" / "ร้าน.jpg", seed=2)
    png(folder / "ผ้า.png")
    first, second = bang_khla_rows[1][3], bang_khla_rows[2][3]
    rows = with_photo_column(
        bang_khla_rows, {first: "รูป/กล้วยตาก.jpg; รูป/ร้าน.jpg", second: "ผ้า.png"}
    )
    table = write_rows(rows, folder / "ทะเบียน.csv")

    report = services.importer.import_file(table)

    assert report.added == 23 and report.photos == 3
    assert "พร้อมรูปภาพ 3 รูป" in report.summary()
    by_name = {s.producer_name: s for s in services.registry.search()}
    with_photos = services.registry.get(by_name[first].uuid)
    assert len(with_photos.photos) == 2
    assert Document.PRODUCT_PHOTO in with_photos.documents
    assert by_name[second].product_photos == 1
    assert len(stored_photos(services)) == 3
    lacking = {
        t["code"]: t["without_product_photo"]
        for t in services.quota.district_status().to_json()["tambons"]
    }
    assert sum(lacking.values()) == 20 - 2  # 20 counted, two of them with a product photo


@pytest.mark.parametrize(
    ("cell", "make", "words"),
    [
        ("หาย.jpg", None, 'ไม่พบแฟ้มรูป "หาย.jpg"'),
        ("เสีย.jpg", truncated_jpeg, "เสียหายหรือไม่สมบูรณ์"),
        ("ระเบิด.png", decompression_bomb_png, "ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย"),
        ("รายชื่อ.jpg", text_named_jpg, "ไม่ใช่รูปภาพ"),
    ],
)
def test_an_import_naming_a_bad_photo_imports_nothing_and_names_the_cell(
    services: Services,
    tmp_path: Path,
    bang_khla_rows: list[list[str]],
    cell: str,
    make: Callable[[Path], Path] | None,
    words: str,
) -> None:
    if make is not None:
        make(tmp_path / cell)
    camera_jpeg(tmp_path / "ดี.jpg")
    name = bang_khla_rows[5][3]
    rows = with_photo_column(bang_khla_rows, {bang_khla_rows[1][3]: "ดี.jpg", name: cell})
    table = write_rows(rows, tmp_path / "ทะเบียน.csv")

    report = services.importer.import_file(table)

    assert not report.committed and report.added == 0
    [problem] = report.problems
    assert (problem.row, problem.column) == (6, "รูปภาพ")
    assert words in problem.message_th
    assert services.registry.count() == 0 and stored_photos(services) == {}


def test_a_photo_cell_of_odd_names_names_each_problem_and_never_crashes(tmp_path: Path) -> None:
    from otop_desktop.services.importing.photo_cells import photo_paths

    (tmp_path / "folder.jpg").mkdir()
    camera_jpeg(tmp_path / "ok.jpg")
    cell = ";".join(["ok.jpg", "a\x00b.jpg", "ก" * 3000, "folder.jpg", "ok.jpg", " ; "])

    paths, problems = photo_paths(cell, tmp_path)

    assert len(paths) == 5
    assert any("ซ้ำ" in th and "ok.jpg" in th for th, _en in problems)
    assert sum("ไม่พบแฟ้มรูป" in th for th, _en in problems) == 3
    assert all(len(th) < 300 for th, _en in problems)
    assert photo_paths("", tmp_path) == ((), [])
    assert photo_paths("a.jpg", None)[1][0][1].startswith("Photos can be imported only")


@pytest.mark.postgres
def test_photos_are_kept_and_counted_the_same_on_a_shared_server(
    services: Services, tmp_path: Path
) -> None:
    """Runs on the office's SQLite file, and again on PostgreSQL (OTOP_TEST_DATABASE_URL)."""
    saved = with_two_photos(services, tmp_path)
    product = saved.photos[0]

    stored = services.photos.photo(product.sha256)
    assert stored is not None and stored.data.startswith(b"\xff\xd8\xff")
    assert hashlib.sha256(stored.data).hexdigest() == product.sha256
    tambon = services.quota.district_status().tambon(saved.tambon_code)
    assert tambon is not None and tambon.without_product_photo == 0
    assert services.registry.search()[0].product_photos == 1

    services.registry.update(services.registry.get(saved.uuid).with_changes(photos=()))
    later = dt.datetime.now() + dt.timedelta(days=2)
    assert services.photos.remove_unused(now=later) == 2
    assert services.photos.photo(product.sha256) is None
    tambon = services.quota.district_status().tambon(saved.tambon_code)
    assert tambon is not None and tambon.without_product_photo == 1
