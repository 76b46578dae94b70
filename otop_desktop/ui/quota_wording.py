"""The Thai sentences that say where a tambon stands against the quota; no Qt."""

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
from otop_desktop.services.quota_service import DistrictStatus

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
        return MET_TEXT
    parts = [MISSING_TH[m] for m in decision.missing if m in MISSING_TH]
    parts.append(f"ขาดอีก {decision.still_needed} ราย")
    return " · ".join(parts)


def shortfall_detail(decision: QuotaDecision) -> str:
    """The longer explanation a tooltip gives: how many of which kind are still needed."""
    if decision.met:
        return "ตำบลนี้ครบเกณฑ์แล้ว"
    needs = []
    if decision.groups_needed:
        needs.append(f"กลุ่มผู้ผลิตชุมชนอีก {decision.groups_needed} ราย")
    if decision.others_needed:
        needs.append(f"ผู้ผลิตประเภทอื่น (รายเดียวหรือ SMEs) อีก {decision.others_needed} ราย")
    if decision.extra_needed:
        needs.append(f"ประเภทใดก็ได้อีก {decision.extra_needed} ราย")
    return "ตำบลนี้ยังต้องมี" + " และ".join(needs)


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
    return "" if decision.met else "ลงทะเบียน ›"


def rule_text(rule: QuotaRule) -> str:
    return (
        f"เกณฑ์ต่อตำบล: กลุ่มอย่างน้อย {rule.min_groups} · ประเภทอื่นอย่างน้อย {rule.min_others}"
        f" · รวมอย่างน้อย {rule.min_total} ราย"
    )


def deadline_text(days: int) -> str:
    if days > 0:
        return f"เหลืออีก {days:,} วัน"
    if days == 0:
        return "วันนี้เป็นวันสุดท้าย"
    return f"เลยกำหนดปิดรับมาแล้ว {-days:,} วัน"


def report_due_text(days: int) -> str:
    if days > 0:
        return f"เหลืออีก {days:,} วัน"
    if days == 0:
        return "ต้องส่งภายในวันนี้"
    return f"เลยกำหนดส่งมาแล้ว {-days:,} วัน"


def pace_text(pace: CampaignPace) -> str:
    needed, days = pace.still_needed, pace.days_to_deadline
    if needed <= 0:
        return "✓ ครบเกณฑ์ทุกตำบลแล้ว พร้อมส่งรายงาน"
    if days > 0:
        text = f"ต้องลงทะเบียนเพิ่มอีก {needed:,} ราย ใน {days:,} วัน"
        return text + (f" (วันละอย่างน้อย {pace.per_day} ราย)" if pace.per_day > 1 else "")
    if days == 0:
        return f"ต้องลงทะเบียนเพิ่มอีก {needed} ราย ภายในวันนี้"
    return f"ต้องลงทะเบียนเพิ่มอีก {needed} ราย จึงจะครบทุกตำบล ({deadline_text(days)})"


def delete_warning(status: DistrictStatus, summary: RegistrationSummary) -> str:
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
    missing = [MISSING_TH.get(m, "ขาดจำนวนรวม") for m in decide(rule, after).missing]
    return (
        f"การลบนี้จะทำให้ตำบล{found.tambon.name_th}ซึ่งครบเกณฑ์แล้ว กลับมาไม่ครบเกณฑ์ ({' · '.join(missing)})"
    )
