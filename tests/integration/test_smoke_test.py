"""`otop-desktop --smoke-test`: the check a frozen build must pass before it is packaged."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from otop_desktop import smoke_test

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_boots_the_program_in_a_temporary_folder_only(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    environ = dict(os.environ)
    environ.pop("QT_QPA_PLATFORM", None)  # the smoke test must choose offscreen by itself
    environ.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    environ["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [environ.get("PYTHONPATH")])]
    )

    done = subprocess.run(
        [sys.executable, "-m", "otop_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("otop-desktop --smoke-test: passed"), done.stdout
    assert "main window shown" in done.stdout
    assert done.stderr == ""
    # Nothing in the real data folder (OTOP_DATA_DIR points into tmp_path), no home folder
    # written, and the temporary folder cleaned up: only the result log stays.
    assert not Path(os.environ["OTOP_DATA_DIR"]).exists()
    assert not (tmp_path / "home").exists()
    assert sorted(p.name for p in temp.iterdir()) == [smoke_test.LOG_NAME]
    assert list(tmp_path.iterdir()) == [temp]


def test_a_failure_exits_1_with_one_line_on_stderr_and_the_details_in_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_boot(run: object) -> None:
        raise RuntimeError("no geothai data\nsecond line")

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # run() sets it; undone after the test
    monkeypatch.setattr(smoke_test.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(smoke_test._Run, "boot", broken_boot)

    assert smoke_test.run() == 1

    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "FAILED at start: RuntimeError: no geothai data" in err[0]
    log = tmp_path / smoke_test.LOG_NAME
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [smoke_test.LOG_NAME]
