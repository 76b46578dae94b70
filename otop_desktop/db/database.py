"""An open database: its engine, its sessions and the schema check done when it opens.

An office's SQLite file that is up to date opens without SQLAlchemy: the first screen reads it
through the file's own DB-API connection (core_queries), and the engine, with the ORM, is made
when something first needs it. A shared server, a new file or one to upgrade opens with the
engine at once.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otop_desktop.db import core_queries, schema
from otop_desktop.db import engine as engine_settings
from otop_desktop.db.cipher import connect, database_errors
from otop_desktop.db.schema import SchemaOutcome
from otop_desktop.db.session_gate import SessionGate
from otop_desktop.db.sqlite_files import create_private

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

SQLITE_FILE_PREFIX = "sqlite:///"


def sqlite_file_of(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL; None for a server, memory or URL options."""
    if not url.startswith(SQLITE_FILE_PREFIX):
        return None
    name = url[len(SQLITE_FILE_PREFIX) :]
    if not name or name == ":memory:" or "?" in name:
        return None
    return Path(name)


class Database:
    def __init__(
        self,
        url: str,
        schema_outcome: SchemaOutcome,
        key: bytes | None = None,
        engine: "Engine | None" = None,
    ) -> None:
        self.url = url
        self.schema_outcome = schema_outcome
        # The data key of an encrypted SQLite file; None for a plain file or a server.
        self.key = key
        self._engine = engine
        self._session_factory: Any = None
        # Until there is an engine, the start's reads share one connection to the file (each
        # new one reads the schema again), in the thread that opened it.
        self._reader: Any = None
        self._reader_thread = 0
        # Another thread may make the engine, which closes the shared connection.
        self._reader_lock = threading.RLock()
        # Held alone while the file is converted to another key (use_key).
        self.gate = SessionGate()

    @classmethod
    def open(
        cls, url: str, *, backup_dir: Path | None = None, key: bytes | None = None
    ) -> "Database":
        file = sqlite_file_of(url)
        if file is not None:
            create_private(file)
            if _is_current(file, key):
                database = cls(url, SchemaOutcome.CURRENT, key)
                database._seed_campaign()
                return database
        from otop_desktop.db.engine import create_database_engine, use_write_ahead_log

        engine = create_database_engine(url, key)
        try:
            outcome = schema.ensure_schema(engine, backup_dir=backup_dir, key=key)
            use_write_ahead_log(engine)
        except BaseException:
            engine.dispose()
            raise
        database = cls(url, outcome, key, engine)
        database._seed_campaign()
        return database

    @property
    def engine(self) -> "Engine":
        """SQLAlchemy's engine, made (and SQLAlchemy loaded) when first asked for."""
        if self._engine is None:
            from otop_desktop.db.engine import create_database_engine

            self._close_reader()  # one library's connections to the file at a time
            self._engine = create_database_engine(self.url, self.key)
        return self._engine

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None for a server."""
        return sqlite_file_of(self.url)

    def use_key(self, key: bytes | None) -> None:
        """Opens the file under another key from now on (after it was converted, inside
        `gate.exclusive()`); every pooled connection of the old engine is closed first."""
        from otop_desktop.db.engine import create_database_engine, use_write_ahead_log

        self._close_reader()
        if self._engine is not None:
            self._engine.dispose()
        self._engine = create_database_engine(self.url, key)
        self.key = key
        self._session_factory = None
        use_write_ahead_log(self._engine)  # a converted file starts in rollback-journal mode

    def _sessions(self) -> "Session":
        """A new ORM session; the ORM loads with the first one."""
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory()

    def _seed_campaign(self) -> None:
        with self.connection() as reads:
            if core_queries.has_active_campaign(reads):
                return
        from otop_desktop.db.campaign_repository import CampaignRepository
        from otop_desktop.domain.campaign import letter_2566_campaign

        with self.transaction() as session:
            campaigns = CampaignRepository(session)
            if campaigns.active() is None:
                # A new database starts with the letter this program first served; a new office
                # then starts its own fiscal year from it (CampaignService.start_current_year).
                seeded = campaigns.get(2566) or campaigns.save(letter_2566_campaign())
                campaigns.activate(seeded.year)

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """One unit of work: commits when the block ends, rolls everything back on any error."""
        with self.gate.shared(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator["Session"]:
        with self.gate.shared(), self._sessions() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[core_queries.Reads]:
        """For core_queries: the engine's connection once there is an engine, else the SQLite
        file's own."""
        file = self.file
        if self._engine is not None or file is None:
            with self.gate.shared(), self.engine.connect() as connection:
                yield core_queries.SqlAlchemyReads(connection)
            return
        with self.gate.shared(), self._reader_lock:
            mine = threading.get_ident()
            if self._reader is None:
                self._reader = connect(
                    file,
                    self.key,
                    timeout=engine_settings.BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,  # closed by whichever thread makes the engine
                )
                self._reader_thread = mine
            if self._reader_thread == mine:
                yield core_queries.DbapiReads(self._reader)
                return
        raw = connect(file, self.key, timeout=engine_settings.BUSY_TIMEOUT_MS / 1000)
        try:
            with self.gate.shared():
                yield core_queries.DbapiReads(raw)
        finally:
            raw.close()

    def _close_reader(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def release_connections(self) -> None:
        """Closes every connection this program holds to the file (the next use opens anew):
        before the file is replaced or converted."""
        self._close_reader()
        if self._engine is not None:
            self._engine.dispose()

    def close(self) -> None:
        self.release_connections()


def _is_current(file: Path, key: bytes | None) -> bool:
    """Whether the file is an OTOP database at this program's schema, in WAL mode, read without
    SQLAlchemy. Anything else (a new file, an older schema, a wrong key, damage) is left to the
    full check, which says what is wrong or upgrades."""
    if not file.is_file() or file.stat().st_size == 0:
        return False
    try:
        connection = connect(file, key)
    except database_errors():
        return False
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema.SCHEMA_HEAD:
            return False
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            connection.execute("PRAGMA journal_mode=WAL")
        return True
    except database_errors():
        return False
    finally:
        connection.close()
