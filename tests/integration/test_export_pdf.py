"""The printable PDF: Sarabun embedded, A4, its Thai text extracting as written, and its pages
holding together (the signature never alone) for districts of 9 and 19 tambons."""

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.integration.export_support import REPORT_DATE, load_bang_khla

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


@pytest.fixture
def pdf(bang_khla: Any, tmp_path: Path) -> Path:
    return bang_khla.reports.export(tmp_path / "out", today=REPORT_DATE).pdf


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")[:-1]


def test_pdf_is_a_pdf_with_sarabun_embedded(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/FontFile2" in data  # the TrueType program itself, not only its name
    fonts = set(re.findall(rb"/BaseFont /(?:[A-Z]{6}\+)?([\w-]+)", data))
    assert fonts and all(name.startswith(b"Sarabun") for name in fonts), fonts
    assert re.search(rb"/MediaBox \[0(\.0+)? 0(\.0+)? 595\.\d+ 841\.\d+\]", data)  # A4


@needs_poppler
def test_thai_text_extracts_as_written(bang_khla: Any, pdf: Path) -> None:
    """What a reader's search and copy find: the words of the report, marks in place."""
    data = bang_khla.reports.report_data(today=REPORT_DATE)
    text = "\n".join(_pages(pdf))
    lines = [line.strip() for line in text.splitlines()]
    for written in (data.title, data.office_line, data.letter_line, data.as_of_line):
        assert written in lines
    assert data.rule_note.split(" โดย")[0] in text
    for signature in data.signature_lines:
        assert signature in text
    for word in ("ปากน้ำ", "หัวไทร", "ผู้ผลิตชุมชน", "ขาดประเภทอื่น 1 ราย", "ที่", "ลงชื่อ"):
        assert word in text, word
    assert text.count("ที่") >= 4
    assert 'ที"' not in text and "น>า" not in text


@needs_poppler
@pytest.mark.parametrize(
    ("district", "short"), [("2402", "all"), ("2401", "none"), ("2401", "all")]
)
def test_summary_and_signature_share_one_page(tmp_path: Path, district: str, short: str) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import report_cases

    services = report_cases.make_case(tmp_path, district, short)
    try:
        result = services.reports.export(tmp_path / "out", today=report_cases.REPORT_DATE)
        tambons = len(services.quota.district_status().tambons)
    finally:
        services.close()
    pages = _pages(result.pdf)
    assert len(pages) == 1, [p[-300:] for p in pages]
    assert "ลงชื่อ" in pages[0] and "รวม" in pages[0]
    assert tambons in (9, 19)
