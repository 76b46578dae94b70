"""The reads the first screen and `otop-desktop status` need, in SQLAlchemy Core alone.

The ORM and the declarative models cost about a tenth of a second to load and set up; the
dashboard's first frame and a scripted status check need none of it. The repositories answer
the same questions through these functions, so there is one query for each.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Integer, String, TextClause, bindparam, text

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.office import Office, OfficeScope
from otop_desktop.domain.producer_types import ProducerType, RegistrationStatus
from otop_desktop.domain.quota import QuotaRule, TambonCounts

_OFFICE = text(
    "SELECT province_code, district_code, office_name, officer_name, officer_position, scope "
    "FROM office ORDER BY id LIMIT 1"
)
_CAMPAIGNS = text(
    "SELECT id, name, letter_reference, letter_date, window_start, window_end, "
    "registration_deadline, report_due, recipient_email, min_groups, min_others, min_total, "
    "is_active, fiscal_year FROM campaign ORDER BY fiscal_year DESC"
).columns(
    id=Integer,
    name=String,
    letter_reference=String,
    letter_date=Date,
    window_start=Date,
    window_end=Date,
    registration_deadline=Date,
    report_due=Date,
    recipient_email=String,
    min_groups=Integer,
    min_others=Integer,
    min_total=Integer,
    is_active=Boolean,
    fiscal_year=Integer,
)
_ACTIVE_CAMPAIGNS = text("SELECT COUNT(*) FROM campaign WHERE is_active = :yes").bindparams(
    bindparam("yes", True, type_=Boolean)
)
# Active registrations: neither deleted nor rejected by the district committee.
_ACTIVE = "is_deleted = :no AND status <> :rejected"


def _area(code: str) -> tuple[str, dict[str, Any]]:
    """A district (4-digit code), or a whole province (2 digits) as a range of district codes,
    so that the indexes that start with district_code serve both."""
    if len(code) == 2:
        return "district_code BETWEEN :area_low AND :area_high", {
            "area_low": f"{code}00",
            "area_high": f"{code}99",
        }
    return "district_code = :area", {"area": code}


def _active_params() -> dict[str, Any]:
    return {"no": False, "rejected": RegistrationStatus.REJECTED.value}


def _typed(statement: TextClause, params: dict[str, Any]) -> TextClause:
    """Binds booleans and dates with their column types, which SQLite and PostgreSQL store
    differently."""
    kinds = {bool: Boolean, dt.date: Date}
    return statement.bindparams(
        *(
            bindparam(name, value, type_=kinds[type(value)])
            for name, value in params.items()
            if type(value) in kinds
        ),
        **{name: value for name, value in params.items() if type(value) not in kinds},
    )


def office(connection: Connection) -> Office | None:
    row = connection.execute(_OFFICE).first()
    if row is None:
        return None
    province, district, name, officer, position, scope = row
    return Office(
        province, district, name, officer, position, OfficeScope(scope or OfficeScope.DISTRICT)
    )


def campaigns(connection: Connection) -> tuple[list[Campaign], int | None]:
    """Every campaign, the latest fiscal year first, and the active one's year."""
    found, active = [], None
    for row in connection.execute(_CAMPAIGNS):
        found.append(
            Campaign(
                id=row.id,
                name=row.name,
                letter_reference=row.letter_reference,
                letter_date=row.letter_date,
                window_start=row.window_start,
                window_end=row.window_end,
                registration_deadline=row.registration_deadline,
                report_due=row.report_due,
                recipient_email=row.recipient_email,
                rule=QuotaRule(row.min_groups, row.min_others, row.min_total),
                fiscal_year=row.fiscal_year,
            )
        )
        if row.is_active and active is None:
            active = row.fiscal_year
    return found, active


def has_active_campaign(connection: Connection) -> bool:
    return bool(connection.execute(_ACTIVE_CAMPAIGNS).scalar())


def quota_counts(
    connection: Connection, area_code: str, window_start: dt.date, window_end: dt.date
) -> dict[str, tuple[TambonCounts, int]]:
    """Per tambon, the counts by type and how many of those counted lack a product photo, in
    one aggregate query over the campaign window."""
    area, params = _area(area_code)
    statement = text(
        "SELECT tambon_code, "
        "SUM(CASE WHEN producer_type = :single THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN producer_type = :group THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN producer_type = :sme THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN product_photos = 0 THEN 1 ELSE 0 END) "
        f"FROM registration WHERE {area} AND {_ACTIVE} "
        "AND received_on BETWEEN :window_start AND :window_end "
        "GROUP BY registration.tambon_code"
    )
    params |= _active_params() | {
        "single": int(ProducerType.SINGLE_OWNER),
        "group": int(ProducerType.GROUP),
        "sme": int(ProducerType.SME),
        "window_start": window_start,
        "window_end": window_end,
    }
    return {
        tambon: (TambonCounts(single_owners=int(s), groups=int(g), smes=int(m)), int(lack))
        for tambon, s, g, m, lack in connection.execute(_typed(statement, params))
    }


def outside_windows_count(
    connection: Connection, area_code: str, windows: Sequence[tuple[dt.date, dt.date]]
) -> int:
    """Active registrations received in none of the windows (or with no received date)."""
    area, params = _area(area_code)
    inside = " OR ".join(
        f"received_on BETWEEN :start_{n} AND :end_{n}" for n in range(len(windows))
    )
    outside = f" AND (received_on IS NULL OR NOT ({inside}))" if windows else ""
    statement = text(f"SELECT COUNT(*) FROM registration WHERE {area} AND {_ACTIVE}{outside}")
    params |= _active_params()
    for n, (start, end) in enumerate(windows):
        params |= {f"start_{n}": start, f"end_{n}": end}
    return int(connection.execute(_typed(statement, params)).scalar() or 0)


def setting(connection: Connection, key: str) -> str | None:
    statement = text("SELECT value FROM app_setting WHERE key = :key")
    return connection.execute(statement, {"key": key}).scalar()


def has_draft(connection: Connection) -> bool:
    return connection.execute(text("SELECT 1 FROM draft LIMIT 1")).first() is not None
