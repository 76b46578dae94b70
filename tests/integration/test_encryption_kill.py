"""Turning the encryption on or off, or changing the password, survives being killed at any
moment: afterwards the data folder opens either as it was or as it was meant to become, with
every record, and no plain copy of an encrypted office is left behind.

The worker (tests/convert_worker.py) is killed before each of the conversion's file-system
commits in turn, then at random moments, which land inside SQLite's own writes."""

import contextlib
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from otop_desktop.app import open_services
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.privacy.data_encryption import DataEncryption
from tests.convert_worker import NEW_PASSWORD, OLD_PASSWORD
from tests.integration.support import BANG_KHLA, OFFICER
from tests.kill_worker import import_file

WORKER = Path(__file__).resolve().parent.parent / "convert_worker.py"
MAX_STEPS = 120
RANDOM_KILLS = 10
# Enough for the export to take a while, so that random kills land inside it (the generated IDs
# take at most 999 rows a file).
EXTRA_FILES, EXTRA_ROWS = 2, 999

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (POSIX only)")


class Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.expect("ready")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, word: str, timeout: float = 60.0) -> list[str]:
        while True:
            words = self.lines.get(timeout=timeout).split()
            assert words[0] != "error", " ".join(words)
            if words[0] == word:
                return words

    def run(self, mode: str, folder: Path, step: int, kill_after: float | None = None) -> bool:
        """True when the conversion was killed, False when it finished."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {mode} {folder} {step}\n")
        self.process.stdin.flush()
        pid = int(self.expect("child")[1])
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        status = int(self.expect("reaped")[2])
        return status != 0

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self._reader.join(timeout=10)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    started = Worker()
    yield started
    started.close()


def _template(root: Path, bang_khla_csv: Path, *, encrypted: bool) -> int:
    services = open_services(DataFolder(root))
    try:
        services.office.setup(BANG_KHLA, officer_name=OFFICER)
        services.importer.import_file(bang_khla_csv)
        for step in range(1, EXTRA_FILES + 1):
            extra = import_file(root.parent, 7, step, EXTRA_ROWS, random.Random(step))
            assert services.importer.import_file(extra).committed
        services.backups.backup_now()
        if encrypted:
            services.password.set_password(OLD_PASSWORD, OLD_PASSWORD)
        services.backups.backup_now()
        return services.registry.count()
    finally:
        services.close()


def _state(folder: DataFolder, expected: int, passwords: tuple[str, ...]) -> str:
    """Opens the folder as the program's start does; the state it is in, checked whole."""
    leftovers = [p.name for p in folder.root.rglob("*") if p.name.endswith(".converting")]
    encryption = DataEncryption(folder)
    encryption.finish_interrupted()
    state, key = "plain", None
    if encryption.is_on():
        opened = [p for p in passwords if encryption.verify(p)]
        assert len(opened) == 1, "exactly one of the passwords opens the data"
        state, key = opened[0], encryption.unlock(opened[0])
    services = open_services(folder, key)
    try:
        assert services.registry.count() == expected
        assert services.backups.integrity_check().ok
        for backup in services.backups.backups():
            assert services.backups.describe(backup.path).restorable
    finally:
        services.close()
    assert not [p for p in folder.root.rglob("*") if p.name.endswith(".converting")], leftovers
    if key is not None:  # an encrypted office keeps no plain copy of anything
        sample = b"10007000"  # how the generated rows' national IDs start
        assert not [
            p.name for p in folder.root.rglob("*") if p.is_file() and sample in p.read_bytes()
        ]
    return state


CASES = {
    "on": (False, ("plain", NEW_PASSWORD)),
    "off": (True, (OLD_PASSWORD, "plain")),
    "change": (True, (OLD_PASSWORD, NEW_PASSWORD)),
}


@pytest.mark.slow
@pytest.mark.parametrize("mode", list(CASES))
def test_a_kill_at_any_step_leaves_the_old_or_the_new_data_whole(
    worker: Worker, tmp_path: Path, bang_khla_csv: Path, mode: str
) -> None:
    encrypted, (old, new) = CASES[mode]
    template = tmp_path / "template"
    expected = _template(template, bang_khla_csv, encrypted=encrypted)
    passwords = tuple(p for p in (OLD_PASSWORD, NEW_PASSWORD) if p in (old, new))
    seen: list[str] = []
    trial = tmp_path / "trial"
    for step in range(1, MAX_STEPS):
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(template, trial)
        killed = worker.run(mode, trial, step)
        seen.append(_state(DataFolder(trial), expected, passwords))
        if not killed:
            break
    else:
        pytest.fail(f"the conversion did not finish within {MAX_STEPS} steps")
    assert seen[-1] == new and seen[0] == old
    assert set(seen) == {old, new}
    # Once the new state has been committed, no later kill brings the old one back.
    assert seen[seen.index(new) :] == [new] * (len(seen) - seen.index(new))
    assert step >= 6  # the steps were really counted

    shutil.rmtree(trial, ignore_errors=True)
    shutil.copytree(template, trial)
    started = time.monotonic()
    assert not worker.run(mode, trial, 0)
    duration = time.monotonic() - started
    rng = random.Random(19)
    for _ in range(RANDOM_KILLS):
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(template, trial)
        worker.run(mode, trial, 0, kill_after=rng.uniform(0, duration))
        assert _state(DataFolder(trial), expected, passwords) in (old, new)


def test_without_the_password_or_the_recovery_key_the_data_stays_closed(
    tmp_path: Path, bang_khla_csv: Path
) -> None:
    folder = DataFolder(tmp_path / "data")
    _template(folder.root, bang_khla_csv, encrypted=True)
    encryption = DataEncryption(folder)
    with pytest.raises(UserError) as wrong:
        encryption.unlock("ไม่ใช่รหัสนี้แน่นอน")
    assert "รหัสผ่านไม่ถูกต้อง" in wrong.value.message_th
    with pytest.raises(UserError) as closed:
        open_services(folder)
    assert "เข้ารหัสไว้" in closed.value.message_th
