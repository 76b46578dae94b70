"""What the screens say and offer differently at a district office and at a province office.

The composition root gives every screen the one OfficeViews its office has; no screen asks which.
"""

from dataclasses import dataclass, replace
from typing import Protocol

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.office import Office
from otop_desktop.i18n.catalog import pick, shown_date, tr
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService


@dataclass(frozen=True)
class OfficeEdit:
    """The office part of the Settings page as the officer left it."""

    province_code: str
    district_code: str
    officer_name: str
    officer_position: str
    office_name: str | None


class OfficeViews(Protocol):
    @property
    def district_editable(self) -> bool:
        """Whether the Settings page lets the officer choose another district."""
        ...

    def tambons(self) -> tuple[Tambon, ...]: ...

    def area_line(self) -> str: ...

    def status_line(self) -> str: ...

    def report_title(self) -> str: ...

    def save_office(self, edit: OfficeEdit) -> tuple[Office, Change]: ...


@dataclass(frozen=True)
class DistrictViews:
    office: OfficeService
    campaigns: CampaignService
    gazetteer: Gazetteer
    district_editable: bool = True

    def tambons(self) -> tuple[Tambon, ...]:
        return self.gazetteer.tambons(self.office.require_office().district_code)

    def area_line(self) -> str:
        district = self.office.district()
        province = self.gazetteer.province(district.province_code)
        return tr("อำเภอ{district} จังหวัด{province}").format(
            district=pick(district.name_th, district.name_en),
            province=pick(province.name_th, province.name_en) if province else "",
        )

    def status_line(self) -> str:
        district = self.office.district()
        province = self.gazetteer.province(district.province_code)
        campaign = self.campaigns.viewed()
        return tr("อำเภอ{district} จังหวัด{province}  ·  {campaign}  ·  ปิดรับ {deadline}").format(
            district=pick(district.name_th, district.name_en),
            province=pick(province.name_th, province.name_en) if province else "",
            campaign=campaign.name,
            deadline=shown_date(campaign.registration_deadline, "abbr"),
        )

    def report_title(self) -> str:
        return tr("ส่งรายงานผลการรับลงทะเบียนให้จังหวัด")

    def save_office(self, edit: OfficeEdit) -> tuple[Office, Change]:
        return self.office.setup(
            edit.district_code,
            officer_name=edit.officer_name,
            officer_position=edit.officer_position,
            office_name=edit.office_name,
        )


@dataclass(frozen=True)
class ProvinceViews:
    office: OfficeService
    campaigns: CampaignService
    gazetteer: Gazetteer
    # A province office has no district of its own; its scope is changed only from setup.
    district_editable: bool = False

    def tambons(self) -> tuple[Tambon, ...]:
        """Every tambon of the province, named with its district, in order."""
        office = self.office.require_office()
        names = {d.code: d for d in self.gazetteer.districts(office.province_code)}
        return tuple(
            replace(
                t,
                name_th=f"{names[t.district_code].name_th} › {t.name_th}",
                name_en=f"{names[t.district_code].name_en} › {t.name_en}",
            )
            for t in self.gazetteer.tambons(office.province_code)
        )

    def area_line(self) -> str:
        province = self.office.province()
        return tr("ทุกอำเภอของจังหวัด{province}").format(
            province=pick(province.name_th, province.name_en)
        )

    def status_line(self) -> str:
        province = self.office.province()
        return tr("สำนักงานระดับจังหวัด จังหวัด{province}  ·  {campaign}").format(
            province=pick(province.name_th, province.name_en),
            campaign=self.campaigns.viewed().name,
        )

    def report_title(self) -> str:
        # "Send to the province" would name the officer's own office.
        return tr("สร้างรายงานผลการรับลงทะเบียนรวมของจังหวัด")

    def save_office(self, edit: OfficeEdit) -> tuple[Office, Change]:
        return self.office.setup_province(
            edit.province_code,
            officer_name=edit.officer_name,
            officer_position=edit.officer_position,
            office_name=edit.office_name,
        )
