"""What the Export page says about the pre-flight checks, the changes and earlier reports."""

from otop_desktop.domain.quota import Shortfall
from otop_desktop.i18n.catalog import pick, shown_date, tr
from otop_desktop.services.report.report_service import ChangesSinceExport, ExportRecord, Preflight

MISSING = {
    Shortfall.GROUP: "ขาดกลุ่ม",
    Shortfall.OTHER: "ขาดประเภทอื่น",
    Shortfall.TOTAL: "ขาดจำนวนรวม",
}
LISTED = 5


def preflight_lines(check: Preflight) -> list[str]:
    if check.all_clear:
        return [tr("✓ ทุกตำบลครบเกณฑ์ เอกสารครบ และไม่มีแบบฟอร์มค้าง")]
    lines = []
    if check.letter_missing:
        lines.append(
            tr("⚠ ยังไม่ได้กรอกเลขที่หนังสือของจังหวัดสำหรับปีงบประมาณนี้ (หน้าตั้งค่า) รายงานจะไม่มีบรรทัด “อ้างถึง”")
        )
    if check.missing_reports:
        lines.append(
            tr("⚠ ยังไม่ได้รับข้อมูล {n} อำเภอ: ").format(n=len(check.missing_reports))
            + ", ".join(check.missing_reports)
        )
    if check.short_tambons:
        names = ", ".join(
            f"{pick(t.tambon.name_th, t.tambon.name_en)} ({' '.join(tr(MISSING[m]) for m in t.decision.missing)})"
            for t in check.short_tambons
        )
        lines.append(tr("⚠ ยังไม่ครบเกณฑ์ {n} ตำบล: ").format(n=len(check.short_tambons)) + names)
    else:
        lines.append(tr("✓ ทุกตำบลครบเกณฑ์"))
    if check.missing_documents:
        names = ", ".join(s.producer_name for s in check.missing_documents[:LISTED])
        more = "" if len(check.missing_documents) <= LISTED else " ..."
        lines.append(
            tr("⚠ เอกสารยังไม่ครบ {n} ราย: ").format(n=len(check.missing_documents)) + names + more
        )
    if check.unfinished_drafts:
        lines.append(tr("⚠ มีแบบฟอร์มลงทะเบียนที่กรอกค้างไว้ ยังไม่ได้บันทึก"))
    lines.append(tr("ส่งรายงานได้แม้ยังมีรายการข้างต้น รายงานจะแสดงตามข้อมูลจริง"))
    return lines


def changes_lines(changes: ChangesSinceExport) -> list[str]:
    if changes.last is None:
        return [tr("ยังไม่เคยส่งรายงาน")]
    when = shown_date(changes.last.at.date(), "abbr")
    lines = [tr("รายงานครั้งล่าสุดสร้างเมื่อ {date}").format(date=when)]
    if not changes.any:
        lines.append(tr("✓ ไม่มีอะไรเปลี่ยนตั้งแต่นั้น"))
        return lines
    if changes.new_registrations:
        lines.append(tr("• ลงทะเบียนเพิ่ม {n} ราย").format(n=changes.new_registrations))
    if changes.removed_registrations:
        lines.append(tr("• ลบหรือไม่นับแล้ว {n} ราย").format(n=changes.removed_registrations))
    if changes.edited_registrations:
        lines.append(tr("• แก้ไขข้อมูล {n} ราย").format(n=changes.edited_registrations))
    if changes.heading_changed:
        lines.append(tr("• ข้อมูลสำนักงานหรือหนังสือจังหวัดเปลี่ยน"))
    for t in changes.tambons[: LISTED * 2]:
        state = tr("ครบ") if t.met_now else tr("ไม่ครบ")
        lines.append(
            tr("• ต.{name}: {before} → {now} ราย ({state})").format(
                name=t.name_th, before=t.total_before, now=t.total_now, state=state
            )
        )
    return lines


def history_lines(records: list[ExportRecord]) -> list[str]:
    if not records:
        return []
    lines = [tr("รายงานที่สร้างไว้:")]
    for record in records:
        met = record.figures.get("met", "?")
        total = len(record.figures.get("tambons", {})) or "?"
        lines.append(
            tr("• {date} — ครบ {met}/{total} ตำบล — {folder}").format(
                date=shown_date(record.at.date(), "abbr"),
                met=met,
                total=total,
                folder=record.folder,
            )
        )
    return lines


def repeat_question(last: ExportRecord) -> tuple[str, str, list[str]]:
    """The question before a report that would repeat the last one; the first answer is Enter's."""
    return (
        tr("ไม่มีอะไรเปลี่ยนตั้งแต่รายงานครั้งก่อน"),
        tr(
            "รายงานที่สร้างเมื่อ {date} ที่ {folder} มีข้อมูลเหมือนกับที่จะสร้างตอนนี้ทุกอย่าง "
            "ต้องการเปิดรายงานฉบับนั้น หรือสร้างฉบับใหม่อีกชุด?"
        ).format(date=shown_date(last.at.date(), "abbr"), folder=last.folder),
        [tr("เปิดรายงานฉบับเดิม"), tr("สร้างฉบับใหม่อีกชุด")],
    )
