"""Settings kept in the database beside the registrations (see SettingRow for why)."""

from otop_desktop.db import core_queries
from otop_desktop.db.database import Database
from otop_desktop.services.storage_errors import writing


class SettingsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: str = "") -> str:
        with self._db.connection() as reads:
            value = core_queries.setting(reads, key)
        return value if value is not None else default

    def set(self, key: str, value: str) -> None:
        from otop_desktop.db.models import SettingRow

        with writing(self._db) as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    def all(self) -> dict[str, str]:
        from sqlalchemy import select

        from otop_desktop.db.models import SettingRow

        with self._db.reading() as session:
            return {row.key: row.value for row in session.scalars(select(SettingRow))}
