"""What the registration form needs from the rest of the program, handed in by the main window."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.quota import QuotaRule, Shortfall, TambonCounts, would_become_short
from otop_desktop.domain.registration import Registration, SiteAddress
from otop_desktop.i18n.catalog import tr
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.quota.status import OfficeStatus, StatusSource
from otop_desktop.services.registry.draft_service import DraftService
from otop_desktop.services.registry.registry_service import RegistryService
from otop_desktop.ui.dashboard.quota_wording import joined
from otop_desktop.ui.shell.office_views import OfficeViews
from otop_desktop.ui.widgets.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from otop_desktop.platform.card_reader import CardReaderPort
    from otop_desktop.services.photos.photo_service import PhotoService
    from otop_desktop.ui.form_print.form_printing import FormPrinting

SHORTFALL_TH = {
    Shortfall.GROUP: "กลุ่มผู้ผลิตชุมชน",
    Shortfall.OTHER: "ผู้ผลิตประเภทอื่น",
}


def open_card_reader() -> "CardReaderPort":
    """Looked up when the form is first built, so that pyscard loads only then, if at all."""
    from otop_desktop.platform import card_reader

    return card_reader.open_card_reader()


@dataclass
class FormContext:
    registry: RegistryService
    drafts: DraftService
    status_source: StatusSource
    office: OfficeService
    gazetteer: Gazetteer
    views: OfficeViews
    campaigns: CampaignService
    dialogs: Dialogs
    # Tells every view what a save changed (the change bus's publish).
    publish: Callable[[Change], None]
    card_reader: "Callable[[], CardReaderPort]" = field(default=open_card_reader)
    # The photos' service, made when the form first needs it; None: no photos here.
    photos: "Callable[[], PhotoService] | None" = None
    # Opens the print preview of saved registrations; None: no printing here.
    forms: "FormPrinting | None" = None
    _status: OfficeStatus | None = field(default=None, init=False)

    def refresh_status(self) -> None:
        self._status = self.status_source.current_status()

    def forget_status(self) -> None:
        """After a write: worked out again when next asked for, not on every save."""
        self._status = None

    def status(self) -> OfficeStatus:
        if self._status is None:
            self.refresh_status()
        assert self._status is not None
        return self._status

    def tambons(self) -> tuple[Tambon, ...]:
        return self.views.tambons()

    def tambon(self, code: str) -> Tambon | None:
        return self.gazetteer.tambon(code) if code else None

    def tambon_name(self, code: str) -> str:
        return self.gazetteer.tambon_name(code)

    def district_line(self) -> str:
        return self.views.area_line()

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
            return tr("✓ ตำบลนี้ครบเกณฑ์แล้ว {figures}").format(figures=figures)
        missing = [tr(SHORTFALL_TH[m]) for m in decision.missing if m in SHORTFALL_TH]
        if missing:
            return tr("⚠ ตำบลนี้ยังขาด{missing} อีก {n} ราย {figures}").format(
                missing=joined(missing), n=decision.still_needed, figures=figures
            )
        return tr("⚠ ตำบลนี้ยังไม่ครบเกณฑ์ อีก {n} ราย {figures}").format(
            n=decision.still_needed, figures=figures
        )

    def new_registration(self) -> Registration:
        office = self.office.require_office()
        return Registration(
            producer_type=None,
            producer_name="",
            site=SiteAddress(),
            received_on=None,
            officer_name=office.officer_name,
            officer_position=office.officer_position,
        )

    def confirm_quota_effect(
        self, parent: "QWidget", original: Registration | None, edited: Registration
    ) -> bool:
        """Asks before an edit of type or tambon makes a tambon that meets the quota short again."""
        if original is None or original.producer_type is None or edited.producer_type is None:
            return True
        moved = original.tambon_code != edited.tambon_code
        if not moved and original.producer_type == edited.producer_type:
            return True
        counts = self.tambon_counts(original.tambon_code)
        added = None if moved else edited.producer_type
        if counts is None or not would_become_short(
            self.rule(), counts, original.producer_type, added
        ):
            return True
        return self.dialogs.confirm(
            parent,
            tr("ตำบลจะไม่ครบเกณฑ์"),
            tr("การเปลี่ยนนี้จะทำให้ตำบล{name} ซึ่งครบเกณฑ์แล้ว กลับมาไม่ครบเกณฑ์ ต้องการบันทึกหรือไม่?").format(
                name=self.tambon_name(original.tambon_code)
            ),
            ok=tr("บันทึก"),
            cancel=tr("ไม่บันทึก"),
        )
