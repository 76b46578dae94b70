"""Which campaign the received date counts for, said beside the date before saving; a date in no
campaign's window is asked about on save, since such a registration counts in no report."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from otop_desktop.i18n.catalog import shown_date, tr
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.widgets.dialogs import Dialogs


class CampaignNote:
    def __init__(self, ui: Ui_RegistrationForm, campaigns: CampaignService) -> None:
        self._ui = ui
        self._campaigns = campaigns
        self.label = QLabel(ui.page_receipt)
        self.label.setObjectName("received_campaign_note")
        self.label.setWordWrap(True)
        # Under the date, beside its own message: the date's row holds both.
        layout = ui.page_receipt_layout
        below = QWidget(ui.page_receipt)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        layout.removeWidget(ui.err_received_on)
        column.addWidget(ui.err_received_on)
        column.addWidget(self.label)
        layout.addWidget(below, 1, 1)
        ui.received_on.dateChanged.connect(self.show_for)

    def show_for(self, received: dt.date | None = None) -> None:
        received = received or self._ui.received_on.date()
        if received is None:
            self.label.setText("")
            return
        campaign = self._campaigns.holding(received)
        if campaign is None:
            self.label.setStyleSheet("color: #b35900;")
            self.label.setText(tr("⚠ วันที่นี้ไม่อยู่ในการรับลงทะเบียนปีงบประมาณใด ทะเบียนนี้จะไม่ถูกนับ"))
        else:
            self.label.setStyleSheet("color: #1b5e20;")
            self.label.setText(tr("✓ นับในการรับลงทะเบียนปีงบประมาณ {year}").format(year=campaign.year))


def confirm_counts_nowhere(
    parent: QWidget, dialogs: Dialogs, campaigns: CampaignService, received: dt.date | None
) -> bool:
    """True to save; a date that counts for no campaign is saved only when the officer says so."""
    if received is None or campaigns.holding(received) is not None:
        return True
    return dialogs.confirm(
        parent,
        tr("ทะเบียนนี้จะไม่ถูกนับ"),
        tr(
            "วันที่รับลงทะเบียน {date} ไม่อยู่ในช่วงนับของการรับลงทะเบียนปีงบประมาณใด "
            "ทะเบียนนี้จะไม่ถูกนับในรายงานใดเลย ต้องการบันทึกหรือไม่? "
            "(ถ้าเป็นปีใหม่ เพิ่มการรับลงทะเบียนของปีนั้นได้ที่เมนู แฟ้ม)"
        ).format(date=shown_date(received)),
        ok=tr("บันทึก (ไม่นับ)"),
        cancel=tr("กลับไปแก้วันที่"),
    )
