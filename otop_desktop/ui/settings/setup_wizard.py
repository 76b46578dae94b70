"""First run: the office's province and district, the officer, and the fiscal year to start in."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from otop_desktop.domain.campaign import Campaign, current_fiscal_year
from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import pick, tr, user_message
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.ui.campaign.campaign_fields import CampaignFields
from otop_desktop.ui.settings.wizard_password_page import PasswordPage
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import fit_dialog

DEFAULT_PROVINCE = "24"  # ฉะเชิงเทรา, whose letter started this program


class _OfficePage(QWizardPage):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__()
        self._gazetteer = gazetteer
        self.setTitle(tr("สำนักงานพัฒนาชุมชนอำเภอ"))
        self.setSubTitle(tr("เลือกจังหวัดและอำเภอที่รับลงทะเบียน (เปลี่ยนภายหลังได้ในหน้าตั้งค่า)"))
        self.province = QComboBox(self)
        self.province.setObjectName("wizard_province")
        self.district = QComboBox(self)
        self.district.setObjectName("wizard_district")
        for province in gazetteer.provinces():
            self.province.addItem(pick(province.name_th, province.name_en), province.code)
        self.province.currentIndexChanged.connect(self._on_province_changed)
        self.province.setCurrentIndex(self.province.findData(DEFAULT_PROVINCE))
        self._on_province_changed()
        self.province_office = QCheckBox(
            tr("สำนักงานพัฒนาชุมชนจังหวัด: รวบรวมรายงานของทุกอำเภอ (ไม่รับลงทะเบียนเอง)"), self
        )
        self.province_office.setObjectName("wizard_province_office")
        self.province_office.toggled.connect(self.district.setDisabled)
        form = QFormLayout(self)
        form.addRow(tr("จังหวัด"), self.province)
        form.addRow(tr("อำเภอ"), self.district)
        form.addRow(self.province_office)

    def _on_province_changed(self, *_args: object) -> None:
        self.district.clear()
        for district in self._gazetteer.districts(self.province.currentData() or ""):
            self.district.addItem(pick(district.name_th, district.name_en), district.code)


class _OfficerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("เจ้าหน้าที่ผู้รายงาน"))
        self.setSubTitle(tr("ชื่อและตำแหน่งนี้จะอยู่ในช่องลงชื่อของแบบรายงาน"))
        self.officer_name = QLineEdit(self)
        self.officer_name.setObjectName("wizard_officer_name")
        self.officer_name.setPlaceholderText(tr("เช่น นางสาวสมใจ รักงาน"))
        self.officer_position = QLineEdit(self)
        self.officer_position.setObjectName("wizard_officer_position")
        self.officer_position.setPlaceholderText(tr("เช่น นักวิชาการพัฒนาชุมชนชำนาญการ"))
        form = QFormLayout(self)
        form.addRow(tr("ชื่อ-สกุล"), self.officer_name)
        form.addRow(tr("ตำแหน่ง"), self.officer_position)
        self.registerField("officer_name*", self.officer_name)


class _CampaignPage(QWizardPage):
    """The fiscal year the office starts in: the current one, from the latest letter's rules and
    recipient, or the letter's own year; both are kept, the chosen one is active."""

    def __init__(self, campaigns: CampaignService) -> None:
        super().__init__()
        self._campaigns = campaigns
        self.current = campaigns.proposal(current_fiscal_year(campaigns.today()))
        self.latest = campaigns.all()[0]
        self.setTitle(tr("การรับลงทะเบียนของปีงบประมาณ"))
        self.setSubTitle(
            tr(
                "เริ่มที่ปีงบประมาณปัจจุบัน {year} ด้วยเกณฑ์และผู้รับรายงานตามหนังสือจังหวัดฉบับล่าสุด ตรวจสอบหรือแก้ไขได้"
            ).format(year=self.current.year)
        )
        self.this_year = QRadioButton(
            tr("ปีงบประมาณ {year} (ปีปัจจุบัน)").format(year=self.current.year), self
        )
        self.this_year.setObjectName("wizard_current_year")
        self.letter_year = QRadioButton(
            tr("ปีงบประมาณ {year} ตามหนังสือ {reference}").format(
                year=self.latest.year, reference=self.latest.letter_reference
            ),
            self,
        )
        self.letter_year.setObjectName("wizard_letter_year")
        self.this_year.setChecked(True)
        self.fields = CampaignFields(self.current, campaigns.today, parent=self)
        self.kept = QLabel(
            tr("การรับลงทะเบียนปีงบประมาณ {year} เก็บไว้ด้วย ดูหรือทำรายงานของปีนั้นได้ทุกเมื่อ").format(
                year=self.latest.year
            ),
            self,
        )
        self.kept.setWordWrap(True)
        self.this_year.toggled.connect(self._on_year_toggled)
        layout = QVBoxLayout(self)
        for widget in (self.this_year, self.letter_year, self.fields, self.kept):
            layout.addWidget(widget)
        if self.latest.year == self.current.year:
            self.letter_year.hide()
            self.kept.hide()

    def _on_year_toggled(self, current: bool) -> None:
        self.fields.show_campaign(self.current if current else self.latest)

    def edited(self) -> Campaign | None:
        return self.fields.edited()

    def validatePage(self) -> bool:
        if self.edited() is None:
            self.fields.complain(tr("กรุณากรอกวันที่ให้ครบและถูกต้อง (เช่น 29/9/2566)"))
            return False
        return True

    def apply(self) -> None:
        """Saves the chosen year's campaign and makes it the active one."""
        campaign = self.edited()
        assert campaign is not None
        if self.this_year.isChecked() and self.latest.year != campaign.year:
            self._campaigns.create(campaign)
        else:
            self._campaigns.save(campaign)
            self._campaigns.activate(campaign.year)


class SetupWizard(QWizard):
    def __init__(
        self,
        office: OfficeService,
        campaigns: CampaignService,
        gazetteer: Gazetteer,
        parent: QWidget | None = None,
        *,
        password: ProgramPassword | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = office
        self.setWindowTitle(tr("ตั้งค่าเริ่มต้น OTOP Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("ถัดไป ›"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("‹ ย้อนกลับ"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("เริ่มใช้งาน"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("ยกเลิก"))
        self.office_page = _OfficePage(gazetteer)
        self.officer_page = _OfficerPage()
        self.campaign_page = _CampaignPage(campaigns)
        for page in (self.office_page, self.officer_page, self.campaign_page):
            self.addPage(page)
        # Offered where the password encrypts the data (a file on this computer) and none is set.
        self.password_page: PasswordPage | None = None
        if password is not None and dialogs is not None and password.encrypts:
            self.password_page = PasswordPage(password, dialogs) if not password.is_set() else None
        if self.password_page is not None:
            self.addPage(self.password_page)
        fit_dialog(self, 720, 520)

    def accept(self) -> None:
        if self.campaign_page.edited() is None:
            return
        officer = {
            "officer_name": self.officer_page.officer_name.text().strip(),
            "officer_position": self.officer_page.officer_position.text().strip(),
        }
        page = self.office_page
        try:
            if page.province_office.isChecked():
                self._office.setup_province(page.province.currentData(), **officer)
            else:
                self._office.setup(page.district.currentData(), **officer)
            self.campaign_page.apply()
        except UserError as exc:
            self.campaign_page.fields.complain(user_message(exc))
            return
        if self.password_page is not None:
            office_name = self._office.require_office().office_name
            if not self.password_page.apply(office_name):
                return
        super().accept()
