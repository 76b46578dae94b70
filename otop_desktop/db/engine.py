"""Creates engines: SQLite files with foreign keys, WAL and durable commits, or a server URL."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from otop_desktop.db.cipher import key_pragma, sqlcipher
from otop_desktop.db.schema import SchemaError

if TYPE_CHECKING:
    # Loaded by the functions that make an engine: reading an office's file needs no SQLAlchemy.
    from sqlalchemy import Engine


class ServerDriverMissingError(SchemaError):
    def __init__(self) -> None:
        super().__init__(
            "โปรแกรมชุดนี้ไม่มีส่วนเชื่อมต่อฐานข้อมูลกลาง (PostgreSQL) กรุณาใช้โปรแกรมชุดสำหรับฐานข้อมูลกลาง "
            "(server edition) หรือใช้แฟ้มข้อมูลในเครื่องนี้"
        )


# How long a write waits for another program's write to finish before telling the officer.
BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed registration survives a power cut, which field laptops have.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def use_write_ahead_log(engine: "Engine") -> None:
    """Switches an OTOP database to WAL once its schema is known to be ours; the mode persists
    in the file, so a foreign database that is refused stays exactly as it was."""
    if engine.url.get_backend_name() == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def create_database_engine(url: str, key: bytes | None = None) -> "Engine":
    """An engine for `url`; an SQLite file under `key` is opened with SQLCipher."""
    from sqlalchemy import create_engine, event

    if is_sqlite(url) and key:
        return _encrypted_engine(url, key)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    from sqlalchemy.exc import NoSuchModuleError

    try:
        return create_engine(url, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:  # the folder of an office with its own file
        raise ServerDriverMissingError() from exc


def _encrypted_engine(url: str, key: bytes) -> "Engine":
    from sqlalchemy import create_engine, event

    pragma = key_pragma(key)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The key comes before anything else reads the file.
        dbapi_connection.execute(pragma)

    # hide_parameters: an error's text then names no citizen's data (it may reach a log file).
    engine = create_engine(
        url, module=sqlcipher(), connect_args={"timeout": 5}, hide_parameters=True
    )
    event.listen(engine, "connect", on_connect, insert=True)
    event.listen(engine, "connect", _on_sqlite_connect)
    return engine
