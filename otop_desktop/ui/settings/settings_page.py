"""Settings: the office, the campaign of the year shown (its letter and quota rule), a new
year's campaign, and the interface language."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.quota import QuotaRule
from otop_desktop.i18n.catalog import pick, tr, user_message
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.campaign.campaign_service import check as check_campaign
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from otop_desktop.ui.privacy.privacy_settings import PrivacySettings
from otop_desktop.ui.shell.office_views import OfficeEdit, OfficeViews
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import scroll_layout
from otop_desktop.ui.widgets.tab_order import chain_after

LANGUAGES = (("th", "ภาษาไทย"), ("en", "English"))


class SettingsPage(QWidget):
    language_changed = Signal(str)

    def __init__(
        self,
        office: OfficeService,
        campaigns: CampaignService,
        gazetteer: Gazetteer,
        views: OfficeViews,
        language: str,
        bus: ChangeBus,
        dialogs: Dialogs,
        privacy: Callable[[QWidget], PrivacySettings],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        # The sections scroll on a small screen; Save and Revert stay in view below them.
        scroll_layout(self.ui.settings_layout, self.ui.columns_layout, self)
        self._office = office
        self._campaigns = campaigns
        self._dialogs = dialogs
        self._gazetteer = gazetteer
        self._views = views
        self._bus = bus
        self._campaign: Campaign | None = None
        for province in gazetteer.provinces():
            self.ui.province.addItem(pick(province.name_th, province.name_en), province.code)
        for code, name in LANGUAGES:
            self.ui.language.addItem(name, code)
        self.ui.language.setCurrentIndex(self.ui.language.findData(language))
        self.ui.province.currentIndexChanged.connect(self._on_province_changed)
        self.ui.save_settings_button.clicked.connect(self._on_save_clicked)
        self.ui.revert_button.clicked.connect(self.load)
        self.ui.language.currentIndexChanged.connect(self._on_language_changed)
        self._add_campaign_actions()
        self.privacy = privacy(self)
        self.add_section(self.privacy)
        bus.changed.connect(self._on_change)
        self.load()

    def _add_campaign_actions(self) -> None:
        """Beside the campaign shown: make it the active year, or add a new year's campaign."""
        row = QWidget(self)
        self.campaign_state = QLabel(row)
        self.campaign_state.setObjectName("campaign_state")
        self.campaign_state.setWordWrap(True)
        self.activate_button = QPushButton(tr("ใช้ปีนี้รับลงทะเบียน"), row)
        self.activate_button.setObjectName("activate_campaign_button")
        self.new_campaign_button = QPushButton(tr("เพิ่มปีงบประมาณใหม่..."), row)
        self.new_campaign_button.setObjectName("new_campaign_button")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.campaign_state, 1)
        layout.addWidget(self.activate_button)
        layout.addWidget(self.new_campaign_button)
        column = self.ui.right_column
        column.insertWidget(column.indexOf(self.ui.campaign_group), row)
        # Atop the right column: after the left column's last field, before the campaign's own.
        chain_after(
            self.ui.language,
            [self.activate_button, self.new_campaign_button, self.ui.campaign_name],
        )
        self.activate_button.clicked.connect(self._on_activate_clicked)
        self.new_campaign_button.clicked.connect(self._on_new_campaign_clicked)

    def _on_change(self, change: Change) -> None:
        # Another year chosen or added elsewhere: show it, unless the officer is typing here.
        if change.kind is ChangeKind.CAMPAIGN and not self._campaign_edited():
            message = self.ui.settings_message.text()
            self.load()
            self.ui.settings_message.setText(message)

    def _campaign_edited(self) -> bool:
        return self._campaign is not None and self.edited_campaign() != self._campaign

    def _on_activate_clicked(self) -> None:
        if self._campaign is not None:
            self._bus.publish(self._campaigns.activate(self._campaign.year))

    def _on_new_campaign_clicked(self) -> None:
        from otop_desktop.ui.campaign.new_campaign_dialog import NewCampaignDialog

        self.campaign_dialog = NewCampaignDialog(self._campaigns, self._bus, self)
        self.campaign_dialog.open()

    def load(self) -> None:
        office = self._office.require_office()
        self.ui.province.setCurrentIndex(self.ui.province.findData(office.province_code))
        self._on_province_changed()
        self.ui.district.setCurrentIndex(self.ui.district.findData(office.district_code))
        self.ui.district.setEnabled(self._views.district_editable)
        self.ui.office_name.setText(office.office_name)
        self.ui.officer_name.setText(office.officer_name)
        self.ui.officer_position.setText(office.officer_position)
        campaign = self._campaign = self._campaigns.viewed()
        active = self._campaigns.active().year == campaign.year
        self.ui.campaign_group.setTitle(
            tr("การรับลงทะเบียนปีงบประมาณ {year}").format(year=campaign.year)
        )
        self.campaign_state.setText(
            tr("ปีงบประมาณ {year}: ปีที่ใช้งานอยู่").format(year=campaign.year)
            if active
            else tr("ปีงบประมาณ {year}: แสดงอยู่ แต่ไม่ใช่ปีที่ใช้งาน").format(year=campaign.year)
        )
        self.activate_button.setVisible(not active)
        ui = self.ui
        ui.campaign_name.setText(campaign.name)
        ui.letter_reference.setText(campaign.letter_reference)
        for widget, value in (
            (ui.letter_date, campaign.letter_date),
            (ui.window_start, campaign.window_start),
            (ui.window_end, campaign.window_end),
            (ui.registration_deadline, campaign.registration_deadline),
            (ui.report_due, campaign.report_due),
        ):
            widget.setDate(value)
        ui.recipient_email.setText(campaign.recipient_email)
        ui.min_groups.setValue(campaign.rule.min_groups)
        ui.min_others.setValue(campaign.rule.min_others)
        ui.min_total.setValue(campaign.rule.min_total)
        ui.settings_message.setText("")

    def _on_province_changed(self, *_args: object) -> None:
        self.ui.district.clear()
        for district in self._gazetteer.districts(self.ui.province.currentData() or ""):
            self.ui.district.addItem(pick(district.name_th, district.name_en), district.code)

    def _on_language_changed(self, *_args: object) -> None:
        self.language_changed.emit(self.ui.language.currentData())

    def edited_campaign(self) -> Campaign | None:
        ui = self.ui
        dates = [
            ui.letter_date.date(),
            ui.window_start.date(),
            ui.window_end.date(),
            ui.registration_deadline.date(),
            ui.report_due.date(),
        ]
        letter_date, start, end, deadline, due = dates
        if (
            letter_date is None
            or start is None
            or end is None
            or deadline is None
            or due is None
            or self._campaign is None
        ):
            return None
        return replace(
            self._campaign,
            name=ui.campaign_name.text().strip(),
            letter_reference=ui.letter_reference.text().strip(),
            letter_date=letter_date,
            window_start=start,
            window_end=end,
            registration_deadline=deadline,
            report_due=due,
            recipient_email=ui.recipient_email.text().strip(),
            rule=QuotaRule(ui.min_groups.value(), ui.min_others.value(), ui.min_total.value()),
        )

    def _on_save_clicked(self) -> None:
        campaign = self.edited_campaign()
        if campaign is None:
            self._show(tr("✖ กรุณากรอกวันที่ให้ครบและถูกต้อง (เช่น 29/9/2566)"), error=True)
            return
        changed = campaign != self._campaign
        try:
            if changed:
                check_campaign(campaign)
                if not self._past_campaign_edit_ok(campaign):
                    self._show(tr("ยังไม่ได้บันทึก ข้อมูลที่แก้ไขยังอยู่ในหน้านี้"), error=True)
                    return
            self._views.save_office(
                OfficeEdit(
                    province_code=self.ui.province.currentData() or "",
                    district_code=self.ui.district.currentData() or "",
                    officer_name=self.ui.officer_name.text().strip(),
                    officer_position=self.ui.officer_position.text().strip(),
                    office_name=self.ui.office_name.text().strip() or None,
                )
            )
            if changed:
                self._campaign, _ = self._campaigns.save(campaign)
        except UserError as exc:
            self._show("✖ " + user_message(exc), error=True)
            return
        self._show(tr("✓ บันทึกการตั้งค่าแล้ว"))
        self._bus.publish(Change(ChangeKind.OFFICE))
        self._bus.publish(Change(ChangeKind.CAMPAIGN))

    def _past_campaign_edit_ok(self, campaign: Campaign) -> bool:
        """A campaign whose window is over may already have been reported: asked first."""
        if not campaign.is_over(self._campaigns.today()):
            return True
        return self._dialogs.confirm(
            self,
            tr("แก้ไขการรับลงทะเบียนที่สิ้นสุดแล้ว"),
            tr(
                "การรับลงทะเบียนปีงบประมาณ {year} สิ้นสุดแล้ว และอาจส่งรายงานไปแล้ว "
                "การแก้ไขจะเปลี่ยนตัวเลขของปีนั้น ต้องการบันทึกหรือไม่?"
            ).format(year=campaign.year),
            ok=tr("บันทึกการแก้ไข"),
            cancel=tr("ไม่บันทึก"),
        )

    def add_section(self, section: QWidget) -> None:
        """A further group box in the right column, above its spacer; Tab reaches its fields
        before the buttons below both columns."""
        column = self.ui.right_column
        column.insertWidget(column.count() - 1, section)
        fields = [
            w for w in section.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if fields:
            chain_after(fields[-1], [self.ui.revert_button, self.ui.save_settings_button])

    def _show(self, text: str, *, error: bool = False) -> None:
        self.ui.settings_message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.ui.settings_message.setText(text)
