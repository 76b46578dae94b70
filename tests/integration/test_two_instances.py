"""Two programs on one data folder: a second window is told clearly; command-line writes run
beside the window safely (SQLite WAL and busy_timeout); a crashed window's lock blocks nothing."""

import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.app import Services
from otop_desktop.cli import main
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.platform.instance_lock import LOCK_FILE, AlreadyRunningError, InstanceLock

WORKER = Path(__file__).resolve().parent.parent / "kill_worker.py"
HOLD_LOCK = (
    "import sys; from pathlib import Path; "
    "from otop_desktop.platform.instance_lock import InstanceLock; "
    "lock = InstanceLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); "
    "sys.stdin.read()"
)


class Told:
    """The Dialogs port, remembering what the officer was told."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def error(self, parent: Any, title: str, text: str) -> None:
        self.shown.append(f"{title}: {text}")

    info = error


def _hold_lock_in_another_process(folder: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_second_window_is_told_in_thai_and_a_crashed_windows_lock_blocks_nothing(
    tmp_path: Path, qapp: Any
) -> None:
    from otop_desktop.app.windows import run_gui

    folder = DataFolder(tmp_path / "data")
    holder = _hold_lock_in_another_process(folder.root)
    try:
        told = Told()
        assert run_gui(folder, told) == 1  # type: ignore[arg-type]
        assert len(told.shown) == 1
        assert "เปิดใช้ข้อมูลชุดนี้อยู่แล้วในอีกหน้าต่างหนึ่ง" in told.shown[0]
        assert str(holder.pid) in told.shown[0]
        with pytest.raises(AlreadyRunningError) as caught:
            InstanceLock(folder.root).acquire()
        assert "already has this data open" in caught.value.message_en
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        for stream in (holder.stdin, holder.stdout):
            assert stream is not None
            stream.close()

    # The crashed window left its lock file behind; the system dropped the lock itself.
    assert (folder.root / LOCK_FILE).exists()
    with InstanceLock(folder.root) as lock:
        assert lock.held


def test_the_lock_is_released_for_the_next_start(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path).acquire()
    assert InstanceLock(tmp_path).is_held_elsewhere()
    first.release()
    assert not InstanceLock(tmp_path).is_held_elsewhere()


def test_command_line_writes_run_beside_the_window_but_restore_waits_for_it(
    services: Services, data_dir: Path, bang_khla_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = services.backups.backup_now().path
    with InstanceLock(data_dir):  # the window holds the data folder
        assert main(["--data-dir", str(data_dir), "import", str(bang_khla_csv)]) == 0
        assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 1
    out, err = capsys.readouterr()
    assert "นำเข้าแล้ว 23 รายการ" in out
    assert "เปิดใช้ข้อมูลชุดนี้อยู่แล้ว" in err and "Traceback" not in err
    assert services.registry.count() == 23  # the restore did not undo the import


def _run_writer(data_dir: Path, seed: int, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), "write", str(data_dir), str(seed), str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _tell_all(writers: list[subprocess.Popen[str]], line: str) -> None:
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write(line + "\n")
        writer.stdin.flush()


def _read_line(writer: subprocess.Popen[str]) -> str:
    assert writer.stdout is not None
    return writer.stdout.readline()


def _times(stdout: str) -> list[float]:
    return [float(line.split()[-1]) for line in stdout.splitlines() if " done save " in line]


def test_three_processes_write_at_once_and_every_write_arrives(
    services: Services, data_dir: Path, bang_khla_csv: Path
) -> None:
    count = 60
    writers = [_run_writer(data_dir, seed, count) for seed in (1, 2)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().endswith("open\n")
    _tell_all(writers, "go")
    # Each writer saves once and waits: then both go on together, so their writes overlap.
    first_lines = [_read_line(writer) for writer in writers]
    assert all(" done save " in line for line in first_lines)
    _tell_all(writers, "go")
    # Meanwhile another connection holds a write open for a moment, and the window imports.
    hold = threading.Thread(target=_hold_write_lock, args=(data_dir / "otop.sqlite3", 1.0))
    hold.start()
    report = services.importer.import_file(bang_khla_csv)
    hold.join()
    results = [writer.communicate(timeout=120) for writer in writers]

    for writer, (_out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
    first, second = (
        _times(line + out) for line, (out, _err) in zip(first_lines, results, strict=True)
    )
    assert len(first) == len(second) == count
    assert first[0] < second[-1] and second[0] < first[-1], "the writers did not overlap"
    assert report.added == 23
    assert services.registry.count() == 2 * count + 23
    connection = sqlite3.connect(data_dir / "otop.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        creates = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'create'"
        ).fetchone()
        assert creates == (2 * count,)
    finally:
        connection.close()


def _hold_write_lock(path: Path, seconds: float) -> None:
    """Another writer's long transaction: the others wait for it (busy_timeout), then go on."""
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        threading.Event().wait(seconds)
        connection.execute("COMMIT")
    finally:
        connection.close()
