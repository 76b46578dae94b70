"""The unfinished registration form, kept in the database: a crash or power cut loses nothing."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from otop_desktop.db import core_queries
from otop_desktop.db.database import Database
from otop_desktop.services.storage_errors import writing


@dataclass(frozen=True)
class Draft:
    payload: dict[str, Any]
    registration_uuid: str
    updated_at: dt.datetime


class DraftService:
    """One draft at a time: the form the officer has open."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def save(self, payload: dict[str, Any], registration_uuid: str = "") -> None:
        from sqlalchemy import select

        from otop_desktop.db.models import DraftRow, utc_now

        with writing(self._db) as session:
            row = session.scalar(select(DraftRow).order_by(DraftRow.id).limit(1))
            if row is None:
                row = DraftRow()
                session.add(row)
            row.payload = payload
            row.registration_uuid = registration_uuid
            row.updated_at = utc_now()

    def load(self) -> Draft | None:
        with self._db.connection() as reads:
            if not core_queries.has_draft(reads):  # the usual start: no SQLAlchemy to load
                return None
        from sqlalchemy import select

        from otop_desktop.db.models import DraftRow

        with self._db.reading() as session:
            row = session.scalar(select(DraftRow).order_by(DraftRow.id).limit(1))
            if row is None:
                return None
            return Draft(dict(row.payload), row.registration_uuid, row.updated_at)

    def discard(self) -> None:
        from sqlalchemy import delete

        from otop_desktop.db.models import DraftRow

        with writing(self._db) as session:
            session.execute(delete(DraftRow))

    def count(self) -> int:
        from sqlalchemy import func, select

        from otop_desktop.db.models import DraftRow

        with self._db.reading() as session:
            return int(session.scalar(select(func.count(DraftRow.id))) or 0)
