"""A text document on A4: saved as a PDF, or printed through the system's print dialog."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QDialog, QWidget

Draw = Callable[[QPagedPaintDevice], None]


def write_a4_pdf(path: Path, title: str, draw: Draw) -> Path:
    """`draw` onto an A4 PDF at `path`; OSError when no file came of it (a full disk)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    # QTextDocument.print_() adds its own 2 cm margins inside these.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("OTOP Desktop")
    draw(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF was not written: {path}")
    return path


def print_a4(parent: QWidget, draw: Draw) -> bool:
    """The system's print dialog on A4, then `draw` onto the printer; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    draw(printer)
    return True
