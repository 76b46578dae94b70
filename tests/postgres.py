"""A fresh PostgreSQL schema per test, for the tests marked `postgres` (see tests/conftest.py).

.ci/run starts a local server and sets OTOP_TEST_DATABASE_URL, e.g.
postgresql+psycopg://otop:otop@localhost/otop_test; without it those tests use SQLite.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url, text

TEST_DATABASE_URL_ENV = "OTOP_TEST_DATABASE_URL"


@contextmanager
def fresh_schema(server_url: str) -> Iterator[str]:
    """Yields a URL whose connections see only a new, empty schema; drops it afterwards."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server_url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        url = make_url(server_url).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()
