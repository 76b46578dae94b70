"""The speed benchmark of PRODUCT.md §5, each figure against its baseline in the same run.

    python benchmarks/run.py            # about 5 minutes the first time (makes 100,000 rows)
    python benchmarks/run.py --quick    # fewer repeats, for a quick look

Writes benchmarks/results/latest.json and latest.md (the table the README shows). What a
password (encryption) costs at start and in an import: benchmarks/encryption.py. Generated data
is cached in the temporary folder, keyed by the generator's source, so later runs start at once.
"""

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import machine, markdown

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
DISTRICT = "2401"  # Mueang Chachoengsao: 19 tambons
IMPORT_DISTRICT = "2402"
README_START, README_END = "<!-- speed-table", "<!-- /speed-table -->"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("OTOP_DATA_DIR", None)
    return env


def _cache_dir() -> Path:
    source = b"".join((HERE / name).read_bytes() for name in ("generate.py", "thai_words.py"))
    db = ROOT / "otop_desktop" / "db"
    schema = b"".join(
        f.read_bytes() for f in sorted(db.glob("**/*.py")) if "__pycache__" not in str(f)
    )
    key = hashlib.sha256(source + schema).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"otop-benchmarks-{key}"


def _dataset(name: str, *args: str) -> Path:
    target = _cache_dir() / name
    if not (target / ".complete").exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        print(f"  generating {name} ...", flush=True)
        command = [sys.executable, str(HERE / "generate.py"), *args]
        subprocess.run(command, check=True, env=_env(), cwd=target, stdout=subprocess.DEVNULL)
        (target / ".complete").touch()
    return target


def _working_copy(source: Path, name: str, scratch: Path) -> Path:
    target = scratch / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source / "data", target)
    return target


def _first_frame(command: list[str]) -> float:
    """Seconds from launching the process to its first painted frame (it prints the time)."""
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command[0]} printed no first frame: {done.stderr.strip()[-400:]}")


def compile_bytecode() -> None:
    """Compiles the program's modules as an installed copy has them: pip compiles them when it
    installs, PyInstaller bundles them compiled. Without this, a source checkout whose Python
    does not write bytecode (PYTHONDONTWRITEBYTECODE, set on these machines) recompiles every
    module at each start, about 0.3 s that no officer's start pays."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "otop_desktop")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def measure_start(data_dir: Path, runs: int) -> dict[str, Any]:
    compile_bytecode()
    app = [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir), "--benchmark-start"]
    bare = [sys.executable, str(HERE / "bare_start.py")]
    _first_frame(app)  # the first run may make the day's automatic backup
    app_times, bare_times = [], []
    for _ in range(runs):  # alternated, so that a busy moment hits both alike
        bare_times.append(_first_frame(bare))
        app_times.append(_first_frame(app))
    result: dict[str, Any] = {
        "app_s": round(statistics.median(app_times), 3),
        "bare_s": round(statistics.median(bare_times), 3),
        "runs": runs,
    }
    result["ratio"] = round(result["app_s"] / result["bare_s"], 2)
    frozen = _frozen_program()
    if frozen is not None:
        command = [str(frozen), "--data-dir", str(data_dir), "--benchmark-start"]
        try:
            frozen_times = [_first_frame(command) for _ in range(runs)]
            result["frozen_s"] = round(statistics.median(frozen_times), 3)
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            result["frozen_error"] = str(exc)[:200]
    return result


def _frozen_program() -> Path | None:
    for name in ("otop-desktop-cli", "otop-desktop-cli.exe"):
        found = sorted((ROOT / "dist").glob(f"*/{name}"))
        if found:
            return found[0]
    return None


def case(name: str, data_dir: Path, *extra: str) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "cases.py"), name, "--data-dir", str(data_dir), *extra]
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"case {name} failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(args: argparse.Namespace) -> dict[str, Any]:
    print("datasets", flush=True)
    district = _dataset(
        "district-5k", "--rows", "5000", "--district", DISTRICT, "--data-dir", "data"
    )
    national = _dataset(
        "national-100k", "--rows", str(args.large), "--district", DISTRICT, "--data-dir", "data"
    )
    table = _dataset(
        "import-10k", "--rows", "10000", "--district", IMPORT_DISTRICT, "--csv", "registrations.csv"
    )
    scratch = Path(tempfile.mkdtemp(prefix="otop-bench-run-"))
    repeat = "3" if args.quick else "7"
    results: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M")}
    try:
        print("start", flush=True)
        results["start"] = measure_start(
            _working_copy(district, "start", scratch), 3 if args.quick else 7
        )
        print("dashboard", flush=True)
        results["dashboard_5k"] = case(
            "dashboard", _working_copy(district, "d5", scratch), "--repeat", repeat
        )
        results["dashboard_100k"] = case(
            "dashboard", _working_copy(national, "d100", scratch), "--repeat", "3"
        )
        print("search", flush=True)
        results["search_100k"] = case("search", national / "data")
        print("export", flush=True)
        results["export_5k"] = case(
            "export", district / "data", "--out", str(scratch / "export"), "--repeat", "3"
        )
        print("import", flush=True)
        target = scratch / "import"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "otop_desktop",
                "--data-dir",
                str(target),
                "setup",
                "--district",
                IMPORT_DISTRICT,
            ],
            check=True,
            env=_env(),
            stdout=subprocess.DEVNULL,
        )
        results["import_10k"] = case("import", target, "--file", str(table / "registrations.csv"))
        print("memory", flush=True)
        results["memory_100k"] = case("memory", national / "data")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results


def _update_readme(table: str) -> None:
    """Puts the table between the README's speed-table markers, when it has them."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start = text.find(README_START)
    end = text.find(README_END)
    if start < 0 or end < start:
        return
    start = text.index("\n", start) + 1
    readme.write_text(text[:start] + table + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="OTOP Desktop speed benchmark")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--large", type=int, default=100_000, help="rows of the national set")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.json/.md")
    parser.add_argument("--render", action="store_true", help="rewrite latest.md from latest.json")
    args = parser.parse_args()
    if args.render:
        results = json.loads((args.out / "latest.json").read_text(encoding="utf-8"))
    else:
        results = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    table = markdown(results)
    (args.out / "latest.md").write_text(table, encoding="utf-8")
    _update_readme(table)
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
