"""What receiving a package did, in the interface language: for the File menu's report and for
`otop-desktop merge`. No Qt here, so the command line uses it too."""

from collections.abc import Callable

from otop_desktop.domain.messages import FIELD_LABELS
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.exchange.exchange_merge import MergeReport

# The record's parts a conflict may name besides the form's own fields.
EXTRA_LABELS = {
    "contact": ("ผู้ติดต่อ", "Contact"),
    "site": ("ที่ตั้งสถานที่ผลิต", "Production site"),
    "documents": ("เอกสารที่ได้รับ", "Documents"),
    "notes": ("หมายเหตุ", "Notes"),
    "status": ("สถานะ", "Status"),
    "is_deleted": ("ถูกลบ", "Deleted"),
    "photos": ("รูปภาพ", "Photos"),
}


def field_label(field: str) -> str:
    return pick(*(FIELD_LABELS.get(field) or EXTRA_LABELS.get(field) or (field, field)))


def merge_lines(report: MergeReport, tambon_name: Callable[[str], str]) -> list[str]:
    """One line per record that changed or needs a decision, then the totals."""

    def where(code: str) -> str:
        return tambon_name(code) or code

    lines = [
        tr("เพิ่ม: {name} (ต.{tambon})").format(name=m.producer_name, tambon=where(m.tambon_code))
        for m in report.added
    ]
    lines += [
        tr("แก้ไข: {name} (ต.{tambon})").format(name=m.producer_name, tambon=where(m.tambon_code))
        for m in report.updated
    ]
    lines += [
        tr("ลบ: {name} (ต.{tambon})").format(name=m.producer_name, tambon=where(m.tambon_code))
        for m in report.deleted
    ]
    lines += [
        tr("แทนรายการจากแฟ้มรายงาน: {name} (ต.{tambon})").format(
            name=m.producer_name, tambon=where(m.tambon_code)
        )
        for m in report.superseded
    ]
    lines += [
        tr("ขัดแย้ง รอเลือก: {name} (ต.{tambon}) แก้ไขทั้งสองเครื่อง ช่องที่ต่างกัน: {fields}").format(
            name=c.local.producer_name,
            tambon=where(c.local.tambon_code),
            fields=", ".join(field_label(f) for f in c.changed_fields),
        )
        for c in report.conflicts
    ]
    lines.append(
        tr(
            "สรุป: เพิ่ม {added} แก้ไข {updated} ลบ {deleted} เหมือนเดิม {unchanged} "
            "ขัดแย้ง {conflicts} รายการ"
        ).format(
            added=len(report.added),
            updated=len(report.updated),
            deleted=len(report.deleted),
            unchanged=report.unchanged,
            conflicts=len(report.conflicts),
        )
    )
    if report.superseded:
        lines.append(tr("แทนรายการที่นำเข้าจากแฟ้มรายงาน {n} รายการ").format(n=len(report.superseded)))
    return lines
