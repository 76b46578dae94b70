"""What the dashboard shows, computed from one district status; no Qt, so it is tested plainly."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from otop_desktop.domain.campaign_pace import CampaignPace, campaign_pace
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.i18n.catalog import pick, shown_date, tr
from otop_desktop.services.quota.quota_service import DistrictStatus, QuotaService, TambonStatus
from otop_desktop.ui.dashboard import quota_wording as wording


@dataclass(frozen=True)
class TambonRow:
    status: TambonStatus

    @property
    def code(self) -> str:
        return self.status.tambon.code

    @property
    def name(self) -> str:
        return pick(self.status.tambon.name_th, self.status.tambon.name_en)

    @property
    def groups(self) -> int:
        return self.status.counts.groups

    @property
    def others(self) -> int:
        return self.status.counts.others

    @property
    def total(self) -> int:
        return self.status.counts.total

    @property
    def met(self) -> bool:
        return self.status.decision.met

    @property
    def state_text(self) -> str:
        return wording.shortfall_text(self.status.decision)

    @property
    def detail_text(self) -> str:
        counts = self.status.counts
        return (
            tr("ตำบล{name}: กลุ่ม {groups} ราย, รายเดียว {singles} ราย, SMEs {smes} ราย").format(
                name=self.name, groups=counts.groups, singles=counts.single_owners, smes=counts.smes
            )
            + "\n"
            + wording.shortfall_detail(self.status.decision)
        )

    @property
    def suggested_type(self) -> ProducerType | None:
        return wording.suggested_type(self.status.decision)

    @property
    def action_text(self) -> str:
        return wording.action_text(self.status.decision)


@dataclass(frozen=True)
class DashboardSummary:
    heading: str
    met: int
    tambon_count: int
    met_text: str
    short_text: str
    registrations_text: str
    by_type_text: str
    deadline_title: str
    deadline_text: str
    report_title: str
    report_text: str
    pace: CampaignPace
    pace_text: str
    rule_text: str
    window_text: str


def summarise(status: DistrictStatus, today: dt.date) -> DashboardSummary:
    campaign, totals = status.campaign, status.totals
    short = [pick(t.tambon.name_th, t.tambon.name_en) for t in status.tambons if not t.decision.met]
    if not short:
        short_text = tr("ครบเกณฑ์ทุกตำบลแล้ว")
    elif len(short) <= 3:
        short_text = tr("ยังไม่ครบ: ") + ", ".join(short)
    else:
        short_text = tr("ยังไม่ครบ {n} ตำบล").format(n=len(short))
    pace = campaign_pace(campaign, status.still_needed, today)
    return DashboardSummary(
        heading=tr("ภาพรวมการรับลงทะเบียน ปีงบประมาณ {year} อำเภอ{name}").format(
            year=campaign.year, name=pick(status.district.name_th, status.district.name_en)
        ),
        met=status.met_count,
        tambon_count=len(status.tambons),
        met_text=wording.met_count_text(status.met_count, len(status.tambons)),
        short_text=short_text,
        registrations_text=wording.registrations_text(totals),
        by_type_text=wording.by_type_text(totals),
        deadline_title=tr("ปิดรับลงทะเบียน {date}").format(
            date=shown_date(campaign.registration_deadline, "abbr")
        ),
        deadline_text=wording.deadline_text(pace.days_to_deadline),
        report_title=tr("ส่งรายงานจังหวัด {date}").format(
            date=shown_date(campaign.report_due, "abbr")
        ),
        report_text=wording.report_due_text(pace.days_to_report),
        pace=pace,
        pace_text=wording.pace_text(pace),
        rule_text=wording.rule_text(campaign.rule),
        window_text=tr("นับรายที่รับ {start} – {end} ไม่รวมที่ลบแล้วหรือไม่ผ่านการพิจารณา").format(
            start=shown_date(campaign.window_start, "abbr"),
            end=shown_date(campaign.window_end, "abbr"),
        ),
    )


class DashboardViewModel:
    """Holds the last district status; one QuotaService call (one aggregate query) per refresh."""

    def __init__(self, quota: QuotaService, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._quota = quota
        self._today = today
        self.status: DistrictStatus | None = None
        self.rows: tuple[TambonRow, ...] = ()
        self.summary: DashboardSummary | None = None

    def refresh(self) -> None:
        status = self.status = self._quota.district_status()
        self.rows = tuple(TambonRow(t) for t in status.tambons)
        self.summary = summarise(status, self._today())

    def row(self, code: str) -> TambonRow | None:
        return next((r for r in self.rows if r.code == code), None)

    def registration_request(self, code: str) -> tuple[str, ProducerType | None] | None:
        """The tambon and type to start a registration with, or None when the tambon is met."""
        row = self.row(code)
        if row is None or row.met:
            return None
        return row.code, row.suggested_type
