"""`backup` and `restore` on the command line: a real process, its output and its exit code."""

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_backup import garble, rows
from tests.integration.test_cli import ok, one_line_error, run, setup_bang_khla


@pytest.fixture
def data_dir(tmp_path: Path, bang_khla_csv: Path) -> Path:
    folder = tmp_path / "office"
    setup_bang_khla(folder)
    ok(run("import", bang_khla_csv, data_dir=folder))
    return folder


def active(data_dir: Path) -> int:
    status = json.loads(ok(run("status", "--json", "--campaign", "2566", data_dir=data_dir)).stdout)
    return sum(t["total"] for t in status["tambons"])


def test_backup_prints_the_path_of_a_readable_copy(data_dir: Path) -> None:
    done = ok(run("backup", data_dir=data_dir))

    path = Path(done.stdout.strip())
    assert path.parent == data_dir / "backups"
    assert re.fullmatch(r"otop-\d{8}-\d{6}\.sqlite3", path.name)
    assert len(rows(path)) == 23
    assert done.stderr == ""


def test_backup_to_a_folder_writes_there_and_keeps_one_in_the_data_folder(
    data_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb stick"
    done = ok(run("backup", "--to", stick, data_dir=data_dir))

    path = Path(done.stdout.strip())
    assert path.parent == stick
    assert len(rows(path)) == 23
    kept = list((data_dir / "backups").glob("otop-*.sqlite3"))
    assert [p.name for p in kept] == [path.name]


def test_restore_puts_the_backup_back_and_says_where_the_previous_state_went(
    data_dir: Path,
) -> None:
    backup = Path(ok(run("backup", data_dir=data_dir)).stdout.strip())
    later = sqlite3.connect(data_dir / "otop.sqlite3")
    later.execute("UPDATE registration SET is_deleted = 1 WHERE tambon_code = '240201'")
    later.commit()
    later.close()
    assert active(data_dir) == 17

    done = ok(run("restore", backup, data_dir=data_dir))

    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2
    assert backup.name in lines[0] and "23 รายการ" in lines[0]
    previous = Path(lines[1].split("เก็บไว้ที่ ", 1)[1])
    assert previous.name.endswith("-before-restore.sqlite3")
    assert [r[4] for r in rows(previous)].count(1) == 3
    assert active(data_dir) == 20  # 23 records, 3 received outside the campaign window


@pytest.mark.parametrize("damage", ["garbled", "not-a-database", "missing"])
def test_restore_refuses_a_bad_file_in_one_thai_sentence_and_changes_nothing(
    data_dir: Path, tmp_path: Path, damage: str
) -> None:
    backup = Path(ok(run("backup", data_dir=data_dir)).stdout.strip())
    bad = tmp_path / "bad.sqlite3"
    if damage == "garbled":
        bad.write_bytes(backup.read_bytes())
        garble(bad)
    elif damage == "not-a-database":
        bad.write_text("สวัสดี", encoding="utf-8")
    before = rows(data_dir / "otop.sqlite3")
    backups_before = sorted(os.listdir(data_dir / "backups"))

    line = one_line_error(run("restore", bad, data_dir=data_dir))

    assert re.search(r"[\u0E00-\u0E7F]", line)
    assert rows(data_dir / "otop.sqlite3") == before
    assert sorted(os.listdir(data_dir / "backups")) == backups_before


def test_restore_into_a_new_data_folder_sets_up_a_new_computer(
    data_dir: Path, tmp_path: Path
) -> None:
    backup = Path(ok(run("backup", data_dir=data_dir)).stdout.strip())
    new_computer = tmp_path / "new laptop"

    done = ok(run("restore", backup, data_dir=new_computer))

    assert len(done.stdout.strip().splitlines()) == 1, "nothing was there to save first"
    assert active(new_computer) == 20
