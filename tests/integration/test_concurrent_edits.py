"""Two offices on one shared database: an edit made elsewhere is never silently overwritten.

Run against SQLite in the main suite and against PostgreSQL by .ci/run, where two programs on
different computers share one server.
"""

import threading
from collections.abc import Iterator

import pytest

from otop_desktop.app import Services, open_services
from otop_desktop.db.repositories import RegistrationRepository, StaleRecordError
from otop_desktop.services.registry.registry_service import ConcurrentEditError
from tests.integration.test_repositories import registration

pytestmark = pytest.mark.postgres


@pytest.fixture
def other_office(services: Services) -> Iterator[Services]:
    """A second program on the same database: the same file, or the same server schema."""
    other = open_services(services.folder)
    yield other
    other.close()


def test_the_tests_use_the_server_they_are_given(services: Services) -> None:
    expected = "postgresql" if services.folder.database_url else "sqlite"
    assert services.database.engine.dialect.name == expected


def test_the_second_of_two_edits_of_the_same_record_is_refused(
    services: Services, other_office: Services
) -> None:
    uuid = services.registry.add(registration("นางสาวสมใจ ทดสอบ")).registration.uuid
    here = services.registry.get(uuid)
    there = other_office.registry.get(uuid)
    services.registry.update(here.with_changes(notes="แก้ที่อำเภอ"))
    with pytest.raises(ConcurrentEditError) as refused:
        other_office.registry.update(there.with_changes(notes="แก้ที่เครื่องภาคสนาม"))
    assert "ถูกแก้ไขจากที่อื่น" in refused.value.message_th
    stored = other_office.registry.get(uuid)
    assert stored.notes == "แก้ที่อำเภอ" and stored.version == here.version + 1


def test_a_copy_two_edits_old_is_refused_too(services: Services, other_office: Services) -> None:
    uuid = services.registry.add(registration("นายทดสอบ ลบซ้อน")).registration.uuid
    there = other_office.registry.get(uuid)
    services.registry.update(services.registry.get(uuid).with_changes(notes="แก้แล้ว"))
    other_office.registry.update(other_office.registry.get(uuid).with_changes(phone="0812345678"))
    with pytest.raises(ConcurrentEditError):
        services.registry.update(there.with_changes(notes="สำเนาเก่า"))
    assert other_office.registry.get(uuid).notes == "แก้แล้ว"


def test_two_saves_at_the_same_moment_leave_one_and_refuse_the_other(
    services: Services, other_office: Services
) -> None:
    """Both read version 1; the first UPDATE holds the row until it commits, then the second
    finds no row of version 1 and is refused (PostgreSQL's row lock; SQLite refuses a stale
    writer outright, which the program reports as busy storage instead)."""
    if not services.folder.database_url:
        pytest.skip("needs a database server")
    uuid = services.registry.add(registration("กลุ่มทดสอบพร้อมกัน")).registration.uuid
    second_read, first_wrote = threading.Event(), threading.Event()
    outcome: list[str] = []

    def second_office() -> None:
        with other_office.database.transaction() as session:
            repository = RegistrationRepository(session)
            stale = repository.get(uuid)
            second_read.set()
            first_wrote.wait(5)
            try:
                repository.update(stale.with_changes(notes="เครื่องที่สอง"), "ตำบล")
                outcome.append("saved")
            except StaleRecordError:
                outcome.append("refused")

    worker = threading.Thread(target=second_office)
    with services.database.transaction() as session:
        repository = RegistrationRepository(session)
        current = repository.get(uuid)
        worker.start()
        second_read.wait(5)
        repository.update(current.with_changes(notes="เครื่องแรก"), "ตำบล")
        first_wrote.set()
    worker.join(10)
    assert outcome == ["refused"]
    assert services.registry.get(uuid).notes == "เครื่องแรก"
