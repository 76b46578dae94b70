"""How an office takes part in exchanges: a district office sends and receives its own district's
records; a province office only receives, from any district of its province, and a package there
replaces the copies of that district's report workbook. The composition root picks one."""

from dataclasses import dataclass

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.office import Office


@dataclass(frozen=True)
class DistrictExchangeRole:
    supersedes_reports: bool = False

    def check_may_send(self) -> None:
        return None

    def receiving_area(self, office: Office, package_district: str) -> str:
        return office.area_code


@dataclass(frozen=True)
class ProvinceExchangeRole:
    supersedes_reports: bool = True

    def check_may_send(self) -> None:
        raise UserError(
            "สำนักงานระดับจังหวัดไม่ได้ส่งข้อมูลเป็นแฟ้มรับ-ส่งระหว่างเครื่อง "
            "กรุณาส่งรายงานระดับจังหวัด (เมนู ส่งรายงาน) แทน",
            "A province office does not send exchange packages; "
            "send the provincial report instead.",
        )

    def receiving_area(self, office: Office, package_district: str) -> str:
        # Records keep their district; a package from another province is refused by its check.
        if office.covers_district(package_district):
            return package_district
        return office.area_code


ExchangeRole = DistrictExchangeRole | ProvinceExchangeRole
