"""Export records, and the counts the pre-flight check before an export shows."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import SUMMARY_COLUMNS, to_summary
from otop_desktop.db.models import DraftRow, ExportRow, RegistrationRow, utc_now
from otop_desktop.domain.producer_types import RegistrationStatus
from otop_desktop.domain.summary import RegistrationSummary


@dataclass(frozen=True)
class ExportRecord:
    id: int
    at: dt.datetime
    folder: str
    files: tuple[dict[str, str], ...]
    figures: dict[str, Any]
    with_ids: bool
    campaign_year: int | None = None


def _to_record(row: ExportRow) -> ExportRecord:
    return ExportRecord(
        row.id,
        row.at,
        row.folder,
        tuple(row.files),
        dict(row.figures),
        row.with_ids,
        row.campaign_year,
    )


class ExportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        folder: str,
        files: list[dict[str, str]],
        figures: dict[str, Any],
        with_ids: bool,
        campaign_year: int | None = None,
    ) -> ExportRecord:
        row = ExportRow(
            at=utc_now(),
            folder=folder,
            files=files,
            figures=figures,
            with_ids=with_ids,
            campaign_year=campaign_year,
        )
        self._session.add(row)
        self._session.flush()
        return _to_record(row)

    def last(self, campaign_year: int | None = None) -> ExportRecord | None:
        """The latest report, of one campaign's year when given."""
        found = self.recent(1, campaign_year)
        return found[0] if found else None

    def recent(self, limit: int = 50, campaign_year: int | None = None) -> list[ExportRecord]:
        statement = select(ExportRow).order_by(ExportRow.id.desc()).limit(limit)
        if campaign_year is not None:
            statement = statement.where(ExportRow.campaign_year == campaign_year)
        return [_to_record(row) for row in self._session.scalars(statement)]

    def missing_documents(
        self, district_code: str, window: tuple[dt.date, dt.date]
    ) -> list[RegistrationSummary]:
        """The registrations a campaign counts (active, received in its window) that still
        lack a required document."""
        statement = (
            select(*SUMMARY_COLUMNS)
            .where(
                RegistrationRow.district_code == district_code,
                RegistrationRow.is_deleted.is_(False),
                RegistrationRow.status != RegistrationStatus.REJECTED.value,
                RegistrationRow.received_on.between(*window),
                RegistrationRow.missing_documents > 0,
            )
            .order_by(RegistrationRow.tambon_code, RegistrationRow.producer_name)
        )
        return [to_summary(tuple(values)) for values in self._session.execute(statement)]

    def draft_count(self) -> int:
        return int(self._session.scalar(select(func.count(DraftRow.id))) or 0)
