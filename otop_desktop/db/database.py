"""An open database: its engine, its sessions and the schema check done when it opens."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from otop_desktop.db.campaign_repository import CampaignRepository
from otop_desktop.db.engine import create_database_engine, use_write_ahead_log
from otop_desktop.db.schema import SchemaOutcome, ensure_schema
from otop_desktop.db.sqlite_files import create_private
from otop_desktop.domain.campaign import letter_2566_campaign


class Database:
    def __init__(self, engine: Engine, schema_outcome: SchemaOutcome) -> None:
        self.engine = engine
        self.schema_outcome = schema_outcome
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, backup_dir: Path | None = None) -> "Database":
        engine = create_database_engine(url)
        file = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        if file and file != ":memory:":
            create_private(Path(file))
        try:
            outcome = ensure_schema(engine, backup_dir=backup_dir)
            use_write_ahead_log(engine)
        except BaseException:
            engine.dispose()
            raise
        database = cls(engine, outcome)
        database._seed_campaign()
        return database

    def _seed_campaign(self) -> None:
        with self.transaction() as session:
            campaigns = CampaignRepository(session)
            if campaigns.active() is None:
                # A new database starts with the letter this program first served; a new office
                # then starts its own fiscal year from it (CampaignService.start_current_year).
                seeded = campaigns.get(2566) or campaigns.save(letter_2566_campaign())
                campaigns.activate(seeded.year)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls everything back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
