"""Reports of a whole district with none, half or all of its tambons short, to look at on paper.

    python tools/report_cases.py OUTDIR [--district 2401] [--short none|half|all] [--preview]

Sets up an office in OUTDIR/data, registers producers with long names, full addresses, IDs and
phone numbers in every tambon (a group and another type where the tambon should meet the quota,
one group where it should fall short), plus one registration outside the campaign's window and
one rejected by the district committee, then writes the report into OUTDIR/report. With
--preview, LibreOffice prints the workbook (tools/print_preview.py) and poppler renders both the
workbook's and the program's own PDF to page images next to them.
"""

import argparse
import csv
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

HEADER = [
    "รหัสตำบล",
    "ประเภทผู้ผลิต",
    "ชื่อผู้ผลิต",
    "ชื่อ-สกุล ผู้ติดต่อ",
    "เลขประจำตัวประชาชน",
    "เลขทะเบียนนิติบุคคล",
    "จำนวนสมาชิก",
    "ที่อยู่",
    "โทรศัพท์",
    "ชื่อผลิตภัณฑ์",
    "ประเภทผลิตภัณฑ์",
    "วันที่รับลงทะเบียน",
    "หมายเหตุ",
]
OFFICER = "นางสาวสมใจ รักงาน"
POSITION = "นักวิชาการพัฒนาชุมชนชำนาญการ"
REPORT_DATE = dt.date(2023, 9, 27)


def national_id(seed: int) -> str:
    digits = [int(c) for c in f"3{seed:011d}"[:12]]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits)) + str(check)


def juristic_no(seed: int) -> str:
    digits = [int(c) for c in f"0{seed:011d}"[:12]]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits)) + str(check)


def rows_for(codes: list[str], short: str) -> list[list[str]]:
    """A group in every tambon; another type too where the tambon is to meet the quota."""
    short_from = {"none": len(codes), "half": len(codes) - len(codes) // 2, "all": 0}[short]
    rows = []
    for index, code in enumerate(codes):
        seed = 10_000_000 + index * 7919
        rows.append(
            [
                code,
                "กลุ่ม",
                f"กลุ่มวิสาหกิจชุมชนแม่บ้านเกษตรกรแปรรูปผลผลิตทางการเกษตรบ้านหมู่ที่ {index + 1}",
                "นางสมศรี ใจดีมีสุขสวัสดิ์",
                national_id(seed),
                "",
                str(20 + index),
                f"{index + 12}/3 หมู่ {index % 9 + 1} บ้านคลองสวนหมาก ถนนบางคล้า-ฉะเชิงเทรา",
                f"08{index % 10}1112222",
                "กล้วยตากพลังงานแสงอาทิตย์; กล้วยฉาบรสเค็ม; น้ำพริกเผา",
                "อาหาร",
                f"{index % 27 + 1}/3/2566",
                "เอกสารครบ",
            ]
        )
        if index < short_from:
            sme = index % 3 == 0
            rows.append(
                [
                    code,
                    "SMEs" if sme else "รายเดียว",
                    "ห้างหุ้นส่วนจำกัด ผ้าทอมือพื้นเมือง" if sme else "นายประเสริฐ ทองคำ",
                    "นายประเสริฐ ทองคำ",
                    national_id(seed + 1),
                    juristic_no(seed + 3) if sme else "",
                    "",
                    f"45/{index} หมู่ 3",
                    "0381234567",
                    "ผ้าทอมือลายดอกพิกุล" if sme else "มะม่วงแช่อิ่ม",
                    "ผ้าและเครื่องแต่งกาย" if sme else "อาหาร",
                    "๑๕ ก.พ. ๒๕๖๖",
                    "",
                ]
            )
    # Outside the 2566 window: listed in the registry, not counted in this report.
    rows.append([codes[0], "รายเดียว", "นางมาลี นอกรอบ", "", "", "", "", "", "", "ขนมเปี๊ยะ"])
    rows[-1] += ["อาหาร", "5/10/2566", "รับหลังปิดรับ"]
    # Rejected by the district committee once imported (make_case).
    rows.append([codes[-1], "รายเดียว", "นายสมหมาย ไม่ผ่านเกณฑ์", "นายสมหมาย ไม่ผ่านเกณฑ์"])
    rows[-1] += [national_id(99_000_001), "", "", "", "", "ไม้กวาด"]
    rows[-1] += ["ของใช้ ของตกแต่ง ของที่ระลึก", "1/9/2566", ""]
    return rows


def make_case(out: Path, district: str, short: str) -> Any:
    from otop_desktop.app import open_services
    from otop_desktop.domain.producer_types import RegistrationStatus
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(out / "data"))
    services.office.setup(district, officer_name=OFFICER, officer_position=POSITION)
    codes = [t.code for t in services.gazetteer.tambons(district)]
    table = out / "registrations.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows_for(codes, short))
    report = services.importer.import_file(table)
    if not report.committed:
        raise SystemExit(report.summary())
    rejected = services.registry.search("ไม่ผ่านเกณฑ์")[0]
    registration = services.registry.get(rejected.uuid)
    services.registry.update(replace(registration, status=RegistrationStatus.REJECTED))
    return services


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--district", default="2402")
    parser.add_argument("--short", choices=("none", "half", "all"), default="half")
    parser.add_argument("--with-ids", action="store_true")
    parser.add_argument("--preview", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    services = make_case(args.out, args.district, args.short)
    try:
        result = services.reports.export(
            args.out / "report", today=REPORT_DATE, with_ids=args.with_ids
        )
    finally:
        services.close()
    for path in result.paths:
        print(path)
    if args.preview:
        import print_preview

        pages = args.out / "pages"
        lo_pdf = print_preview.convert_to_pdf(result.workbook, pages / "libreoffice")
        for image in print_preview.render_pages(lo_pdf, pages / "libreoffice"):
            print(image)
        for image in print_preview.render_pages(result.pdf, pages / "program"):
            print(image)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
