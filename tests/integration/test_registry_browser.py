"""The registry list behind the page: the same rows as the repository's search, found a slice
at a time, patched after writes, and read again when another office changed the data."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from otop_desktop.app import Services, open_services
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.registry.registry_browser import BrowseFilter, RegistryBrowser
from tests.integration.test_repositories import registration

pytestmark = pytest.mark.postgres


@pytest.fixture
def imported(services: Services, bang_khla_csv: Path) -> Iterator[Services]:
    assert services.importer.import_file(bang_khla_csv).added == 23
    yield services


def _uuids(browser: RegistryBrowser, ids: list[int]) -> list[str]:
    return [s.uuid for s in browser.summaries(ids) if s is not None]


@pytest.mark.parametrize(
    ("query", "tambon", "ptype"),
    [
        ("", None, None),
        ("มะม่วง", None, None),
        ("หัวไทร", None, None),
        ("กลุ่ม บ้าน", None, None),
        ("", "240208", None),
        ("", "240208", ProducerType.SINGLE_OWNER),
        ("๑", None, None),
    ],
)
def test_it_finds_what_the_repository_search_finds(
    imported: Services, query: str, tambon: str | None, ptype: ProducerType | None
) -> None:
    browser = imported.registry.browser()
    ids = browser.matches(BrowseFilter(query, tambon_code=tambon, producer_type=ptype))
    expected = imported.registry.search(query, tambon_code=tambon, producer_type=ptype)
    assert sorted(_uuids(browser, ids)) == sorted(s.uuid for s in expected)


def test_typing_narrows_the_last_result_and_a_small_step_finds_the_rest_later(
    imported: Services,
) -> None:
    browser = imported.registry.browser()
    query = "มะม่วงแช่อิ่ม"
    counts = []
    for end in range(1, len(query) + 1):
        scan = browser.search(BrowseFilter(query[:end]))
        scan.step(5)
        while not scan.done:
            scan.step(5)
        counts.append(len(scan.ids))
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] == 1
    assert browser.total() == 23


def test_writes_are_patched_into_the_list_in_their_place(imported: Services) -> None:
    browser = imported.registry.browser()
    browser.load()
    added = imported.registry.add(registration("กลุ่มเพิ่มใหม่ ทดสอบ", tambon="240201"))
    browser.apply_change(added.change.uuids)
    assert browser.total() == 24
    ids = browser.matches(BrowseFilter())
    assert _uuids(browser, ids) == [s.uuid for s in _in_list_order(imported.registry.search())]
    change = imported.registry.delete(added.registration.uuid)
    browser.apply_change(change.uuids)
    assert browser.total() == 23
    assert browser.matches(BrowseFilter("เพิ่มใหม่")) == []
    assert len(browser.matches(BrowseFilter("เพิ่มใหม่", include_deleted=True))) == 1


def _in_list_order(found: list) -> list:  # type: ignore[type-arg]
    return sorted(found, key=lambda s: (s.tambon_code, s.producer_name))


def test_sorting_by_a_column_orders_every_row(imported: Services) -> None:
    browser = imported.registry.browser()
    browser.sort("received_on", descending=True)
    summaries = [s for s in browser.summaries(browser.matches(BrowseFilter())) if s is not None]
    dates = [s.received_on for s in summaries]
    assert dates == sorted(dates, reverse=True) and len(dates) == 23


def test_a_change_made_by_another_office_is_noticed(imported: Services) -> None:
    browser = imported.registry.browser()
    browser.load()
    assert not browser.refresh_if_changed()
    other = open_services(imported.folder)
    try:
        found = other.registry.search("ไม้กวาด")[0]
        other.registry.delete(found.uuid)
    finally:
        other.close()
    assert browser.refresh_if_changed()
    assert browser.total() == 22
