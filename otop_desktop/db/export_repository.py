"""Export records, and the counts the pre-flight check before an export shows."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import SUMMARY_COLUMNS, to_summary
from otop_desktop.db.models import DraftRow, ExportRow, RegistrationRow, utc_now
from otop_desktop.domain.summary import RegistrationSummary


@dataclass(frozen=True)
class ExportRecord:
    id: int
    at: dt.datetime
    folder: str
    files: tuple[dict[str, str], ...]
    figures: dict[str, Any]
    with_ids: bool


def _to_record(row: ExportRow) -> ExportRecord:
    return ExportRecord(
        row.id, row.at, row.folder, tuple(row.files), dict(row.figures), row.with_ids
    )


class ExportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self, folder: str, files: list[dict[str, str]], figures: dict[str, Any], with_ids: bool
    ) -> ExportRecord:
        row = ExportRow(
            at=utc_now(), folder=folder, files=files, figures=figures, with_ids=with_ids
        )
        self._session.add(row)
        self._session.flush()
        return _to_record(row)

    def last(self) -> ExportRecord | None:
        row = self._session.scalar(select(ExportRow).order_by(ExportRow.id.desc()).limit(1))
        return _to_record(row) if row is not None else None

    def recent(self, limit: int = 50) -> list[ExportRecord]:
        rows = self._session.scalars(select(ExportRow).order_by(ExportRow.id.desc()).limit(limit))
        return [_to_record(row) for row in rows]

    def missing_documents(self, district_code: str) -> list[RegistrationSummary]:
        statement = (
            select(*SUMMARY_COLUMNS)
            .where(
                RegistrationRow.district_code == district_code,
                RegistrationRow.is_deleted.is_(False),
                RegistrationRow.missing_documents > 0,
            )
            .order_by(RegistrationRow.tambon_code, RegistrationRow.producer_name)
        )
        return [to_summary(tuple(values)) for values in self._session.execute(statement)]

    def draft_count(self) -> int:
        return int(self._session.scalar(select(func.count(DraftRow.id))) or 0)
