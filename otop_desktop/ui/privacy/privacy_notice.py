"""The privacy notice the officer hands to producers: shown, printed, or saved as a PDF."""

import importlib.util
from pathlib import Path

from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.storage_errors import file_reason
from otop_desktop.ui.shell.fonts import FAMILY, load_sarabun
from otop_desktop.ui.widgets.a4_document import print_a4, write_a4_pdf
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.screen_fit import fit_dialog
from otop_desktop.ui.widgets.tab_order import chain_after

NOTICE_FILE = "privacy_notice_th.md"
POINT_SIZE = 12  # Sarabun at 12 pt matches TH SarabunPSK at 16 pt, as in the report


def notice_fields(office: OfficeService, gazetteer: Gazetteer) -> dict[str, str]:
    """The office's own words in the notice, which is in Thai, for producers."""
    record = office.require_office()
    province = gazetteer.province(record.province_code)
    return {
        "office": record.office_name,
        "province": province.name_th if province else "",
        "officer": record.officer_name,
    }


def notice_markdown(resources: Path, fields: dict[str, str]) -> str:
    text = (resources / NOTICE_FILE).read_text(encoding="utf-8")
    for key, value in fields.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def notice_document(markdown: str) -> QTextDocument:
    load_sarabun()
    document = QTextDocument()
    document.setDefaultFont(QFont(FAMILY, POINT_SIZE))
    document.setMarkdown(markdown)
    return document


def _free_pdf_path(folder: Path) -> Path:
    name = tr("ประกาศความเป็นส่วนตัว OTOP")
    candidate = folder / f"{name}.pdf"
    n = 2
    while candidate.exists():
        candidate = folder / f"{name}-{n}.pdf"
        n += 1
    return candidate


def write_notice_pdf(markdown: str, path: Path) -> Path:
    title = tr("ประกาศการคุ้มครองข้อมูลส่วนบุคคล")
    return write_a4_pdf(path, title, lambda pdf: print_notice(markdown, pdf))


def print_notice(markdown: str, device: QPagedPaintDevice) -> None:
    notice_document(markdown).print_(device)


class PrivacyNoticeDialog(QDialog):
    def __init__(
        self, markdown: str, dialogs: Dialogs, start_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.markdown = markdown
        self._dialogs = dialogs
        self._start_folder = start_folder
        self.setWindowTitle(tr("ประกาศความเป็นส่วนตัวสำหรับผู้ผลิต"))
        fit_dialog(self, 760, 720)
        self.browser = QTextBrowser(self)
        self.browser.setDocument(notice_document(markdown))
        self.browser.document().setParent(self.browser)
        self.print_button = QPushButton(tr("พิมพ์…"), self)
        # A build without Qt's printing module still saves the notice as a PDF to print.
        self.print_button.setVisible(importlib.util.find_spec("PySide6.QtPrintSupport") is not None)
        self.pdf_button = QPushButton(tr("บันทึกเป็น PDF…"), self)
        close_button = QPushButton(tr("ปิด"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        buttons.addWidget(self.print_button)
        chain_after(self.pdf_button, [close_button, self.print_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        close_button.clicked.connect(self.accept)
        self.saved_pdf: Path | None = None

    def _on_print_clicked(self) -> None:
        print_a4(self, lambda printer: print_notice(self.markdown, printer))

    def _on_pdf_clicked(self) -> None:
        folder = self._dialogs.choose_folder(
            self, tr("เลือกโฟลเดอร์ที่จะบันทึกประกาศเป็น PDF"), self._start_folder
        )
        if folder is None:
            return
        try:
            self.saved_pdf = write_notice_pdf(self.markdown, _free_pdf_path(folder))
        except OSError as exc:
            self._dialogs.error(
                self,
                tr("บันทึก PDF ไม่ได้"),
                tr("บันทึกลงใน {folder} ไม่ได้: {reason}").format(
                    folder=folder, reason=pick(*file_reason(exc))
                ),
            )
            return
        self._dialogs.info(
            self, tr("บันทึก PDF แล้ว"), tr("บันทึกประกาศไว้ที่ {path}").format(path=self.saved_pdf)
        )
