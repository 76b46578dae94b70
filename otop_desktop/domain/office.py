"""The district office that registers producers and signs the report."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    province_code: str
    district_code: str
    office_name: str = ""
    officer_name: str = ""
    officer_position: str = ""


def default_office_name(district_name_th: str) -> str:
    return f"สำนักงานพัฒนาชุมชนอำเภอ{district_name_th}"
