"""The registry list at any size: search as you type over 100,000 records within a keystroke.

The id and search text of every record of the area are read once and kept in display order.
A search is a Scan that examines them a slice at a time, so that a keystroke returns as soon as
the first screenful is found and the rest is found between keystrokes; typing one more letter
narrows the previous result instead of starting again. Only the rows on screen are read from
the database. (A LIKE '%...%' scan cannot use an index: at 100,000 rows it costs the database
several times what this does.)
"""

import datetime as dt
from bisect import bisect_left, insort
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import contains, itemgetter, not_
from typing import Any, overload

from otop_desktop.db.database import Database
from otop_desktop.db.registry_rows import (
    SORT_COLUMNS,
    BrowseRow,
    browse_rows,
    browse_rows_by_uuid,
    change_marker,
    id_of_uuid,
    ids_in_order,
    summaries_by_id,
)
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_text import clean_text, to_arabic_digits

SORT_KEYS = tuple(SORT_COLUMNS)
FIRST_SLICE = 1000
DEFAULT_SORT = ("tambon", False)  # by tambon, then producer name, as the list opens
# A save or two is patched into the list; an import of many rows reads it again.
PATCH_LIMIT = 200
Check = Callable[[list[BrowseRow]], list[BrowseRow]]
Pending = tuple[list[BrowseRow], int, tuple[Check, ...]]  # candidates, next index, checks
_ID, _TAMBON, _TEXT = itemgetter(0), itemgetter(1), itemgetter(3)
_TYPE, _DELETED, _PHOTOS, _RECEIVED = itemgetter(4), itemgetter(5), itemgetter(6), itemgetter(7)


@dataclass(frozen=True)
class BrowseFilter:
    query: str = ""
    tambon_code: str | None = None
    producer_type: ProducerType | None = None
    include_deleted: bool = False
    # Received inside one of these counting windows (a campaign's) ...
    received_in: tuple[tuple[dt.date, dt.date], ...] | None = None
    # ... or, when set, inside none of them: the registrations that count nowhere.
    in_no_window: bool = False
    without_product_photo: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(to_arabic_digits(clean_text(self.query)).casefold().split())


def _narrows(old: BrowseFilter, new: BrowseFilter) -> bool:
    """True when every record `new` finds was found by `old` too: same filters, and each old
    word lies inside some new word (typing one more letter)."""
    if replace(old, query="") != replace(new, query=""):
        return False
    return all(any(w in w2 for w2 in new.words) for w in old.words)


# Each check keeps the rows of a slice that pass; compress and map keep the loop in C.
def _has_word(word: str) -> Check:
    return lambda rows: list(compress(rows, map(contains, map(_TEXT, rows), repeat(word))))


def _is(getter: Callable[[BrowseRow], Any], value: object) -> Check:
    return lambda rows: list(compress(rows, map(value.__eq__, map(getter, rows))))


def _received(windows: tuple[tuple[dt.date, dt.date], ...], inside: bool) -> Check:
    def held(row: BrowseRow) -> bool:
        day = _RECEIVED(row)
        return day is not None and any(start <= day <= end for start, end in windows)

    return lambda rows: [row for row in rows if held(row) is inside]


def _active(rows: list[BrowseRow]) -> list[BrowseRow]:
    return list(compress(rows, map(not_, map(_DELETED, rows))))


class Matches(Sequence[int]):
    """The ids of a scan's rows found so far, without copying them out."""

    def __init__(self, rows: list[BrowseRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return list(map(_ID, self._rows[index]))
        return self._rows[index][0]

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        for n, row_id in enumerate(map(_ID, self._rows[start:stop]), start):
            if row_id == value:
                return n
        raise ValueError(value)


class Scan:
    """One search's result, found a slice of candidates at a time, in display order."""

    def __init__(self, wanted: BrowseFilter, pending: list[Pending]) -> None:
        self.wanted = wanted
        self.found: list[BrowseRow] = []
        self.ids = Matches(self.found)
        self._pending = pending

    @property
    def done(self) -> bool:
        return not self._pending

    def step(self, budget: int, enough: int | None = None) -> int:
        """Examines up to `budget` candidates, or fewer once `enough` rows are found in all;
        returns how many rows it found."""
        before = len(self.found)
        while self._pending and budget > 0:
            if enough is not None and len(self.found) >= enough:
                break
            rows, start, checks = self._pending[0]
            # Small slices first, so that a common word stops as soon as a screen is full.
            size = budget if enough is None else min(budget, max(FIRST_SLICE, enough * 4))
            end = min(len(rows), start + size)
            budget -= end - start
            chunk = rows[start:end]
            for check in checks:
                if not chunk:
                    break
                chunk = check(chunk)
            self.found.extend(chunk)
            if end >= len(rows):
                self._pending.pop(0)
            else:
                self._pending[0] = (rows, end, checks)
        return len(self.found) - before

    def finish(self) -> "Scan":
        while not self.done:
            self.step(1 << 30)
        return self

    def narrowed(self, wanted: BrowseFilter, more: tuple[Check, ...]) -> "Scan":
        """The scan for a filter that finds a subset of this one's rows."""
        pending = [(list(self.found), 0, more)] if self.found else []
        pending += [(rows, start, checks + more) for rows, start, checks in self._pending]
        return Scan(wanted, pending)


def _default_key(row: BrowseRow) -> tuple[str, str, int]:
    return (row[1], row[2], row[0])


def _discard(rows: list[BrowseRow], row: BrowseRow) -> None:
    at = bisect_left(rows, _default_key(row), key=_default_key)
    if at < len(rows) and rows[at][0] == row[0]:
        del rows[at]


class RegistryBrowser:
    def __init__(self, database: Database, area_code: str) -> None:
        self._db = database
        self._area = area_code
        self._rows: list[BrowseRow] = []  # always in the default order
        self._by_id: dict[int, BrowseRow] = {}
        self._order: list[BrowseRow] = []
        self._active: list[BrowseRow] = []
        self._sort: tuple[str, bool] = DEFAULT_SORT
        self._last: Scan | None = None
        self._marker: tuple[int, Any] | None = None
        self.loaded = False

    # --- keeping the list in step with the database ----------------------------------------

    def load(self) -> None:
        with self._db.reading() as session:
            self._marker = change_marker(session, self._area)
            rows = browse_rows(session, self._area)
        rows.sort(key=_default_key)
        self._rows = rows
        self._by_id = {row[0]: row for row in rows}
        self.loaded = True
        self._reorder()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.load()

    def refresh_if_changed(self) -> bool:
        """Reads the list again if anyone changed the area's records, e.g. another office on a
        shared server; a cheap check when nothing changed."""
        if not self.loaded:
            self.load()
            return True
        with self._db.reading() as session:
            marker = change_marker(session, self._area)
        if marker == self._marker:
            return False
        self.load()
        return True

    def apply_change(self, uuids: Collection[str]) -> None:
        """Patches the records a write changed into the list, in their place."""
        if not self.loaded:
            return
        if not uuids or len(uuids) > PATCH_LIMIT:
            self.load()
            return
        with self._db.reading() as session:
            fresh = browse_rows_by_uuid(session, uuids)
            self._marker = change_marker(session, self._area)
        if len(fresh) < len(uuids):  # removed from the database altogether
            self.load()
            return
        default = self._sort == DEFAULT_SORT
        for row in fresh.values():
            old = self._by_id.pop(row[0], None)
            if old is not None:
                _discard(self._rows, old)
                if default and not old[5]:
                    _discard(self._active, old)
            if row[1].startswith(self._area):
                self._by_id[row[0]] = row
                insort(self._rows, row, key=_default_key)
                if default and not row[5]:
                    insort(self._active, row, key=_default_key)
        if default:
            self._last = None
        else:
            self._reorder()

    # --- sorting and searching ------------------------------------------------------------

    def sort(self, column: str, descending: bool = False) -> None:
        if column not in SORT_COLUMNS:
            raise ValueError(column)
        self._sort = (column, descending)
        self._reorder()

    def _reorder(self) -> None:
        column, descending = self._sort
        if column == DEFAULT_SORT[0] or not self._rows:
            self._order = self._rows[::-1] if descending else self._rows
        else:
            with self._db.reading() as session:
                ranked = ids_in_order(session, self._area, column)
            ranks = {row_id: n for n, row_id in enumerate(ranked)}
            last = len(ranks)
            self._order = sorted(
                self._rows, key=lambda row: ranks.get(row[0], last), reverse=descending
            )
        self._active = _active(self._order)
        self._last = None

    def search(self, wanted: BrowseFilter) -> Scan:
        """A scan for the filter; step it to find rows (Scan.finish finds them all)."""
        self.ensure_loaded()
        last = self._last
        if last is not None and _narrows(last.wanted, wanted):
            more = tuple(_has_word(w) for w in wanted.words if w not in last.wanted.words)
            scan = last.narrowed(wanted, more) if more else last
        else:
            rows = self._order if wanted.include_deleted else self._active
            checks: list[Check] = []
            if wanted.tambon_code:
                checks.append(_is(_TAMBON, wanted.tambon_code))
            if wanted.producer_type is not None:
                checks.append(_is(_TYPE, int(wanted.producer_type)))
            if wanted.received_in is not None:
                checks.append(_received(wanted.received_in, not wanted.in_no_window))
            if wanted.without_product_photo:
                checks.append(_is(_PHOTOS, 0))
            checks += [_has_word(w) for w in wanted.words]
            scan = Scan(wanted, [(rows, 0, tuple(checks))] if rows and checks else [])
            if not checks:  # everything: no need to look
                scan.found.extend(rows)
        self._last = scan
        return scan

    def matches(self, wanted: BrowseFilter) -> list[int]:
        """Ids of every record the filter finds, in display order."""
        return list(self.search(wanted).finish().ids)

    def total(self) -> int:
        """Active records of the area, as the count beside the list says."""
        self.ensure_loaded()
        return len(self._active)

    # --- rows on screen ---------------------------------------------------------------------

    def summaries(self, ids: Sequence[int]) -> list[RegistrationSummary | None]:
        with self._db.reading() as session:
            return summaries_by_id(session, ids)

    def id_of(self, uuid: str) -> int | None:
        with self._db.reading() as session:
            return id_of_uuid(session, uuid)
