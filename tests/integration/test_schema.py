"""The schema check at start-up: creating, recognising, refusing and backing up database files."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from otop_desktop.app import Services
from otop_desktop.db import schema
from otop_desktop.db.database import Database
from otop_desktop.db.engine import create_database_engine, sqlite_url
from otop_desktop.db.schema import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    DatabaseTooNewError,
    NotAnOtopDatabaseError,
    SchemaOutcome,
    backup_sqlite_file,
    ensure_schema,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def _alembic_chain(migrations: Path) -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(migrations))
    assert len(scripts.get_heads()) == 1, "the migrations must form one line, not branches"
    return [s.revision for s in reversed(list(scripts.walk_revisions("base", "heads")))]


def _sqlite(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        with connection:
            rows = connection.execute(sql, params).fetchall()
    finally:
        connection.close()
    return rows


def _new_database(path: Path) -> Path:
    Database.open(sqlite_url(path)).close()
    return path


@pytest.fixture
def filled_database(services: Services) -> Path:
    """A closed database file holding the Bang Khla registry (23 registrations)."""
    source = Path(__file__).resolve().parents[1] / "data" / "bang_khla_registry.csv"
    report = services.importer.import_file(source)
    assert report.added == 23
    path = services.folder.database_path
    services.close()
    return path


def test_schema_revisions_list_the_alembic_chain_from_base_to_head() -> None:
    chain = _alembic_chain(MIGRATIONS_DIR)
    assert tuple(chain) == SCHEMA_REVISIONS
    assert chain[-1] == SCHEMA_HEAD


def test_a_new_file_is_created_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new" / "otop.sqlite3"
    path.parent.mkdir()
    database = Database.open(sqlite_url(path))
    try:
        assert database.schema_outcome is SchemaOutcome.CREATED
        assert path.is_file()
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert schema.stored_revision(connection) == SCHEMA_HEAD
        with database.reading() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.close()
    # WAL is recorded in the file itself, so every later program sees it too.
    assert _sqlite(path, "PRAGMA journal_mode") == [("wal",)]


def test_reopening_is_current_and_does_not_load_alembic(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "otop.sqlite3")
    code = (
        "import sys\n"
        "from otop_desktop.db.database import Database\n"
        f"database = Database.open({sqlite_url(path)!r})\n"
        "print(database.schema_outcome.value)\n"
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))\n"
        "database.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["current", "False"]


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "otop.sqlite3")
    _sqlite(path, "UPDATE alembic_version SET version_num = ?", "9999_future")
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNewError):
        Database.open(sqlite_url(path), backup_dir=tmp_path / "backups")

    assert path.read_bytes() == before
    assert _sqlite(path, "SELECT version_num FROM alembic_version") == [("9999_future",)]
    assert not (tmp_path / "backups").exists()


def test_a_foreign_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    _sqlite(path, "CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
    _sqlite(path, "INSERT INTO invoice (amount) VALUES (120.5)")
    before = path.read_bytes()

    with pytest.raises(NotAnOtopDatabaseError):
        Database.open(sqlite_url(path), backup_dir=tmp_path / "backups")

    assert _sqlite(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("invoice",)]
    # The message tells the officer the file was neither opened nor changed; hold it to that.
    assert path.read_bytes() == before


def test_backup_copies_every_row_into_a_readable_file(
    filled_database: Path, tmp_path: Path
) -> None:
    copy = backup_sqlite_file(filled_database, tmp_path / "backups" / "copy.sqlite3")

    assert copy.is_file()
    assert _sqlite(copy, "PRAGMA integrity_check") == [("ok",)]
    query = "SELECT uuid, producer_name, national_id, received_on FROM registration ORDER BY uuid"
    original = _sqlite(filled_database, query)
    assert len(original) == 23
    assert _sqlite(copy, query) == original
    product_query = "SELECT registration_id, position, name FROM product ORDER BY 1, 2"
    assert _sqlite(copy, product_query) == _sqlite(filled_database, product_query)


def test_upgrade_backs_up_first_even_when_the_upgrade_fails(
    filled_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stored revision the program knows but Alembic cannot reach: the backup is still made."""
    monkeypatch.setattr(schema, "SCHEMA_REVISIONS", ("0000_old", "0001_initial"))
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "0001_initial")
    _sqlite(filled_database, "UPDATE alembic_version SET version_num = '0000_old'")
    backups = tmp_path / "backups"
    engine = create_database_engine(sqlite_url(filled_database))
    try:
        with pytest.raises(Exception, match="0000_old"):
            ensure_schema(engine, backup_dir=backups)
    finally:
        engine.dispose()

    made = sorted(backups.glob("before-upgrade-0000_old-*.sqlite3"))
    assert len(made) == 1
    assert _sqlite(made[0], "SELECT count(*) FROM registration") == [(23,)]
    assert _sqlite(filled_database, "SELECT count(*) FROM registration") == [(23,)]
    assert _sqlite(filled_database, "SELECT version_num FROM alembic_version") == [("0000_old",)]


_NEXT_REVISION = '''"""add a column

Revision ID: 0002_next
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_next"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch_op:
        batch_op.add_column(sa.Column("upgrade_marker", sa.String(20), nullable=True))
'''


def test_a_real_upgrade_backs_up_then_migrates_and_keeps_every_row(
    filled_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next release adds a migration: the file is backed up, upgraded, and keeps its data."""
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "0002_next.py").write_text(
        _NEXT_REVISION.format(down=SCHEMA_HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(schema, "SCHEMA_REVISIONS", (*SCHEMA_REVISIONS, "0002_next"))
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "0002_next")
    query = "SELECT uuid, producer_name, national_id FROM registration ORDER BY uuid"
    before = _sqlite(filled_database, query)
    backups = tmp_path / "backups"

    database = Database.open(sqlite_url(filled_database), backup_dir=backups)
    database.close()

    assert database.schema_outcome is SchemaOutcome.UPGRADED
    made = sorted(backups.glob(f"before-upgrade-{SCHEMA_HEAD}-*.sqlite3"))
    assert len(made) == 1
    assert _sqlite(made[0], "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert _sqlite(made[0], query) == before
    assert _sqlite(filled_database, "SELECT version_num FROM alembic_version") == [("0002_next",)]
    assert _sqlite(filled_database, query) == before
    columns = [row[1] for row in _sqlite(filled_database, "PRAGMA table_info(registration)")]
    assert "upgrade_marker" in columns
