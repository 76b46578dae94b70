"""Storage faults made on purpose: a database another program holds, one that may not grow (SQLite's
own "database or disk is full") and one opened read-only."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program in the middle of a write (BEGIN EXCLUSIVE) on the database file."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


@contextmanager
def _on_every_connection(services: Any, setup: Callable[[Any, Any], None]) -> Iterator[None]:
    engine = services.database.engine
    engine.dispose()  # pooled connections would not run `setup`
    event.listen(engine, "connect", setup)
    try:
        yield
    finally:
        event.remove(engine, "connect", setup)
        engine.dispose()


def _no_growth(connection: Any, _record: Any) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count={pages}")


def _query_only(connection: Any, _record: Any) -> None:
    connection.execute("PRAGMA query_only=ON")


def database_cannot_grow(services: Any) -> Any:
    """SQLITE_FULL, "database or disk is full", as a full disk gives: no page may be added."""
    return _on_every_connection(services, _no_growth)


def database_read_only(services: Any) -> Any:
    """SQLITE_READONLY, "attempt to write a readonly database"."""
    return _on_every_connection(services, _query_only)
