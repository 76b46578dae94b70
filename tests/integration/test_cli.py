"""The command line as a script or a support person uses it: a real process, its output and code."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from otop_desktop import __version__
from otop_desktop.domain.thai_dates import fiscal_year
from tests.integration.support import (
    EMPTY_STATUS,
    EXPECTED_STATUS,
    OFFICER,
    POSITION,
    row_number_of,
    write_rows,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str | Path, data_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ["OTOP_LANG"] = "th"
    environ.update(env or {})
    environ["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [environ.get("PYTHONPATH")])]
    )
    command = [sys.executable, "-m", "otop_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        cwd=data_dir.parent if data_dir is not None else REPO_ROOT,
        timeout=120,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def status(data_dir: Path, campaign: str = "2566") -> dict[str, Any]:
    """The sample registry's figures: its registrations were received in fiscal year 2566."""
    done = ok(run("status", "--json", "--campaign", campaign, data_dir=data_dir))
    return json.loads(done.stdout)


def setup_bang_khla(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return ok(
        run(
            "setup",
            "--district",
            "2402",
            "--officer",
            OFFICER,
            "--position",
            POSITION,
            data_dir=data_dir,
        )
    )


def test_version() -> None:
    done = ok(run("--version"))
    assert done.stdout.strip() == f"otop-desktop {__version__}"


def test_setup_dry_run_import_and_status(tmp_path: Path, bang_khla_csv: Path) -> None:
    data_dir = tmp_path / "ข้อมูล อำเภอ"

    setup = setup_bang_khla(data_dir)
    assert "บางคล้า" in setup.stdout
    assert (data_dir / "otop.sqlite3").is_file()

    dry = ok(run("import", bang_khla_csv, "--dry-run", data_dir=data_dir))
    assert "23" in dry.stdout
    assert status(data_dir) == EMPTY_STATUS

    imported = ok(run("import", bang_khla_csv, data_dir=data_dir))
    assert "23" in imported.stdout
    figures = status(data_dir)

    assert figures == EXPECTED_STATUS
    assert figures["district"] == {"code": "2402", "name_th": "บางคล้า"}
    assert (figures["met"], figures["short"]) == (7, 2)
    by_code = {t["code"]: t for t in figures["tambons"]}
    assert by_code["240209"]["missing"] == ["other"]
    assert by_code["240214"]["missing"] == ["group"]

    table = ok(run("status", "--campaign", "2566", data_dir=data_dir)).stdout
    assert "ครบ 7 จาก 9 ตำบล" in table
    assert all(code in table for code in by_code)
    # --data-dir wins over the OTOP_DATA_DIR that the test fixture sets
    assert not (tmp_path / "profile-data").exists()


def test_a_new_office_starts_in_the_current_fiscal_year_and_older_rows_do_not_count_there(
    tmp_path: Path, bang_khla_csv: Path
) -> None:
    data_dir = tmp_path / "new office"
    year = fiscal_year(dt.date.today())
    setup = setup_bang_khla(data_dir)
    assert f"* ปีงบประมาณ {year}:" in setup.stdout
    campaigns = json.loads(ok(run("campaign", "list", "--json", data_dir=data_dir)).stdout)
    assert [(c["year"], c["active"]) for c in campaigns] == [(year, True), (2566, False)]
    assert campaigns[1]["letter_reference"] == "นข ๐๐๑๙/ว ๕๔๖๕"
    assert campaigns[0]["recipient"] == campaigns[1]["recipient"] == "cd8rew@gmail.com"

    ok(run("import", bang_khla_csv, data_dir=data_dir))
    now = status(data_dir, str(year))
    assert now["campaign"]["year"] == year and (now["met"], now["short"]) == (0, 9)
    assert now["outside_every_window"] == 3  # 15/9/2565, 30/9/2566, 1/10/2566: no campaign's
    assert status(data_dir) == EXPECTED_STATUS  # 2566 as the letter's own campaign counts it
    assert json.loads(ok(run("status", "--json", data_dir=data_dir)).stdout) == now
    # The table says which year it counts, and the rows that count in none, as the JSON does.
    table = ok(run("status", data_dir=data_dir)).stdout.splitlines()
    assert table[1] == f"ปีงบประมาณ {year}: นับวันรับลงทะเบียน 1 ต.ค. {year - 1} – 30 ก.ย. {year}"
    assert table[-1].startswith("⚠ มีทะเบียน 3 รายที่วันรับลงทะเบียนไม่อยู่ในช่วงนับ")


def test_campaign_new_and_use_on_the_command_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    setup_bang_khla(data_dir)
    made = ok(
        run(
            "campaign",
            "new",
            "--year",
            "2575",
            "--window-start",
            "๑ ต.ค. ๒๕๗๔",
            "--window-end",
            "2575-09-30",
            "--recipient",
            "otop@example.go.th",
            "--min-total",
            "3",
            "--letter-ref",
            "ฉช ๑/๒๕๗๕",
            data_dir=data_dir,
        )
    )
    assert "2575" in made.stdout
    listed = json.loads(ok(run("campaign", "list", "--json", data_dir=data_dir)).stdout)
    new = next(c for c in listed if c["year"] == 2575)
    assert new["active"] and (new["window_start"], new["window_end"]) == (
        "2031-10-01",
        "2032-09-30",
    )
    assert (new["recipient"], new["rule"]["min_total"]) == ("otop@example.go.th", 3)
    assert new["report_due"] == "2032-10-01"
    again = one_line_error(run("campaign", "new", "--year", "2575", data_dir=data_dir))
    assert "2575" in again and "อยู่แล้ว" in again
    bad = one_line_error(
        run("campaign", "new", "--year", "2576", "--deadline", "31/2/2576", data_dir=data_dir)
    )
    assert "--deadline" in bad
    ok(run("campaign", "use", "2566", data_dir=data_dir))
    listed = json.loads(ok(run("campaign", "list", "--json", data_dir=data_dir)).stdout)
    assert [c["year"] for c in listed if c["active"]] == [2566]
    assert "2599" in one_line_error(run("campaign", "use", "2599", data_dir=data_dir))


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path, bang_khla_csv: Path) -> None:
    """`status --json | head -c 100`: the pipe closes before the program writes."""
    data_dir = tmp_path / "office"
    setup_bang_khla(data_dir)
    ok(run("import", bang_khla_csv, data_dir=data_dir))
    environ = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    reader_gone = os.pipe()
    os.close(reader_gone[0])
    done = subprocess.run(
        [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir), "status", "--json"],
        stdout=reader_gone[1],
        stderr=subprocess.PIPE,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )
    os.close(reader_gone[1])
    assert done.stderr == ""
    assert not (data_dir / "logs").exists() or not any((data_dir / "logs").iterdir())


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path, bang_khla_csv: Path) -> None:
    data_dir = tmp_path / "from-env"
    env = {"OTOP_DATA_DIR": str(data_dir)}

    ok(run("setup", "--district", "2402", env=env))
    ok(run("import", bang_khla_csv, env=env))
    done = ok(run("status", "--json", "--campaign", "2566", env=env))

    assert json.loads(done.stdout) == EXPECTED_STATUS
    assert (data_dir / "otop.sqlite3").is_file()


def test_a_bad_file_exits_1_names_the_row_and_imports_nothing(
    tmp_path: Path, bang_khla_rows: list[list[str]]
) -> None:
    data_dir = tmp_path / "data"
    setup_bang_khla(data_dir)
    rows = [list(r) for r in bang_khla_rows]
    number = row_number_of(rows, "นายสมหมาย ชื่นใจ")
    rows[number - 1][rows[0].index("เลขประจำตัวประชาชน")] = "3-9501-52992-19-4"
    bad = write_rows(rows, tmp_path / "bad.csv")

    done = run("import", bad, data_dir=data_dir)

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"แถวที่ {number}" in done.stderr
    assert "เลขประจำตัวประชาชน" in done.stderr
    assert "ไม่ได้นำเข้า" in done.stderr

    # Had the refused run imported the valid rows, this one would find them registered already.
    skipped = ok(run("import", bad, "--skip-invalid", data_dir=data_dir))
    assert "นำเข้าแล้ว 22 รายการ" in skipped.stdout
    assert "มีในทะเบียนแล้ว 0" in skipped.stdout
    assert status(data_dir)["tambons"][5] == {
        "code": "240211",
        "name_th": "สาวชะโงก",
        "groups": 1,
        "others": 0,
        "total": 1,
        "met": False,
        "missing": ["other"],
        "without_product_photo": 1,
    }


def test_an_unreadable_file_is_one_clear_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    setup_bang_khla(data_dir)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)

    assert "รหัสผ่าน" in one_line_error(run("import", locked, data_dir=data_dir))
    assert "ไม่มีแฟ้มนี้.csv" in one_line_error(
        run("import", tmp_path / "ไม่มีแฟ้มนี้.csv", data_dir=data_dir)
    )


def test_an_unknown_district_is_one_clear_line(tmp_path: Path) -> None:
    line = one_line_error(run("setup", "--district", "9999", data_dir=tmp_path / "data"))
    assert "9999" in line


def test_status_before_setup_says_what_to_do(tmp_path: Path) -> None:
    line = one_line_error(run("status", "--json", data_dir=tmp_path / "data"))
    assert "setup --district" in line


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--frobnicate"], id="unknown-option"),
        pytest.param(["status", "--frobnicate"], id="unknown-sub-option"),
        pytest.param(["setup"], id="missing-district"),
        pytest.param(["launch-rockets"], id="unknown-command"),
    ],
)
def test_a_wrong_command_line_exits_1(tmp_path: Path, args: list[str]) -> None:
    done = run(*args, data_dir=tmp_path / "data")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip()
    assert not (tmp_path / "data").exists()


def test_a_too_new_database_is_refused_in_one_line(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "data"
    setup_bang_khla(data_dir)
    connection = sqlite3.connect(data_dir / "otop.sqlite3")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()

    one_line_error(run("status", data_dir=data_dir))


def _thai_lines(text: str, data: list[str]) -> list[str]:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return [line for line in text.splitlines() if any("\u0e00" <= c <= "\u0e7f" for c in line)]


def test_the_command_line_speaks_english_when_asked(tmp_path: Path, bang_khla_csv: Path) -> None:
    data = tmp_path / "data"
    english = {"OTOP_LANG": "en"}
    outputs = [
        ok(run("setup", "--district", "2402", "--officer", "Somjai", data_dir=data, env=english)),
        ok(run("import", bang_khla_csv, data_dir=data, env=english)),
        ok(run("status", "--campaign", "2566", data_dir=data, env=english)),
        ok(run("import", bang_khla_csv, "--dry-run", data_dir=data, env=english)),
    ]
    broken = tmp_path / "broken.otoppack"
    broken.write_text("{", encoding="utf-8")
    bad_rows = tmp_path / "bad.csv"
    header = ["รหัสตำบล", "ประเภทผู้ผลิต", "ชื่อผู้ผลิต", "ชื่อผลิตภัณฑ์", "ประเภทผลิตภัณฑ์"]
    write_rows([[*header, "วันที่รับลงทะเบียน"], ["999999", "9", "X", "Y", "7", "31/2/2566"]], bad_rows)
    failures = [
        run("merge", broken, data_dir=data, env=english),
        run("import", bad_rows, data_dir=data, env=english),
        run("setup", "--district", "9999", data_dir=tmp_path / "other", env=english),
    ]
    assert all(done.returncode == 1 for done in failures)
    office_name = "สำนักงานพัฒนาชุมชนอำเภอบางคล้า"  # the office's name is data, as typed
    campaigns = json.loads(ok(run("campaign", "list", "--json", data_dir=data)).stdout)
    office_name_and_campaigns = [office_name, *(c["name"] for c in campaigns)]
    from otop_desktop.services.importing.interchange import Column

    # The file format's column names and accepted words are Thai in every language.
    columns = [c.value for c in Column] + ["กลุ่ม / รายเดียว", "26 ก.ย. 2566"]
    texts = [done.stdout + done.stderr for done in outputs + failures]
    assert "Bang Khla district: 7 of 9 tambons met" in texts[2]
    assert _thai_lines("\n".join(texts), [*office_name_and_campaigns, *columns]) == []
