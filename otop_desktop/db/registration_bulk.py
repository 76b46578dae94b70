"""Adds many registrations with a few executemany INSERTs, for imports and generated test data."""

import uuid as uuid_module
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import photo_values, product_values, registration_values
from otop_desktop.db.models import ProductRow, RegistrationPhotoRow, RegistrationRow, utc_now
from otop_desktop.domain.registration import Registration

# Rows whose ids one SELECT looks up: well under SQLite's oldest limit of 999 parameters.
ID_LOOKUP_CHUNK = 900


def add_many(
    session: Session, items: Sequence[tuple[Registration, str]], *, cleaned: bool = False
) -> list[tuple[str, str]]:
    """Stores (registration, tambon name) pairs as new records; returns their (uuid, tambon).
    `cleaned`: their texts are clean already (registration_values).

    The registrations go in one executemany without RETURNING (which SQLAlchemy would run as
    one INSERT per row on SQLite to keep the ids in order); their ids are then read back by
    uuid for the products and photos, the same on SQLite and PostgreSQL.
    """
    if not items:
        return []
    now = utc_now()
    rows = []
    for reg, tambon_name in items:
        values = registration_values(reg, tambon_name, cleaned=cleaned)
        values.update(
            uuid=reg.uuid or str(uuid_module.uuid4()),
            version=1,
            created_at=now,
            updated_at=now,
            is_deleted=False,
            deleted_at=None,
        )
        rows.append(values)
    connection = session.connection()
    _insert_many(connection, _table(RegistrationRow), rows)
    uuids = [row["uuid"] for row in rows]
    needs_ids = any(reg.products or reg.photos for reg, _name in items)
    ids = _ids_by_uuid(connection, uuids) if needs_ids else {}
    products = [
        {**values, "registration_id": ids[uuid]}
        for uuid, (reg, _name) in zip(uuids, items, strict=True)
        for values in product_values(reg.products, cleaned=cleaned)
    ]
    if products:
        _insert_many(connection, _table(ProductRow), products)
    photos = [
        {**values, "registration_id": ids[uuid]}
        for uuid, (reg, _name) in zip(uuids, items, strict=True)
        for values in photo_values(reg.photos)
    ]
    if photos:
        connection.execute(insert(_table(RegistrationPhotoRow)), photos)
    return [(row["uuid"], row["tambon_code"]) for row in rows]


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of Core's INSERT. On SQLite the values are converted with the columns'
    own bind processors and handed to the driver as tuples: SQLAlchemy's per-row parameter
    handling cost as much as SQLite's work (about 15 µs of 45 columns a row)."""
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    order = compiled.positiontup or []
    convert = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order]
    steps = list(zip(order, convert, strict=True))
    parameters = [
        tuple(row[name] if process is None else process(row[name]) for name, process in steps)
        for row in rows
    ]
    connection.exec_driver_sql(str(compiled), parameters)


def _ids_by_uuid(connection: Connection, uuids: list[str]) -> dict[str, int]:
    registrations = _table(RegistrationRow)
    found: dict[str, int] = {}
    for start in range(0, len(uuids), ID_LOOKUP_CHUNK):
        chunk = uuids[start : start + ID_LOOKUP_CHUNK]
        statement = select(registrations.c.uuid, registrations.c.id).where(
            registrations.c.uuid.in_(chunk)
        )
        found.update((uuid, row_id) for uuid, row_id in connection.execute(statement))
    return found
