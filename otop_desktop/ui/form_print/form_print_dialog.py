"""The print preview of registration forms: the pages as they will print, then the system's print
dialog, or a PDF saved into a folder. ID numbers are masked unless the officer asks otherwise."""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.form_print.form_drawing import FormDocument
from otop_desktop.services.form_print.form_print_service import FormPrintService
from otop_desktop.ui.form_print.form_painter import PagePainter
from otop_desktop.ui.widgets.dialogs import Dialogs


class PrinterChoice(Protocol):
    def choose(self, parent: QWidget, printer: QPrinter) -> bool:
        """Lets the officer pick the printer and copies; False when cancelled."""
        ...


class SystemPrintDialog:
    def choose(self, parent: QWidget, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("พิมพ์แบบลงทะเบียน"))
        return dialog.exec() == QDialog.DialogCode.Accepted


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The pages carry their own margins (those of the PDF): the printer draws the whole sheet.
    printer.setFullPage(True)
    return printer


def paint_document(document: FormDocument, printer: QPrinter) -> None:
    """Every page, or those of the range the print dialog chose, one sheet each."""
    first, last = printer.fromPage(), printer.toPage()
    numbers = range(first or 1, (last or len(document.pages)) + 1)
    painter = QPainter(printer)
    try:
        pages = PagePainter(painter)
        target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        for index, number in enumerate(n for n in numbers if n <= len(document.pages)):
            if index:
                printer.newPage()
            pages.paint(document.pages[number - 1], QRectF(0, 0, target.width(), target.height()))
    finally:
        painter.end()


class FormPrintDialog(QDialog):
    def __init__(
        self,
        service: FormPrintService,
        uuids: Sequence[str],
        dialogs: Dialogs,
        printers: PrinterChoice,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("พิมพ์แบบลงทะเบียน"))
        self.resize(900, 760)
        self._service = service
        self._uuids = list(uuids)
        self._dialogs = dialogs
        self._printers = printers
        self._folder = folder
        self.document = service.document(self._uuids)
        self.saved_pdf: Path | None = None
        self.printer = a4_printer()
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(lambda printer: paint_document(self.document, printer))
        self._build()

    def _build(self) -> None:
        self.print_button = QPushButton(tr("พิมพ์… (Ctrl+P)"), self)
        self.pdf_button = QPushButton(tr("บันทึกเป็น PDF…"), self)
        self.with_ids = QCheckBox(tr("แสดงเลขประจำตัวประชาชนเต็ม"), self)
        self.summary = QLabel(self)
        zoom_in, zoom_out = QPushButton(tr("ขยาย +"), self), QPushButton(tr("ย่อ −"), self)
        fit = QPushButton(tr("พอดีหน้า"), self)
        close = QPushButton(tr("ปิด"), self)
        bar = QHBoxLayout()
        for widget in (self.print_button, self.pdf_button, self.with_ids):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (zoom_out, zoom_in, fit, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.with_ids.toggled.connect(self._on_with_ids_toggled)
        zoom_in.clicked.connect(lambda: self.preview.zoomIn())
        zoom_out.clicked.connect(lambda: self.preview.zoomOut())
        fit.clicked.connect(self.preview.fitInView)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self._on_print_clicked)
        self.print_button.setDefault(True)
        self._show_summary()

    def _show_summary(self) -> None:
        people = len(dict.fromkeys(self.document.page_owners))
        self.summary.setText(
            tr("แบบลงทะเบียน {n} ราย {pages} หน้า (กระดาษ A4) เลขประจำตัวประชาชน{ids}").format(
                n=people,
                pages=len(self.document.pages),
                ids=tr("แสดงเต็ม") if self.with_ids.isChecked() else tr("ปิดบังไว้"),
            )
        )

    def _on_with_ids_toggled(self, checked: bool) -> None:
        if checked and not self._dialogs.confirm(
            self,
            tr("แสดงเลขประจำตัวประชาชนเต็ม"),
            tr(
                "เลขประจำตัวประชาชนเป็นข้อมูลส่วนบุคคล (PDPA) แบบที่พิมพ์จะแสดงเลขเต็ม "
                "กรุณาเก็บเอกสารไว้ในที่ปลอดภัย ต้องการแสดงเลขเต็มหรือไม่?"
            ),
            ok=tr("แสดงเลขเต็ม"),
            cancel=tr("ไม่แสดง"),
        ):
            self.with_ids.blockSignals(True)
            self.with_ids.setChecked(False)
            self.with_ids.blockSignals(False)
            return
        try:
            self.document = self._service.document(self._uuids, with_ids=checked)
        except UserError as exc:
            self._dialogs.error(self, tr("แสดงแบบลงทะเบียนไม่ได้"), user_message(exc))
            return
        self.preview.updatePreview()
        self._show_summary()

    def _on_print_clicked(self) -> None:
        printer = a4_printer()
        printer.setFromTo(1, len(self.document.pages))
        if not self._printers.choose(self, printer):
            return
        paint_document(self.document, printer)
        target = printer.outputFileName() or printer.printerName() or tr("เครื่องพิมพ์")
        self._record(target)

    def _record(self, target: str) -> None:
        try:
            self._service.record_printed(
                self.document, with_ids=self.with_ids.isChecked(), target=target
            )
        except UserError as exc:  # printed already; the log line waits for the database
            self._dialogs.error(self, tr("บันทึกประวัติการพิมพ์ไม่ได้"), user_message(exc))

    def _on_pdf_clicked(self) -> None:
        folder = self._dialogs.choose_folder(
            self, tr("เลือกโฟลเดอร์ที่จะบันทึกแบบลงทะเบียนเป็น PDF"), self._folder
        )
        if folder is None:
            return
        path = free_pdf_path(folder, self.document)
        try:
            self._service.write_pdf(self._uuids, path, with_ids=self.with_ids.isChecked())
        except UserError as exc:
            self._dialogs.error(self, tr("บันทึก PDF ไม่ได้"), user_message(exc))
            return
        self.saved_pdf = path
        self._dialogs.info(
            self, tr("บันทึก PDF แล้ว"), tr("บันทึกแบบลงทะเบียนไว้ที่ {path}").format(path=path)
        )


def free_pdf_path(folder: Path, document: FormDocument) -> Path:
    """A new file name in the folder: never over an earlier file."""
    people = len(dict.fromkeys(document.page_owners))
    stem = tr("แบบลงทะเบียน-{n}-ราย-{date}").format(n=people, date=f"{dt.date.today():%Y%m%d}")
    candidate, n = folder / f"{stem}.pdf", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}.pdf", n + 1
    return candidate
