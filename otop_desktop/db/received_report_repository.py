"""At a province office: which report of each district and fiscal year it holds."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desktop.db.models import ReceivedReportRow, utc_now


@dataclass(frozen=True)
class HeldReport:
    district_code: str
    fiscal_year: int
    exported_at: dt.datetime
    received_at: dt.datetime
    source_name: str
    registration_uuids: frozenset[str]


def _held(row: ReceivedReportRow) -> HeldReport:
    return HeldReport(
        row.district_code,
        row.fiscal_year,
        row.exported_at,
        row.received_at,
        row.source_name,
        frozenset(row.registration_uuids),
    )


class ReceivedReportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, district_code: str, fiscal_year: int) -> HeldReport | None:
        row = self._session.get(ReceivedReportRow, (district_code, fiscal_year))
        return _held(row) if row is not None else None

    def of_year(self, fiscal_year: int) -> dict[str, HeldReport]:
        rows = self._session.scalars(
            select(ReceivedReportRow).where(ReceivedReportRow.fiscal_year == fiscal_year)
        )
        return {row.district_code: _held(row) for row in rows}

    def keep(
        self,
        district_code: str,
        fiscal_year: int,
        exported_at: dt.datetime,
        source_name: str,
        uuids: frozenset[str],
    ) -> None:
        row = self._session.get(ReceivedReportRow, (district_code, fiscal_year))
        if row is None:
            row = ReceivedReportRow(district_code=district_code, fiscal_year=fiscal_year)
            self._session.add(row)
        row.exported_at = exported_at
        row.received_at = utc_now()
        row.source_name = source_name[:300]
        row.registration_uuids = sorted(uuids)
        self._session.flush()
