"""One report per change (issue 14): a report that would repeat the last one is told apart."""

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from otop_desktop.db.models import ExportRow
from tests.integration.export_support import REPORT_DATE, load_bang_khla
from tests.integration.test_export_service import _service

# Run again against a PostgreSQL server by .ci/run (OTOP_TEST_DATABASE_URL).
pytestmark = pytest.mark.postgres


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


def test_a_report_with_nothing_changed_repeats_the_last(bang_khla: Any, tmp_path: Path) -> None:
    service = _service(bang_khla)
    assert service.repeat_of_last() is None  # no report yet
    result = service.export(tmp_path / "รายงาน ของฉัน", today=REPORT_DATE)

    repeat = service.repeat_of_last()

    assert repeat is not None
    assert repeat.record.id == result.record.id
    assert repeat.files.paths == result.paths
    assert not service.changes_since_last_export().any


def test_other_options_or_a_changed_form_are_another_report(bang_khla: Any, tmp_path: Path) -> None:
    service = _service(bang_khla)
    service.export(tmp_path / "reports", today=REPORT_DATE)
    assert service.repeat_of_last(thai_digits=True) is None
    assert service.repeat_of_last(with_ids=True) is None
    form = tmp_path / "แบบฟอร์ม จังหวัด.xlsx"
    form.write_bytes(b"not read here")
    assert service.repeat_of_last(template=form) is None


def test_an_edit_or_a_new_officer_is_a_change(bang_khla: Any, tmp_path: Path) -> None:
    service = _service(bang_khla)
    service.export(tmp_path / "reports", today=REPORT_DATE)
    registration = bang_khla.registry.get(bang_khla.registry.search()[0].uuid)
    bang_khla.registry.update(registration.with_changes(phone="0811112222"))

    changes = service.changes_since_last_export()
    assert changes.edited_registrations == 1 and changes.any
    assert service.repeat_of_last() is None

    service.export(tmp_path / "reports", today=REPORT_DATE)
    assert service.repeat_of_last() is not None
    office = bang_khla.office.require_office()
    bang_khla.office.save_office(dataclasses.replace(office, officer_name="นายใหม่ มาแทน"))
    assert service.changes_since_last_export().heading_changed
    assert service.repeat_of_last() is None


def test_a_record_from_before_versions_were_kept_is_never_called_a_repeat(
    bang_khla: Any, tmp_path: Path
) -> None:
    service = _service(bang_khla)
    result = service.export(tmp_path / "reports", today=REPORT_DATE)
    old = {
        k: v
        for k, v in result.record.figures.items()
        if k not in ("registration_versions", "heading", "options")
    }
    with bang_khla.database.transaction() as session:
        session.execute(update(ExportRow).values(figures=old))
    assert service.repeat_of_last() is None
    assert not service.changes_since_last_export().any  # as the page said before
