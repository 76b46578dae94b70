"""Constants and file helpers shared by the integration tests."""

import csv
import zipfile
from pathlib import Path
from typing import Any

BANG_KHLA = "2402"
OFFICER = "นางสาวสมใจ รักงาน"
POSITION = "นักวิชาการพัฒนาชุมชนชำนาญการ"

# The Bang Khla registry file after import, counted over 1 Oct 2565 - 29 Sep 2566. Three rows fall
# outside that window and must not count: 15/9/2565 (240213, single owner), 30 ก.ย. 2566 (240214,
# group) and 1/10/2566 (240209, single owner); with no other campaign they count nowhere.
CAMPAIGN_2566: dict[str, Any] = {
    "year": 2566,
    "name": "รับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ 2566",
    "window_start": "2022-10-01",
    "window_end": "2023-09-29",
}
_TAMBONS: list[tuple[str, str, int, int, list[str]]] = [
    ("240201", "บางคล้า", 1, 2, []),
    ("240204", "บางสวน", 1, 2, []),
    ("240208", "บางกระเจ็ด", 1, 2, []),
    ("240209", "ปากน้ำ", 2, 0, ["other"]),
    ("240210", "ท่าทองหลาง", 1, 1, []),
    ("240211", "สาวชะโงก", 1, 1, []),
    ("240212", "เสม็ดเหนือ", 1, 1, []),
    ("240213", "เสม็ดใต้", 1, 1, []),
    ("240214", "หัวไทร", 0, 1, ["group"]),
]
EXPECTED_STATUS: dict[str, Any] = {
    "district": {"code": "2402", "name_th": "บางคล้า"},
    "tambons": [
        {
            "code": code,
            "name_th": name,
            "groups": groups,
            "others": others,
            "total": groups + others,
            "met": not missing,
            "missing": missing,
            # The sample file names no photos: every counted registration lacks one.
            "without_product_photo": groups + others,
        }
        for code, name, groups, others, missing in _TAMBONS
    ],
    "met": 7,
    "short": 2,
    "campaign": CAMPAIGN_2566,
    "outside_every_window": 3,
}
EMPTY_STATUS: dict[str, Any] = {
    "district": {"code": "2402", "name_th": "บางคล้า"},
    "tambons": [
        {
            "code": code,
            "name_th": name,
            "groups": 0,
            "others": 0,
            "total": 0,
            "met": False,
            "missing": ["group", "other"],
            "without_product_photo": 0,
        }
        for code, name, *_ in _TAMBONS
    ],
    "met": 0,
    "short": 9,
    "campaign": CAMPAIGN_2566,
    "outside_every_window": 0,
}


def read_rows(source: Path) -> list[list[str]]:
    with source.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(rows: list[list[str]], target: Path, encoding: str = "utf-8") -> Path:
    with target.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


def row_number_of(rows: list[list[str]], producer_name: str) -> int:
    """The spreadsheet row number (header = row 1) of the row naming `producer_name`."""
    name_at = rows[0].index("ชื่อผู้ผลิต")
    return next(n for n, row in enumerate(rows, start=1) if row[name_at] == producer_name)


def write_zip(target: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target
