"""What the province dashboard shows, from one province status; no Qt widgets, tested plainly."""

from dataclasses import dataclass

from otop_desktop.i18n.catalog import pick, shown_date, tr
from otop_desktop.services.quota.province_service import (
    CrossDistrictDuplicate,
    DistrictReport,
    ProvinceService,
    ProvinceStatus,
    local_time,
)
from otop_desktop.ui.dashboard import quota_wording as wording
from otop_desktop.ui.dashboard.dashboard_view_model import TambonRow

LISTED = 3
# Short tambons named in the district table; the tooltip names them all.
NAMED = 4


@dataclass(frozen=True)
class DistrictRow:
    report: DistrictReport

    @property
    def code(self) -> str:
        return self.report.district.code

    @property
    def name(self) -> str:
        return pick(self.report.district.name_th, self.report.district.name_en)

    @property
    def reported(self) -> bool:
        return self.report.reported

    @property
    def met(self) -> int:
        return self.report.status.met_count

    @property
    def tambon_count(self) -> int:
        return len(self.report.status.tambons)

    @property
    def all_met(self) -> bool:
        return self.report.status.short_count == 0

    @property
    def registrations(self) -> int:
        return self.report.status.totals.total

    @property
    def met_text(self) -> str:
        return f"{self.met}/{self.tambon_count}"

    @property
    def short_text(self) -> str:
        if not self.reported:
            return tr("— ยังไม่ได้รับรายงาน")
        short = [pick(t.tambon.name_th, t.tambon.name_en) for t in self.report.short_tambons]
        if not short:
            return tr("✓ ครบเกณฑ์ทุกตำบล")
        named = ", ".join(short[:NAMED])
        if len(short) > NAMED:
            named += tr(" และอีก {n} ตำบล").format(n=len(short) - NAMED)
        return tr("⚠ ยังไม่ครบ {n} ตำบล: ").format(n=len(short)) + named

    @property
    def short_detail(self) -> str:
        """Every short tambon by name, for the tooltip."""
        short = [pick(t.tambon.name_th, t.tambon.name_en) for t in self.report.short_tambons]
        return ", ".join(short) if self.reported and short else self.short_text

    @property
    def received_text(self) -> str:
        made = self.report.report_made_at
        last = self.report.last_received
        if last is None:
            text = tr("ยังไม่ได้รับ") if not self.reported else tr("ได้รับแล้ว")
        else:
            moment = local_time(last)
            text = f"{shown_date(moment.date(), 'abbr')} {moment:%H:%M}"
        if made is not None:
            moment = local_time(made)
            text += "\n" + tr("รายงานปีนี้ทำเมื่อ {date} {time}").format(
                date=shown_date(moment.date(), "abbr"), time=f"{moment:%H:%M}"
            )
        return text

    @property
    def tambon_rows(self) -> tuple[TambonRow, ...]:
        return tuple(TambonRow(t) for t in self.report.status.tambons)


@dataclass(frozen=True)
class ProvinceSummary:
    heading: str
    reporting: int
    district_count: int
    reporting_text: str
    silent_text: str
    met: int
    tambon_count: int
    met_text: str
    short_text: str
    registrations_text: str
    by_type_text: str
    duplicates_text: str
    duplicates_note: str
    rule_text: str


def summarise(
    status: ProvinceStatus, duplicates: tuple[CrossDistrictDuplicate, ...]
) -> ProvinceSummary:
    totals = status.totals
    silent = [
        pick(d.district.name_th, d.district.name_en) for d in status.districts if not d.reported
    ]
    if not silent:
        silent_text = tr("✓ ได้รับครบทุกอำเภอแล้ว")
    elif len(silent) <= LISTED:
        silent_text = tr("ยังไม่ได้รับ: ") + ", ".join(silent)
    else:
        silent_text = tr("ยังไม่ได้รับ {n} อำเภอ").format(n=len(silent))
    return ProvinceSummary(
        heading=tr("ภาพรวมระดับจังหวัด ปีงบประมาณ {year} จังหวัด{name}").format(
            year=status.campaign.year, name=pick(status.province.name_th, status.province.name_en)
        ),
        reporting=status.reporting_count,
        district_count=len(status.districts),
        reporting_text=tr("{n} จาก {total} อำเภอ").format(
            n=status.reporting_count, total=len(status.districts)
        ),
        silent_text=silent_text,
        met=status.met_count,
        tambon_count=status.tambon_count,
        met_text=wording.met_count_text(status.met_count, status.tambon_count),
        short_text=tr("ยังไม่ครบ {n} ตำบล").format(n=status.short_count),
        registrations_text=wording.registrations_text(totals),
        by_type_text=wording.by_type_text(totals),
        duplicates_text=(tr("⚠ {n} ราย").format(n=len(duplicates)) if duplicates else tr("✓ ไม่พบ")),
        duplicates_note=tr("เทียบจากเลขประจำตัวเต็มเท่านั้น"),
        rule_text=wording.rule_text(status.campaign.rule),
    )


class ProvinceDashboardViewModel:
    """Holds the last province status: one aggregate query and one duplicate query a refresh."""

    def __init__(self, province: ProvinceService) -> None:
        self._province = province
        self.status: ProvinceStatus | None = None
        self.rows: tuple[DistrictRow, ...] = ()
        self.duplicates: tuple[CrossDistrictDuplicate, ...] = ()
        self.summary: ProvinceSummary | None = None

    def refresh(self) -> None:
        status = self.status = self._province.status()
        self.duplicates = self._province.duplicates()
        self.rows = tuple(DistrictRow(d) for d in status.districts)
        self.summary = summarise(status, self.duplicates)

    def row(self, code: str) -> DistrictRow | None:
        return next((r for r in self.rows if r.code == code), None)

    def first_reporting(self) -> str:
        """The district to show first: the first that has sent data, else the first."""
        chosen = next((r for r in self.rows if r.reported), None) or next(iter(self.rows), None)
        return chosen.code if chosen else ""

    def duplicate_lines(self) -> list[tuple[str, str]]:
        """(one line for the list, the producers by name for its tooltip) per duplicate."""
        lines = []
        for duplicate in self.duplicates:
            districts = tr(", อ.").join(duplicate.district_names)
            line = tr("{kind} {number} — อ.{districts}").format(
                kind=tr(duplicate.kind_th), number=duplicate.shown_number, districts=districts
            )
            lines.append((line, duplicate.describe_th()))
        return lines
