"""What `otop-desktop status` prints: a district's tambons, or a province's districts, as text in
the interface language (OTOP_LANG), or as the JSON of PRODUCT.md §4."""

from typing import TYPE_CHECKING

from otop_desktop.i18n.campaign_wording import campaign_heading, outside_every_window_text
from otop_desktop.i18n.catalog import pick, shown_date, tr
from otop_desktop.services.quota.status import DistrictStatus, OfficeStatus

if TYPE_CHECKING:
    # A province's status loads with a province office only: a district's `status --json` is
    # scripted, and pays for no more than it prints.
    from otop_desktop.services.quota.province_service import (
        CrossDistrictDuplicate,
        DistrictReport,
        ProvinceStatus,
    )

MISSING = {"group": "ขาดกลุ่ม", "other": "ขาดประเภทอื่น", "total": "ขาดจำนวนรวม"}


def status_lines(
    status: OfficeStatus, duplicates: tuple["CrossDistrictDuplicate", ...] = ()
) -> list[str]:
    if isinstance(status, DistrictStatus):
        return district_lines(status)
    from otop_desktop.services.quota.province_service import ProvinceStatus

    assert isinstance(status, ProvinceStatus)
    return province_lines(status, duplicates)


def district_lines(status: DistrictStatus) -> list[str]:
    district = pick(status.district.name_th, status.district.name_en)
    lines = [
        tr("อำเภอ{district}: ครบ {met} จาก {count} ตำบล").format(
            district=district, met=status.met_count, count=len(status.tambons)
        ),
        campaign_heading(status.campaign),
        f"{tr('รหัส'):<8}{tr('ตำบล'):<20}{tr('กลุ่ม'):>6}{tr('อื่น'):>6}{tr('รวม'):>6}  {tr('ผล')}",
    ]
    for t in status.tambons:
        missing = ", ".join(tr(MISSING[m.value]) for m in t.decision.missing)
        result = tr("ครบ") if t.decision.met else missing
        name = pick(t.tambon.name_th, t.tambon.name_en)
        lines.append(
            f"{t.tambon.code:<8}{name:<20}{t.counts.groups:>6}"
            f"{t.counts.others:>6}{t.counts.total:>6}  {result}"
        )
    if status.outside_every_window:
        lines.append(outside_every_window_text(status.outside_every_window))
    return lines


def received_line(report: "DistrictReport") -> str:
    from otop_desktop.services.quota.province_service import local_time

    if report.last_received is None:
        return tr("ยังไม่ได้รับข้อมูล") if not report.stored else tr("ได้รับแล้ว")
    moment = local_time(report.last_received)
    return f"{shown_date(moment.date(), 'abbr')} {moment:%H:%M}"


def province_lines(
    status: "ProvinceStatus", duplicates: tuple["CrossDistrictDuplicate", ...]
) -> list[str]:
    totals = status.totals
    lines = [
        tr(
            "จังหวัด{province}: ครบ {met} จาก {count} ตำบล · ได้รับข้อมูล {reporting} จาก {districts} อำเภอ"
        ).format(
            province=pick(status.province.name_th, status.province.name_en),
            met=status.met_count,
            count=status.tambon_count,
            reporting=status.reporting_count,
            districts=len(status.districts),
        ),
        campaign_heading(status.campaign),
        tr("ลงทะเบียนที่นับตามเกณฑ์ {total} ราย (กลุ่ม {groups} · รายเดียว {single} · SMEs {smes})").format(
            total=totals.total, groups=totals.groups, single=totals.single_owners, smes=totals.smes
        ),
        f"{tr('รหัส'):<6}{tr('อำเภอ'):<18}{tr('ตำบลครบ'):>8}{tr('รวม'):>6}  "
        + tr("ข้อมูลล่าสุด / ตำบลที่ยังไม่ครบ"),
    ]
    for report in status.districts:
        figures = f"{report.status.met_count}/{len(report.status.tambons)}"
        short = ", ".join(pick(t.tambon.name_th, t.tambon.name_en) for t in report.short_tambons)
        name = pick(report.district.name_th, report.district.name_en)
        lines.append(
            f"{report.district.code:<6}{name:<18}{figures:>8}"
            f"{report.status.totals.total:>6}  {received_line(report)}"
            + (
                tr(" · ยังไม่ครบ: {tambons}").format(tambons=short)
                if report.reported and short
                else ""
            )
        )
    if status.outside_every_window:
        lines.append(outside_every_window_text(status.outside_every_window))
    if duplicates:
        lines.append(tr("ลงทะเบียนซ้ำข้ามอำเภอ {n} ราย:").format(n=len(duplicates)))
        lines += [f"  ⚠ {d.describe_th()}" for d in duplicates]
    else:
        lines.append(tr("ไม่พบผู้ลงทะเบียนซ้ำข้ามอำเภอ"))
    lines.append(
        "("
        + tr(
            "ตรวจได้เฉพาะรายการที่มีเลขประจำตัวเต็ม รายงานที่ปิดบังเลขประจำตัวไว้ (ค่าเริ่มต้น) ตรวจซ้ำไม่ได้ "
            "ควรขอรายงานแบบใส่เลขเต็มหรือแฟ้มรับ-ส่งข้อมูล (.otoppack)"
        )
        + ")"
    )
    return lines
