"""The narrow reads behind the registry list: every row's search text once, then rows by id."""

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import SUMMARY_COLUMNS, to_summary
from otop_desktop.db.models import RegistrationRow
from otop_desktop.db.repositories import in_area
from otop_desktop.domain.summary import RegistrationSummary

# (id, tambon_code, producer_name, search_text, producer_type, is_deleted, product_photos,
#  received_on)
BrowseRow = tuple[int, str, str, str, int, bool, int, dt.date | None]

BROWSE_COLUMNS = (
    RegistrationRow.id,
    RegistrationRow.tambon_code,
    RegistrationRow.producer_name,
    RegistrationRow.search_text,
    RegistrationRow.producer_type,
    RegistrationRow.is_deleted,
    RegistrationRow.product_photos,
    RegistrationRow.received_on,
)
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "tambon": (RegistrationRow.tambon_code,),
    "type": (RegistrationRow.producer_type,),
    "producer": (RegistrationRow.producer_name,),
    "contact": (RegistrationRow.contact_first_name, RegistrationRow.contact_last_name),
    "national_id": (RegistrationRow.national_id,),
    "product": (RegistrationRow.main_product,),
    "received_on": (RegistrationRow.received_on,),
    "status": (RegistrationRow.status,),
    "photos": (RegistrationRow.product_photos,),
}
# Well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
IN_CHUNK = 900


def _browse_row(values: Sequence[Any]) -> BrowseRow:
    row_id, tambon, name, text, ptype, deleted, photos, received = values
    return (row_id, tambon, name, text, int(ptype), bool(deleted), int(photos or 0), received)


def browse_rows(session: Session, area_code: str) -> list[BrowseRow]:
    statement = select(*BROWSE_COLUMNS).where(in_area(area_code))
    return [_browse_row(values) for values in session.execute(statement)]


def browse_rows_by_uuid(session: Session, uuids: Iterable[str]) -> dict[str, BrowseRow]:
    found: dict[str, BrowseRow] = {}
    wanted = list(uuids)
    for start in range(0, len(wanted), IN_CHUNK):
        statement = select(RegistrationRow.uuid, *BROWSE_COLUMNS).where(
            RegistrationRow.uuid.in_(wanted[start : start + IN_CHUNK])
        )
        found.update((values[0], _browse_row(values[1:])) for values in session.execute(statement))
    return found


def id_of_uuid(session: Session, uuid: str) -> int | None:
    return session.scalar(select(RegistrationRow.id).where(RegistrationRow.uuid == uuid))


def summaries_by_id(session: Session, ids: Sequence[int]) -> list[RegistrationSummary | None]:
    """The summaries of `ids`, in the order given; None for an id no longer stored."""
    by_id: dict[int, RegistrationSummary] = {}
    for start in range(0, len(ids), IN_CHUNK):
        statement = select(RegistrationRow.id, *SUMMARY_COLUMNS).where(
            RegistrationRow.id.in_(ids[start : start + IN_CHUNK])
        )
        by_id.update(
            (values[0], to_summary(tuple(values[1:]))) for values in session.execute(statement)
        )
    return [by_id.get(i) for i in ids]


def ids_in_order(session: Session, area_code: str, column: str) -> list[int]:
    """Every id of the area ordered by a list column, ties in the list's usual order."""
    statement = (
        select(RegistrationRow.id)
        .where(in_area(area_code))
        .order_by(
            *SORT_COLUMNS[column],
            RegistrationRow.tambon_code,
            RegistrationRow.producer_name,
            RegistrationRow.id,
        )
    )
    return list(session.scalars(statement))


def change_marker(session: Session, area_code: str) -> tuple[Any, Any]:
    """Changes whenever a record of the area is added, edited or deleted, by anyone: the newest
    id and the latest edit, each read from the end of an index."""
    newest = select(func.max(RegistrationRow.id)).where(in_area(area_code))
    edited = select(func.max(RegistrationRow.updated_at)).where(in_area(area_code))
    return session.execute(select(newest.scalar_subquery(), edited.scalar_subquery())).one()
