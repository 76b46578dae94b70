"""The benchmark's synthetic registrations are valid data: the importer accepts every row."""

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from otop_desktop.app import Services
from otop_desktop.domain.identifiers import is_valid_juristic_number, is_valid_national_id

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


def _generate(out: Path, rows: int, seed: int = 7) -> Path:
    option = "--xlsx" if out.suffix == ".xlsx" else "--csv"
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--rows",
            str(rows),
            "--seed",
            str(seed),
            "--district",
            "2402",
            option,
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_generated_row_imports(services: Services, tmp_path: Path, suffix: str) -> None:
    report = services.importer.import_file(_generate(tmp_path / f"generated{suffix}", 150))
    assert report.problems == () and report.rows_read == 150
    assert report.added + len(report.duplicates_in_file) == 150


def test_ids_are_valid_types_realistic_and_the_output_reproducible(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.csv", 2000)
    assert first.read_bytes() == _generate(tmp_path / "b.csv", 2000).read_bytes()
    with first.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    types = Counter(row["ประเภทผู้ผลิต"] for row in rows)
    assert 0.50 < types["กลุ่ม"] / 2000 < 0.60 and types["SMEs"] / 2000 < 0.04
    assert all(is_valid_national_id(r["เลขประจำตัวประชาชน"]) for r in rows if r["เลขประจำตัวประชาชน"])
    assert all(
        is_valid_juristic_number(r["เลขทะเบียนนิติบุคคล"]) for r in rows if r["ประเภทผู้ผลิต"] == "SMEs"
    )
    assert (
        len({r["เลขประจำตัวประชาชน"] for r in rows if r["เลขประจำตัวประชาชน"]})
        == types["กลุ่ม"] + types["รายเดียว"]
    )
