"""Storage for exchange between computers: this folder's id, every record with its tombstone
state, and what each peer and this computer last agreed on."""

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desktop.db.mapping import fill_row, to_registration
from otop_desktop.db.models import (
    ExchangeConflictRow,
    ExchangePeerRow,
    ExchangeSeenRow,
    InstallationRow,
    RegistrationRow,
    utc_now,
)
from otop_desktop.domain.registration import Registration


@dataclass(frozen=True)
class StoredRecord:
    """A registration with the bookkeeping that travels with it."""

    registration: Registration
    is_deleted: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None

    @property
    def uuid(self) -> str:
        return self.registration.uuid

    @property
    def version(self) -> int:
        return self.registration.version


def _stored(row: RegistrationRow) -> StoredRecord:
    return StoredRecord(
        to_registration(row), row.is_deleted, row.created_at, row.updated_at, row.deleted_at
    )


class ExchangeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _installation(self) -> InstallationRow:
        row = self._session.scalar(select(InstallationRow).limit(1))
        if row is None:
            row = InstallationRow(
                id=str(uuid_module.uuid4()), created_at=utc_now(), packages_sent=0
            )
            self._session.add(row)
            self._session.flush()
        return row

    def installation_id(self) -> str:
        """This data folder's id, made the first time it is asked for and kept from then on."""
        return self._installation().id

    def next_package_number(self) -> int:
        row = self._installation()
        row.packages_sent += 1
        return row.packages_sent

    def records(self, district_code: str) -> dict[str, StoredRecord]:
        """Every record of the district, deleted ones included, by uuid."""
        statement = (
            select(RegistrationRow)
            .where(RegistrationRow.district_code == district_code)
            .order_by(RegistrationRow.id)
        )
        return {row.uuid: _stored(row) for row in self._session.scalars(statement)}

    def record(self, uuid: str) -> StoredRecord | None:
        row = self._row(uuid)
        return _stored(row) if row is not None else None

    def _row(self, uuid: str) -> RegistrationRow | None:
        return self._session.scalar(select(RegistrationRow).where(RegistrationRow.uuid == uuid))

    def put(self, incoming: StoredRecord, tambon_name: str) -> StoredRecord:
        """Stores another computer's state of a record, as a new row or over the local one."""
        row = self._row(incoming.uuid)
        if row is None:
            row = RegistrationRow(uuid=incoming.uuid, version=incoming.version)
            row.created_at = incoming.created_at
            self._session.add(row)
        else:
            # Past every version this computer has handed out, so open forms see they are stale.
            row.version = max(row.version + 1, incoming.version)
        fill_row(row, incoming.registration, tambon_name)
        row.updated_at = incoming.updated_at
        row.is_deleted = incoming.is_deleted
        row.deleted_at = incoming.deleted_at if incoming.is_deleted else None
        self._session.flush()
        return _stored(row)

    def seen(self) -> dict[str, dict[str, str]]:
        """uuid -> {peer id: fingerprint both computers agreed on at their last exchange}."""
        found: dict[str, dict[str, str]] = {}
        for row in self._session.scalars(select(ExchangeSeenRow)):
            found.setdefault(row.uuid, {})[row.peer_id] = row.fingerprint
        return found

    def seen_by_peer(self) -> dict[str, dict[str, str]]:
        """peer id -> {uuid: fingerprint}, as a package carries it."""
        found: dict[str, dict[str, str]] = {}
        for row in self._session.scalars(select(ExchangeSeenRow)):
            found.setdefault(row.peer_id, {})[row.uuid] = row.fingerprint
        return found

    def set_seen(self, peer_id: str, uuid: str, version: int, fingerprint: str) -> bool:
        """Records the agreed state; False when it was already recorded (nothing written)."""
        row = self._session.get(ExchangeSeenRow, (peer_id, uuid))
        if row is not None and row.fingerprint == fingerprint and row.version == version:
            return False
        if row is None:
            row = ExchangeSeenRow(peer_id=peer_id, uuid=uuid)
            self._session.add(row)
        row.version = version
        row.fingerprint = fingerprint
        return True

    def keep_conflict(self, peer_id: str, uuid: str, incoming: str) -> bool:
        """Keeps the peer's version (JSON) of a record in conflict; False when already kept."""
        row = self._session.get(ExchangeConflictRow, (peer_id, uuid))
        if row is not None and row.incoming == incoming:
            return False
        if row is None:
            row = ExchangeConflictRow(peer_id=peer_id, uuid=uuid)
            self._session.add(row)
        row.incoming = incoming
        row.received_at = utc_now()
        return True

    def drop_conflict(self, peer_id: str, uuid: str) -> bool:
        row = self._session.get(ExchangeConflictRow, (peer_id, uuid))
        if row is None:
            return False
        self._session.delete(row)
        return True

    def conflicts(self) -> list[tuple[str, str]]:
        """(peer id, the peer's version as JSON) of every conflict awaiting a choice, oldest
        first."""
        rows = self._session.scalars(
            select(ExchangeConflictRow).order_by(
                ExchangeConflictRow.received_at, ExchangeConflictRow.uuid
            )
        )
        return [(row.peer_id, row.incoming) for row in rows]

    def peers(self, district_code: str) -> list[str]:
        """The computers of the district that this one has received packages from."""
        statement = select(ExchangePeerRow.peer_id).where(
            ExchangePeerRow.district_code == district_code
        )
        return list(self._session.scalars(statement))

    def last_package_from(self, peer_id: str) -> tuple[int, dt.datetime] | None:
        """(number, created time) of the newest package received from the peer."""
        row = self._session.get(ExchangePeerRow, peer_id)
        return (row.last_package_number, row.last_package_created_at) if row else None

    def note_package(
        self, peer_id: str, district_code: str, number: int, created_at: dt.datetime
    ) -> None:
        row = self._session.get(ExchangePeerRow, peer_id)
        now = utc_now()
        if row is None:
            row = ExchangePeerRow(peer_id=peer_id, first_received_at=now)
            self._session.add(row)
        row.district_code = district_code
        row.last_received_at = now
        row.last_package_number = number
        row.last_package_created_at = created_at
