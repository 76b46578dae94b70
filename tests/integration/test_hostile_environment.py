"""Hostile files and a broken environment (full disk, unwritable folder, busy or read-only
database): each gets a clear Thai message with an English twin, and nothing is lost or
half-written. Hostile workbooks (entity expansion, zip bomb, random bytes) are in test_import."""

import errno
import os
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.app import Services
from otop_desktop.domain.errors import UserError
from otop_desktop.services.importing.table_reader import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    UnreadableFileError,
)
from otop_desktop.services.report.district_report_source import DistrictReportSource
from otop_desktop.services.report.report_service import ReportService
from otop_desktop.services.storage_errors import (
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyStorageError,
)
from tests.integration.storage_faults import (
    database_cannot_grow,
    database_read_only,
    held_exclusively,
)
from tests.integration.support import write_rows, write_zip
from tests.integration.test_import import _billion_laughs_in, _workbook_bytes
from tests.integration.test_kill import _stored
from tests.integration.test_repositories import registration

HEADER = "ตำบล,ประเภทผู้ผลิต,ชื่อผู้ผลิต,ชื่อผลิตภัณฑ์,ประเภทผลิตภัณฑ์,วันที่รับลงทะเบียน\n"
BIG_NOTE = "บันทึกยาวมาก " * 20_000  # needs fresh pages, whatever free space the file has


def _audit_actions(services: Services) -> list[str]:
    return [entry.action for entry in services.audit.recent()]


def _assert_clear(error: UserError, *words: str) -> None:
    for word in words:
        assert word in error.message_th
    assert error.message_en and error.message_en != error.message_th
    assert "Traceback" not in error.message_th


# --- hostile and broken files -------------------------------------------------------------------


def _oversized_csv(tmp_path: Path) -> Path:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(HEADER.encode())
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    return path


def _too_many_rows_csv(tmp_path: Path) -> Path:
    path = tmp_path / "many_rows.csv"
    path.write_text(HEADER + "ก\n" * (MAX_ROWS + 20), encoding="utf-8")
    return path


def _nul_after_the_first_block(tmp_path: Path) -> Path:
    path = tmp_path / "nul_later.csv"
    rows = "บางคล้า,กลุ่ม,กลุ่มทดสอบ,ผ้า,3,1/5/2566\n" * 200
    path.write_bytes((HEADER + rows).encode() + b"\x00\x00junk\x00\n")
    return path


def _undecodable_csv(tmp_path: Path) -> Path:
    path = tmp_path / "neither_utf8_nor_tis620.csv"
    path.write_bytes(HEADER.encode("utf-8")[:40] + bytes(range(0xDB, 0xDF)) * 50)
    return path


def _external_entity(tmp_path: Path) -> Path:
    parts = _workbook_bytes()
    parts["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    return write_zip(tmp_path / "xxe.xlsx", parts)


HOSTILE_FILES = [
    pytest.param(_oversized_csv, ("ใหญ่เกินไป", "MB"), id="csv-over-50-MB"),
    pytest.param(_too_many_rows_csv, (f"{MAX_ROWS:,}", "แถว"), id="csv-over-max-rows"),
    pytest.param(_nul_after_the_first_block, ("CSV",), id="csv-nul-bytes-later"),
    pytest.param(_undecodable_csv, ("UTF-8", "TIS-620"), id="csv-undecodable"),
    pytest.param(_external_entity, (), id="xlsx-external-entity"),
    pytest.param(_billion_laughs_in("[Content_Types].xml"), (), id="laughs-in-content-types"),
    pytest.param(_billion_laughs_in("xl/_rels/workbook.xml.rels"), (), id="laughs-in-rels"),
    pytest.param(_billion_laughs_in("xl/styles.xml"), (), id="laughs-in-styles"),
]


@pytest.mark.parametrize(("make", "words"), HOSTILE_FILES)
def test_hostile_and_broken_files_are_refused_clearly(
    services: Services, tmp_path: Path, make: Callable[[Path], Path], words: tuple[str, ...]
) -> None:
    path = make(tmp_path)
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError) as caught:
        services.importer.import_file(path)
    assert time.perf_counter() - started < 10
    _assert_clear(caught.value, path.name, *words)
    assert "root:" not in caught.value.message_th
    assert services.registry.count() == 0
    assert "import" not in _audit_actions(services)


# --- a full disk ---------------------------------------------------------------------------------


def _with_long_notes(rows: list[list[str]], tmp_path: Path) -> Path:
    notes = rows[0].index("หมายเหตุ")
    return write_rows(
        [rows[0], *([*row[:notes], BIG_NOTE[:4000], *row[notes + 1 :]] for row in rows[1:])],
        tmp_path / "long_notes.csv",
    )


def test_a_full_database_refuses_saves_and_imports_whole_and_recovers(
    services: Services, data_dir: Path, bang_khla_rows: list[list[str]], tmp_path: Path
) -> None:
    big = replace(registration("กลุ่มที่บันทึกตอนดิสก์เต็ม"), notes=BIG_NOTE)
    source = _with_long_notes(bang_khla_rows, tmp_path)
    with database_cannot_grow(services):
        with pytest.raises(DiskFullError) as saving:
            services.registry.add(big)
        with pytest.raises(DiskFullError):
            services.importer.import_file(source)
    _assert_clear(saving.value, "พื้นที่ดิสก์เต็ม", "ยังอยู่ครบ")
    assert services.registry.count() == 0
    assert _audit_actions(services) == []
    assert _stored(data_dir)[0] == {}  # and the file passes integrity_check
    services.registry.add(big)  # space freed: the same registration saves
    assert services.importer.import_file(source).added == 23


def _partly_written_then_full(_data: object, path: Path, *_args: object) -> None:
    path.write_bytes(b"PK\x03\x04 half a workbook")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


def _exports(services: Services, pdf_writer: Callable[..., None]) -> ReportService:
    source = DistrictReportSource(
        services.database, services.gazetteer, services.office, services.quota, pdf_writer
    )
    return ReportService(services.database, source, services.campaigns)


def _fake_pdf(_data: object, path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n% no Qt needed here\n")


@pytest.mark.parametrize("failing", ["workbook", "pdf"])
def test_a_full_disk_during_export_leaves_no_partial_folder(
    services: Services,
    imported_csv: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    pdf_writer: Callable[..., None] = _fake_pdf
    if failing == "workbook":
        monkeypatch.setattr(
            "otop_desktop.services.report.report_workbook.write_report_workbook",
            _partly_written_then_full,
        )
    else:
        pdf_writer = _partly_written_then_full
    base = tmp_path / "reports"
    with pytest.raises(UserError) as caught:
        _exports(services, pdf_writer).export(base)
    _assert_clear(caught.value, "พื้นที่ดิสก์เต็ม", "ไม่มีแฟ้มที่เขียนค้างไว้")
    assert "disk is full" in caught.value.message_en
    assert list(base.iterdir()) == []
    assert services.reports.history() == []
    assert "export" not in _audit_actions(services)


@pytest.fixture
def imported_csv(services: Services, bang_khla_csv: Path) -> Any:
    return services.importer.import_file(bang_khla_csv)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system, where the system allows mounting one (root on Linux)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this system does not allow mounting a small file system")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    # Unbuffered: a buffered file would try the last part again on close, and fail there.
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_really_full_disk_loses_nothing(small_disk: Path, make_services: Any) -> None:
    services = make_services(str(small_disk / "data"))
    try:
        kept = services.registry.add(registration("กลุ่มก่อนดิสก์เต็ม")).registration
        filler = _fill(small_disk)
        big = replace(registration("กลุ่มตอนดิสก์เต็ม"), notes=BIG_NOTE)
        with pytest.raises(DiskFullError):
            services.registry.add(big)
        with pytest.raises(UserError) as exporting:
            _exports(services, _fake_pdf).export(small_disk / "reports")
        assert "พื้นที่ดิสก์เต็ม" in exporting.value.message_th
        assert not any((small_disk / "reports").iterdir())
        with pytest.raises(UserError) as backing_up:
            services.backups.backup_now()
        assert "พื้นที่ดิสก์เต็ม" in backing_up.value.message_th
        assert not list(services.folder.backups.glob("*.partial"))
        filler.unlink()
        services.registry.add(big)
        assert [s.producer_name for s in services.registry.search()] == [
            "กลุ่มก่อนดิสก์เต็ม",
            "กลุ่มตอนดิสก์เต็ม",
        ]
        assert services.registry.get(kept.uuid) == kept
    finally:
        services.close()
    assert _stored(small_disk / "data")[0]


# --- unwritable places ---------------------------------------------------------------------------


def _under_a_file(tmp_path: Path) -> tuple[Path, str]:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "reports", "ไม่ใช่โฟลเดอร์"


def _read_only_folder(tmp_path: Path) -> tuple[Path, str]:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the file-in-the-way case covers it")
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o500)
    return folder, "ไม่มีสิทธิ์"


@pytest.mark.parametrize("place", [_under_a_file, _read_only_folder])
def test_an_unwritable_export_folder_is_named_with_its_reason(
    services: Services, imported_csv: Any, tmp_path: Path, place: Callable[[Path], tuple[Path, str]]
) -> None:
    base, reason = place(tmp_path)
    with pytest.raises(UserError) as caught:
        _exports(services, _fake_pdf).export(base)
    _assert_clear(caught.value, str(base.name), reason)
    assert services.reports.history() == []


# --- a busy or read-only database ---------------------------------------------------------------


@pytest.fixture
def quick_services(monkeypatch: pytest.MonkeyPatch, make_services: Any) -> Services:
    """Services that give up waiting for another writer after 0.3 s instead of 5 s."""
    monkeypatch.setattr("otop_desktop.db.engine.BUSY_TIMEOUT_MS", 300)
    services: Services = make_services("busy")
    return services


def test_a_locked_database_fails_each_write_clearly_after_the_busy_timeout(
    quick_services: Services, make_services: Any, bang_khla_csv: Path, tmp_path: Path
) -> None:
    services = quick_services
    package = make_services("field").exchange.pack(tmp_path)
    with held_exclusively(services.folder.database_path):
        started = time.perf_counter()
        with pytest.raises(DatabaseBusyError) as saving:
            services.registry.add(registration())
        waited = time.perf_counter() - started
        with pytest.raises(DatabaseBusyError):
            services.importer.import_file(bang_khla_csv)
        with pytest.raises(DatabaseBusyError):
            services.exchange.merge(package.path)
        with pytest.raises(DatabaseBusyError):
            services.drafts.save({"texts": {"producer_name": "กลุ่มที่พิมพ์ค้าง"}})
    assert 0.25 < waited < 3
    _assert_clear(saving.value, "ฐานข้อมูลกำลังถูกใช้งาน", "ยังอยู่ครบ")
    assert services.registry.count() == 0
    services.registry.add(registration())  # released: the same save goes through
    assert services.importer.import_file(bang_khla_csv).added == 23


def test_a_read_only_database_says_so(services: Services) -> None:
    with database_read_only(services), pytest.raises(ReadOnlyStorageError) as caught:
        services.registry.add(registration())
    _assert_clear(caught.value, "อ่านอย่างเดียว")
    assert services.registry.count() == 0


def test_a_bug_is_not_disguised_as_a_storage_problem() -> None:
    from otop_desktop.services.storage_errors import storage_error_for

    assert storage_error_for(sqlite3.OperationalError("no such table: registration")) is None
    assert storage_error_for(ValueError("database is locked")) is None
    assert isinstance(
        storage_error_for(sqlite3.OperationalError("database is locked")), DatabaseBusyError
    )
