"""One pass of an import over its rows: each row is checked against the registry and the rows
before it, and the new ones are written a chunk at a time inside one transaction. Nothing but
row numbers and keys outlives its chunk, so memory stays flat however long the file; the
transaction keeps the import all or nothing."""

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from otop_desktop.db.photo_repository import PhotoRepository
from otop_desktop.db.registration_bulk import add_many
from otop_desktop.db.repositories import (
    AuditRepository,
    identity_keys_of,
    lookup_keys_of,
    with_district,
)
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.thai_text import name_key
from otop_desktop.services.importing.photo_cells import (
    PhotoPreparer,
    prepared_photo,
    registration_with,
)
from otop_desktop.services.importing.row_parser import ParsedRow, RowProblem

# Rows per executemany: large enough that SQLAlchemy's per-statement cost vanishes, small
# enough that a chunk's registrations take little memory.
WRITE_CHUNK = 1000
ALREADY_REGISTERED = -1
Key = tuple[str, ...]
Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels the import, which then changes nothing."""


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__("ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกเพิ่ม", "Import cancelled; nothing was added.")


def _same_year(year: int, seen: set[int] | None) -> bool:
    if not seen:
        return False
    return year == 0 or 0 in seen or year in seen


class DuplicateFinder:
    """Tells a row already in the registry (for the same campaign year) or repeating an earlier
    row of the file from a new one; registering again in another campaign's year is no
    duplicate, and a date in no campaign's window decides nothing."""

    def __init__(
        self,
        registered: dict[Key, set[int]],
        year_of: Callable[[dt.date | None], int],
        area_code: str,
    ) -> None:
        self._registered = registered
        self._year_of = year_of
        self._by_district = len(area_code) == 2
        self._first_row_of: dict[Key, int] = {}
        self._years: dict[dt.date | None, int] = {}

    def place(self, number: int, reg: Registration) -> int | None:
        """None for a new row, ALREADY_REGISTERED, or the number of the earlier row it repeats."""
        assert reg.producer_type is not None
        parts = (reg.producer_type, reg.national_id, reg.juristic_no, reg.tambon_code)
        key = name_key(reg.producer_name)
        keys, lookup = identity_keys_of(*parts, key), lookup_keys_of(*parts, key)
        if self._by_district:
            keys = tuple(with_district(reg.tambon_code, keys))
            lookup = tuple(with_district(reg.tambon_code, lookup))
        year = self._year(reg.received_on)
        if any(_same_year(year, self._registered.get(k)) for k in lookup):
            return ALREADY_REGISTERED
        keys = tuple((str(year), *k) for k in keys)
        earlier = next((self._first_row_of[k] for k in keys if k in self._first_row_of), None)
        if earlier is not None:
            return earlier
        self._first_row_of.update((k, number) for k in keys)
        return None

    def _year(self, received: dt.date | None) -> int:
        if received not in self._years:
            self._years[received] = self._year_of(received)
        return self._years[received]


@dataclass
class Tally:
    """What the rows turned out to be, by row number."""

    rows_read: int = 0
    new_rows: list[int] = field(default_factory=list)
    already_registered: list[int] = field(default_factory=list)
    duplicates_in_file: list[tuple[int, int]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    photos: int = 0

    def count(self, row: ParsedRow, finder: DuplicateFinder) -> bool:
        """Counts the row in; True when it is valid and new."""
        self.rows_read += 1
        for problem in row.problems:
            (self.problems if problem.is_error else self.warnings).append(problem)
        if not row.valid or row.registration is None:
            return False
        placed = finder.place(row.row, row.registration)
        if placed is None:
            self.new_rows.append(row.row)
            self.photos += len(row.photo_paths)
            return True
        if placed == ALREADY_REGISTERED:
            self.already_registered.append(row.row)
        else:
            self.duplicates_in_file.append((row.row, placed))
        return False


class ChunkWriter:
    """Writes new rows a chunk at a time: their photos made ready and stored, then the rows."""

    def __init__(
        self,
        session: Session,
        prepare_photo: PhotoPreparer | None,
        tambon_name: Callable[[str], str],
    ) -> None:
        self._session = session
        self._prepare = prepare_photo
        self._tambon_name = tambon_name
        self._names: dict[str, str] = {}
        self._pending: list[ParsedRow] = []
        self.added: list[tuple[str, str]] = []
        self.photos = 0

    def add(self, row: ParsedRow, progress: Callable[[], None]) -> None:
        self._pending.append(row)
        if len(self._pending) >= WRITE_CHUNK:
            self.flush(progress)

    def flush(self, progress: Callable[[], None]) -> None:
        store = PhotoRepository(self._session)
        ready = []
        for row in self._pending:
            photos = []
            for path in row.photo_paths:
                photos.append(prepared_photo(row.row, path, self._prepare))
                progress()
            self.photos += len(photos)
            reg = registration_with(store, row.registration, tuple(photos))
            ready.append((reg, self._name(reg.tambon_code)))
        self._pending.clear()
        # The parser cleaned each cell as it read it (RowParser): no text is cleaned twice.
        self.added += add_many(self._session, ready, cleaned=True)

    def _name(self, code: str) -> str:
        if code not in self._names:
            self._names[code] = self._tambon_name(code)
        return self._names[code]

    def audit(self, actor: str, source: Path, rows: list[int]) -> None:
        AuditRepository(self._session).record(
            "import",
            actor=actor,
            summary=source.name,
            details={
                "file": str(source),
                "added": len(self.added),
                "rows": rows,
                "photos": self.photos,
            },
        )


class _NotCommitted(Exception):
    """Leaves the transaction, rolled back: the rows hold errors, or nothing is new."""


@dataclass
class RowStream:
    """The rows of one import and how many there are, for the progress shown."""

    rows: Iterable[ParsedRow]
    total: int


def write_rows(
    session_of: Callable[[], AbstractContextManager[Session]],
    stream: RowStream,
    finder: DuplicateFinder,
    writer_of: Callable[[Session], ChunkWriter],
    *,
    actor: str,
    source: Path,
    skip_invalid: bool,
    progress: Progress | None,
) -> tuple[Tally, ChunkWriter | None]:
    """Counts every row and writes the new ones; the writer is None when nothing was committed
    (invalid rows without skip_invalid, or no new row). A photo that cannot be read refuses the
    import, unless invalid rows already did."""
    tally = Tally()
    done = 0

    def report_progress() -> None:
        if progress is not None and not progress(done, stream.total):
            raise ImportCancelledError()

    try:
        with session_of() as session:
            writer = writer_of(session)
            failure: UserError | None = None
            for row in stream.rows:
                done += 1
                is_new = tally.count(row, finder)
                if is_new and failure is None and (skip_invalid or not tally.problems):
                    try:
                        writer.add(row, report_progress)
                    except ImportCancelledError:
                        raise
                    except UserError as exc:
                        failure = exc
                if done % WRITE_CHUNK == 0:
                    report_progress()
            if tally.problems and not skip_invalid:
                raise _NotCommitted()
            if failure is not None:
                raise failure
            writer.flush(report_progress)
            report_progress()
            if not writer.added:
                raise _NotCommitted()
            writer.audit(actor, source, tally.new_rows)
    except _NotCommitted:
        return tally, None
    return tally, writer
