"""A campaign's fields, as the first-run wizard and the new-campaign dialog show them: its fiscal
year, name, letter, counting window, deadlines, recipient and quota rule, every one editable."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import QuotaRule
from otop_desktop.i18n.catalog import shown_date, tr
from otop_desktop.ui.widgets.be_date_edit import BeDateEdit

DATE_FIELDS = (
    ("letter_date", "ลงวันที่"),
    ("window_start", "นับตั้งแต่วันที่"),
    ("window_end", "ถึงวันที่"),
    ("registration_deadline", "ปิดรับลงทะเบียน"),
    ("report_due", "ส่งรายงานภายใน"),
)
RULE_FIELDS = (
    ("min_groups", "กลุ่มผู้ผลิตชุมชนอย่างน้อย (ต่อตำบล)"),
    ("min_others", "ประเภทอื่นอย่างน้อย"),
    ("min_total", "รวมอย่างน้อย"),
)


class CampaignFields(QWidget):
    """`year_editable`: a new campaign's year may be chosen; an existing one's is fixed."""

    year_changed = Signal(int)

    def __init__(
        self,
        campaign: Campaign,
        today: Callable[[], dt.date] = dt.date.today,
        *,
        year_editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._today = today
        form = QFormLayout(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("campaign_year")
        self.year.setRange(2500, 2700)
        self.year.setEnabled(year_editable)
        form.addRow(tr("ปีงบประมาณ (พ.ศ.)"), self.year)
        self.name = QLineEdit(self)
        self.name.setObjectName("campaign_name")
        form.addRow(tr("ชื่อการรับลงทะเบียน"), self.name)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("campaign_letter_reference")
        self.reference.setPlaceholderText(tr("เช่น ฉช ๐๐๑๙/ว ๕๔๖๕"))
        form.addRow(tr("เลขที่หนังสือ"), self.reference)
        self.dates: dict[str, BeDateEdit] = {}
        for key, label in DATE_FIELDS:
            edit = BeDateEdit(self)
            edit.setObjectName(f"campaign_{key}")
            edit.dateChanged.connect(self._show_window_note)
            self.dates[key] = edit
            form.addRow(tr(label), edit)
        self.recipient = QLineEdit(self)
        self.recipient.setObjectName("campaign_recipient")
        form.addRow(tr("อีเมลผู้รับรายงาน"), self.recipient)
        self.rule: dict[str, QSpinBox] = {}
        for key, label in RULE_FIELDS:
            spin = QSpinBox(self)
            spin.setRange(0, 99)
            self.rule[key] = spin
            form.addRow(tr(label), spin)
        self.window_note = QLabel(self)
        self.window_note.setObjectName("campaign_window_note")
        self.window_note.setWordWrap(True)
        form.addRow(self.window_note)
        self.error = QLabel(self)
        self.error.setObjectName("campaign_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        self.show_campaign(campaign)
        self.year.valueChanged.connect(self.year_changed)

    def show_campaign(self, campaign: Campaign) -> None:
        self._campaign = campaign
        self.year.blockSignals(True)
        self.year.setValue(campaign.year)
        self.year.blockSignals(False)
        self.name.setText(campaign.name)
        self.reference.setText(campaign.letter_reference)
        for key, edit in self.dates.items():
            edit.setDate(getattr(campaign, key))
        self.recipient.setText(campaign.recipient_email)
        for key, spin in self.rule.items():
            spin.setValue(getattr(campaign.rule, key))
        self._show_window_note()

    def edited(self) -> Campaign | None:
        """The campaign as the officer left the fields; None while a date is not a date."""
        values = {key: edit.date() for key, edit in self.dates.items()}
        dates = {key: value for key, value in values.items() if value is not None}
        if len(dates) != len(values):
            return None
        return replace(
            self._campaign,
            fiscal_year=self.year.value(),
            name=self.name.text().strip(),
            letter_reference=self.reference.text().strip(),
            recipient_email=self.recipient.text().strip(),
            rule=QuotaRule(*(self.rule[key].value() for key, _ in RULE_FIELDS)),
            **dates,  # type: ignore[arg-type]  # the keys are Campaign's date fields
        )

    def _show_window_note(self, *_args: object) -> None:
        """Says plainly when the counting window chosen is already over."""
        end = self.dates["window_end"].date()
        if end is not None and end < self._today():
            self.window_note.setText(
                tr("⚠ ช่วงนับของการรับลงทะเบียนนี้สิ้นสุดไปแล้วเมื่อ {date} ทะเบียนที่รับวันนี้จะไม่ถูกนับในปีนี้").format(
                    date=shown_date(end)
                )
            )
            self.window_note.setStyleSheet("color: #b35900;")
        else:
            self.window_note.setText("")

    def complain(self, text: str) -> None:
        self.error.setText("✖ " + text if text else "")
