"""Long files: the importer checks and writes a chunk at a time inside one transaction, so a
problem found after thousands of rows were written still leaves the registry as it was, and a
row repeating one several chunks earlier is still found."""

import csv
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.services.importing.import_run import WRITE_CHUNK, ImportCancelledError

HEADER = [
    "รหัสตำบล",
    "ประเภทผู้ผลิต",
    "ชื่อผู้ผลิต",
    "จำนวนสมาชิก",
    "เลขประจำตัวประชาชน",
    "ชื่อผลิตภัณฑ์",
    "ประเภทผลิตภัณฑ์",
    "วันที่รับลงทะเบียน",
]
TAMBONS = ("240201", "240204", "240208", "240209")
ROWS = 2 * WRITE_CHUNK + 500  # three chunks


def _row(n: int) -> list[str]:
    return [
        TAMBONS[n % len(TAMBONS)],
        "กลุ่ม",
        f"กลุ่มทดสอบที่ {n}",
        "12",
        with_check_digit(f"1{n:011d}"),
        "ผ้าทอ; ผ้าไหม",
        "3",
        "1/5/2566",
    ]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_long_file_imports_every_row_with_its_products(services: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "long.csv", [_row(n) for n in range(ROWS)])

    report = services.importer.import_file(path)

    assert report.committed and report.added == ROWS
    assert services.registry.count() == ROWS
    last = services.registry.search(f"กลุ่มทดสอบที่ {ROWS - 1}")
    assert [s.main_product for s in last] == ["ผ้าทอ"]
    assert [p.name for p in services.registry.get(last[0].uuid).products] == ["ผ้าทอ", "ผ้าไหม"]
    entries = [e for e in services.audit.recent() if e.action == "import"]
    assert len(entries) == 1


def test_a_bad_row_after_written_chunks_leaves_the_registry_unchanged(
    services: Any, tmp_path: Path
) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows[-1][4] = "1-2345-67890-12-0"  # a wrong check digit in the very last row
    path = _write(tmp_path / "bad-at-the-end.csv", rows)

    report = services.importer.import_file(path)

    assert not report.committed and report.added == 0
    assert report.invalid_rows == (ROWS + 1,)
    assert services.registry.count() == 0
    assert not [e for e in services.audit.recent() if e.action == "import"]


def test_skip_invalid_imports_the_rows_around_a_bad_one(services: Any, tmp_path: Path) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows[WRITE_CHUNK + 3][4] = "1-2345-67890-12-0"
    path = _write(tmp_path / "one-bad.csv", rows)

    report = services.importer.import_file(path, skip_invalid=True)

    assert report.committed and report.added == ROWS - 1
    assert services.registry.count() == ROWS - 1


def test_a_row_repeating_one_chunks_earlier_is_a_duplicate(services: Any, tmp_path: Path) -> None:
    rows = [_row(n) for n in range(ROWS)]
    rows.append(list(rows[0]))
    path = _write(tmp_path / "repeat.csv", rows)

    report = services.importer.import_file(path)

    assert report.added == ROWS
    assert report.duplicates_in_file == ((ROWS + 2, 2),)
    again = services.importer.import_file(path)
    assert again.added == 0 and len(again.already_registered) == ROWS + 1


def test_cancelling_after_written_chunks_adds_nothing(services: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "cancelled.csv", [_row(n) for n in range(ROWS)])
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        assert total == ROWS
        return done < 2 * WRITE_CHUNK

    with pytest.raises(ImportCancelledError):
        services.importer.import_file(path, progress=progress)

    assert seen[0] > 0 and seen == sorted(seen)
    assert services.registry.count() == 0


def test_a_dry_run_of_a_long_file_writes_nothing(services: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "dry.csv", [_row(n) for n in range(ROWS)])

    report = services.importer.import_file(path, dry_run=True)

    assert report.dry_run and len(report.new_rows) == ROWS and report.added == 0
    assert services.registry.count() == 0
