"""Builds the program with PyInstaller (build.spec) and checks the frozen build before it ships.

    python tools/build.py              # dist/OTOP Desktop/ and dist/OTOP-Desktop-<version>-<os>.zip
    python tools/build.py --no-zip     # the folder only
    python tools/build.py --server     # the server edition: with psycopg, for a shared server

Steps: freeze with build.spec; run the frozen program's smoke test (fresh database, migrations,
import, report, main window offscreen) with both programs in the folder; open the main window
once more on a prepared data folder with the platform's own window system (Windows) to time a
cold start; with OTOP_TEST_DATABASE_URL set, use a fresh schema on that PostgreSQL server as a
shared provincial database; then write the portable zip (the folder plus portable.txt, which
keeps the data in a "data" folder beside the program) and print sizes and times. Exits 1 if any
step fails.
"""

import argparse
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from otop_desktop import APP_NAME, __version__  # noqa: E402
from otop_desktop.platform.data_folder import PORTABLE_MARKER  # noqa: E402
from otop_desktop.smoke_test import LOG_NAME  # noqa: E402

SPEC = ROOT / "build.spec"
# Set by .ci/run to a local PostgreSQL server: the frozen program is then tried on it too.
SERVER_URL_ENV = "OTOP_TEST_DATABASE_URL"
# Read by build.spec: "1" builds the server edition (psycopg in the folder).
SERVER_EDITION_ENV = "OTOP_BUILD_SERVER"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / APP_NAME
SAMPLE = ROOT / "tests" / "data" / "bang_khla_registry.csv"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
GUI_EXE = BUNDLE / f"{APP_NAME}{EXE_SUFFIX}"
CLI_EXE = BUNDLE / f"otop-desktop-cli{EXE_SUFFIX}"
PORTABLE_TEXT = """\
แฟ้มนี้ทำให้ OTOP Desktop เก็บข้อมูลไว้ในโฟลเดอร์ "data" ข้างโปรแกรม (ใช้จากแฟลชไดรฟ์ได้)
ลบแฟ้มนี้ถ้าต้องการให้เก็บข้อมูลไว้ในโปรไฟล์ของผู้ใช้ (%LOCALAPPDATA%\\OTOP Desktop)

This file makes OTOP Desktop keep its data in the "data" folder beside the program (portable use,
e.g. from a USB stick). Delete it to keep the data in the user's profile instead.
"""


class BuildFailed(Exception):
    pass


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def folder_size(folder: Path) -> int:
    # PyInstaller links some libraries on Linux; a link costs nothing.
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def frozen_env(temp: Path) -> dict[str, str]:
    """The environment of an office PC: no Qt platform chosen, temp files in a folder we check."""
    environ = dict(os.environ)
    environ.pop("QT_QPA_PLATFORM", None)
    environ.pop("PYTHONPATH", None)
    environ.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp), OTOP_LANG="th")
    # The smoke test must not touch the real data folder: point it somewhere we can check.
    environ["OTOP_DATA_DIR"] = str(temp / "must-stay-empty")
    return environ


def run_frozen(
    exe: Path, args: Sequence[str], environ: dict[str, str], what: str, timeout: float = 300
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environ,
            cwd=WORK,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildFailed(f"{what}: {exc}") from exc
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        details = (done.stderr or done.stdout).strip() or "(no output)"
        log = Path(environ["TMPDIR"]) / LOG_NAME
        if log.is_file():
            details += "\n" + log.read_text(encoding="utf-8", errors="replace")
        raise BuildFailed(f"{what} exited {done.returncode}:\n{details}")
    return done, seconds


def freeze(server: bool) -> float:
    say(f"PyInstaller {SPEC.name} -> {BUNDLE}" + (" (server edition)" if server else ""))
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / "pyinstaller"),
        str(SPEC),
    ]
    environ = {**os.environ, SERVER_EDITION_ENV: "1" if server else "0"}
    if subprocess.run(command, cwd=ROOT, env=environ, check=False).returncode != 0:
        raise BuildFailed("PyInstaller failed (see its output above)")
    for exe in (GUI_EXE, CLI_EXE):
        if not exe.is_file():
            raise BuildFailed(f"PyInstaller did not produce {exe}")
    if not os.access(CLI_EXE, os.X_OK):
        raise BuildFailed(f"{CLI_EXE} cannot be run")
    return time.perf_counter() - started


def check_frozen(timings: dict[str, float], server: bool) -> None:
    temp = WORK / "frozen-check"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir(parents=True)
    environ = frozen_env(temp)

    done, timings["--version"] = run_frozen(CLI_EXE, ["--version"], environ, "--version")
    if __version__ not in done.stdout:
        raise BuildFailed(f"--version printed {done.stdout.strip()!r}, not {__version__}")

    done, timings["--smoke-test (console program)"] = run_frozen(
        CLI_EXE, ["--smoke-test"], environ, "the smoke test of the console program"
    )
    say(done.stdout.strip())
    # The windowed program prints nothing on Windows; its exit code and log file tell.
    _, timings["--smoke-test (windowed program)"] = run_frozen(
        GUI_EXE, ["--smoke-test"], environ, "the smoke test of the windowed program"
    )

    # A cold start to a shown main window on a prepared office, with the platform's own window
    # system where there is one (Windows; Linux with a display), so its plugin is checked too.
    data = temp / "office"
    run_frozen(
        CLI_EXE,
        ["--data-dir", str(data), "setup", "--district", "2402", "--officer", "นางสาวสมใจ รักงาน"],
        environ,
        "setup",
    )
    if SAMPLE.is_file():
        run_frozen(
            CLI_EXE,
            ["--data-dir", str(data), "import", "--skip-invalid", str(SAMPLE)],
            environ,
            "import",
        )
    picture = temp / "main-window.png"
    _, timings["start to a shown main window (--screenshot)"] = run_frozen(
        GUI_EXE, ["--data-dir", str(data), "--screenshot", str(picture)], environ, "--screenshot"
    )
    if not picture.is_file() or picture.stat().st_size == 0:
        raise BuildFailed("--screenshot wrote no picture of the main window")

    url = os.environ.get(SERVER_URL_ENV)
    if server and url:
        _, timings["a shared PostgreSQL server"] = check_server(url, environ, data)
    elif not server:
        check_no_server_driver(environ, data)

    if Path(environ["OTOP_DATA_DIR"]).exists():
        raise BuildFailed("the smoke test wrote into the data folder of OTOP_DATA_DIR")
    leftovers = sorted(p.name for p in temp.iterdir() if p.name.startswith("otop-smoke-"))
    if leftovers:
        raise BuildFailed(f"the smoke test left its temporary folders behind: {leftovers}")
    shutil.rmtree(temp, ignore_errors=True)


def check_server(server: str, environ: dict[str, str], data: Path) -> tuple[object, float]:
    """The frozen program on a shared server (its psycopg driver, the migrations there): an
    office set up on a fresh schema, the sample imported, the status as at the office."""
    from tests.postgres import fresh_schema

    started = time.perf_counter()
    with fresh_schema(server) as url:
        office = ["--data-dir", str(data.with_name("server-office")), "--database-url", url]
        run_frozen(CLI_EXE, [*office, "setup", "--district", "2402"], environ, "server setup")
        run_frozen(CLI_EXE, [*office, "import", str(SAMPLE)], environ, "server import")
        shared, _ = run_frozen(CLI_EXE, [*office, "status", "--json"], environ, "server status")
    local, _ = run_frozen(CLI_EXE, ["--data-dir", str(data), "status", "--json"], environ, "status")
    if json.loads(shared.stdout) != json.loads(local.stdout):
        raise BuildFailed("the status on the shared server differs from the office's own")
    return shared, time.perf_counter() - started


def check_no_server_driver(environ: dict[str, str], data: Path) -> None:
    """The default folder has no server driver: a server's URL gets one clear sentence."""
    url = "postgresql+psycopg://otop:otop@127.0.0.1:9/otop"
    office = ["--data-dir", str(data.with_name("no-driver")), "--database-url", url]
    try:
        done = subprocess.run(
            [str(CLI_EXE), *office, "status"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environ,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildFailed(f"a server URL without the driver: {exc}") from exc
    if done.returncode != 1 or "Traceback" in done.stderr or "PostgreSQL" not in done.stderr:
        raise BuildFailed(f"a server URL without the driver was not refused clearly: {done.stderr}")


def portable_zip(server: bool) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    edition = "-server" if server else ""
    target = DIST / f"OTOP-Desktop-{__version__}-{system}-{platform.machine().lower()}{edition}.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(BUNDLE.rglob("*")):
            name = (Path(APP_NAME) / path.relative_to(BUNDLE)).as_posix()
            if path.is_symlink():  # Linux only: kept as a link, as unzip restores it
                link = zipfile.ZipInfo(name, date_time=time.localtime(path.lstat().st_mtime)[:6])
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(link, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
        marker = zipfile.ZipInfo(f"{APP_NAME}/{PORTABLE_MARKER}", time.localtime()[:6])
        marker.external_attr = 0o644 << 16
        archive.writestr(marker, PORTABLE_TEXT.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-zip", action="store_true", help="do not write the portable zip")
    parser.add_argument(
        "--server", action="store_true", help="the server edition, with the PostgreSQL driver"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        timings["PyInstaller"] = freeze(args.server)
        check_frozen(timings, args.server)
        bundle_size = folder_size(BUNDLE)
        archive = None
        if not args.no_zip:
            zip_started = time.perf_counter()
            archive = portable_zip(args.server)
            timings["zip"] = time.perf_counter() - zip_started
    except BuildFailed as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    say(f"folder   {BUNDLE}: {mib(bundle_size)}")
    if archive is not None:
        say(f"zip      {archive}: {mib(archive.stat().st_size)}")
    for step, seconds in timings.items():
        say(f"{seconds:6.1f} s  {step}")
    say(f"{time.perf_counter() - started:6.1f} s  in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
