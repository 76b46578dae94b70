"""The report page (ส่งรายงาน): pre-flight checks, then one click writes report and e-mail."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.report.report_files import ReportFiles
from otop_desktop.services.report.report_service import (
    ExportResult,
    ReportService,
    default_base_folder,
)
from otop_desktop.ui.report.mail_opener import MailOpener, SystemMailOpener
from otop_desktop.ui.report.report_wording import (
    changes_lines,
    history_lines,
    preflight_lines,
    repeat_question,
)
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.widgets.background import BackgroundTask
from otop_desktop.ui.widgets.change_bus import ChangeBus
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import scroll_area
from otop_desktop.ui.widgets.tab_order import chain_after

FOLDER_KEY = "export/base_folder"
THAI_DIGITS_KEY = "export/thai_digits"
TEMPLATE_KEY = "export/template"


class ReportPage(QWidget):
    def __init__(
        self,
        reports: ReportService,
        title: str,
        dialogs: Dialogs,
        settings: UiSettings,
        bus: ChangeBus,
        parent: QWidget | None = None,
        mail: MailOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportPage")
        self._reports = reports
        self._title_text = title
        self._bus = bus
        self._dialogs = dialogs
        self._mail = mail or SystemMailOpener(dialogs.open_path)
        self._settings = settings
        self._task: BackgroundTask | None = None
        # The report last written, or the earlier one opened again instead of a copy.
        self.result: ReportFiles | None = None
        self._stale = False
        self._build()
        bus.changed.connect(self.on_change)
        self.refresh()

    def _build(self) -> None:
        title = self.title = QLabel(self._title_text, self)
        title.setObjectName("page_title")
        self.preflight = QLabel(self)
        self.preflight.setObjectName("export_preflight")
        self.preflight.setWordWrap(True)
        self.changes = QLabel(self)
        self.changes.setObjectName("export_changes")
        self.changes.setWordWrap(True)
        checks = QGroupBox(tr("ตรวจก่อนส่ง"), self)
        QVBoxLayout(checks).addWidget(self.preflight)
        since = QGroupBox(tr("เปลี่ยนไปจากรายงานครั้งก่อน"), self)
        QVBoxLayout(since).addWidget(self.changes)
        self.folder = QLineEdit(self._settings.value(FOLDER_KEY, str(default_base_folder())), self)
        self.folder.setObjectName("export_folder")
        choose = QPushButton(tr("เปลี่ยนโฟลเดอร์..."), self)
        self.template = QLineEdit(self._settings.value(TEMPLATE_KEY, ""), self)
        self.template.setPlaceholderText(
            tr("ใช้แบบฟอร์มของโปรแกรม (ถ้าจังหวัดมีแบบฟอร์ม .xlsx ของตนเอง เลือกได้ที่นี่)")
        )
        choose_template = QPushButton(tr("เลือกแบบฟอร์มจังหวัด..."), self)
        self.thai_digits = QCheckBox(tr("ใช้เลขไทยในหัวเรื่องและวันที่"), self)
        self.thai_digits.setChecked(self._settings.value(THAI_DIGITS_KEY, "false") == "true")
        self.with_ids = QCheckBox(tr("ใส่เลขประจำตัวประชาชนเต็ม (ปกติจะปิดบังไว้)"), self)
        self.export_button = QPushButton(tr("สร้างรายงานและร่างอีเมล (Ctrl+E)"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        options = QGroupBox(tr("ตัวเลือก"), self)
        grid = QVBoxLayout(options)
        for row in (
            (QLabel(tr("บันทึกไว้ที่"), self), self.folder, choose),
            (QLabel(tr("แบบฟอร์ม"), self), self.template, choose_template),
        ):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
            grid.addLayout(line)
        grid.addWidget(self.thai_digits)
        grid.addWidget(self.with_ids)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("export_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_email_button = QPushButton(tr("เปิดร่างอีเมล"), self)
        self.open_folder_button = QPushButton(tr("เปิดโฟลเดอร์"), self)
        self.copy_button = QPushButton(tr("คัดลอกหัวเรื่องและข้อความ (สำหรับเว็บเมล)"), self)
        self.history = QLabel(self)
        self.history.setObjectName("export_history")
        self.history.setWordWrap(True)
        # What the page says scrolls on a small screen; the buttons below it stay in view.
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(title)
        top = QHBoxLayout()
        top.addWidget(checks, 1)
        top.addWidget(since, 1)
        body.addLayout(top)
        body.addWidget(options)
        body.addWidget(self.outcome)
        body.addWidget(self.history)
        body.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.open_folder_button, self.open_email_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(content, self), 1)
        layout.addLayout(actions)
        chain_after(
            self.with_ids,
            [self.copy_button, self.open_folder_button, self.open_email_button, self.export_button],
        )
        choose.clicked.connect(self._on_choose_folder_clicked)
        choose_template.clicked.connect(self._on_choose_template_clicked)
        self.with_ids.toggled.connect(self._on_with_ids_toggled)
        self.export_button.clicked.connect(self.export)
        self.open_email_button.clicked.connect(self._on_open_email_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self._show_result_buttons(False)

    def on_change(self, change: Change) -> None:
        if change.kind in (
            ChangeKind.REGISTRATIONS,
            ChangeKind.CAMPAIGN,
            ChangeKind.OFFICE,
            ChangeKind.EXPORTS,
        ):
            # The checks read every registration: done when the page is in view, not per save.
            self._stale = not self.isVisible()
            if not self._stale:
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        exports = self._reports
        self.title.setText(
            tr("{title} ปีงบประมาณ {year}").format(
                title=self._title_text, year=exports.campaign_year()
            )
        )
        self.preflight.setText("\n".join(preflight_lines(exports.preflight())))
        self.changes.setText("\n".join(changes_lines(exports.changes_since_last_export())))
        self.history.setText("\n".join(history_lines(exports.history(5))))

    def _on_choose_folder_clicked(self) -> None:
        chosen = self._dialogs.choose_folder(
            self, tr("เลือกโฟลเดอร์เก็บรายงาน"), Path(self.folder.text())
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _on_choose_template_clicked(self) -> None:
        chosen = self._dialogs.open_file(self, tr("เลือกแบบฟอร์มของจังหวัด"), "Excel (*.xlsx)")
        if chosen is not None:
            self.template.setText(str(chosen))

    def _on_with_ids_toggled(self, checked: bool) -> None:
        if checked and not self._dialogs.confirm(
            self,
            tr("ข้อมูลส่วนบุคคล (PDPA)"),
            tr(
                "เลขประจำตัวประชาชนเป็นข้อมูลส่วนบุคคล ควรส่งเฉพาะเมื่อจังหวัดขอ และส่งถึงผู้รับที่ถูกต้อง"
                "เท่านั้น ต้องการใส่เลขเต็มในรายงานฉบับนี้หรือไม่?"
            ),
            ok=tr("ใส่เลขเต็ม"),
            cancel=tr("ปิดบังไว้เหมือนเดิม"),
        ):
            self.with_ids.setChecked(False)

    def export(self) -> None:
        if self._task is not None and self._task.is_running():
            return
        base = Path(self.folder.text().strip() or default_base_folder())
        template = Path(self.template.text()) if self.template.text().strip() else None
        with_ids, thai_digits = self.with_ids.isChecked(), self.thai_digits.isChecked()
        if not self._new_report_wanted(with_ids, thai_digits, template):
            return
        if with_ids and not self._confirm_full_ids():
            return
        self._settings.set_value(FOLDER_KEY, str(base))
        self._settings.set_value(TEMPLATE_KEY, self.template.text().strip())
        self._settings.set_value(THAI_DIGITS_KEY, "true" if thai_digits else "false")
        self.export_button.setEnabled(False)
        self.outcome.setText(tr("กำลังสร้างรายงาน..."))
        exports = self._reports
        self._task = BackgroundTask(
            lambda _progress: exports.export(
                base, with_ids=with_ids, thai_digits=thai_digits, template=template
            ),
            self,
        )
        self._task.succeeded.connect(self._on_exported)
        self._task.failed.connect(self._on_failed)
        self._task.start()

    def _new_report_wanted(self, with_ids: bool, thai_digits: bool, template: Path | None) -> bool:
        """One report per change: a report that would repeat the last one is asked about, and
        Enter opens the last one rather than writing its copy."""
        try:
            repeat = self._reports.repeat_of_last(
                with_ids=with_ids, thai_digits=thai_digits, template=template
            )
        except UserError:
            return True  # the export itself will say what is wrong
        if repeat is None:
            return True
        title, text, choices = repeat_question(repeat.record)
        answer = self._dialogs.choose(self, title, text, choices)
        if answer == 0:
            self._show_outcome(repeat.files, tr("รายงานล่าสุดอยู่ที่ {folder} (ไม่ได้สร้างใหม่)"))
        return answer == 1

    def _confirm_full_ids(self) -> bool:
        """Asked again at the moment of writing: the tick may have been set long before."""
        return self._dialogs.confirm(
            self,
            tr("ข้อมูลส่วนบุคคล (PDPA)"),
            tr(
                "รายงานฉบับนี้จะมีเลขประจำตัวประชาชนเต็มของผู้ลงทะเบียนทุกราย ชื่อแฟ้มและหัวเรื่องอีเมล"
                "จะระบุไว้ ยืนยันสร้างรายงานฉบับมีเลขเต็มหรือไม่?"
            ),
            ok=tr("สร้างรายงานฉบับมีเลขเต็ม"),
            cancel=tr("ยกเลิก"),
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self._show_outcome(result, tr("✓ สร้างรายงานแล้วที่ {folder}"))
        self._bus.publish(result.change)
        if self._stale:  # the page shows its own export's effect at once, even when hidden
            self._stale = False
            self.refresh()
        self.window().statusBar().showMessage(tr("✓ สร้างรายงานแล้ว"), 8000)  # type: ignore[attr-defined]

    def _show_outcome(self, result: ReportFiles, heading: str) -> None:
        self.result = result
        # One click ends in a draft ready to send: the mail program opens it now.
        opened = self._mail.open_draft(result.email)
        if opened:
            next_step = tr("เปิดร่างอีเมลในโปรแกรมอีเมลแล้ว (แนบแฟ้ม Excel ไว้แล้ว) ตรวจแล้วกดส่งได้เลย")
        else:
            next_step = tr(
                'เครื่องนี้ไม่มีโปรแกรมอีเมลที่ตั้งไว้ให้เปิดร่างอีเมล: กด "คัดลอกหัวเรื่องและข้อความ" '
                "แล้ววางในเว็บเมล และแนบแฟ้ม Excel จากโฟลเดอร์ข้างต้น"
            )
        self.outcome.setText(
            heading.format(folder=result.folder)
            + "\n"
            + "\n".join(f"   • {path.name}" for path in result.paths)
            + "\n"
            + next_step
        )
        self._show_result_buttons(True)
        if not opened:
            self.copy_button.setFocus()

    def _on_failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        text = user_message(error) if isinstance(error, UserError) else str(error)
        self.outcome.setText(
            "✖ " + text + "\n" + tr("ไม่มีแฟ้มใดถูกเขียนค้างไว้ ลองเลือกโฟลเดอร์อื่นแล้วลองใหม่")
        )

    def _show_result_buttons(self, visible: bool) -> None:
        for button in (self.open_email_button, self.open_folder_button, self.copy_button):
            button.setVisible(visible)

    def _on_open_email_clicked(self) -> None:
        if self.result is not None and not self._mail.open_draft(self.result.email):
            self._dialogs.error(
                self,
                tr("เปิดร่างอีเมลไม่ได้"),
                tr("ไม่พบโปรแกรมอีเมลในเครื่องนี้ ใช้ปุ่มคัดลอกข้อความไปวางในเว็บเมลแทนได้"),
            )

    def _on_open_folder_clicked(self) -> None:
        if self.result is not None:
            self._dialogs.open_path(self.result.folder)

    def _on_copy_clicked(self) -> None:
        text = self._reports.email_text(thai_digits=self.thai_digits.isChecked())
        self._dialogs.copy_text(f"{text.recipient}\n{text.subject}\n\n{text.body}")
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            tr("คัดลอกผู้รับ หัวเรื่อง และข้อความแล้ว"), 8000
        )
