"""An office pointed at a shared database server: by flag, environment or database-url.txt;
backups, which are the server administrator's job there, are refused with a clear sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from otop_desktop.platform.data_folder import DATABASE_URL_FILE, resolve_data_folder

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_url(database_url: str, tmp_path: Path) -> str:
    """The test server's schema in the PostgreSQL run; otherwise a database named by URL, which
    the program treats as a server exactly the same way."""
    return database_url or f"sqlite:///{tmp_path / 'server.sqlite3'}"


def _cli(data_dir: Path, *args: str, url: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OTOP_LANG": "th"}
    env.pop("OTOP_DATABASE_URL", None)
    command = [sys.executable, "-m", "otop_desktop", "--data-dir", str(data_dir)]
    if url:
        command += ["--database-url", url]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=120)


def test_the_saved_url_is_used_unless_a_flag_or_the_environment_names_another(
    tmp_path: Path,
) -> None:
    (tmp_path / DATABASE_URL_FILE).write_text(
        "# the provincial server\npostgresql+psycopg://amphoe:secret@10.0.0.5/otop\n",
        encoding="utf-8",
    )
    saved = resolve_data_folder(str(tmp_path), environ={})
    assert saved.url == "postgresql+psycopg://amphoe:secret@10.0.0.5/otop"
    flagged = resolve_data_folder(str(tmp_path), environ={}, database_url="sqlite:///x.db")
    assert flagged.url == "sqlite:///x.db"
    environ = {"OTOP_DATABASE_URL": "sqlite:///y.db"}
    assert resolve_data_folder(str(tmp_path), environ=environ).url == "sqlite:///y.db"
    assert resolve_data_folder(str(tmp_path / "elsewhere"), environ={}).database_url == ""


@pytest.mark.slow
def test_the_command_line_works_on_the_server_and_refuses_backups_clearly(
    tmp_path: Path, server_url: str
) -> None:
    data_dir = tmp_path / "office"
    assert _cli(data_dir, "setup", "--district", "2402", url=server_url).returncode == 0
    (data_dir / DATABASE_URL_FILE).write_text(server_url + "\n", encoding="utf-8")
    csv = Path(__file__).resolve().parents[1] / "data" / "bang_khla_registry.csv"
    assert _cli(data_dir, "import", str(csv)).returncode == 0
    status = _cli(data_dir, "status", "--json", "--campaign", "2566")
    assert status.returncode == 0 and '"met": 7' in status.stdout
    for args in (("backup",), ("restore", str(tmp_path / "any.sqlite3"))):
        refused = _cli(data_dir, *args)
        assert refused.returncode == 1
        assert "เครื่องแม่ข่าย" in refused.stderr and "Traceback" not in refused.stderr
    assert not (data_dir / "otop.sqlite3").exists()
