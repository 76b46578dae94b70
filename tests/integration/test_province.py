"""Province mode: a province folder fed with three district reports shows all their tambons.

Bang Khla (2402) reports the shared registry file; Phanom Sarakham (2406) and Khlong Khuean
(2411) report small files of their own. นางสมศรี ใจดี (ID 1173574507183) chairs a group in Bang
Khla and another in Phanom Sarakham; ห้างหุ้นส่วนจำกัด บางคล้าฟู้ดส์ (juristic 0245018199961)
is registered in Bang Khla and Khlong Khuean.
"""

import email
import email.policy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.errors import UserError
from tests.conftest import DATA
from tests.integration.export_support import REPORT_DATE
from tests.integration.support import OFFICER, POSITION
from tests.integration.test_cli import ok, one_line_error, run

CSV = {
    "2402": DATA / "bang_khla_registry.csv",
    "2406": DATA / "phanom_sarakham_registry.csv",
    "2411": DATA / "khlong_khuean_registry.csv",
}
SOMSRI_ID = "1173574507183"
SOMSRI_MASKED = "1-xxxx-xxxxx-xx-3"
FOODS_JURISTIC = "0245018199961"
PROVINCE_OFFICER = "นางจันทร์เพ็ญ รวบรวมดี"
ALL_DISTRICTS = [f"24{n:02d}" for n in range(1, 12)]
FRESH = ("reported", "last_received", "report_made_at")


@dataclass(frozen=True)
class DistrictOutput:
    status: dict[str, Any]
    masked: Path
    with_ids: Path
    package: Path


def _open(folder: Path) -> Any:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    return open_services(DataFolder(folder))


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> dict[str, DistrictOutput]:
    """Each district's own status, its default (masked) report, a full-ID report, a package."""
    base = tmp_path_factory.mktemp("districts")
    made = {}
    for code, source in CSV.items():
        services = _open(base / code)
        try:
            services.office.setup(code, officer_name=OFFICER, officer_position=POSITION)
            assert services.importer.import_file(source).committed
            masked = services.reports.export(base / "masked" / code, today=REPORT_DATE)
            full = services.reports.export(base / "ids" / code, today=REPORT_DATE, with_ids=True)
            package = services.exchange.pack(base / "packs" / f"{code}.otoppack")
            status = services.quota.district_status().to_json()
        finally:
            services.close()
        made[code] = DistrictOutput(status, masked.workbook, full.workbook, package.path)
    return made


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Any]:
    services = _open(tmp_path / "province")
    services.office.setup_province("24", officer_name=PROVINCE_OFFICER, officer_position=POSITION)
    yield services
    services.close()


def _by_code(status: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in status["districts"]}


def _without_times(status: dict[str, Any]) -> dict[str, Any]:
    return {
        **status,
        "districts": [{k: v for k, v in d.items() if k not in FRESH} for d in status["districts"]],
    }


def assert_three_districts(status: dict[str, Any], districts: dict[str, DistrictOutput]) -> None:
    by_code = _by_code(status)
    assert status["province"] == {"code": "24", "name_th": "ฉะเชิงเทรา"}
    assert list(by_code) == ALL_DISTRICTS
    assert sum(len(d["tambons"]) for d in status["districts"]) == 93
    for code, output in districts.items():
        own = output.status
        assert by_code[code]["name_th"] == own["district"]["name_th"]
        assert by_code[code]["tambons"] == own["tambons"]
        assert (by_code[code]["met"], by_code[code]["short"]) == (own["met"], own["short"])
        assert by_code[code]["reported"] is True
    for code in set(ALL_DISTRICTS) - set(districts):
        silent = by_code[code]
        assert silent["reported"] is False and silent["last_received"] is None
        assert silent["met"] == 0 and all(t["total"] == 0 for t in silent["tambons"])
    assert status["met"] == sum(d.status["met"] for d in districts.values())
    assert status["met"] + status["short"] == 93


def test_a_province_folder_fed_with_three_district_reports_shows_all_their_tambons(
    districts: dict[str, DistrictOutput], tmp_path: Path
) -> None:
    folder = tmp_path / "province"
    done = ok(run("setup", "--province", "24", "--officer", PROVINCE_OFFICER, data_dir=folder))
    assert "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา" in done.stdout and "93 ตำบล" in done.stdout
    for output in districts.values():
        received = ok(run("import", output.masked, data_dir=folder)).stdout
        assert "รับรายงานอำเภอ" in received and "ปีงบประมาณ 2566" in received
    status = json.loads(ok(run("status", "--json", "--campaign", "2566", data_dir=folder)).stdout)
    assert_three_districts(status, districts)

    again = ok(run("import", districts["2402"].masked, data_dir=folder)).stdout
    assert "ฉบับนี้ได้รับไว้แล้ว ไม่มีอะไรเปลี่ยน" in again  # the same report: nothing added
    assert json.loads(
        ok(run("status", "--json", "--campaign", "2566", data_dir=folder)).stdout
    ) == (status)


def test_masked_reports_flag_firms_but_cannot_flag_people(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    """A default report masks national IDs, so the same person in two districts goes unseen;
    juristic numbers are not masked, so a firm in two districts is still flagged."""
    for output in districts.values():
        report = province.importer.import_file(output.masked)
        assert report.committed and report.warnings == ()  # a masked ID is withheld, not missing
    assert [d.number for d in province.province.duplicates()] == [FOODS_JURISTIC]
    text = ok(run("status", data_dir=province.folder.root)).stdout
    assert "ได้รับข้อมูล 3 จาก 11 อำเภอ" in text
    assert f"เลขทะเบียนนิติบุคคล {FOODS_JURISTIC}" in text
    assert SOMSRI_MASKED not in text
    assert "รายงานที่ปิดบังเลขประจำตัวไว้" in text


def test_full_id_reports_flag_the_same_person_in_two_districts(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    for output in districts.values():
        assert province.importer.import_file(output.with_ids).committed
    duplicates = {d.number: d for d in province.province.duplicates()}
    somsri = duplicates[SOMSRI_ID]
    assert somsri.kind == "national_id" and somsri.shown_number == SOMSRI_MASKED
    assert somsri.district_names == ("บางคล้า", "พนมสารคาม")
    assert {h.record.producer_name for h in somsri.holders} == {
        "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า",
        "กลุ่มแม่บ้านเกาะขนุนพัฒนา",
    }
    assert SOMSRI_ID not in somsri.describe_th() and SOMSRI_MASKED in somsri.describe_th()
    assert duplicates[FOODS_JURISTIC].district_names == ("บางคล้า", "คลองเขื่อน")
    assert len(duplicates) == 2
    assert_three_districts(province.province.status().to_json(), districts)


def test_packages_of_every_district_are_received_and_flag_the_same_person(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    for output in districts.values():
        report = province.exchange.merge(output.package)
        assert report.conflicts == ()
    status = province.province.status()
    assert_three_districts(status.to_json(), districts)
    assert all(d.last_received is not None for d in status.districts if d.reported)
    assert {d.number for d in province.province.duplicates()} == {SOMSRI_ID, FOODS_JURISTIC}
    before = province.registry.count()
    province.exchange.merge(districts["2406"].package)
    assert province.registry.count() == before


def test_a_package_after_the_report_workbook_replaces_its_copies(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    """A district's report workbook and then its package: the same producers, counted once; the
    package's copies (with full IDs) stay and flag the same person in two districts."""
    for output in districts.values():
        assert province.importer.import_file(output.masked).committed
    from_reports = province.registry.count()
    superseded = 0
    for output in districts.values():
        report = province.exchange.merge(output.package)
        assert report.conflicts == ()
        superseded += len(report.superseded)
    assert superseded == from_reports
    assert_three_districts(province.province.status().to_json(), districts)
    assert {d.number for d in province.province.duplicates()} == {SOMSRI_ID, FOODS_JURISTIC}
    lines = ok(run("merge", districts["2402"].package, data_dir=province.folder.root)).stdout
    assert "แทนรายการ" not in lines  # received again: nothing more to replace


def test_a_report_workbook_after_the_package_adds_no_one_twice(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    for output in districts.values():
        province.exchange.merge(output.package)
    before = province.registry.count()
    for output in (*districts.values(),):
        masked = province.importer.import_file(output.masked)
        full = province.importer.import_file(output.with_ids)
        assert masked.added == 0 and full.added == 0
        assert len(masked.already_registered) == masked.rows_read
    assert province.registry.count() == before
    assert_three_districts(province.province.status().to_json(), districts)


def test_text_status_masks_the_ids_it_flags(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    for output in districts.values():
        province.importer.import_file(output.with_ids)
    text = ok(run("status", data_dir=province.folder.root)).stdout
    assert f"เลขประจำตัวประชาชน {SOMSRI_MASKED}" in text and SOMSRI_ID not in text
    assert "เมืองฉะเชิงเทรา" in text and "ยังไม่ได้รับข้อมูล" in text


def test_the_provincial_report_reads_back_and_imports_into_another_province_folder(
    districts: dict[str, DistrictOutput], province: Any, tmp_path: Path, qapp: Any
) -> None:
    import openpyxl

    for output in districts.values():
        province.importer.import_file(output.with_ids)
    status = province.province.status()
    result = province.reports.export(tmp_path / "out", today=REPORT_DATE)
    assert "จังหวัดฉะเชิงเทรา" in result.workbook.name
    assert result.pdf.read_bytes().startswith(b"%PDF")
    draft = email.message_from_bytes(result.email.read_bytes(), policy=email.policy.default)
    assert "จังหวัดฉะเชิงเทรา" in str(draft["Subject"]) and draft["X-Unsent"] == "1"
    assert [a.get_filename() for a in draft.iter_attachments()] == [result.workbook.name]

    workbook = openpyxl.load_workbook(result.workbook)
    assert workbook.sheetnames == [
        "สรุปรายอำเภอ",
        "สรุปรายตำบล",
        "รายชื่อผู้ลงทะเบียน",
        "ลงทะเบียนซ้ำข้ามอำเภอ",
    ]
    summary = workbook["สรุปรายอำเภอ"]
    assert summary["A1"].value == (
        "รายงานสรุปการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ระดับจังหวัด ปีงบประมาณ 2566"
    )
    assert summary["A1"].font.name == "TH SarabunPSK" and summary["A1"].font.bold
    rows = [r for r in summary.iter_rows(min_row=8, max_row=19, values_only=True)]
    assert [r[1] for r in rows[:11]] == [d.district.name_th for d in status.districts]
    total = rows[11]
    assert total[0] == "รวมทั้งจังหวัด"
    assert total[2:9] == tuple(f"=SUM({c}8:{c}18)" for c in "CDEFGHI")
    totals = status.totals
    figures = (93, status.met_count, status.short_count, 15, 9, 6, 30)
    assert (len(status.tambons), status.met_count, status.short_count) == figures[:3]
    assert (totals.groups, totals.single_owners, totals.smes, totals.total) == figures[3:]
    assert sum(r[8] for r in rows[:11]) == 30
    assert "A19:B19" in {str(m) for m in summary.merged_cells.ranges}
    tambon_rows = [
        r
        for r in workbook["สรุปรายตำบล"].iter_rows(min_row=8, values_only=True)
        if isinstance(r[0], int)
    ]
    assert len(tambon_rows) == 93
    details = list(workbook["รายชื่อผู้ลงทะเบียน"].iter_rows(min_row=7, values_only=True))
    assert len([row for row in details if row[0]]) == 30  # the signature stands to the right
    assert all(SOMSRI_ID not in str(row) for row in details)
    duplicates = list(workbook["ลงทะเบียนซ้ำข้ามอำเภอ"].iter_rows(min_row=2, values_only=True))
    assert SOMSRI_MASKED in str(duplicates) and SOMSRI_ID not in str(duplicates)

    again = _open(tmp_path / "second-province")
    try:
        again.office.setup_province("24")
        assert again.importer.import_file(result.workbook).added == 30
        assert _without_times(again.province.status().to_json()) == _without_times(status.to_json())
    finally:
        again.close()


def test_the_export_page_checks_name_the_silent_districts(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    province.importer.import_file(districts["2402"].masked)
    check = province.reports.preflight()
    assert "เมืองฉะเชิงเทรา" in check.missing_reports and len(check.missing_reports) == 10
    assert {t.tambon.name_th for t in check.short_tambons} == {"ปากน้ำ", "หัวไทร"}
    text = province.reports.email_text(today=REPORT_DATE)
    assert "จังหวัดฉะเชิงเทรา" in text.subject
    assert "ได้รับข้อมูลจาก 1 อำเภอ จากทั้งหมด 11 อำเภอ" in text.body
    assert PROVINCE_OFFICER in text.body


def test_a_province_office_registers_in_any_district_of_its_province(province: Any) -> None:
    from tests.integration.test_repositories import registration

    saved = province.registry.add(registration(tambon="240501"))
    assert saved.registration.tambon_code == "240501"
    assert province.province.status().tambon("240501").counts.total == 1
    with pytest.raises(UserError) as refused:
        province.registry.add(registration(tambon="200402"))
    assert "จังหวัดฉะเชิงเทรา" in str(refused.value.message_th)


def test_scope_changes_are_refused_once_registrations_exist(
    districts: dict[str, DistrictOutput], province: Any, services: Any, bang_khla_csv: Path
) -> None:
    province.importer.import_file(districts["2411"].masked)
    with pytest.raises(UserError, match="ระดับอำเภอไม่ได้"):
        province.office.setup("2402")
    with pytest.raises(UserError, match="ระดับจังหวัด"):
        province.office.setup_province("20")
    with pytest.raises(UserError, match="ระดับจังหวัด"):
        province.exchange.pack(Path(province.folder.root))
    services.importer.import_file(bang_khla_csv)
    with pytest.raises(UserError, match="ระดับจังหวัด"):
        services.office.setup_province("24")
    assert services.office.require_office().is_province is False
    assert province.office.require_office().is_province is True


def test_an_empty_office_may_change_scope(province: Any) -> None:
    office, _ = province.office.setup("2402")
    assert office.district_code == "2402" and not office.is_province
    office, _ = province.office.setup_province("24", officer_name="นายใหม่ ทดสอบ")
    assert office.is_province and office.office_name == "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา"


def test_setup_takes_a_district_or_a_province_not_both(tmp_path: Path) -> None:
    error = one_line_error(
        run("setup", "--district", "2402", "--province", "24", data_dir=tmp_path / "d")
    )
    assert "--province" in error
    assert '"99"' in one_line_error(run("setup", "--province", "99", data_dir=tmp_path / "d"))


def test_the_province_status_is_one_aggregate_query_whatever_the_districts(
    districts: dict[str, DistrictOutput], province: Any
) -> None:
    from sqlalchemy import event

    for output in districts.values():
        province.importer.import_file(output.masked)
    statements: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(province.database.engine, "before_cursor_execute", note)
    try:
        province.province.status()
    finally:
        event.remove(province.database.engine, "before_cursor_execute", note)
    counting = [s for s in statements if "GROUP BY registration.tambon_code" in s]
    assert len(counting) == 1
    # office, campaigns, the counts, those in no campaign, what arrived when, reports held
    assert len(statements) <= 8
