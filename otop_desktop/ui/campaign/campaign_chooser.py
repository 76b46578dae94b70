"""The campaign chooser on the status bar, on every page: which fiscal year the dashboard, the
registry and the report show. The active year (where new registrations go) is marked."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from otop_desktop.i18n.catalog import tr
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.ui.widgets.change_bus import ChangeBus


class CampaignChooser(QWidget):
    def __init__(
        self, campaigns: CampaignService, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._campaigns = campaigns
        self._bus = bus
        self.combo = QComboBox(self)
        self.combo.setObjectName("campaign_chooser")
        self.combo.setToolTip(tr("ปีงบประมาณที่หน้าหลัก ทะเบียน และรายงานแสดงอยู่ (Ctrl+Y)"))
        # On the status bar, below every page: reached by Ctrl+Y, not in the page's Tab round.
        self.combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        label = QLabel(tr("ปีงบประมาณ"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.reload()
        self.combo.activated.connect(self._on_activated)
        bus.changed.connect(self._on_change)

    def choose(self) -> None:
        """Ctrl+Y: the list opens for the keyboard, on the year shown."""
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.combo.showPopup()

    def reload(self) -> None:
        active = self._campaigns.active().year
        viewed = self._campaigns.viewed().year
        self.combo.blockSignals(True)
        self.combo.clear()
        for campaign in self._campaigns.all():
            text = str(campaign.year)
            if campaign.year == active:
                text = tr("{year} (ปีที่ใช้งาน)").format(year=campaign.year)
            self.combo.addItem(text, campaign.year)
        self.combo.setCurrentIndex(self.combo.findData(viewed))
        self.combo.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        year = self.combo.itemData(index)
        active = self._campaigns.active().year
        self._bus.publish(self._campaigns.view(None if year == active else year))

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.CAMPAIGN:
            self.reload()
