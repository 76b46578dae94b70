"""`otop-desktop export`, run as the officer's scripts would run it: in its own process."""

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from tests.integration.export_support import OFFICER, POSITION


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "otop_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def _set_up(data: Path, registry: Path) -> None:
    setup = ["--data-dir", str(data), "setup", "--district", "2402"]
    assert _run(*setup, "--officer", OFFICER, "--position", POSITION).returncode == 0
    assert _run("--data-dir", str(data), "import", str(registry)).returncode == 0


def test_export_prints_the_three_paths(tmp_path: Path, bang_khla_csv: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "reports"
    _set_up(data, bang_khla_csv)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    done = _run("--data-dir", str(data), "export", "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    paths = [Path(line) for line in done.stdout.splitlines()]
    assert [p.suffix for p in paths] == [".xlsx", ".pdf", ".eml"]
    assert all(p.is_file() and p.parent.parent == out for p in paths)
    assert paths[1].read_bytes().startswith(b"%PDF")
    assert openpyxl.load_workbook(paths[0]).sheetnames[0] == "สรุปรายตำบล"


def test_exporting_twice_makes_two_folders(tmp_path: Path, bang_khla_csv: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "reports"
    _set_up(data, bang_khla_csv)
    first = _run("--data-dir", str(data), "export", "--out", str(out))
    second = _run("--data-dir", str(data), "export", "--out", str(out), "--with-ids")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    folders = {Path(line).parent for line in first.stdout.splitlines() + second.stdout.splitlines()}
    assert len(folders) == 2
    names = sorted(f.name for f in folders)
    assert names[1] == f"{names[0]}-2"
    assert len(list(out.iterdir())) == 2
    assert "ไม่มีอะไรเปลี่ยน" not in first.stderr + second.stderr  # the full-ID one is another report

    # The same report again with nothing changed: the files come, and the person is told.
    third = _run("--data-dir", str(data), "export", "--out", str(out), "--with-ids")
    assert third.returncode == 0 and len(third.stdout.splitlines()) == 3
    assert "ไม่มีอะไรเปลี่ยนตั้งแต่รายงานครั้งล่าสุด" in third.stderr
    assert str(Path(second.stdout.splitlines()[0]).parent) in third.stderr


def test_export_defaults_to_the_documents_folder(tmp_path: Path, bang_khla_csv: Path) -> None:
    from platformdirs import user_documents_path

    data = tmp_path / "data"
    _set_up(data, bang_khla_csv)
    done = _run("--data-dir", str(data), "export")
    assert done.returncode == 0, done.stderr
    base = user_documents_path() / "OTOP รายงาน"
    assert str(base).startswith(str(tmp_path))  # the test's HOME, never the real profile
    assert all(Path(line).parent.parent == base for line in done.stdout.splitlines())


def test_export_before_setup_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    done = _run("--data-dir", str(tmp_path / "empty"), "export", "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
