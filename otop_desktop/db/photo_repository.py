"""Photo bytes by their SHA-256, which registrations show them, and which are no longer used."""

import datetime as dt
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from otop_desktop.db.models import (
    DraftRow,
    ExchangeConflictRow,
    ExchangePeerPhotoRow,
    PhotoRow,
    RegistrationPhotoRow,
    utc_now,
)
from otop_desktop.domain.photos import is_photo_hash

IN_CHUNK = 900


@dataclass(frozen=True)
class StoredPhoto:
    """A photo as stored: a JPEG without metadata, and its size in pixels."""

    sha256: str
    data: bytes
    width: int
    height: int


class PhotoRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def put(self, photo: StoredPhoto) -> bool:
        """Stores the photo unless it is stored already; True when it was added."""
        if self._session.get(PhotoRow, photo.sha256) is not None:
            return False
        self._session.add(
            PhotoRow(
                sha256=photo.sha256,
                data=photo.data,
                width=photo.width,
                height=photo.height,
                byte_size=len(photo.data),
                created_at=utc_now(),
            )
        )
        self._session.flush()
        return True

    def get(self, sha256: str) -> StoredPhoto | None:
        row = self._session.get(PhotoRow, sha256)
        if row is None:
            return None
        return StoredPhoto(row.sha256, row.data, row.width, row.height)

    def many(self, hashes: Iterable[str]) -> dict[str, StoredPhoto]:
        wanted = sorted(set(hashes))
        found: dict[str, StoredPhoto] = {}
        for start in range(0, len(wanted), IN_CHUNK):
            statement = select(PhotoRow).where(
                PhotoRow.sha256.in_(wanted[start : start + IN_CHUNK])
            )
            for row in self._session.scalars(statement):
                found[row.sha256] = StoredPhoto(row.sha256, row.data, row.width, row.height)
        return found

    def stored(self, hashes: Iterable[str]) -> set[str]:
        """Which of the hashes are stored here, without reading their bytes."""
        wanted = sorted(set(hashes))
        found: set[str] = set()
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            found.update(
                self._session.scalars(select(PhotoRow.sha256).where(PhotoRow.sha256.in_(chunk)))
            )
        return found

    def total_bytes(self) -> int:
        return int(self._session.scalar(select(func.sum(PhotoRow.byte_size))) or 0)

    # --- what is still needed -----------------------------------------------------------

    def referenced(self) -> set[str]:
        """Photos a registration shows (deleted ones included, so a restore finds them), that
        the unsaved form's draft holds, or that a conflict awaiting a choice would bring back."""
        found = set(self._session.scalars(select(RegistrationPhotoRow.photo_sha256).distinct()))
        for payload in self._session.scalars(select(DraftRow.payload)):
            found.update(_hashes_in(payload))
        for incoming in self._session.scalars(select(ExchangeConflictRow.incoming)):
            found.update(_hashes_in(json.loads(incoming)))
        return found

    def remove_unused(
        self, *, only: Collection[str] | None = None, older_than: dt.datetime | None = None
    ) -> int:
        """Deletes stored photos nothing refers to: `only` those given, or any added before
        `older_than` (a photo just added to an open form is not referred to yet)."""
        unused = self._unused(only, older_than)
        for start in range(0, len(unused), IN_CHUNK):
            chunk = unused[start : start + IN_CHUNK]
            self._session.execute(delete(PhotoRow).where(PhotoRow.sha256.in_(chunk)))
            self._session.execute(
                delete(ExchangePeerPhotoRow).where(ExchangePeerPhotoRow.sha256.in_(chunk))
            )
        return len(unused)

    def _unused(self, only: Collection[str] | None, older_than: dt.datetime | None) -> list[str]:
        statement = select(PhotoRow.sha256)
        if older_than is not None:
            statement = statement.where(PhotoRow.created_at < older_than)
        candidates = set(self._session.scalars(statement))
        if only is not None:
            candidates &= set(only)
        return sorted(candidates - self.referenced()) if candidates else []

    # --- what other computers hold -------------------------------------------------------------

    def held_by_peers(self) -> dict[str, set[str]]:
        """Peer id -> the photos that computer is known to hold."""
        found: dict[str, set[str]] = {}
        for row in self._session.scalars(select(ExchangePeerPhotoRow)):
            found.setdefault(row.peer_id, set()).add(row.sha256)
        return found

    def note_held_by(self, peer_id: str, hashes: Iterable[str]) -> bool:
        """What the peer's latest package shows it holds: every record of its area goes into a
        package, so the photos those records show are the photos it keeps."""
        held, changed = set(hashes), False
        rows = self._session.scalars(
            select(ExchangePeerPhotoRow).where(ExchangePeerPhotoRow.peer_id == peer_id)
        )
        for row in rows:
            if row.sha256 in held:
                held.discard(row.sha256)
            else:
                self._session.delete(row)
                changed = True
        for sha in sorted(held):
            self._session.add(ExchangePeerPhotoRow(peer_id=peer_id, sha256=sha))
        return changed or bool(held)


def _hashes_in(value: object) -> set[str]:
    """Every photo hash written anywhere in a JSON value (a draft, a kept package record)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif is_photo_hash(item):
            found.add(str(item))
    return found
