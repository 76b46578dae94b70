"""The printable PDF: a real PDF with Sarabun embedded, laid out like the form."""

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.integration.export_support import REPORT_DATE, load_bang_khla


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


@pytest.fixture
def pdf(bang_khla: Any, qapp: Any, tmp_path: Path) -> Path:
    return bang_khla.reports.export(tmp_path / "out", today=REPORT_DATE).pdf


def test_pdf_is_a_pdf_with_sarabun_embedded(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/FontFile2" in data  # the TrueType program itself, not only its name
    fonts = set(re.findall(rb"/FontName /(?:[A-Z]{6}\+)?([\w-]+)", data))
    assert fonts and all(name.startswith(b"Sarabun") for name in fonts), fonts
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)?\]", data)  # A4 in points


def test_first_page_renders_with_ink(pdf: Path) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtCore import QSize

    document = qtpdf.QPdfDocument()
    assert document.load(str(pdf)) == qtpdf.QPdfDocument.Error.None_
    image = document.render(0, QSize(595, 842))
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200


def test_document_image_shows_the_form(bang_khla: Any, qapp: Any, tmp_path: Path) -> None:
    """Saved for looking at by eye (OTOP_SHOTS=folder); checked here only for ink and size."""
    from PySide6.QtGui import QImage

    from otop_desktop.ui.report.report_pdf import render_page_image

    folder = Path(os.environ.get("OTOP_SHOTS", tmp_path))
    path = folder / "report-page-1.png"
    render_page_image(bang_khla.reports.report_data(today=REPORT_DATE, thai_digits=True), path)
    image = QImage(str(path))
    assert image.width() < image.height()  # portrait
    top_half_ink = sum(
        1
        for y in range(0, image.height() // 2, 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert top_half_ink > 500


def test_html_carries_the_form_and_the_digits_option(bang_khla: Any, qapp: Any) -> None:
    from otop_desktop.ui.report.report_pdf import report_html

    plain = report_html(bang_khla.reports.report_data(today=REPORT_DATE))
    thai = report_html(bang_khla.reports.report_data(today=REPORT_DATE, thai_digits=True))
    for text in ("แบบรายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP", "ผู้รายงาน", "<thead>"):
        assert text in plain
    assert "(นางสาวสมใจ&nbsp;รักงาน)" in plain
    assert "27&nbsp;กันยายน&nbsp;2566" in plain
    assert "๒๗&nbsp;กันยายน&nbsp;๒๕๖๖" in thai
    assert plain.count("ไม่ครบ") == thai.count("ไม่ครบ") == 3
