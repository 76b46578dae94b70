"""What every benchmark script shares: paths, the environment of the measured processes, the
cached generated data sets, and running one in-process case (cases.py) in its own process."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"


def env() -> dict[str, str]:
    environ = dict(os.environ)
    environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), environ.get("PYTHONPATH", "")) if p
    )
    environ.pop("OTOP_DATA_DIR", None)
    return environ


def cache_dir() -> Path:
    """Generated data live in the temporary folder, keyed by the generator and the schema."""
    source = b"".join((HERE / name).read_bytes() for name in ("generate.py", "thai_words.py"))
    db = ROOT / "otop_desktop" / "db"
    schema = b"".join(
        f.read_bytes() for f in sorted(db.glob("**/*.py")) if "__pycache__" not in str(f)
    )
    key = hashlib.sha256(source + schema).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"otop-benchmarks-{key}"


def dataset(name: str, *args: str) -> Path:
    target = cache_dir() / name
    if not (target / ".complete").exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        print(f"  generating {name} ...", flush=True)
        command = [sys.executable, str(HERE / "generate.py"), *args]
        subprocess.run(command, check=True, env=env(), cwd=target, stdout=subprocess.DEVNULL)
        (target / ".complete").touch()
    return target


def working_copy(source: Path, name: str, scratch: Path) -> Path:
    target = scratch / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source / "data", target)
    return target


def first_frame(command: list[str]) -> float:
    """Seconds from launching the process to its first painted frame (it prints the time)."""
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env(), timeout=120)
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


def frozen_program() -> Path | None:
    for name in ("otop-desktop-cli", "otop-desktop-cli.exe"):
        found = sorted((ROOT / "dist").glob(f"*/{name}"))
        if found:
            return found[0]
    return None


def case(name: str, data_dir: Path, *extra: str) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "cases.py"), name, "--data-dir", str(data_dir), *extra]
    done = subprocess.run(command, capture_output=True, text=True, env=env(), timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"case {name} failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def setup_office(target: Path, district: str) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "otop_desktop",
            "--data-dir",
            str(target),
            "setup",
            "--district",
            district,
        ],
        check=True,
        env=env(),
        stdout=subprocess.DEVNULL,
    )
    return target
