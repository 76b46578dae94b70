"""Adds many registrations in a few multi-row INSERTs, for imports and generated test data."""

import uuid as uuid_module
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import photo_values, product_values, registration_values
from otop_desktop.db.models import ProductRow, RegistrationPhotoRow, RegistrationRow, utc_now
from otop_desktop.domain.registration import Registration


def add_many(session: Session, items: Sequence[tuple[Registration, str]]) -> list[tuple[str, str]]:
    """Stores (registration, tambon name) pairs as new records; returns their (uuid, tambon).

    One ORM object per row with a flush each costs about 2 ms a row; executemany with RETURNING
    ids costs a tenth of that, on SQLite and PostgreSQL alike.
    """
    if not items:
        return []
    now = utc_now()
    rows = []
    for reg, tambon_name in items:
        values = registration_values(reg, tambon_name)
        values.update(
            uuid=reg.uuid or str(uuid_module.uuid4()),
            version=1,
            created_at=now,
            updated_at=now,
            is_deleted=False,
            deleted_at=None,
        )
        rows.append(values)
    # Core statements on the tables: the ORM's bulk path would run one INSERT per row here.
    registrations = cast(Table, RegistrationRow.__table__)
    product_table = cast(Table, ProductRow.__table__)
    statement = insert(registrations).returning(registrations.c.id, sort_by_parameter_order=True)
    ids = session.connection().execute(statement, rows).scalars().all()
    products = [
        {**values, "registration_id": row_id}
        for row_id, (reg, _name) in zip(ids, items, strict=True)
        for values in product_values(reg.products)
    ]
    if products:
        session.connection().execute(insert(product_table), products)
    photos = [
        {**values, "registration_id": row_id}
        for row_id, (reg, _name) in zip(ids, items, strict=True)
        for values in photo_values(reg.photos)
    ]
    if photos:
        session.connection().execute(insert(cast(Table, RegistrationPhotoRow.__table__)), photos)
    return [(row["uuid"], row["tambon_code"]) for row in rows]
