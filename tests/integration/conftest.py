"""Fixtures for the integration tests: more offices and the expected Bang Khla figures."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.support import (
    BANG_KHLA,
    OFFICER,
    POSITION,
    read_rows,
)


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator[Callable[[str], Any]]:
    """Opens a further set-up Bang Khla office in its own data folder under tmp_path."""
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    opened: list[Any] = []

    def make(name: str) -> Any:
        services = open_services(DataFolder(tmp_path / name))
        opened.append(services)
        services.office.setup(BANG_KHLA, officer_name=OFFICER, officer_position=POSITION)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def bang_khla_rows(bang_khla_csv: Path) -> list[list[str]]:
    """The registry file as rows; index 0 is the header, spreadsheet row n is index n - 1."""
    return read_rows(bang_khla_csv)
