"""What the registration form needs from the rest of the program, handed in by the main window."""

from dataclasses import dataclass, field

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.quota import QuotaRule, Shortfall, TambonCounts
from otop_desktop.domain.registration import Registration, SiteAddress
from otop_desktop.services.draft_service import DraftService
from otop_desktop.services.gazetteer import Gazetteer
from otop_desktop.services.office_service import OfficeService
from otop_desktop.services.quota_service import DistrictStatus, QuotaService
from otop_desktop.services.registry_service import RegistryService
from otop_desktop.ui.dialogs import Dialogs
from otop_desktop.ui.i18n import pick, tr

SHORTFALL_TH = {
    Shortfall.GROUP: "กลุ่มผู้ผลิตชุมชน",
    Shortfall.OTHER: "ผู้ผลิตประเภทอื่น",
}


@dataclass
class FormContext:
    registry: RegistryService
    drafts: DraftService
    quota: QuotaService
    office: OfficeService
    gazetteer: Gazetteer
    dialogs: Dialogs
    _status: DistrictStatus | None = field(default=None, init=False)

    def refresh_status(self) -> None:
        self._status = self.quota.district_status()

    def status(self) -> DistrictStatus:
        if self._status is None:
            self.refresh_status()
        assert self._status is not None
        return self._status

    def tambons(self) -> tuple[Tambon, ...]:
        return self.gazetteer.tambons(self.office.require_office().district_code)

    def tambon(self, code: str) -> Tambon | None:
        return self.gazetteer.tambon(code) if code else None

    def tambon_name(self, code: str) -> str:
        return self.gazetteer.tambon_name(code)

    def district_line(self) -> str:
        district = self.office.district()
        province = self.gazetteer.province(district.province_code)
        return tr("อำเภอ{district} จังหวัด{province}").format(
            district=pick(district.name_th, district.name_en),
            province=pick(province.name_th, province.name_en) if province else "",
        )

    def rule(self) -> QuotaRule:
        return self.status().campaign.rule

    def tambon_counts(self, code: str) -> TambonCounts | None:
        found = self.status().tambon(code)
        return found.counts if found else None

    def tambon_state_text(self, code: str) -> str:
        found = self.status().tambon(code) if code else None
        if found is None:
            return ""
        counts, decision = found.counts, found.decision
        figures = tr("(กลุ่ม {groups}, ประเภทอื่น {others}, รวม {total})").format(
            groups=counts.groups, others=counts.others, total=counts.total
        )
        if decision.met:
            return tr("✓ ตำบลนี้ครบเกณฑ์แล้ว") + " " + figures
        missing = [tr(SHORTFALL_TH[m]) for m in decision.missing if m in SHORTFALL_TH]
        text = tr("ตำบลนี้ยังขาด") + tr(" และ").join(missing) if missing else tr("ตำบลนี้ยังไม่ครบเกณฑ์")
        return "⚠ " + text + " " + tr("อีก {n} ราย").format(n=decision.still_needed) + " " + figures

    def new_registration(self) -> Registration:
        office = self.office.require_office()
        return Registration(
            producer_type=None, producer_name="", site=SiteAddress(), received_on=None,
            officer_name=office.officer_name, officer_position=office.officer_position,
        )
