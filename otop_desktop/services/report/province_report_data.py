"""Everything the provincial report says: one district report per district, put together once
for the workbook, the PDF and the e-mail."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from otop_desktop.domain.areas import Province
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.office import Office
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import count_of_type
from otop_desktop.domain.registration import Registration
from otop_desktop.services.quota.province_service import (
    DUPLICATES_NOTE_TH,
    CrossDistrictDuplicate,
    DistrictReport,
    ProvinceStatus,
    received_text,
)
from otop_desktop.services.quota.status import DistrictStatus
from otop_desktop.services.report.report_data import (
    MET_TEXT,
    SHORT_TEXT,
    NotCounted,
    ReportData,
    ReportWording,
    SummaryRow,
    registration_figures,
    total_summary_row,
)

PROVINCE_TITLE = "รายงานสรุปการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ระดับจังหวัด"
NO_REPORT_TEXT = "ยังไม่ได้รับรายงาน"
PROVINCE_TOTAL_NAME = "รวมทั้งจังหวัด"


@dataclass(frozen=True)
class DistrictLine:
    """One line of the per-district table; `no` is 0 for the province's total line."""

    no: int
    code: str
    name: str
    tambons: int
    met: int
    short: int
    groups: int
    single_owners: int
    smes: int
    total: int
    received: str
    remark: str

    def of_type(self, producer_type: ProducerType) -> int:
        return count_of_type(self, producer_type)


@dataclass(frozen=True)
class ProvinceReportData(ReportWording):
    office: Office
    province: Province
    campaign: Campaign
    status: ProvinceStatus
    # One district report per district of the province, in code order, empty ones included.
    districts: tuple[ReportData, ...]
    duplicates: tuple[CrossDistrictDuplicate, ...]
    date: dt.date
    thai_digits: bool = False
    with_ids: bool = False

    @property
    def title(self) -> str:
        return self.heading(f"{PROVINCE_TITLE} ปีงบประมาณ {self.campaign.year}")

    @property
    def office_line(self) -> str:
        return self.heading(self.office.office_name)

    @property
    def letter_line(self) -> str:
        return self.districts[0].letter_line

    @property
    def as_of_line(self) -> str:
        return self.heading(
            f"ข้อมูล ณ วันที่ {self.date_text()} · ได้รับข้อมูล {self.status.reporting_count} "
            f"จาก {len(self.status.districts)} อำเภอ"
        )

    @property
    def rule_note(self) -> str:
        return self.districts[0].rule_note

    @property
    def campaign_line(self) -> str:
        return self.districts[0].campaign_line

    @property
    def details_title(self) -> str:
        return self.districts[0].details_title

    @property
    def not_counted_note(self) -> str:
        """The districts' registrations left out, added up (deleted copies are the province's
        own bookkeeping when a package replaces a report's rows, so they are not told)."""
        total = NotCounted(
            sum(d.not_counted.outside_window for d in self.districts),
            sum(d.not_counted.rejected for d in self.districts),
        )
        return self.heading(total.note(self.campaign))

    @property
    def signature_lines(self) -> tuple[str, ...]:
        return self.districts[0].signature_lines

    @property
    def registrations(self) -> tuple[Registration, ...]:
        return tuple(r for d in self.districts for r in d.registrations)

    def district_lines(self) -> tuple[DistrictLine, ...]:
        return tuple(
            _district_line(no, report) for no, report in enumerate(self.status.districts, start=1)
        )

    def total_line(self) -> DistrictLine:
        status = self.status
        return _line(
            0,
            "",
            PROVINCE_TOTAL_NAME,
            status,
            received=f"{status.reporting_count} จาก {len(status.districts)} อำเภอ",
            remark=f"{MET_TEXT} {status.met_count} ตำบล, {SHORT_TEXT} {status.short_count} ตำบล",
        )

    def grand_total_row(self) -> SummaryRow:
        """The province's total in the district form's columns, under every district's tambons."""
        return total_summary_row(PROVINCE_TOTAL_NAME, self.status, self.campaign.rule)

    def district_heading(self, data: ReportData) -> str:
        report = self.status.district(data.district.code)
        received = received_text(report) if report is not None else ""
        return f"อำเภอ{data.district.name_th} ({received})"

    def duplicate_lines(self) -> tuple[str, ...]:
        return tuple(d.describe_th() for d in self.duplicates)

    @property
    def duplicates_note(self) -> str:
        return DUPLICATES_NOTE_TH

    def interchange_rows(self) -> list[list[object]]:
        """Every district's registrations in the importer's columns, so the report imports back."""
        return [row for d in self.districts for row in d.interchange_rows()]

    def figures(self) -> dict[str, Any]:
        """What an export record keeps; the same keys as a district's, for the Export page."""
        tambons: dict[str, Any] = {}
        for data in self.districts:
            tambons.update(data.figures()["tambons"])
        return {
            "scope": "province",
            "met": self.status.met_count,
            "short": self.status.short_count,
            "total": self.status.totals.total,
            "tambons": tambons,
            "districts": {
                line.code: {"name_th": line.name, "met": line.met, "total": line.total}
                for line in self.district_lines()
            },
            "duplicates": len(self.duplicates),
            **registration_figures(self.registrations),
        }


def _district_line(no: int, report: DistrictReport) -> DistrictLine:
    if not report.reported:
        remark = ""
    elif report.short_tambons:
        remark = f"{SHORT_TEXT}: " + ", ".join(t.tambon.name_th for t in report.short_tambons)
    else:
        remark = f"{MET_TEXT}ทุกตำบล"
    received = received_text(report) if report.reported else NO_REPORT_TEXT
    return _line(no, report.district.code, report.district.name_th, report.status, received, remark)


def _line(
    no: int,
    code: str,
    name: str,
    status: DistrictStatus | ProvinceStatus,
    received: str,
    remark: str,
) -> DistrictLine:
    totals = status.totals
    return DistrictLine(
        no=no,
        code=code,
        name=name,
        tambons=len(status.tambons),
        met=status.met_count,
        short=status.short_count,
        groups=totals.groups,
        single_owners=totals.single_owners,
        smes=totals.smes,
        total=totals.total,
        received=received,
        remark=remark,
    )
