"""The reads the first screen and `otop-desktop status` need, as plain SQL.

Loading SQLAlchemy takes about 0.15 s and its ORM with our models another 0.1 s; the dashboard's
first frame and a scripted status check need neither. So these queries run on whatever
connection is at hand: the SQLite file's own DB-API connection (Python's sqlite3, or SQLCipher's
for an encrypted office) until SQLAlchemy is loaded, otherwise a SQLAlchemy connection (always on
a shared server). The SQL is the same for both; the repositories answer the same questions
through these functions, so each question has one query.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.office import Office, OfficeScope
from otop_desktop.domain.producer_types import ProducerType, RegistrationStatus
from otop_desktop.domain.quota import QuotaRule, TambonCounts

Params = dict[str, Any]


class Reads(Protocol):
    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """The rows of one SELECT with named (:name) parameters."""
        ...


class DbapiReads:
    """A DB-API connection to the SQLite file, as SQLAlchemy's SQLite dialect stores values:
    dates as ISO text, booleans as 0 and 1."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        values = {k: _stored(v) for k, v in (params or {}).items()}
        return [tuple(row) for row in self._connection.execute(sql, values).fetchall()]


def _stored(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class SqlAlchemyReads:
    """A SQLAlchemy connection; dates and booleans bound with their column types."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        from sqlalchemy import Boolean, Date, bindparam, text

        kinds: dict[type, Any] = {bool: Boolean(), dt.date: Date()}
        statement = text(sql).bindparams(
            *(
                bindparam(name, value, type_=kinds[type(value)])
                for name, value in (params or {}).items()
                if type(value) in kinds
            )
        )
        plain = {k: v for k, v in (params or {}).items() if type(v) not in kinds}
        return [tuple(row) for row in self._connection.execute(statement, plain)]


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# Active registrations: neither deleted nor rejected by the district committee.
_ACTIVE = "is_deleted = :no AND status <> :rejected"
_ACTIVE_PARAMS: Params = {"no": False, "rejected": RegistrationStatus.REJECTED.value}
_ACTIVE_ANY_INDEX = "CASE WHEN is_deleted THEN 1 ELSE 0 END = 0 AND status <> :rejected"
_ACTIVE_ANY_PARAMS: Params = {"rejected": RegistrationStatus.REJECTED.value}


def _area(code: str) -> tuple[str, Params]:
    """A district (4-digit code), or a whole province (2 digits) as a range of district codes,
    so that the indexes that start with district_code serve both."""
    if len(code) == 2:
        return "district_code BETWEEN :area_low AND :area_high", {
            "area_low": f"{code}00",
            "area_high": f"{code}99",
        }
    return "district_code = :area", {"area": code}


def office(reads: Reads) -> Office | None:
    found = reads.rows(
        "SELECT province_code, district_code, office_name, officer_name, officer_position, "
        "scope FROM office ORDER BY id LIMIT 1"
    )
    if not found:
        return None
    province, district, name, officer, position, scope = found[0]
    return Office(
        province, district, name, officer, position, OfficeScope(scope or OfficeScope.DISTRICT)
    )


def campaigns(reads: Reads) -> tuple[list[Campaign], int | None]:
    """Every campaign, the latest fiscal year first, and the active one's year."""
    found, active = [], None
    rows = reads.rows(
        "SELECT id, name, letter_reference, letter_date, window_start, window_end, "
        "registration_deadline, report_due, recipient_email, min_groups, min_others, "
        "min_total, is_active, fiscal_year FROM campaign ORDER BY fiscal_year DESC"
    )
    for row in rows:
        (id_, name, reference, letter, start, end, deadline, due, email) = row[:9]
        min_groups, min_others, min_total, is_active, year = row[9:]
        found.append(
            Campaign(
                id=id_,
                name=name,
                letter_reference=reference,
                letter_date=_date(letter),
                window_start=_date(start),
                window_end=_date(end),
                registration_deadline=_date(deadline),
                report_due=_date(due),
                recipient_email=email,
                rule=QuotaRule(min_groups, min_others, min_total),
                fiscal_year=year,
            )
        )
        if is_active and active is None:
            active = year
    return found, active


def has_active_campaign(reads: Reads) -> bool:
    rows = reads.rows("SELECT COUNT(*) FROM campaign WHERE is_active = :yes", {"yes": True})
    return bool(rows[0][0])


def quota_counts(
    reads: Reads, area_code: str, window_start: dt.date, window_end: dt.date
) -> dict[str, tuple[TambonCounts, int]]:
    """Per tambon, the counts by type and how many of those counted lack a product photo, in
    one aggregate query over the campaign window."""
    area, params = _area(area_code)
    # Without statistics SQLite prefers a province's equality on is_deleted (ix_registration_quota,
    # then one table lookup per row) to its range of district codes, which the covering
    # ix_registration_area_quota answers alone; a CASE on is_deleted takes no index.
    active, active_params = (
        (_ACTIVE, _ACTIVE_PARAMS)
        if len(area_code) == 4
        else (_ACTIVE_ANY_INDEX, _ACTIVE_ANY_PARAMS)
    )
    sql = (
        "SELECT tambon_code, "
        "SUM(CASE WHEN producer_type = :single THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN producer_type = :group THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN producer_type = :sme THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN product_photos = 0 THEN 1 ELSE 0 END) "
        f"FROM registration WHERE {area} AND {active} "
        "AND received_on BETWEEN :window_start AND :window_end "
        "GROUP BY registration.tambon_code"
    )
    params |= active_params | {
        "single": int(ProducerType.SINGLE_OWNER),
        "group": int(ProducerType.GROUP),
        "sme": int(ProducerType.SME),
        "window_start": window_start,
        "window_end": window_end,
    }
    return {
        tambon: (TambonCounts(single_owners=int(s), groups=int(g), smes=int(m)), int(lack))
        for tambon, s, g, m, lack in reads.rows(sql, params)
    }


def outside_windows_count(
    reads: Reads, area_code: str, windows: Sequence[tuple[dt.date, dt.date]]
) -> int:
    """Active registrations received in none of the windows (or with no received date)."""
    area, params = _area(area_code)
    inside = " OR ".join(
        f"received_on BETWEEN :start_{n} AND :end_{n}" for n in range(len(windows))
    )
    outside = f" AND (received_on IS NULL OR NOT ({inside}))" if windows else ""
    params |= dict(_ACTIVE_PARAMS)
    for n, (start, end) in enumerate(windows):
        params |= {f"start_{n}": start, f"end_{n}": end}
    sql = f"SELECT COUNT(*) FROM registration WHERE {area} AND {_ACTIVE}{outside}"
    return int(reads.rows(sql, params)[0][0] or 0)


def setting(reads: Reads, key: str) -> str | None:
    found = reads.rows("SELECT value FROM app_setting WHERE key = :key", {"key": key})
    return found[0][0] if found else None


def has_draft(reads: Reads) -> bool:
    return bool(reads.rows("SELECT 1 FROM draft LIMIT 1"))
