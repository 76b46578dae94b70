"""First run: the office's province and district, the officer, and the campaign to confirm."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import QuotaRule
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.errors import UserError
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.privacy.program_password import ProgramPassword
from otop_desktop.ui.settings.wizard_password_page import PasswordPage
from otop_desktop.ui.widgets.be_date_edit import BeDateEdit
from otop_desktop.ui.widgets.dialogs import Dialogs

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
            self.province.addItem(province.name_th, province.code)
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
            self.district.addItem(district.name_th, district.code)


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
    def __init__(self, campaign: Campaign) -> None:
        super().__init__()
        self.setTitle(tr("การรับลงทะเบียนตามหนังสือจังหวัด"))
        self.setSubTitle(tr("ค่าตั้งต้นมาจากหนังสือจังหวัดฉะเชิงเทรา ลงวันที่ 26 กันยายน 2566 ตรวจสอบหรือแก้ไขได้"))
        self.campaign = campaign
        self.reference = QLineEdit(campaign.letter_reference, self)
        self.dates = {}
        form = QFormLayout(self)
        form.addRow(tr("เลขที่หนังสือ"), self.reference)
        for key, label in (
            ("letter_date", "ลงวันที่"),
            ("window_start", "นับตั้งแต่วันที่"),
            ("window_end", "ถึงวันที่"),
            ("registration_deadline", "ปิดรับลงทะเบียน"),
            ("report_due", "ส่งรายงานภายใน"),
        ):
            edit = BeDateEdit(self)
            edit.setDate(getattr(campaign, key))
            self.dates[key] = edit
            form.addRow(tr(label), edit)
        self.recipient = QLineEdit(campaign.recipient_email, self)
        form.addRow(tr("อีเมลผู้รับรายงาน"), self.recipient)
        self.rule = {}
        for key, label in (
            ("min_groups", "กลุ่มผู้ผลิตชุมชนอย่างน้อย (ต่อตำบล)"),
            ("min_others", "ประเภทอื่นอย่างน้อย"),
            ("min_total", "รวมอย่างน้อย"),
        ):
            spin = QSpinBox(self)
            spin.setRange(0, 99)
            spin.setValue(getattr(campaign.rule, key))
            self.rule[key] = spin
            form.addRow(tr(label), spin)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)

    def edited(self) -> Campaign | None:
        values = {key: edit.date() for key, edit in self.dates.items()}
        if any(v is None for v in values.values()):
            return None
        return replace(
            self.campaign,
            letter_reference=self.reference.text().strip(),
            recipient_email=self.recipient.text().strip(),
            rule=QuotaRule(
                *(self.rule[k].value() for k in ("min_groups", "min_others", "min_total"))
            ),
            **values,
        )

    def validatePage(self) -> bool:
        if self.edited() is None:
            self.error.setText(tr("✖ กรุณากรอกวันที่ให้ครบและถูกต้อง (เช่น 29/9/2566)"))
            return False
        return True


class SetupWizard(QWizard):
    def __init__(
        self,
        office: OfficeService,
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
        self.campaign_page = _CampaignPage(office.campaign())
        for page in (self.office_page, self.officer_page, self.campaign_page):
            self.addPage(page)
        # Offered where the password encrypts the data (a file on this computer) and none is set.
        self.password_page: PasswordPage | None = None
        if password is not None and dialogs is not None and password.encrypts:
            self.password_page = PasswordPage(password, dialogs) if not password.is_set() else None
        if self.password_page is not None:
            self.addPage(self.password_page)
        self.resize(720, 520)

    def accept(self) -> None:
        campaign = self.campaign_page.edited()
        if campaign is None:
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
            self._office.save_campaign(campaign)
        except UserError as exc:
            self.campaign_page.error.setText("✖ " + user_message(exc))
            return
        if self.password_page is not None:
            office_name = self._office.require_office().office_name
            if not self.password_page.apply(office_name):
                return
        super().accept()
