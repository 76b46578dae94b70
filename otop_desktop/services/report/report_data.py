"""Everything the report says, gathered once and worded once, for the workbook, PDF and e-mail."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from otop_desktop.domain.areas import District, Province
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.identifiers import format_national_id, format_phone, mask_national_id
from otop_desktop.domain.office import Office
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import QuotaRule, count_of_type
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.domain.thai_text import to_thai_digits
from otop_desktop.services.importing.interchange import COLUMN_ORDER, PRODUCT_SEPARATOR, Column
from otop_desktop.services.quota.status import DistrictStatus, TambonStatus

if TYPE_CHECKING:
    from otop_desktop.services.quota.province_service import ProvinceStatus

TITLE = "แบบรายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP"
MET_TEXT = "ครบ"
SHORT_TEXT = "ไม่ครบ"
TYPE_ORDER = (ProducerType.GROUP, ProducerType.SINGLE_OWNER, ProducerType.SME)
SIGNATURE_LINE = "." * 40
BLANK_NAME = "." * 40


@dataclass(frozen=True)
class SummaryRow:
    """One line of the per-tambon table; `no` is 0 for the total line."""

    no: int
    code: str
    name: str
    groups: int
    single_owners: int
    smes: int
    total: int
    minimum: int
    met: bool
    result: str
    remark: str

    def of_type(self, producer_type: ProducerType) -> int:
        return count_of_type(self, producer_type)


class ReportWording:
    """Headings and dates take Thai digits when the officer asked for them."""

    date: dt.date
    thai_digits: bool

    def heading(self, text: str) -> str:
        return to_thai_digits(text) if self.thai_digits else text

    def date_text(self, date: dt.date | None = None) -> str:
        return format_thai_date(date or self.date, "full", thai_digits=self.thai_digits)


@dataclass(frozen=True)
class ReportData(ReportWording):
    office: Office
    district: District
    province: Province
    campaign: Campaign
    status: DistrictStatus
    registrations: tuple[Registration, ...]
    date: dt.date
    thai_digits: bool = False
    with_ids: bool = False
    not_counted: "NotCounted" = field(default_factory=lambda: NotCounted())

    @property
    def title(self) -> str:
        """The form's title with the fiscal year it reports: one year's report is never taken
        for another's."""
        return self.heading(f"{TITLE} ปีงบประมาณ {self.campaign.year}")

    @property
    def details_title(self) -> str:
        return f"รายชื่อผู้ลงทะเบียนประกอบ{self.title}"

    @property
    def office_line(self) -> str:
        return self.heading(
            office_heading(
                self.office.office_name,
                f"อำเภอ{self.district.name_th}",
                f"จังหวัด{self.province.name_th}",
            )
        )

    @property
    def campaign_line(self) -> str:
        """The campaign the figures are for, and its counting window."""
        campaign = self.campaign
        start = format_thai_date(campaign.window_start, "abbr", thai_digits=self.thai_digits)
        end = format_thai_date(campaign.window_end, "abbr", thai_digits=self.thai_digits)
        return self.heading(f"{campaign.name} (รับลงทะเบียน {start} – {end})")

    @property
    def not_counted_note(self) -> str:
        """Why the registry holds more registrations than the report counts, or nothing."""
        return self.heading(self.not_counted.note(self.campaign))

    @property
    def letter_line(self) -> str:
        """The province's letter the report answers; empty while its number is not typed in
        (a new fiscal year's campaign before its letter comes), rather than a letter "ที่ " of
        no number dated the day the campaign was made."""
        campaign = self.campaign
        if not campaign.letter_reference.strip():
            return ""
        return self.heading(
            f"อ้างถึง หนังสือจังหวัด{self.province.name_th} ที่ {campaign.letter_reference} "
            f"ลงวันที่ {self.date_text(campaign.letter_date)}"
        )

    @property
    def as_of_line(self) -> str:
        return self.heading(f"ข้อมูล ณ วันที่ {self.date_text()}")

    @property
    def rule_note(self) -> str:
        rule = self.campaign.rule
        return self.heading(
            f"หมายเหตุ: เกณฑ์ขั้นต่ำ ตำบลละอย่างน้อย {rule.min_total} ราย "
            f"โดยเป็นกลุ่มผู้ผลิตชุมชนอย่างน้อย {rule.min_groups} ราย "
            f"และประเภทอื่น (เจ้าของรายเดียว หรือ SMEs) อย่างน้อย {rule.min_others} ราย"
        )

    @property
    def signature_lines(self) -> tuple[str, ...]:
        name = self.office.officer_name.strip() or BLANK_NAME
        position = self.office.officer_position.strip() or "." * 30
        return (
            f"ลงชื่อ {SIGNATURE_LINE} ผู้รายงาน",
            f"({name})",
            f"ตำแหน่ง {position}",
            self.heading(f"วันที่ {self.date_text()}"),
        )

    def summary_rows(self) -> tuple[SummaryRow, ...]:
        return tuple(
            _summary_row(no, t, self.campaign.rule.min_total)
            for no, t in enumerate(self.status.tambons, start=1)
        )

    def total_row(self) -> SummaryRow:
        return total_summary_row("รวม", self.status, self.campaign.rule)

    def short_tambons(self) -> tuple[SummaryRow, ...]:
        return tuple(row for row in self.summary_rows() if not row.met)

    def tambon_name(self, code: str) -> str:
        found = self.status.tambon(code)
        return found.tambon.name_th if found else code

    def interchange_rows(self) -> list[list[object]]:
        """Sheet 2: one row per registration in the column order the importer reads."""
        return [_interchange_row(self, reg) for reg in self.registrations]

    def figures(self) -> dict[str, Any]:
        """What an export record keeps, to tell later what changed since."""
        return {
            "met": self.status.met_count,
            "short": self.status.short_count,
            "total": self.status.totals.total,
            "tambons": {
                row.code: {
                    "name_th": row.name,
                    "groups": row.groups,
                    "single_owners": row.single_owners,
                    "smes": row.smes,
                    "total": row.total,
                    "met": row.met,
                }
                for row in self.summary_rows()
            },
            **registration_figures(self.registrations),
        }


def office_heading(office_name: str, *areas: str) -> str:
    """The office's name, followed by its district and province unless the name holds them."""
    compact = office_name.replace(" ", "")
    missing = [area for area in areas if area.replace(" ", "") not in compact]
    return " ".join([office_name.strip(), *missing]).strip()


@dataclass(frozen=True)
class NotCounted:
    """Registrations of the district's registry that a report leaves out, by reason."""

    outside_window: int = 0
    rejected: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        return self.outside_window + self.rejected + self.deleted

    def note(self, campaign: Campaign) -> str:
        if not self.total:
            return ""
        start = format_thai_date(campaign.window_start, "abbr")
        end = format_thai_date(campaign.window_end, "abbr")
        reasons = [
            (self.outside_window, f"รับลงทะเบียนนอกช่วง {start} – {end} หรือไม่มีวันที่รับ"),
            (self.rejected, "คณะกรรมการอำเภอไม่รับรอง"),
            (self.deleted, "ลบออกจากทะเบียนแล้ว"),
        ]
        listed = ", ".join(f"{text} {count} ราย" for count, text in reasons if count)
        return f"ไม่นับรวมในรายงานนี้ {self.total} ราย: {listed}"


def not_counted(
    registrations: Iterable[Registration], campaign: Campaign, deleted: int = 0
) -> NotCounted:
    """What counted_registrations leaves out of the registry's (undeleted) registrations."""
    outside = rejected = 0
    for reg in registrations:
        if not reg.status.counts_for_quota:
            rejected += 1
        elif not campaign.counts(reg.received_on, reg.status, deleted=False):
            outside += 1
    return NotCounted(outside, rejected, deleted)


def registration_figures(registrations: tuple[Registration, ...]) -> dict[str, Any]:
    """How many registrations a report lists, which, and in which version: to tell later what
    came, went or was edited."""
    return {
        "registrations": len(registrations),
        "registration_uuids": sorted(r.uuid for r in registrations if r.uuid),
        "registration_versions": {r.uuid: r.version for r in registrations if r.uuid},
    }


def counted_registrations(
    registrations: Iterable[Registration], campaign: Campaign, status: DistrictStatus
) -> tuple[Registration, ...]:
    """Exactly what the district's summary counts, so that its detail sheet and summary agree."""
    return tuple(
        r
        for r in registrations
        if campaign.counts(r.received_on, r.status, deleted=False)
        and status.tambon(r.tambon_code) is not None
    )


def total_summary_row(
    name: str, status: "DistrictStatus | ProvinceStatus", rule: QuotaRule
) -> SummaryRow:
    """The table's last line: the counts added up, and how many tambons met the quota."""
    totals = status.totals
    return SummaryRow(
        no=0,
        code="",
        name=name,
        groups=totals.groups,
        single_owners=totals.single_owners,
        smes=totals.smes,
        total=totals.total,
        minimum=rule.min_total * len(status.tambons),
        met=status.short_count == 0,
        result=f"{MET_TEXT} {status.met_count} ตำบล",
        remark=f"{SHORT_TEXT} {status.short_count} ตำบล",
    )


def shortfall_text(status: TambonStatus) -> str:
    decision = status.decision
    parts = []
    if decision.groups_needed:
        parts.append(f"ขาดกลุ่มผู้ผลิตชุมชน {decision.groups_needed} ราย")
    if decision.others_needed:
        parts.append(f"ขาดประเภทอื่น {decision.others_needed} ราย")
    if decision.extra_needed:
        parts.append(f"ขาดอีก {decision.extra_needed} ราย")
    return ", ".join(parts)


def _summary_row(no: int, status: TambonStatus, minimum: int) -> SummaryRow:
    counts = status.counts
    met = status.decision.met
    return SummaryRow(
        no=no,
        code=status.tambon.code,
        name=status.tambon.name_th,
        groups=counts.groups,
        single_owners=counts.single_owners,
        smes=counts.smes,
        total=counts.total,
        minimum=minimum,
        met=met,
        result=MET_TEXT if met else SHORT_TEXT,
        remark=shortfall_text(status),
    )


def address_text(reg: Registration) -> str:
    site = reg.site
    if site.free_text.strip():
        return site.free_text.strip()
    parts = [
        site.house_no,
        f"หมู่ {site.moo}" if site.moo else "",
        site.village,
        site.road,
        site.postal_code,
    ]
    return " ".join(p.strip() for p in parts if p.strip())


def _interchange_row(data: ReportData, reg: Registration) -> list[object]:
    main = reg.main_product
    values: dict[Column, object] = {
        Column.TAMBON_CODE: reg.tambon_code,
        Column.TAMBON: data.tambon_name(reg.tambon_code),
        Column.PRODUCER_TYPE: reg.producer_type.name_th if reg.producer_type else "",
        Column.PRODUCER_NAME: reg.producer_name,
        Column.CONTACT: reg.contact.full_name,
        Column.NATIONAL_ID: (
            format_national_id(reg.national_id)
            if data.with_ids
            else mask_national_id(reg.national_id)
        ),
        Column.JURISTIC_NO: reg.juristic_no,
        Column.MEMBER_COUNT: reg.member_count,
        Column.ADDRESS: address_text(reg),
        Column.PHONE: format_phone(reg.phone),
        Column.PRODUCT_NAMES: f"{PRODUCT_SEPARATOR} ".join(p.name for p in reg.products),
        Column.PRODUCT_CATEGORY: main.category.name_th if main and main.category else "",
        # A date cell: the workbook shows it in B.E., and it sorts as a date.
        Column.RECEIVED_ON: reg.received_on or "",
        Column.NOTES: reg.notes,
    }
    return [values[column] for column in COLUMN_ORDER]
