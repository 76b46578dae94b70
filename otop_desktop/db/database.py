"""An open database: its engine, its sessions and the schema check done when it opens."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

from otop_desktop.db import core_queries
from otop_desktop.db.engine import create_database_engine, use_write_ahead_log
from otop_desktop.db.schema import SchemaOutcome, ensure_schema
from otop_desktop.db.session_gate import SessionGate
from otop_desktop.db.sqlite_files import create_private

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Database:
    def __init__(
        self, engine: Engine, schema_outcome: SchemaOutcome, key: bytes | None = None
    ) -> None:
        self.engine = engine
        self.schema_outcome = schema_outcome
        # The data key of an encrypted SQLite file; None for a plain file or a server.
        self.key = key
        self._session_factory: Any = None
        # Held alone while the file is converted to another key (use_key).
        self.gate = SessionGate()

    @classmethod
    def open(
        cls, url: str, *, backup_dir: Path | None = None, key: bytes | None = None
    ) -> "Database":
        engine = create_database_engine(url, key)
        file = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        if file and file != ":memory:":
            create_private(Path(file))
        try:
            outcome = ensure_schema(engine, backup_dir=backup_dir, key=key)
            use_write_ahead_log(engine)
        except BaseException:
            engine.dispose()
            raise
        database = cls(engine, outcome, key)
        database._seed_campaign()
        return database

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None for a server."""
        name = self.engine.url.database
        if self.engine.url.get_backend_name() != "sqlite" or not name or name == ":memory:":
            return None
        return Path(name)

    def use_key(self, key: bytes | None) -> None:
        """Opens the file under another key from now on (after it was converted, inside
        `gate.exclusive()`); every pooled connection of the old engine is closed first."""
        url = self.engine.url.render_as_string(hide_password=False)
        self.engine.dispose()
        self.engine = create_database_engine(url, key)
        self.key = key
        self._session_factory = None
        use_write_ahead_log(self.engine)  # a converted file starts in rollback-journal mode

    def _sessions(self) -> "Session":
        """A new ORM session. The ORM loads with the first one: the first screen reads through
        Core (core_queries) and never waits for it."""
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory()

    def _seed_campaign(self) -> None:
        with self.connection() as connection:
            if core_queries.has_active_campaign(connection):
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
    def connection(self) -> Iterator[Connection]:
        """A Core connection for reading (core_queries), without the ORM."""
        with self.gate.shared(), self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
