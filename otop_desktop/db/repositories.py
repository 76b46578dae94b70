"""Queries and writes, one class per aggregate. Each works inside the caller's session."""

import datetime as dt
import uuid as uuid_module
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, func, not_, or_, select, true, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from otop_desktop.db import core_queries
from otop_desktop.db.mapping import SUMMARY_COLUMNS, fill_row, to_registration, to_summary
from otop_desktop.db.models import AuditRow, OfficeRow, RegistrationRow, utc_now
from otop_desktop.domain.office import Office
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import TambonCounts
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_text import clean_text, to_arabic_digits


def in_area(code: str) -> Any:
    """Registrations of a district (4-digit code) or of a whole province (2-digit code)."""
    if len(code) == 2:
        # A range rather than LIKE '24__', so that indexes on district_code serve it everywhere.
        return RegistrationRow.district_code.between(f"{code}00", f"{code}99")
    return RegistrationRow.district_code == code


def in_no_window(windows: Sequence[tuple[dt.date, dt.date]]) -> Any:
    """Received in none of the campaigns' counting windows (or with no received date)."""
    inside = [RegistrationRow.received_on.between(start, end) for start, end in windows]
    return or_(RegistrationRow.received_on.is_(None), not_(or_(*inside))) if inside else true()


class StaleRecordError(Exception):
    """The record was changed elsewhere since it was opened."""


class RecordNotFoundError(Exception):
    pass


class RegistrationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _reads(self) -> core_queries.Reads:
        return core_queries.SqlAlchemyReads(self._session.connection())

    def _row(self, uuid: str) -> RegistrationRow:
        row = self._session.scalar(select(RegistrationRow).where(RegistrationRow.uuid == uuid))
        if row is None:
            raise RecordNotFoundError(uuid)
        return row

    def add(self, reg: Registration, tambon_name: str, *, uuid: str = "") -> Registration:
        row = RegistrationRow(uuid=uuid or str(uuid_module.uuid4()), version=1)
        fill_row(row, reg, tambon_name)
        now = utc_now()
        row.created_at = row.updated_at = now
        row.is_deleted = False
        self._session.add(row)
        self._session.flush()
        return to_registration(row)

    def get(self, uuid: str) -> Registration:
        return to_registration(self._row(uuid))

    def is_deleted(self, uuid: str) -> bool:
        return self._row(uuid).is_deleted

    def update(self, reg: Registration, tambon_name: str) -> Registration:
        """Saves `reg` over the stored record if nobody changed it since `reg.version` was read."""
        row = self._row(reg.uuid)
        if row.version != reg.version:
            raise StaleRecordError(reg.uuid)
        fill_row(row, reg, tambon_name)
        row.version = reg.version + 1
        row.updated_at = utc_now()
        try:
            self._session.flush()
        except StaleDataError as exc:  # saved elsewhere between our read and our write
            raise StaleRecordError(reg.uuid) from exc
        return to_registration(row)

    def overwrite(self, reg: Registration, tambon_name: str) -> Registration:
        """Saves `reg` over its stored record whatever its version, active again: a newer
        report of the district it came from replaces what an older one said."""
        row = self._row(reg.uuid)
        fill_row(row, reg, tambon_name)
        row.version += 1
        row.updated_at = utc_now()
        row.is_deleted = False
        row.deleted_at = None
        self._session.flush()
        return to_registration(row)

    def stored_uuids(self, uuids: Sequence[str]) -> dict[str, bool]:
        """Which of `uuids` are stored, each with whether it is deleted."""
        found: dict[str, bool] = {}
        for start in range(0, len(uuids), 900):
            statement = select(RegistrationRow.uuid, RegistrationRow.is_deleted).where(
                RegistrationRow.uuid.in_(uuids[start : start + 900])
            )
            found.update(
                (uuid, bool(deleted)) for uuid, deleted in self._session.execute(statement)
            )
        return found

    def set_deleted(self, uuid: str, deleted: bool) -> Registration:
        row = self._row(uuid)
        # The version check and bump happen in one UPDATE so that a concurrent edit cannot slip in.
        result = self._session.execute(
            update(RegistrationRow)
            .where(RegistrationRow.id == row.id, RegistrationRow.version == row.version)
            .values(
                is_deleted=deleted,
                deleted_at=utc_now() if deleted else None,
                version=row.version + 1,
                updated_at=utc_now(),
            )
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise StaleRecordError(uuid)
        self._session.refresh(row)
        return to_registration(row)

    def search(
        self,
        query: str = "",
        *,
        district_code: str | None = None,
        tambon_code: str | None = None,
        producer_type: ProducerType | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[RegistrationSummary]:
        statement = select(*SUMMARY_COLUMNS)
        if not include_deleted:
            statement = statement.where(RegistrationRow.is_deleted.is_(False))
        if district_code:
            statement = statement.where(RegistrationRow.district_code == district_code)
        if tambon_code:
            statement = statement.where(RegistrationRow.tambon_code == tambon_code)
        if producer_type is not None:
            statement = statement.where(RegistrationRow.producer_type == int(producer_type))
        for word in to_arabic_digits(clean_text(query)).casefold().split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(
                RegistrationRow.search_text.like(f"%{escaped}%", escape="\\")
            )
        statement = statement.order_by(RegistrationRow.tambon_code, RegistrationRow.producer_name)
        if limit is not None:
            statement = statement.limit(limit)
        return [to_summary(tuple(values)) for values in self._session.execute(statement)]

    def find_same_producer(
        self,
        *,
        national_id: str = "",
        juristic_no: str = "",
        tambon_code: str = "",
        key: str = "",
        exclude_uuid: str = "",
    ) -> list[RegistrationSummary]:
        """Active records that share an ID number, or the same name key in the same tambon."""
        conditions = []
        if national_id:
            conditions.append(RegistrationRow.national_id == national_id)
        if juristic_no:
            conditions.append(RegistrationRow.juristic_no == juristic_no)
        if tambon_code and key:
            conditions.append(
                and_(RegistrationRow.tambon_code == tambon_code, RegistrationRow.name_key == key)
            )
        if not conditions:
            return []
        statement = select(*SUMMARY_COLUMNS).where(
            RegistrationRow.is_deleted.is_(False), or_(*conditions)
        )
        if exclude_uuid:
            statement = statement.where(RegistrationRow.uuid != exclude_uuid)
        return [to_summary(tuple(v)) for v in self._session.execute(statement)]

    def names_in_tambon(self, tambon_code: str) -> list[tuple[str, str, str]]:
        """(uuid, name_key, producer_name) of the tambon's active records, for near-name checks."""
        statement = select(
            RegistrationRow.uuid, RegistrationRow.name_key, RegistrationRow.producer_name
        ).where(RegistrationRow.tambon_code == tambon_code, RegistrationRow.is_deleted.is_(False))
        return [tuple(v) for v in self._session.execute(statement)]  # type: ignore[misc]

    def identity_keys(
        self, district_code: str, year_of: Callable[[dt.date | None], int] = lambda _day: 0
    ) -> dict[tuple[str, ...], set[int]]:
        """The keys (registered_keys_of) the importer matches on, for every active record of
        the district, each with the campaign years (year_of its received date) it was seen in.

        Given a province code, each key is prefixed with the record's district: the same person
        registered in two districts is two records there, which the province flags.
        """
        statement = select(
            RegistrationRow.producer_type,
            RegistrationRow.national_id,
            RegistrationRow.juristic_no,
            RegistrationRow.tambon_code,
            RegistrationRow.name_key,
            RegistrationRow.received_on,
        ).where(in_area(district_code), RegistrationRow.is_deleted.is_(False))
        by_district = len(district_code) == 2
        keys: dict[tuple[str, ...], set[int]] = {}
        for ptype, nid, jno, tambon, key, received in self._session.execute(statement):
            found = registered_keys_of(ProducerType(ptype), nid, jno, tambon, key)
            year = year_of(received)
            for one in with_district(tambon, found) if by_district else found:
                keys.setdefault(one, set()).add(year)
        return keys

    def counts_by_tambon(
        self, district_code: str, window_start: dt.date, window_end: dt.date
    ) -> dict[str, TambonCounts]:
        """Counts per tambon and type in one aggregate query over the campaign window."""
        found = self.quota_counts(district_code, window_start, window_end)
        return {tambon: counts for tambon, (counts, _lacking) in found.items()}

    def quota_counts(
        self, district_code: str, window_start: dt.date, window_end: dt.date
    ) -> dict[str, tuple[TambonCounts, int]]:
        """Per tambon, the counts by type and how many of those counted lack a product photo,
        in one aggregate query over the campaign window."""
        return core_queries.quota_counts(self._reads(), district_code, window_start, window_end)

    def outside_windows_count(
        self, area_code: str, windows: Sequence[tuple[dt.date, dt.date]]
    ) -> int:
        """Active registrations (not deleted, not rejected) received in none of the windows."""
        return core_queries.outside_windows_count(self._reads(), area_code, windows)

    def deleted_count(self, area_code: str) -> int:
        """Registrations of a district (or province) deleted from its registry."""
        statement = select(func.count(RegistrationRow.id)).where(
            in_area(area_code), RegistrationRow.is_deleted.is_(True)
        )
        return int(self._session.scalar(statement) or 0)

    def count(self, district_code: str | None = None, *, include_deleted: bool = False) -> int:
        statement = select(func.count(RegistrationRow.id))
        if district_code:
            statement = statement.where(RegistrationRow.district_code == district_code)
        if not include_deleted:
            statement = statement.where(RegistrationRow.is_deleted.is_(False))
        return int(self._session.scalar(statement) or 0)

    def all_registrations(self, district_code: str) -> list[Registration]:
        statement = (
            select(RegistrationRow)
            .where(in_area(district_code), RegistrationRow.is_deleted.is_(False))
            .order_by(RegistrationRow.tambon_code, RegistrationRow.received_on, RegistrationRow.id)
        )
        return [to_registration(row) for row in self._session.scalars(statement)]


def identity_keys_of(
    producer_type: ProducerType, national_id: str, juristic_no: str, tambon_code: str, key: str
) -> tuple[tuple[str, ...], ...]:
    """An ID number identifies a producer of one type (a group chair may also sell alone);
    without one, the name within the tambon does."""
    if juristic_no:
        return (("juristic", juristic_no),)
    if national_id:
        return (("national_id", str(int(producer_type)), national_id),)
    return (("name", tambon_code, key),)


def registered_keys_of(
    producer_type: ProducerType, national_id: str, juristic_no: str, tambon_code: str, key: str
) -> tuple[tuple[str, ...], ...]:
    """The keys a stored record is found by: its identity, and for a record with an ID number
    also its name in the tambon, for the rows of a report that masked the ID."""
    own = identity_keys_of(producer_type, national_id, juristic_no, tambon_code, key)
    return (*own, ("named", tambon_code, key)) if national_id or juristic_no else own


def lookup_keys_of(
    producer_type: ProducerType, national_id: str, juristic_no: str, tambon_code: str, key: str
) -> tuple[tuple[str, ...], ...]:
    """The keys an incoming record is looked up by, among registered_keys_of: its identity,
    and its name in the tambon against the records that lack what it has. Two records that
    both carry an ID number are the same producer only when the numbers agree."""
    own = identity_keys_of(producer_type, national_id, juristic_no, tambon_code, key)
    other = "name" if national_id or juristic_no else "named"
    return (*own, (other, tambon_code, key))


def with_district(tambon_code: str, keys: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    return [(tambon_code[:4], *key) for key in keys]


class OfficeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> Office | None:
        return core_queries.office(core_queries.SqlAlchemyReads(self._session.connection()))

    def save(self, office: Office) -> None:
        row = self._session.scalar(select(OfficeRow).order_by(OfficeRow.id).limit(1))
        if row is None:
            row = OfficeRow()
            self._session.add(row)
        row.province_code = office.province_code
        row.district_code = office.district_code
        row.office_name = office.office_name
        row.officer_name = office.officer_name
        row.officer_position = office.officer_position
        row.scope = office.scope.value
        self._session.flush()


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        action: str,
        *,
        actor: str = "",
        entity_uuid: str = "",
        summary: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        self._session.add(
            AuditRow(
                at=utc_now(),
                actor=actor,
                action=action,
                entity_uuid=entity_uuid,
                summary=summary,
                details=details or {},
            )
        )

    def recent(self, limit: int = 200) -> list[AuditRow]:
        return list(
            self._session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
        )
