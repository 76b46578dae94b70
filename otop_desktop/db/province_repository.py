"""Queries only a province office asks: which districts sent data, and who is in two districts."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import SUMMARY_COLUMNS, to_summary
from otop_desktop.db.models import ExchangePeerRow, RegistrationRow
from otop_desktop.db.repositories import in_area
from otop_desktop.domain.summary import RegistrationSummary

ID_COLUMNS = {
    "national_id": RegistrationRow.national_id,
    "juristic_no": RegistrationRow.juristic_no,
}


@dataclass(frozen=True)
class DistrictActivity:
    stored: int
    last_received: dt.datetime | None


class ProvinceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def activity(self, province_code: str) -> dict[str, DistrictActivity]:
        """Per district: active records held, and when its data last arrived.

        An imported record was created when it arrived; a record received in a package keeps the
        time it was made in the district, so the package's arrival is taken from the peer table.
        """
        stored = select(
            RegistrationRow.district_code,
            func.count(RegistrationRow.id),
            func.max(RegistrationRow.created_at),
        ).where(in_area(province_code), RegistrationRow.is_deleted.is_(False))
        found: dict[str, tuple[int, dt.datetime | None]] = {
            code: (int(count), last)
            for code, count, last in self._session.execute(
                stored.group_by(RegistrationRow.district_code)
            )
        }
        packages = (
            select(ExchangePeerRow.district_code, func.max(ExchangePeerRow.last_received_at))
            .where(ExchangePeerRow.district_code.like(f"{province_code}__"))
            .group_by(ExchangePeerRow.district_code)
        )
        for code, received in self._session.execute(packages):
            count, last = found.get(code, (0, None))
            found[code] = (count, max(d for d in (last, received) if d is not None))
        return {code: DistrictActivity(count, last) for code, (count, last) in found.items()}

    def shared_ids(self, province_code: str, kind: str) -> list[tuple[str, RegistrationSummary]]:
        """(ID number, record) of active records whose national ID (kind "national_id") or
        juristic number ("juristic_no") is held in more than one district of the province."""
        column = ID_COLUMNS[kind]
        active = (in_area(province_code), RegistrationRow.is_deleted.is_(False))
        shared = (
            select(column)
            .where(*active, column != "")
            .group_by(column)
            .having(func.count(distinct(RegistrationRow.district_code)) > 1)
        )
        statement = (
            select(column, *SUMMARY_COLUMNS)
            .where(*active, column.in_(shared))
            .order_by(column, RegistrationRow.tambon_code, RegistrationRow.producer_name)
        )
        return [
            (str(values[0]), to_summary(tuple(values[1:])))
            for values in self._session.execute(statement)
        ]
