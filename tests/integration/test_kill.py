"""Killing the program (SIGKILL) at random moments while it saves and imports loses nothing that
was committed, half-writes nothing and never damages the database file."""

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from otop_desktop.app import open_services
from otop_desktop.platform.data_folder import DataFolder
from tests.integration.support import BANG_KHLA, OFFICER

WORKER = Path(__file__).resolve().parent.parent / "kill_worker.py"
KILL_POINTS = 60
TIME_BUDGET_S = 30.0

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (POSIX only)")


@dataclass
class Outcome:
    """What the killed children said: writes committed, and writes begun but not confirmed."""

    done: set[tuple[str, str, int]] = field(default_factory=set)
    begun: set[tuple[str, str, int]] = field(default_factory=set)
    kills: int = 0
    kills_mid_write: int = 0

    def note(self, words: list[str]) -> None:
        state, kind, name = words[1], words[2], words[3]
        item = (kind, name, int(words[4]) if kind == "import" else 1)
        (self.done if state == "done" else self.begun).add(item)

    @property
    def unconfirmed(self) -> set[tuple[str, str, int]]:
        return self.begun - self.done


class Zygote:
    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), "zygote", str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[list[str]] = []  # the children's lines since the last look
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, word: str, timeout: float = 20.0) -> list[str]:
        """Waits for the zygote's line `word ...`, passing the children's lines to `seen`."""
        deadline = time.monotonic() + timeout
        while True:
            words = self.lines.get(timeout=max(0.01, deadline - time.monotonic())).split()
            if words[1] == word:
                return words
            self.seen.append(words)

    def run(self, seed: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {seed}\n")
        self.process.stdin.flush()
        return int(self.expect("child")[2])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


def _set_up(data_dir: Path) -> None:
    services = open_services(DataFolder(data_dir))
    services.office.setup(BANG_KHLA, officer_name=OFFICER)
    services.close()


def _kill_many(data_dir: Path, rng: random.Random) -> Outcome:
    outcome = Outcome()
    zygote = Zygote(data_dir)
    try:
        zygote.expect("ready", timeout=60)
        started = time.monotonic()
        for seed in range(KILL_POINTS):
            if time.monotonic() - started > TIME_BUDGET_S:
                break
            pid = zygote.run(seed)
            # From the database's opening to the middle of the tenth write or so.
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            zygote.expect("reaped")
            outcome.kills += 1
            before = len(outcome.unconfirmed)
            for words in zygote.seen:
                if words[1] in ("begin", "done"):
                    outcome.note(words)
            zygote.seen.clear()
            outcome.kills_mid_write += len(outcome.unconfirmed) > before
    finally:
        zygote.close()
    return outcome


def _stored(data_dir: Path) -> tuple[Counter[str], Counter[str]]:
    """Names by write (registration names grouped by save or import) and audit actions."""
    connection = sqlite3.connect(data_dir / "otop.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = [row[0] for row in connection.execute("SELECT producer_name FROM registration")]
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log")]
        orphans = connection.execute(
            "SELECT count(*) FROM product "
            "WHERE registration_id NOT IN (SELECT id FROM registration)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        connection.close()
    writes = Counter(name if name.startswith("save-") else name.rsplit("-", 1)[0] for name in names)
    return writes, Counter(actions)


def test_sigkill_during_saves_and_imports_loses_nothing_committed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _set_up(data_dir)

    outcome = _kill_many(data_dir, random.Random(2566))
    writes, actions = _stored(data_dir)

    assert outcome.kills >= 40, f"only {outcome.kills} kill points fitted in the time budget"
    assert outcome.kills_mid_write >= 5, "too few kills landed in the middle of a write"
    expected = {name: count for _kind, name, count in outcome.done}
    maybe = {name: count for _kind, name, count in outcome.unconfirmed}
    for name, count in expected.items():
        assert writes[name] == count, f"{name}: committed {count}, stored {writes[name]}"
    for name, stored in writes.items():
        if name not in expected:
            # Killed after the commit but before the line was printed: there whole or not at all.
            assert name in maybe, f"{name} was never written"
            assert stored == maybe[name], f"{name} is half-imported: {stored} of {maybe[name]}"
    saves = sum(1 for name in writes if name.startswith("save-"))
    imports = len(writes) - saves
    # Each write and its audit entry share one transaction.
    assert actions["create"] == saves
    assert actions["import"] == imports
    reopened = open_services(DataFolder(data_dir))
    try:
        assert reopened.registry.count() == sum(writes.values())
    finally:
        reopened.close()
    print(
        f"\n{outcome.kills} kill points ({outcome.kills_mid_write} during a write); "
        f"{saves} saves and {imports} imports committed, "
        f"{sum(writes.values())} registrations, integrity ok"
    )
