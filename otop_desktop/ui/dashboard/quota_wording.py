"""The sentences that say where a tambon stands against the quota (Thai, translated by tr)."""

from typing import TYPE_CHECKING

from otop_desktop.domain.campaign_pace import CampaignPace
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import (
    QuotaDecision,
    QuotaRule,
    Shortfall,
    TambonCounts,
    decide,
    would_become_short,
)
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.quota.status import OfficeStatus

if TYPE_CHECKING:
    pass

MET_TEXT = "ครบเกณฑ์"
MISSING_TH = {
    Shortfall.GROUP: "ขาดกลุ่มผู้ผลิตชุมชน",
    Shortfall.OTHER: "ขาดผู้ผลิตประเภทอื่น",
}
SHORT_MISSING_TH = {
    Shortfall.GROUP: "กลุ่ม",
    Shortfall.OTHER: "ประเภทอื่น",
    Shortfall.TOTAL: "ประเภทใดก็ได้",
}


def shortfall_text(decision: QuotaDecision) -> str:
    """ "ครบเกณฑ์", or what is missing: "ขาดกลุ่มผู้ผลิตชุมชน · ขาดอีก 1 ราย"."""
    if decision.met:
        return tr(MET_TEXT)
    parts = [tr(MISSING_TH[m]) for m in decision.missing if m in MISSING_TH]
    parts.append(tr("ขาดอีก {n} ราย").format(n=decision.still_needed))
    return " · ".join(parts)


def shortfall_detail(decision: QuotaDecision) -> str:
    """The longer explanation a tooltip gives: how many of which kind are still needed."""
    if decision.met:
        return tr("ตำบลนี้ครบเกณฑ์แล้ว")
    needs = []
    if decision.groups_needed:
        needs.append(tr("กลุ่มผู้ผลิตชุมชนอีก {n} ราย").format(n=decision.groups_needed))
    if decision.others_needed:
        needs.append(
            tr("ผู้ผลิตประเภทอื่น (รายเดียวหรือ SMEs) อีก {n} ราย").format(n=decision.others_needed)
        )
    if decision.extra_needed:
        needs.append(tr("ประเภทใดก็ได้อีก {n} ราย").format(n=decision.extra_needed))
    return tr("ตำบลนี้ยังต้องมี{needs}").format(needs=joined(needs))


def joined(items: list[str]) -> str:
    """ "a", "a และ b", "a, b และ c": the list as the sentence around it reads it."""
    if len(items) <= 1:
        return "".join(items)
    return tr("{items} และ {last}").format(items=", ".join(items[:-1]), last=items[-1])


def suggested_type(decision: QuotaDecision) -> ProducerType | None:
    """The type a new registration in this tambon should most likely have.

    A missing group comes first, because groups are what the province wants to grow; a missing
    "other" is usually a single owner (SMEs are rare in a tambon, and the officer can switch);
    when only the total is short any type will do, so none is chosen for the officer.
    """
    if Shortfall.GROUP in decision.missing:
        return ProducerType.GROUP
    if Shortfall.OTHER in decision.missing:
        return ProducerType.SINGLE_OWNER
    return None


def action_text(decision: QuotaDecision) -> str:
    return "" if decision.met else tr("ลงทะเบียน ›")


def rule_text(rule: QuotaRule) -> str:
    return tr(
        "เกณฑ์ต่อตำบล: กลุ่มอย่างน้อย {groups} · ประเภทอื่นอย่างน้อย {others} · รวมอย่างน้อย {total} ราย"
    ).format(groups=rule.min_groups, others=rule.min_others, total=rule.min_total)


def met_count_text(met: int, tambons: int) -> str:
    return tr("{met} จาก {n} ตำบล").format(met=met, n=tambons)


def registrations_text(totals: TambonCounts) -> str:
    return tr("{n} ราย").format(n=f"{totals.total:,}")


def by_type_text(totals: TambonCounts) -> str:
    return tr("กลุ่ม {groups} · รายเดียว {singles} · SMEs {smes}").format(
        groups=totals.groups, singles=totals.single_owners, smes=totals.smes
    )


def deadline_text(days: int) -> str:
    return _days_text(days, tr("วันนี้เป็นวันสุดท้าย"), tr("เลยกำหนดปิดรับมาแล้ว {n} วัน"))


def report_due_text(days: int) -> str:
    return _days_text(days, tr("ต้องส่งภายในวันนี้"), tr("เลยกำหนดส่งมาแล้ว {n} วัน"))


def _days_text(days: int, today: str, late: str) -> str:
    """The days left, `today` on the day itself, or `late` with {n}, the days past."""
    if days > 0:
        return tr("เหลืออีก {n} วัน").format(n=f"{days:,}")
    if days == 0:
        return today
    return late.format(n=f"{-days:,}")


def pace_text(pace: CampaignPace) -> str:
    needed, days = pace.still_needed, pace.days_to_deadline
    if needed <= 0:
        return tr("✓ ครบเกณฑ์ทุกตำบลแล้ว พร้อมส่งรายงาน")
    if days > 0:
        text = tr("ต้องลงทะเบียนเพิ่มอีก {n} ราย ใน {days} วัน").format(n=f"{needed:,}", days=f"{days:,}")
        per_day = tr(" (วันละอย่างน้อย {n} ราย)").format(n=pace.per_day)
        return text + (per_day if pace.per_day > 1 else "")
    if days == 0:
        return tr("ต้องลงทะเบียนเพิ่มอีก {n} ราย ภายในวันนี้").format(n=needed)
    return tr("ต้องลงทะเบียนเพิ่มอีก {n} ราย จึงจะครบทุกตำบล ({late})").format(
        n=needed, late=deadline_text(days)
    )


def delete_warning(status: OfficeStatus, summary: RegistrationSummary) -> str:
    """A sentence for the delete confirmation when the delete would make a met tambon short."""
    found = status.tambon(summary.tambon_code)
    counted = status.campaign.counts(summary.received_on, summary.status, summary.is_deleted)
    if found is None or not counted:
        return ""
    rule, counts = status.campaign.rule, found.counts
    if not would_become_short(rule, counts, summary.producer_type):
        return ""
    removed = summary.producer_type
    after = TambonCounts(
        single_owners=counts.single_owners - int(removed is ProducerType.SINGLE_OWNER),
        groups=counts.groups - int(removed is ProducerType.GROUP),
        smes=counts.smes - int(removed is ProducerType.SME),
    )
    missing = [tr(MISSING_TH.get(m, tr("ขาดจำนวนรวม"))) for m in decide(rule, after).missing]
    return tr("การลบนี้จะทำให้ตำบล{name}ซึ่งครบเกณฑ์แล้ว กลับมาไม่ครบเกณฑ์ ({missing})").format(
        name=pick(found.tambon.name_th, found.tambon.name_en), missing=" · ".join(missing)
    )
