"""The export service: dated folders, the export record, changes since, and the pre-flight check."""

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.db.models import DraftRow
from otop_desktop.domain.errors import UserError
from otop_desktop.services.report.district_report_source import DistrictReportSource
from otop_desktop.services.report.report_files import new_export_folder
from otop_desktop.services.report.report_service import ReportService
from tests.integration.export_support import REPORT_DATE, SHORT_TAMBONS, load_bang_khla

# Run again against a PostgreSQL server by .ci/run (OTOP_TEST_DATABASE_URL).
pytestmark = pytest.mark.postgres


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


def _fake_pdf(data: Any, path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n% test stand-in\n%%EOF\n")


def _service(services: Any, pdf_writer: Any = _fake_pdf) -> ReportService:
    source = DistrictReportSource(
        services.database, services.gazetteer, services.office, services.quota, pdf_writer
    )
    return ReportService(services.database, source, services.campaigns)


def test_export_writes_three_files_into_a_dated_folder(bang_khla: Any, tmp_path: Path) -> None:
    result = _service(bang_khla).export(tmp_path / "reports", today=REPORT_DATE)
    assert result.folder == tmp_path / "reports" / "2566-09-27"
    assert [p.suffix for p in result.paths] == [".xlsx", ".pdf", ".eml"]
    assert all(p.parent == result.folder and p.is_file() for p in result.paths)
    assert "บางคล้า" in result.workbook.name


def test_folders_are_never_reused(tmp_path: Path) -> None:
    names = [new_export_folder(tmp_path, REPORT_DATE).name for _ in range(3)]
    assert names == ["2566-09-27", "2566-09-27-2", "2566-09-27-3"]


def test_export_is_recorded_with_checksums_and_figures(bang_khla: Any, tmp_path: Path) -> None:
    service = _service(bang_khla)
    result = service.export(tmp_path, today=REPORT_DATE)
    [record] = service.history()
    assert record == result.record
    assert record.folder == str(result.folder) and record.with_ids is False
    for entry, path in zip(record.files, result.paths, strict=True):
        assert entry["name"] == path.name
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.figures["met"] == 7 and record.figures["short"] == 2
    assert record.figures["tambons"]["240209"]["total"] == 2
    assert record.figures["registrations"] == 20
    with bang_khla.database.reading() as session:
        from otop_desktop.db.repositories import AuditRepository

        assert AuditRepository(session).recent()[0].action == "export"


def test_changes_since_the_last_export(services: Any, bang_khla_csv: Path, tmp_path: Path) -> None:
    service = _service(services)
    first = service.changes_since_last_export()
    assert first.last is None and first.any
    load_bang_khla(services, bang_khla_csv)
    service.export(tmp_path, today=REPORT_DATE)
    assert not service.changes_since_last_export().any
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "ตำบล,ประเภทผู้ผลิต,ชื่อผู้ผลิต,ชื่อผลิตภัณฑ์,ประเภทผลิตภัณฑ์,วันที่รับลงทะเบียน\n"
        "หัวไทร,กลุ่ม,กลุ่มแม่บ้านหัวไทรใหม่,ขนมตาล,อาหาร,1/9/2566\n",
        encoding="utf-8",
    )
    assert services.importer.import_file(extra).committed
    changes = service.changes_since_last_export()
    assert changes.new_registrations == 1 and changes.removed_registrations == 0
    [tambon] = changes.tambons
    assert (tambon.code, tambon.total_before, tambon.total_now) == ("240214", 1, 2)
    assert (tambon.met_before, tambon.met_now) == (False, True)


def test_preflight_lists_what_to_look_at_first(bang_khla: Any) -> None:
    check = _service(bang_khla).preflight()
    assert [t.tambon.name_th for t in check.short_tambons] == list(SHORT_TAMBONS)
    # Imported records arrive without a documents checklist, so all of them lack documents;
    # the check names the 20 that 2566 counts, not the 3 received outside its window.
    assert len(check.missing_documents) == 20
    assert all(s.received_on.year in (2022, 2023) for s in check.missing_documents)
    assert check.unfinished_drafts == 0 and not check.all_clear and not check.letter_missing
    with bang_khla.database.transaction() as session:
        session.add(DraftRow(registration_uuid="", payload={"producer_name": "x"}))
    assert _service(bang_khla).preflight().unfinished_drafts == 1


def test_a_failed_pdf_leaves_nothing_behind(bang_khla: Any, tmp_path: Path) -> None:
    def broken(data: Any, path: Path) -> None:
        path.write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    service = _service(bang_khla, broken)
    with pytest.raises(UserError):
        service.export(tmp_path / "reports", today=REPORT_DATE)
    assert list((tmp_path / "reports").iterdir()) == []
    assert service.history() == []


def test_no_pdf_writer_is_a_clear_error(bang_khla: Any, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        _service(bang_khla, None).export(tmp_path, today=dt.date(2023, 9, 27))


def test_a_new_years_report_before_its_letter_comes_cites_no_letter(bang_khla: Any) -> None:
    """This fiscal year's campaign, made before its letter is typed in, has no letter number:
    the report says nothing of a letter rather than "ที่  ลงวันที่ <today>", and the page's
    check says so; the other years' registrations lacking documents are not this year's."""
    this_year = bang_khla.campaigns.start_current_year()[0]
    assert this_year.letter_reference == ""
    service = _service(bang_khla)
    check = service.preflight()
    assert check.letter_missing and check.missing_documents == ()
    data = service.report_data(today=dt.date.today())
    assert data.letter_line == ""
    body = service.email_text(today=dt.date.today()).body
    assert "ตามที่จังหวัดฉะเชิงเทรา ให้อำเภอรับลงทะเบียนผู้ผลิต" in body
    assert "ที่  ลงวันที่" not in body

    bang_khla.campaigns.save(replace(this_year, letter_reference="ฉช ๐๐๒๓.๓/ว ๑๒๓"))
    assert not service.preflight().letter_missing
    assert service.report_data().letter_line.startswith("อ้างถึง หนังสือจังหวัดฉะเชิงเทรา ที่ ฉช")
