"""The measures that compare whole processes or folders with their baselines: the cold start with
its phases, `status --json`, the frozen program, and the import against its floor.

Each pair is alternated (program, baseline, program, ...) so that a busy moment on the shared
machine hits both alike; the medians are reported.
"""

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import HERE, ROOT, case, env, first_frame, frozen_program

PHASES = ("modules", "data", "window", "painted")


def _median(values: list[float], digits: int = 3) -> float:
    return round(statistics.median(values), digits)


def _start_run(command: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds from launch to the first frame, and to the end of each phase it printed."""
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env(), timeout=120)
    phases: dict[str, float] = {}
    for line in done.stdout.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "phase":
            phases[words[1]] = float(words[2]) - started
        if len(words) == 2 and words[0] == "first-frame":
            return float(words[1]) - started, phases
    raise RuntimeError(f"{command[0]} printed no first frame: {done.stderr.strip()[-400:]}")


def measure_start(data_dir: Path, runs: int) -> dict[str, Any]:
    app = [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir), "--benchmark-start"]
    bare = [sys.executable, str(HERE / "bare_start.py")]
    _start_run(app)  # the first run may make the day's automatic backup
    app_times: list[float] = []
    bare_times: list[float] = []
    phases: dict[str, list[float]] = {name: [] for name in PHASES}
    for _ in range(runs):
        bare_times.append(first_frame(bare))
        seconds, ends = _start_run(app)
        app_times.append(seconds)
        for name in PHASES:
            if name in ends:
                phases[name].append(ends[name])
    result: dict[str, Any] = {
        "app_s": _median(app_times),
        "bare_s": _median(bare_times),
        "runs": runs,
        "phase_ends_s": {name: _median(v) for name, v in phases.items() if v},
    }
    result["ratio"] = round(result["app_s"] / result["bare_s"], 2)
    return result


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env(), stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - started


def measure_status(data_dir: Path, runs: int) -> dict[str, Any]:
    """`otop-desktop status --json`, a whole process, against `python -c "import sqlalchemy"`."""
    ours = [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir), "status", "--json"]
    bare = [sys.executable, "-c", "import sqlalchemy"]
    _wall(ours)
    ours_s, bare_s = [], []
    for _ in range(runs):
        bare_s.append(_wall(bare))
        ours_s.append(_wall(ours))
    result = {"status_s": _median(ours_s), "bare_s": _median(bare_s), "runs": runs}
    result["ratio"] = round(result["status_s"] / result["bare_s"], 2)
    return result


def folder_size(folder: Path) -> int:
    """As tools/build.py counts it: every file once, links not at all."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure_frozen(data_dir: Path, runs: int) -> dict[str, Any]:
    program = frozen_program()
    if program is None:
        return {"built": False}
    result: dict[str, Any] = {
        "built": True,
        "folder_mib": round(folder_size(program.parent) / 2**20, 1),
        "folder_mb": round(folder_size(program.parent) / 10**6, 1),
    }
    command = [str(program), "--data-dir", str(data_dir), "--benchmark-start"]
    try:
        first_frame(command)
        result["start_s"] = _median([first_frame(command) for _ in range(runs)])
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        result["start_error"] = str(exc)[:200]
    return result


def measure_import(
    table: Path, fresh_office: Callable[[str], Path], scratch: Path, runs: int
) -> dict[str, Any]:
    """Our import of `table` into a fresh copy of an office, against the floor of the same file,
    alternated; each run in its own process."""
    ours: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    schema: list[float] = []
    for n in range(runs):
        floor_dir = scratch / f"floor-{table.suffix[1:]}-{n}"
        floor_dir.mkdir(parents=True)
        floors.append(case("floor", floor_dir, "--file", str(table)))
        shutil.rmtree(floor_dir)
        office = fresh_office(f"import-{table.suffix[1:]}-{n}")
        ours.append(case("import", office, "--file", str(table)))
        shutil.rmtree(office)
        if table.suffix.lower() == ".csv":
            office = fresh_office(f"schema-floor-{n}")
            schema.append(case("schema_floor", office, "--file", str(table))["schema_floor_ms"])
            shutil.rmtree(office)
    last = ours[-1]
    if last["added"] != last["rows"]:
        raise RuntimeError(f"the import added {last['added']} of {last['rows']} rows")
    result = {
        "rows": last["rows"],
        "registered_before": last["registered_before"],
        "import_ms": _median([r["import_ms"] for r in ours], 1),
        "floor_ms": _median([f["floor_ms"] for f in floors], 1),
        "runs": runs,
    }
    result["ratio"] = round(result["import_ms"] / result["floor_ms"], 2)
    if schema:
        result["schema_floor_ms"] = _median(schema, 1)
    return result


def measure_import_memory(table: Path, office: Path) -> dict[str, Any]:
    found = case("import", office, "--file", str(table))
    return {k: found[k] for k in ("rows", "added", "import_ms", "peak_rss_mib")}


__all__ = [
    "ROOT",
    "measure_frozen",
    "measure_import",
    "measure_import_memory",
    "measure_start",
    "measure_status",
]
