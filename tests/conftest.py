"""Shared fixtures. Qt runs offscreen and every path the program writes is inside tmp_path."""

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OTOP_LANG", "th")

import pytest

DATA = Path(__file__).parent / "data"
BANG_KHLA = "2402"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Many tests start the program as a process. Where Python does not write bytecode
    (PYTHONDONTWRITEBYTECODE, set on these machines), each start would compile every module
    again; compiled once here, as an installed copy has them, they load."""
    import compileall

    compileall.compile_dir(Path(__file__).parent.parent / "otop_desktop", quiet=1)


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the real user's data folder or settings."""
    monkeypatch.setenv("OTOP_DATA_DIR", str(tmp_path / "profile-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.delenv("OTOP_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _thai_interface_again() -> Iterator[None]:
    """A test that switched the interface to English (the command line run in-process with
    OTOP_LANG=en, an English window) leaves it Thai for the next test in the same process."""
    yield
    from otop_desktop.i18n.catalog import set_catalog_language

    set_catalog_language("th")


@pytest.fixture(autouse=True)
def _no_card_reader_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registration form on screen follows the PC/SC service, which the card tests run for
    their virtual reader: other forms must not see those cards. Card tests ask for the real one."""
    from otop_desktop.platform import card_reader

    monkeypatch.setattr(card_reader, "open_card_reader", card_reader.MissingCardSupport)


@pytest.fixture
def bang_khla_csv() -> Path:
    return DATA / "bang_khla_registry.csv"


def csv_to_xlsx(source: Path, target: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "ทะเบียน"
    with source.open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    workbook.save(target)
    return target


@pytest.fixture
def bang_khla_xlsx(tmp_path: Path, bang_khla_csv: Path) -> Path:
    return csv_to_xlsx(bang_khla_csv, tmp_path / "bang_khla_registry.xlsx")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "otop-data"


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """ "" (a SQLite file in the data folder), or for a test marked `postgres` while
    OTOP_TEST_DATABASE_URL names a server, a fresh schema there, dropped afterwards."""
    from tests.postgres import TEST_DATABASE_URL_ENV, fresh_schema

    server = os.environ.get(TEST_DATABASE_URL_ENV, "")
    if not server or request.node.get_closest_marker("postgres") is None:
        yield ""
        return
    with fresh_schema(server) as url:
        yield url


@pytest.fixture
def services(data_dir: Path, database_url: str) -> Iterator["object"]:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    opened = open_services(DataFolder(data_dir, database_url))
    opened.office.setup(
        BANG_KHLA, officer_name="นางสาวสมใจ รักงาน", officer_position="นักวิชาการพัฒนาชุมชนชำนาญการ"
    )
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def pcsc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real PC/SC stack: pcscd in the foreground with vpcd's virtual reader, for a module."""
    from tests.pcsc_stack import missing_reason, pcsc_stack

    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    with pcsc_stack(tmp_path_factory.mktemp("pcscd")) as stack:
        yield stack


@pytest.fixture
def insert_card(pcsc: Any) -> Iterator[Callable[..., Any]]:
    """Puts a virtual Thai card into the virtual reader; every card is pulled out afterwards."""
    from tests.pcsc_stack import wait_for_card
    from tests.virtual_thai_card import VirtualCard

    inserted: list[VirtualCard] = []

    def insert(applet: Any, *, wait: bool = True, **options: Any) -> VirtualCard:
        card = VirtualCard(applet, **options)
        card.insert()
        inserted.append(card)
        if wait:
            wait_for_card(True)
        return card

    yield insert
    for card in inserted:
        card.pull()
    wait_for_card(False)
