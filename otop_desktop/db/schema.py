"""Brings a database to the program's schema: Alembic runs only when the stored revision differs."""

import contextlib
import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.cipher import connect
from otop_desktop.db.sqlite_files import make_private

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Oldest first. A test checks this list against the Alembic scripts, so that start-up can decide
# without importing Alembic (0.65 s) whether anything needs doing.
SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_exchange",
    "0003_scope_settings",
    "0004_area_indexes",
    "0005_exchange_conflicts",
    "0006_campaigns",
    "0007_photos",
    "0008_photo_count_in_quota_index",
)
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]


class SchemaError(Exception):
    """A database this program cannot open; the message is for the officer."""


class DatabaseTooNewError(SchemaError):
    pass


class NotAnOtopDatabaseError(SchemaError):
    pass


class SchemaOutcome(StrEnum):
    CURRENT = "current"
    CREATED = "created"
    UPGRADED = "upgraded"


def stored_revision(connection: "Connection") -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(connection: "Connection") -> bool:
    from sqlalchemy import inspect

    return bool(inspect(connection).get_table_names())


def _run_alembic_upgrade(engine: "Engine") -> None:
    from alembic import command
    from alembic.config import Config

    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite_file(database: Path, destination: Path, *, key: bytes | None = None) -> Path:
    """Copies a live SQLite database consistently with SQLite's online backup, under its key."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = connect(database, key)
    try:
        target = connect(destination, key)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    make_private(destination)
    return destination


def _share_photos(copy: Path, key: bytes | None) -> None:
    """The copy's photos go to the store the other backups beside it share; a copy whose photos
    cannot be moved (a full disk) keeps them."""
    from otop_desktop.db.backup_photos import strip_photos
    from otop_desktop.db.photo_store import PhotoStore
    from otop_desktop.db.sqlite_files import DatabaseFileError

    with contextlib.suppress(OSError, DatabaseFileError):
        strip_photos(copy, key, PhotoStore.beside(copy, key))


def ensure_schema(
    engine: "Engine", *, backup_dir: Path | None = None, key: bytes | None = None
) -> SchemaOutcome:
    with engine.connect() as connection:
        revision = stored_revision(connection)
        has_tables = _has_tables(connection)
    if revision == SCHEMA_HEAD:
        return SchemaOutcome.CURRENT
    if revision is None:
        if has_tables:
            raise NotAnOtopDatabaseError("แฟ้มนี้ไม่ใช่ฐานข้อมูลของ OTOP Desktop จึงไม่ได้เปิดหรือแก้ไขแฟ้ม")
        _run_alembic_upgrade(engine)
        return SchemaOutcome.CREATED
    if revision not in SCHEMA_REVISIONS:
        raise DatabaseTooNewError(
            "ฐานข้อมูลนี้สร้างด้วย OTOP Desktop รุ่นที่ใหม่กว่าโปรแกรมนี้ "
            "กรุณาติดตั้งโปรแกรมรุ่นล่าสุดก่อนเปิด (ไม่ได้แก้ไขแฟ้มใด ๆ)"
        )
    database = engine.url.database
    if engine.url.get_backend_name() == "sqlite" and database and backup_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_sqlite_file(
            Path(database), backup_dir / f"before-upgrade-{revision}-{stamp}.sqlite3", key=key
        )
        _share_photos(copy, key)
    _run_alembic_upgrade(engine)
    return SchemaOutcome.UPGRADED
