"""The office that registers producers and signs the report: a district's, or the province's."""

from dataclasses import dataclass
from enum import StrEnum


class OfficeScope(StrEnum):
    DISTRICT = "district"
    # Consolidates the reports of every district of the province; it may still register.
    PROVINCE = "province"


@dataclass(frozen=True)
class Office:
    province_code: str
    district_code: str
    office_name: str = ""
    officer_name: str = ""
    officer_position: str = ""
    scope: OfficeScope = OfficeScope.DISTRICT

    @property
    def is_province(self) -> bool:
        return self.scope is OfficeScope.PROVINCE

    @property
    def area_code(self) -> str:
        """The district's 4-digit code, or the province's 2-digit code for a province office."""
        return self.province_code if self.is_province else self.district_code

    def covers_district(self, district_code: str) -> bool:
        """A district office covers its own district; a province office, every one of its districts."""
        if self.is_province:
            return district_code[:2] == self.province_code
        return district_code == self.district_code


def default_office_name(district_name_th: str) -> str:
    return f"สำนักงานพัฒนาชุมชนอำเภอ{district_name_th}"


def default_province_office_name(province_name_th: str) -> str:
    return f"สำนักงานพัฒนาชุมชนจังหวัด{province_name_th}"
