"""A province holds one report per district and fiscal year: a newer one replaces it as a
whole (a renamed group is renamed, a deleted registration goes), an older one is refused, the
same one again changes nothing, and a report of another year is said to be one."""

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.producer_types import ProducerType
from tests.conftest import DATA
from tests.integration.export_support import REPORT_DATE
from tests.integration.support import OFFICER, POSITION


def _open(folder: Path) -> Any:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    return open_services(DataFolder(folder))


@pytest.fixture
def bang_khla(tmp_path: Path, qapp: Any) -> Any:
    services = _open(tmp_path / "bang-khla")
    services.office.setup("2402", officer_name=OFFICER, officer_position=POSITION)
    assert services.importer.import_file(DATA / "bang_khla_registry.csv").committed
    yield services
    services.close()


@pytest.fixture
def province(tmp_path: Path) -> Any:
    services = _open(tmp_path / "province")
    services.office.setup_province("24", officer_name="นางจันทร์เพ็ญ", officer_position=POSITION)
    yield services
    services.close()


def _report(district: Any, folder: Path) -> Path:
    return district.reports.export(folder, today=REPORT_DATE).workbook


def _tambons(status: Any) -> list[tuple[str, int, int]]:
    return [(t.tambon.code, t.counts.groups, t.counts.others) for t in status.tambons]


def test_a_newer_report_replaces_the_older_one_as_a_whole(
    bang_khla: Any, province: Any, tmp_path: Path
) -> None:
    first = _report(bang_khla, tmp_path / "first")
    received = province.importer.import_file(first)
    assert received.committed and received.district_report.added == 20
    assert "ปีงบประมาณ 2566" in received.summary()

    group = next(
        r
        for r in bang_khla.reports.report_data().registrations
        if r.producer_type is ProducerType.GROUP
    )
    renamed = replace(bang_khla.registry.get(group.uuid), producer_name="กลุ่มชื่อใหม่ทดสอบ")
    bang_khla.registry.update(renamed)
    reported = bang_khla.reports.report_data().registrations  # those the first report holds
    gone = next(r for r in reported if r.uuid != group.uuid)
    bang_khla.registry.delete(gone.uuid)
    second = _report(bang_khla, tmp_path / "second")

    again = province.importer.import_file(second)
    result = again.district_report
    assert (result.added, result.withdrawn) == (0, 1) and result.replaced == 19
    held = province.province.status().district("2402")
    assert _tambons(held.status) == _tambons(bang_khla.quota.district_status())
    assert held.status.totals.total == bang_khla.quota.district_status().totals.total == 19
    names = [s.producer_name for s in province.registry.search()]
    assert names.count("กลุ่มชื่อใหม่ทดสอบ") == 1 and group.producer_name not in names
    assert gone.producer_name not in names
    assert held.report_made_at is not None

    with pytest.raises(UserError, match="ใหม่กว่าแฟ้มนี้"):
        province.importer.import_file(first)
    same = province.importer.import_file(second)
    assert same.district_report.already_held and not same.committed
    assert "ได้รับไว้แล้ว" in same.summary()
    assert province.province.status().district("2402").status.totals.total == 19


def test_a_report_of_another_year_is_kept_apart_and_said_to_be_one(
    bang_khla: Any, province: Any, tmp_path: Path
) -> None:
    province.campaigns.create(province.campaigns.proposal(2570))
    received = province.importer.import_file(_report(bang_khla, tmp_path / "r"))
    assert "ไม่ใช่ปีที่แสดงอยู่ 2570" in received.summary()
    assert province.province.status().district("2402").status.totals.total == 0
    shown = province.province.status(province.campaigns.get(2566)).district("2402")
    assert shown.status.totals.total == 20


def test_a_report_of_another_province_is_refused(tmp_path: Path, qapp: Any) -> None:
    other = _open(tmp_path / "other")
    province = _open(tmp_path / "province-20")
    try:
        other.office.setup("2402", officer_name=OFFICER, officer_position=POSITION)
        assert other.importer.import_file(DATA / "bang_khla_registry.csv").committed
        report = _report(other, tmp_path / "r")
        province.office.setup_province("20")
        with pytest.raises(UserError, match="ไม่อยู่ในจังหวัดนี้"):
            province.importer.import_file(report)
        assert province.registry.count() == 0
    finally:
        other.close()
        province.close()


def test_the_report_says_no_more_than_ids_and_a_time(bang_khla: Any, tmp_path: Path) -> None:
    import openpyxl

    from otop_desktop.services.importing.report_identity import SHEET, read_identity

    workbook = openpyxl.load_workbook(_report(bang_khla, tmp_path / "r"))
    assert workbook[SHEET].sheet_state == "veryHidden"
    identity = read_identity(workbook)
    assert identity is not None and (identity.district_code, identity.fiscal_year) == (
        "2402",
        2566,
    )
    cells = [c for row in workbook[SHEET].iter_rows(values_only=True) for c in row if c]
    registered = {s.uuid for s in bang_khla.registry.search()}
    assert {uuid for _row, uuid in identity.rows} <= registered
    allowed = {"format", "version", "district", "fiscal_year", "exported_at", "row", "uuid"}
    texts = [c for c in cells if isinstance(c, str) and c not in allowed]
    assert all(c in registered or c in ("otop-district-report", "2402") or "T" in c for c in texts)
