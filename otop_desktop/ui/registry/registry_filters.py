"""The registry's search box and filters, and the filter they make together."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.registry.registry_browser import BrowseFilter

ALL_YEARS, NO_YEAR = -1, 0


class RegistryFilters(QWidget):
    """Typing is reported by `typed` (the page waits a moment); any other choice by `changed`."""

    typed = Signal()
    changed = Signal()

    def __init__(
        self, campaigns: CampaignService, tambons: tuple[Tambon, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._campaigns = campaigns
        self.search = QLineEdit(self)
        self.search.setObjectName("registry_search")
        self.search.setPlaceholderText(tr("ค้นหาชื่อผู้ผลิต ผู้ติดต่อ ผลิตภัณฑ์ หรือตำบล (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.tambon_filter = QComboBox(self)
        self.tambon_filter.addItem(tr("ทุกตำบล"), "")
        for tambon in tambons:
            self.tambon_filter.addItem(pick(tambon.name_th, tambon.name_en), tambon.code)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(tr("ทุกประเภท"), 0)
        for producer_type in ProducerType:
            self.type_filter.addItem(
                pick(producer_type.short_th, producer_type.short_en), int(producer_type)
            )
        self.campaign_filter = QComboBox(self)
        self.campaign_filter.setObjectName("registry_campaign_filter")
        # A page built after the chooser moved to another year opens on that year too.
        self.fill_campaigns(campaigns.chosen_view())
        self.show_deleted = QCheckBox(tr("แสดงรายการที่ลบแล้ว"), self)
        self.without_photo = QCheckBox(tr("เฉพาะที่ยังไม่มีรูปผลิตภัณฑ์"), self)
        self.count_label = QLabel(self)
        first_line = QHBoxLayout()
        for widget, stretch in (
            (self.search, 3),
            (self.tambon_filter, 1),
            (self.type_filter, 1),
            (self.campaign_filter, 1),
        ):
            first_line.addWidget(widget, stretch)
        # Fewer filters on the second line, with the count, so the page fits a 1280-pixel screen.
        second_line = QHBoxLayout()
        second_line.addWidget(self.without_photo)
        second_line.addWidget(self.show_deleted)
        second_line.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first_line)
        layout.addLayout(second_line)
        self.search.textChanged.connect(self.typed)
        for box in (self.tambon_filter, self.type_filter, self.campaign_filter):
            box.currentIndexChanged.connect(self.changed)
        for check in (self.show_deleted, self.without_photo):
            check.toggled.connect(self.changed)

    def fill_campaigns(self, chosen: object = None) -> None:
        """Every year, each campaign's year, and the registrations in no campaign's window;
        the list opens on every year, and follows the campaign chooser when it changes."""
        box = self.campaign_filter
        box.blockSignals(True)
        box.clear()
        box.addItem(tr("ทุกปีงบประมาณ"), ALL_YEARS)
        for campaign in self._campaigns.all():
            box.addItem(tr("ปีงบประมาณ {year}").format(year=campaign.year), campaign.year)
        box.addItem(tr("ไม่นับในปีใดเลย"), NO_YEAR)
        box.setCurrentIndex(max(0, box.findData(ALL_YEARS if chosen is None else chosen)))
        box.blockSignals(False)

    def show_in_no_campaign(self) -> None:
        self.campaign_filter.setCurrentIndex(self.campaign_filter.findData(NO_YEAR))

    def browse_filter(self) -> BrowseFilter:
        type_code = self.type_filter.currentData()
        windows, in_no_window = self._campaign_windows()
        return BrowseFilter(
            self.search.text(),
            tambon_code=self.tambon_filter.currentData() or None,
            producer_type=ProducerType(type_code) if type_code else None,
            include_deleted=self.show_deleted.isChecked(),
            received_in=windows,
            in_no_window=in_no_window,
            without_product_photo=self.without_photo.isChecked(),
        )

    def _campaign_windows(self) -> tuple[tuple[tuple[dt.date, dt.date], ...] | None, bool]:
        """The windows a row's received date must fall in (or, when True, must not)."""
        year = self.campaign_filter.currentData()
        if year in (None, ALL_YEARS):
            return None, False
        campaigns = self._campaigns.all()
        if year == NO_YEAR:
            return tuple((c.window_start, c.window_end) for c in campaigns), True
        chosen = next((c for c in campaigns if c.year == year), None)
        return (((chosen.window_start, chosen.window_end),) if chosen else None), False
