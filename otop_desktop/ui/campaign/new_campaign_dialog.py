"""A new fiscal year's campaign when a new letter comes: pre-filled from the latest campaign with
the next fiscal year's dates, every value editable; saved, it becomes the active campaign."""

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.ui.campaign.campaign_fields import CampaignFields
from otop_desktop.ui.widgets.change_bus import ChangeBus


class NewCampaignDialog(QDialog):
    def __init__(
        self, campaigns: CampaignService, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("NewCampaignDialog")
        self._campaigns = campaigns
        self._bus = bus
        self.created: Campaign | None = None
        self.setWindowTitle(tr("การรับลงทะเบียนปีงบประมาณใหม่"))
        intro = QLabel(
            tr(
                "เมื่อได้รับหนังสือของปีใหม่ กรอกเลขที่หนังสือ วันที่ และเกณฑ์ตามหนังสือ "
                "ค่าตั้งต้นมาจากปีล่าสุด การรับลงทะเบียนปีก่อน ๆ ยังอยู่ครบ ดูและทำรายงานซ้ำได้"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = CampaignFields(
            campaigns.proposal(), campaigns.today, year_editable=True, parent=self
        )
        self.fields.year_changed.connect(self._on_year_changed)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            tr("บันทึกและใช้ปีนี้"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("new_campaign_save")
        cancel = buttons.addButton(tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.name.setFocus()

    def _on_year_changed(self, year: int) -> None:
        """A different year: its own dates and name, the rest as the officer has typed it."""
        typed = self.fields.edited()
        proposal = self._campaigns.proposal(year)
        if typed is not None:
            proposal = replace(
                proposal,
                letter_reference=typed.letter_reference,
                recipient_email=typed.recipient_email,
                rule=typed.rule,
            )
        self.fields.show_campaign(proposal)

    def accept(self) -> None:
        campaign = self.fields.edited()
        if campaign is None:
            self.fields.complain(tr("กรุณากรอกวันที่ให้ครบและถูกต้อง (เช่น 29/9/2566)"))
            return
        try:
            self.created, change = self._campaigns.create(campaign)
        except UserError as exc:
            self.fields.complain(user_message(exc))
            return
        self._bus.publish(change)
        super().accept()
