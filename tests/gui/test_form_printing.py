"""Printing registration forms from the program: after saving a registration, from the registry's
chosen rows and for a whole tambon; the preview shows the pages, the system's print dialog takes
them (here, printing to a PDF file), and a PDF is saved into a folder."""

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from otop_desktop.db.repositories import AuditRepository
from otop_desktop.ui.form_print.form_printing import FormPrinting
from otop_desktop.ui.shell.main_window import Page

CTRL = Qt.KeyboardModifier.ControlModifier


class PrintToFile:
    """The system's print dialog, answered: print to a PDF file instead of a printer."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.asked = 0

    def choose(self, parent: QWidget, printer: QPrinter) -> bool:
        self.asked += 1
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        return True


def pdf_page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def printing(window, dialogs, target: Path) -> PrintToFile:  # type: ignore[no-untyped-def]
    """The window's printing, with the print dialog answered."""
    printer = PrintToFile(target)
    forms = window.form_context.forms
    assert isinstance(forms, FormPrinting)
    forms._printers = printer
    return printer


def test_the_form_just_saved_prints_from_the_form(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    printer = printing(window, dialogs, tmp_path / "printed.pdf")
    uuid = next(s.uuid for s in services.registry.search() if s.producer_name == "นายวิชัย มั่นคง")
    window.edit_registration(uuid)
    form = window.form
    assert form.print_action.button.isVisible()
    form._on_save_clicked()
    button = form.print_action.button
    assert button.isVisible() and "นายวิชัย มั่นคง" in button.text()

    qtbot.keyClick(form.ui.producer_name, Qt.Key.Key_P, CTRL)
    dialog = window.form_context.forms.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1)
    assert "1 ราย 1 หน้า" in dialog.summary.text() and "ปิดบังไว้" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "preview.png"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    assert printer.asked == 1
    assert pdf_page_count(tmp_path / "printed.pdf") == 1
    with services.database.reading() as session:
        entry = AuditRepository(session).recent(1)[0]
    assert entry.action == "print-form" and entry.entity_uuid == uuid
    assert entry.details["target"] == str(tmp_path / "printed.pdf")


def test_chosen_rows_of_the_registry_print_one_page_each_and_save_as_pdf(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    printing(window, dialogs, tmp_path / "printed.pdf")
    window.show_page(Page.REGISTRY)
    registry = window.registry
    selection = registry.table.selectionModel()
    for row in (0, 2, 3):
        selection.select(
            registry.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert len(registry.selected_uuids()) == 3
    assert not registry.edit_button.isEnabled() and registry.print_button.isEnabled()

    qtbot.keyClick(registry.table, Qt.Key.Key_P, CTRL)
    dialog = window.form_context.forms.dialog
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 3)
    dialogs.answers.append(True)  # yes, show the full IDs
    dialog.with_ids.setChecked(True)
    assert "แสดงเต็ม" in dialog.summary.text()
    dialogs.folders.append(tmp_path / "out")
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)

    saved = dialog.saved_pdf
    assert saved is not None and saved.parent == tmp_path / "out" and saved.suffix == ".pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "บันทึกแบบลงทะเบียนไว้ที่" in dialogs.shown[-1]
    with services.database.reading() as session:
        entry = AuditRepository(session).recent(1)[0]
    assert entry.details["with_ids"] is True and len(entry.details["uuids"]) == 3


def test_a_whole_tambon_prints_from_the_registry(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    printer = printing(window, dialogs, tmp_path / "tambon.pdf")
    window.show_page(Page.REGISTRY)
    registry = window.registry
    assert not registry.print_tambon_button.isEnabled()
    registry.tambon_filter.setCurrentIndex(registry.tambon_filter.findData("240204"))
    assert registry.print_tambon_button.isEnabled()

    qtbot.mouseClick(registry.print_tambon_button, Qt.MouseButton.LeftButton)
    dialog = window.form_context.forms.dialog
    count = len(services.form_print.tambon_registrations("240204"))
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == count)
    dialog.print_button.click()
    QApplication.processEvents()

    assert printer.asked == 1 and pdf_page_count(tmp_path / "tambon.pdf") == count == 3
