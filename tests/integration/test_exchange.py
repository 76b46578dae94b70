"""Exchange between two computers of one district: a laptop in the field and the office PC."""

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.app import Services, open_services
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.exchange import exchange_package
from otop_desktop.services.exchange.exchange_service import Conflict, MergeReport
from tests.integration.test_cli import ok, one_line_error, run
from tests.integration.test_repositories import full_registration, registration

THAI = re.compile(r"[\u0E00-\u0E7F]")


def table(services: Services, name: str) -> list[tuple[object, ...]]:
    """Every stored column of every row, to compare databases byte for byte."""
    connection = sqlite3.connect(services.folder.database_path)
    try:
        return connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
    finally:
        connection.close()


def by_uuid(services: Services) -> dict[str, tuple[object, ...]]:
    """Registrations keyed by uuid, without the local row id, version and times."""
    connection = sqlite3.connect(services.folder.database_path)
    try:
        found = connection.execute(
            "SELECT uuid, producer_name, phone, notes, is_deleted, main_product FROM registration"
        ).fetchall()
    finally:
        connection.close()
    return {row[0]: row[1:] for row in found}


def send(sender: Services, receiver: Services, folder: Path) -> MergeReport:
    return receiver.exchange.merge(sender.exchange.pack(folder).path)


def counts(report: MergeReport) -> tuple[int, int, int, int]:
    return len(report.added), len(report.updated), len(report.deleted), len(report.conflicts)


def edit(services: Services, uuid: str, **changes: Any) -> None:
    services.registry.update(services.registry.get(uuid).with_changes(**changes))


@pytest.fixture
def office(services: Services, bang_khla_csv: Path) -> Services:
    assert services.importer.import_file(bang_khla_csv).added == 23
    return services


@pytest.fixture
def laptop(office: Services, make_services: Callable[[str], Services], tmp_path: Path) -> Services:
    """A laptop that started from the office's registry, received as a package."""
    laptop = make_services("laptop")
    report = send(office, laptop, tmp_path)
    assert counts(report) == (23, 0, 0, 0)
    return laptop


@pytest.fixture
def uuid(office: Services) -> str:
    return office.registry.search()[0].uuid


def test_a_package_names_its_sender_and_district_and_holds_every_record(
    office: Services, tmp_path: Path
) -> None:
    office.registry.delete(office.registry.search()[0].uuid)
    result = office.exchange.pack(tmp_path / "to-laptop.otoppack")

    document = json.loads(result.path.read_text(encoding="utf-8"))
    assert document["format"] == "otop-desktop-exchange"
    assert document["format_version"] == 1
    assert document["sender_id"] == office.exchange.installation_id()
    assert document["district_code"] == "2402"
    assert document["created_at"]
    records = document["records"]
    assert (result.active, result.deleted) == (22, 1)
    assert len(records) == 23
    assert {"uuid", "version", "updated_at", "is_deleted", "registration"} <= set(records[0])
    assert sum(r["is_deleted"] for r in records) == 1
    assert all(r["registration"]["products"] for r in records)


def test_the_installation_id_is_made_once_and_kept(
    office: Services, make_services: Callable[[str], Services]
) -> None:
    first = office.exchange.installation_id()
    assert office.exchange.installation_id() == first
    assert make_services("another").exchange.installation_id() != first


def test_every_field_travels_unchanged(office: Services, laptop: Services, tmp_path: Path) -> None:
    saved = office.registry.add(full_registration()).registration

    report = send(office, laptop, tmp_path)

    assert [m.uuid for m in report.added] == [saved.uuid]
    arrived = laptop.registry.get(saved.uuid)
    assert arrived.with_changes(version=0) == saved.with_changes(version=0)


def test_an_edit_on_one_side_only_travels_both_ways(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    other = office.registry.search()[1].uuid
    edit(laptop, uuid, notes="แก้ในพื้นที่")
    edit(office, other, phone="0899999999")

    to_office = send(laptop, office, tmp_path)
    to_laptop = send(office, laptop, tmp_path)

    assert counts(to_office) == (0, 1, 0, 0)
    assert [m.uuid for m in to_office.updated] == [uuid]
    assert to_office.change.uuids == {uuid}
    assert counts(to_laptop) == (0, 1, 0, 0)
    assert office.registry.get(uuid).notes == "แก้ในพื้นที่"
    assert laptop.registry.get(other).phone == "0899999999"
    assert laptop.registry.get(uuid).notes == "แก้ในพื้นที่", "the laptop's own edit stays"
    assert by_uuid(office) == by_uuid(laptop)


def test_a_new_record_travels_with_its_uuid(
    office: Services, laptop: Services, tmp_path: Path
) -> None:
    added = laptop.registry.add(registration("นางสาวมาใหม่ ในพื้นที่")).registration

    report = send(laptop, office, tmp_path)

    assert [(m.uuid, m.producer_name) for m in report.added] == [(added.uuid, "นางสาวมาใหม่ ในพื้นที่")]
    assert office.registry.get(added.uuid).producer_name == "นางสาวมาใหม่ ในพื้นที่"
    assert report.change.tambon_codes == {added.tambon_code}


def test_a_deletion_travels_as_a_tombstone(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    office.registry.delete(uuid)

    report = send(office, laptop, tmp_path)

    assert counts(report) == (0, 0, 1, 0)
    assert uuid not in {s.uuid for s in laptop.registry.search()}
    assert uuid in {s.uuid for s in laptop.registry.search(include_deleted=True)}
    assert laptop.registry.count() == 22


def test_edits_on_both_sides_are_a_conflict_that_changes_neither(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    edit(laptop, uuid, notes="ฉบับเครื่องโน้ตบุ๊ก")
    edit(office, uuid, phone="0899999999")
    office_before, laptop_before = by_uuid(office), by_uuid(laptop)

    report = send(laptop, office, tmp_path)
    reverse = send(office, laptop, tmp_path)

    assert counts(report) == (0, 0, 0, 1)
    assert counts(reverse) == (0, 0, 0, 1)
    conflict = report.conflicts[0]
    assert conflict.uuid == uuid
    assert conflict.local.phone == "0899999999"
    assert conflict.incoming_registration.notes == "ฉบับเครื่องโน้ตบุ๊ก"
    assert set(conflict.changed_fields) == {"phone", "notes"}
    assert by_uuid(office) == office_before
    assert by_uuid(laptop) == laptop_before


def conflict_at_office(office: Services, laptop: Services, uuid: str, folder: Path) -> Conflict:
    edit(laptop, uuid, notes="ฉบับเครื่องโน้ตบุ๊ก")
    edit(office, uuid, phone="0899999999")
    (conflict,) = send(laptop, office, folder).conflicts
    return conflict


def test_resolving_with_the_incoming_version_takes_it_and_the_two_agree(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    conflict = conflict_at_office(office, laptop, uuid, tmp_path)

    change = office.exchange.resolve(conflict, keep="incoming")

    assert change.uuids == {uuid}
    kept = office.registry.get(uuid)
    assert (kept.notes, kept.phone) == ("ฉบับเครื่องโน้ตบุ๊ก", conflict.incoming_registration.phone)
    assert counts(send(office, laptop, tmp_path)) == (0, 0, 0, 0)
    assert by_uuid(office) == by_uuid(laptop)


def test_resolving_with_the_local_version_keeps_it_and_it_travels(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    conflict = conflict_at_office(office, laptop, uuid, tmp_path)

    office.exchange.resolve(conflict, keep="local")

    assert office.registry.get(uuid).phone == "0899999999"
    assert counts(send(laptop, office, tmp_path)) == (0, 0, 0, 0), "decided: not asked again"
    assert counts(send(office, laptop, tmp_path)) == (0, 1, 0, 0)
    assert laptop.registry.get(uuid).phone == "0899999999"
    assert by_uuid(office) == by_uuid(laptop)


def test_a_stale_conflict_is_not_applied(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    conflict = conflict_at_office(office, laptop, uuid, tmp_path)
    edit(office, uuid, notes="แก้อีกครั้งหลังรับ")

    with pytest.raises(UserError):
        office.exchange.resolve(conflict, keep="incoming")
    assert office.registry.get(uuid).notes == "แก้อีกครั้งหลังรับ"


def test_a_conflict_left_for_later_is_kept_until_decided(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    conflict_at_office(office, laptop, uuid, tmp_path)
    later = open_services(DataFolder(office.folder.root))  # another day, the program reopened
    try:
        (kept,) = later.exchange.pending_conflicts()
        assert kept.uuid == uuid and kept.local.phone == "0899999999"
        assert kept.incoming_registration.notes == "ฉบับเครื่องโน้ตบุ๊ก"
        assert set(kept.changed_fields) == {"phone", "notes"}
        later.exchange.resolve(kept, keep="incoming")
        assert later.exchange.pending_conflicts() == []
    finally:
        later.close()
    assert office.exchange.pending_conflicts() == []
    assert office.registry.get(uuid).notes == "ฉบับเครื่องโน้ตบุ๊ก"


def test_a_package_that_agrees_again_clears_the_kept_conflict(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    notes = office.registry.get(uuid).notes
    conflict_at_office(office, laptop, uuid, tmp_path)
    assert len(office.exchange.pending_conflicts()) == 1
    edit(laptop, uuid, notes=notes, phone="0899999999")  # the field officer made the same fix

    assert counts(send(laptop, office, tmp_path)) == (0, 0, 0, 0)
    assert office.exchange.pending_conflicts() == []


def test_receiving_the_same_package_twice_changes_nothing(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    edit(laptop, uuid, notes="แก้ในพื้นที่")
    laptop.registry.add(registration("นางสาวมาใหม่ ในพื้นที่"))
    laptop.registry.delete(laptop.registry.search()[3].uuid)
    package = laptop.exchange.pack(tmp_path).path
    first = office.exchange.merge(package)
    assert counts(first) == (1, 1, 1, 0)
    rows = {name: table(office, name) for name in ("registration", "product", "audit_log")}

    again = office.exchange.merge(package)

    assert counts(again) == (0, 0, 0, 0)
    assert again.unchanged == 24
    assert again.change.uuids == frozenset()
    assert {name: table(office, name) for name in rows} == rows


def test_an_older_package_from_the_same_computer_is_refused(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    old = laptop.exchange.pack(tmp_path / "old.otoppack").path
    edit(laptop, uuid, notes="ใหม่กว่า")
    office.exchange.merge(laptop.exchange.pack(tmp_path / "new.otoppack").path)

    with pytest.raises(UserError, match="เก่ากว่า"):
        office.exchange.merge(old)
    assert office.registry.get(uuid).notes == "ใหม่กว่า"


def test_a_package_made_here_is_not_received_here(office: Services, tmp_path: Path) -> None:
    package = office.exchange.pack(tmp_path).path
    with pytest.raises(UserError, match="เครื่องนี้เอง"):
        office.exchange.merge(package)


def rewrite(package: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    document = json.loads(package.read_text(encoding="utf-8"))
    change(document)
    package.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return package


def test_a_package_of_another_district_is_refused(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    edit(laptop, uuid, notes="แก้ในพื้นที่")
    package = rewrite(laptop.exchange.pack(tmp_path).path, lambda d: d.update(district_code="2401"))
    before = table(office, "registration")

    with pytest.raises(UserError) as refused:
        office.exchange.merge(package)

    assert "2401" in refused.value.message_th and THAI.search(refused.value.message_th)
    assert table(office, "registration") == before


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        *parents, last = path.split(".")
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value

    return change


GARBLED: dict[str, Callable[[Path], object]] = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "not json": lambda p: p.write_bytes(b"\x00\xff garbage " * 100),
    "empty": lambda p: p.write_bytes(b""),
    "a list": lambda p: p.write_text("[1, 2, 3]", encoding="utf-8"),
    "deep nesting": lambda p: p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8"),
    "huge number": lambda p: rewrite(p, _set("package_number", 10**40)),
    "format version": lambda p: rewrite(p, _set("format_version", 99)),
    "other format": lambda p: rewrite(p, _set("format", "something-else")),
    "tambon outside": lambda p: rewrite(
        p, _set("records.0.registration.site.tambon_code", "240101")
    ),
    "bad type": lambda p: rewrite(p, _set("records.1.registration.producer_type", 7)),
    "bad uuid": lambda p: rewrite(p, _set("records.2.uuid", "../../etc/passwd")),
    "bad date": lambda p: rewrite(p, _set("records.3.registration.received_on", "2566-13-45")),
    "long text": lambda p: rewrite(p, _set("records.4.registration.producer_name", "ก" * 10**5)),
    "bad amount": lambda p: rewrite(p, _set("records.5.registration.products.0.unit_price", "NaN")),
    "same uuid twice": lambda p: rewrite(p, lambda d: d["records"].append(d["records"][0])),
}


@pytest.mark.parametrize("damage", list(GARBLED))
def test_a_garbled_package_is_refused_and_nothing_changes(
    office: Services, laptop: Services, uuid: str, tmp_path: Path, damage: str
) -> None:
    edit(laptop, uuid, notes="แก้ในพื้นที่")
    laptop.registry.add(registration("นางสาวมาใหม่ ในพื้นที่"))
    package = laptop.exchange.pack(tmp_path).path
    GARBLED[damage](package)
    before = {name: table(office, name) for name in ("registration", "product", "audit_log")}

    with pytest.raises(UserError) as refused:
        office.exchange.merge(package)

    assert THAI.search(refused.value.message_th) and refused.value.message_en
    assert {name: table(office, name) for name in before} == before


def test_a_package_over_the_size_limit_is_refused_before_it_is_read(
    office: Services, laptop: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = laptop.exchange.pack(tmp_path).path
    monkeypatch.setattr(exchange_package, "MAX_PACKAGE_BYTES", package.stat().st_size - 1)

    with pytest.raises(UserError, match="ใหญ่เกิน"):
        office.exchange.merge(package)


def test_pack_and_merge_on_the_command_line(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    edit(laptop, uuid, notes="แก้ในพื้นที่")
    added = laptop.registry.add(registration("นางสาวมาใหม่ ในพื้นที่")).registration
    laptop_dir, office_dir = laptop.folder.root, office.folder.root
    laptop.close()
    office.close()
    target = tmp_path / "ส่งสำนักงาน.otoppack"

    packed = ok(run("pack", "--out", target, data_dir=laptop_dir))
    assert packed.stdout.strip() == str(target)
    merged = ok(run("merge", target, data_dir=office_dir))

    lines = merged.stdout.strip().splitlines()
    assert f"เพิ่ม: {added.producer_name} (ต.เสม็ดเหนือ)" in lines
    assert any(line.startswith("แก้ไข: ") for line in lines)
    assert lines[-1].startswith("สรุป: เพิ่ม 1 แก้ไข 1 ลบ 0")
    again = ok(run("merge", target, data_dir=office_dir))
    assert again.stdout.strip().splitlines() == [
        "สรุป: เพิ่ม 0 แก้ไข 0 ลบ 0 เหมือนเดิม 24 ขัดแย้ง 0 รายการ"
    ]

    target.write_bytes(b"not a package")
    line = one_line_error(run("merge", target, data_dir=office_dir))
    assert THAI.search(line)


def test_merge_lists_conflicts_on_the_command_line(
    office: Services, laptop: Services, uuid: str, tmp_path: Path
) -> None:
    edit(laptop, uuid, notes="ฉบับเครื่องโน้ตบุ๊ก")
    edit(office, uuid, phone="0899999999")
    name = office.registry.get(uuid).producer_name
    package = laptop.exchange.pack(tmp_path).path
    office_dir = office.folder.root
    office.close()

    lines = ok(run("merge", package, data_dir=office_dir)).stdout.strip().splitlines()

    assert any(line.startswith(f"ขัดแย้ง รอเลือก: {name}") for line in lines)
    assert lines[-2].endswith("ขัดแย้ง 1 รายการ")
    assert "เมนู แฟ้ม › ข้อมูลที่แก้ไขทั้งสองเครื่อง" in lines[-1]
    reopened = open_services(DataFolder(office_dir))
    try:
        assert [c.uuid for c in reopened.exchange.pending_conflicts()] == [uuid]
    finally:
        reopened.close()
