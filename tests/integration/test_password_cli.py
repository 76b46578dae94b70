"""`password set | change | remove | exchange` on the command line, and every command of an
encrypted office taking its password from OTOP_PASSWORD: one sentence and exit 1 without it."""

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.integration.support import BANG_KHLA, EXPECTED_STATUS, OFFICER
from tests.integration.test_cli import ok, one_line_error, run

PASSWORD = "รหัสผ่านบางคล้า๒๕๖๖"
NEW = "รหัสใหม่บางคล้า2567"


def _status(done_stdout: str) -> dict[str, object]:
    status = json.loads(done_stdout)
    return {key: status[key] for key in EXPECTED_STATUS}


def _status_2566(office: Path, password: str) -> dict[str, object]:
    """The figures of `status --json` for 2566, the password given as a script gives it."""
    env = {"OTOP_PASSWORD": password}
    done = ok(run("status", "--json", "--campaign", "2566", data_dir=office, env=env))
    return _status(done.stdout)


def _recovery_key(stdout: str) -> str:
    line = next(line for line in stdout.splitlines() if "กุญแจกู้คืน" in line)
    return line.rsplit(" ", 1)[-1]


@pytest.fixture
def office(tmp_path: Path, bang_khla_csv: Path) -> Path:
    data = tmp_path / "office"
    ok(run("setup", "--district", BANG_KHLA, "--officer", OFFICER, data_dir=data))
    ok(run("import", bang_khla_csv, data_dir=data))
    return data


@pytest.mark.slow
def test_an_encrypted_office_on_the_command_line(office: Path, tmp_path: Path) -> None:
    set_done = ok(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": PASSWORD}))
    assert "เข้ารหัสข้อมูลแล้ว" in set_done.stdout
    recovery = _recovery_key(set_done.stdout)
    assert len(recovery) == 44 and recovery.count("-") == 8
    with pytest.raises(sqlite3.DatabaseError):  # any SQLite viewer sees noise
        sqlite3.connect(office / "otop.sqlite3").execute("SELECT * FROM registration").fetchall()

    missing = one_line_error(run("status", "--json", data_dir=office))
    assert "OTOP_PASSWORD" in missing and "เข้ารหัส" in missing
    wrong = one_line_error(run("status", data_dir=office, env={"OTOP_PASSWORD": "ผิดผิดผิดผิด"}))
    assert "รหัสผ่านไม่ถูกต้อง" in wrong
    assert _status_2566(office, PASSWORD) == EXPECTED_STATUS

    again = one_line_error(
        run(
            "password",
            "set",
            data_dir=office,
            env={"OTOP_PASSWORD": PASSWORD, "OTOP_NEW_PASSWORD": NEW},
        )
    )
    assert "password change" in again
    ok(
        run(
            "password",
            "change",
            data_dir=office,
            env={"OTOP_PASSWORD": PASSWORD, "OTOP_NEW_PASSWORD": NEW},
        )
    )
    one_line_error(run("status", data_dir=office, env={"OTOP_PASSWORD": PASSWORD}))
    # A forgotten password: the recovery key opens the data and sets a new one.
    ok(
        run(
            "password",
            "change",
            data_dir=office,
            env={"OTOP_PASSWORD": recovery, "OTOP_NEW_PASSWORD": PASSWORD},
        )
    )
    assert _status_2566(office, PASSWORD) == EXPECTED_STATUS

    backup = ok(run("backup", data_dir=office, env={"OTOP_PASSWORD": PASSWORD})).stdout.strip()
    assert not Path(backup).read_bytes().startswith(b"SQLite format 3")
    restored = ok(run("restore", backup, data_dir=office, env={"OTOP_PASSWORD": PASSWORD}))
    assert "ทะเบียน 23 รายการ" in restored.stdout

    short = one_line_error(run("password", "remove", data_dir=office, env={"OTOP_PASSWORD": NEW}))
    assert "ไม่ถูกต้อง" in short
    ok(run("password", "remove", data_dir=office, env={"OTOP_PASSWORD": PASSWORD}))
    assert not (office / "otop.key").exists()
    assert sqlite3.connect(office / "otop.sqlite3").execute(
        "SELECT count(*) FROM registration"
    ).fetchone() == (23,)
    done = ok(run("status", "--json", "--campaign", "2566", data_dir=office))
    assert _status(done.stdout) == EXPECTED_STATUS


def test_a_new_password_must_be_given_and_long_enough(office: Path) -> None:
    none = one_line_error(run("password", "set", data_dir=office))  # no terminal, no variable
    assert "OTOP_NEW_PASSWORD" in none
    short = one_line_error(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": "สั้น"}))
    assert "อย่างน้อย 8" in short
    assert not (office / "otop.key").exists()
    nothing = one_line_error(
        run("password", "change", data_dir=office, env={"OTOP_NEW_PASSWORD": NEW})
    )
    assert "ยังไม่ได้ตั้งรหัสผ่าน" in nothing


@pytest.mark.slow
def test_packages_between_two_encrypted_computers_need_the_same_exchange_passphrase(
    office: Path, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop"
    ok(run("setup", "--district", BANG_KHLA, data_dir=laptop))
    ok(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": PASSWORD}))
    unlocked = {"OTOP_PASSWORD": PASSWORD}
    refused = one_line_error(run("pack", "--out", tmp_path, data_dir=office, env=unlocked))
    assert "รหัสผ่านรับส่งข้อมูล" in refused
    passphrase = {**unlocked, "OTOP_NEW_PASSWORD": "แลกเปลี่ยนกันสองเครื่อง"}
    ok(run("password", "exchange", data_dir=office, env=passphrase))
    package = Path(ok(run("pack", "--out", tmp_path, data_dir=office, env=unlocked)).stdout.strip())
    assert package.read_bytes().startswith(b"OTOPPACK-SEALED/1\n")

    one_line_error(run("merge", package, data_dir=laptop))  # the laptop has no passphrase yet
    ok(
        run(
            "password", "exchange", data_dir=laptop, env={"OTOP_NEW_PASSWORD": "แลกเปลี่ยนกันสองเครื่อง"}
        )
    )
    merged = ok(run("merge", package, data_dir=laptop))
    assert "23" in merged.stdout


def test_a_lost_key_file_is_made_again_with_the_recovery_key(office: Path) -> None:
    set_done = ok(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": PASSWORD}))
    recovery = _recovery_key(set_done.stdout)
    (office / "otop.key").unlink()  # deleted by someone tidying the folder
    lost = one_line_error(run("status", data_dir=office, env={"OTOP_PASSWORD": PASSWORD}))
    assert "otop.key" in lost and "กุญแจกู้คืน" in lost
    assert _status_2566(office, recovery) == EXPECTED_STATUS
    renew = {"OTOP_PASSWORD": recovery, "OTOP_NEW_PASSWORD": NEW}
    ok(run("password", "change", data_dir=office, env=renew))
    assert _status_2566(office, NEW) == EXPECTED_STATUS


@pytest.mark.parametrize("n", [1000, 2**40])
def test_an_altered_key_file_is_named_and_the_recovery_key_still_opens(
    office: Path, n: int
) -> None:
    set_done = ok(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": PASSWORD}))
    recovery = _recovery_key(set_done.stdout)
    key_file = office / "otop.key"
    document = json.loads(key_file.read_text(encoding="utf-8"))
    document["kdf"]["n"] = n  # not a power of two; a stretch that would claim terabytes
    key_file.write_text(json.dumps(document), encoding="utf-8")
    damaged = one_line_error(run("status", data_dir=office, env={"OTOP_PASSWORD": PASSWORD}))
    assert "otop.key" in damaged and "เสียหาย" in damaged and "กุญแจกู้คืน" in damaged
    assert _status_2566(office, recovery) == EXPECTED_STATUS


def _at_a_terminal(args: list[str], data_dir: Path, keys: bytes) -> tuple[int, str]:
    """Runs a command on a terminal of its own (so it prompts), types `keys` once the prompt
    shows, and returns its exit code and everything it wrote there."""
    import os
    import pty
    import select

    from tests.integration.test_cli import REPO_ROOT

    environ = dict(os.environ, OTOP_LANG="th", PYTHONPATH=str(REPO_ROOT))
    environ.pop("OTOP_PASSWORD", None)
    command = [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir), *args]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the terminal is its own, as when an officer types the command
        os.execve(command[0], command, environ)
    seen, typed = b"", False
    while True:
        ready, _, _ = select.select([terminal], [], [], 30)
        if not ready:
            os.kill(pid, 9)
            raise AssertionError(f"no answer from the command: {seen!r}")
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the command ended and its terminal closed
            break
        if not chunk:
            break
        seen += chunk
        if not typed and "รหัสผ่าน".encode() in seen:
            os.write(terminal, keys)
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX's")
def test_ctrl_d_at_the_password_prompt_is_a_missing_password(office: Path) -> None:
    ok(run("password", "set", data_dir=office, env={"OTOP_NEW_PASSWORD": PASSWORD}))
    code, shown = _at_a_terminal(["status"], office, b"\x04")
    assert code == 1
    assert "OTOP_PASSWORD" in shown and "เข้ารหัส" in shown
    assert "ไม่คาดคิด" not in shown and "Traceback" not in shown
    assert not list(office.rglob("error-*.log"))  # no crash report: nothing went wrong
