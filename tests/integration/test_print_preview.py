"""The report workbook as LibreOffice prints it (tools/print_preview.py): the summary of a
district of 19 tambons on one page with its signature, the detail sheet's numbers whole, the
signature never alone. Slow (LibreOffice starts once per test): kept to one case."""

import re
import subprocess
from pathlib import Path

from tests.integration.print_preview_support import NEEDS_LIBREOFFICE, print_preview, report_cases

pytestmark = NEEDS_LIBREOFFICE


def test_mueang_chachoengsao_prints_as_an_officer_files_it(tmp_path: Path) -> None:
    services = report_cases.make_case(tmp_path, "2401", "half")
    try:
        result = services.reports.export(tmp_path / "out", today=report_cases.REPORT_DATE)
    finally:
        services.close()
    home = tmp_path / "preview-home"
    pdf = print_preview.convert_to_pdf(result.workbook, tmp_path / "pages", home)
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")[:-1]
    pages = [re.sub(r"[ \t]+", " ", page) for page in pages]
    assert len(pages) == print_preview.page_count(pdf) >= 2
    summary, last = pages[0], pages[-1]
    # The summary, its totals (computed by the formulas), notes and signature on page 1.
    assert "ครบ 10 ตำบล" in summary and "ไม่ครบ 9 ตำบล" in summary
    assert "ไม่นับรวมในรายงาน" in summary and "2 ราย:" in summary and "ลงชื่อ" in summary
    assert "หน้า 1 /" in summary
    # The detail sheet's signature shares its page with registrations.
    assert "ลงชื่อ" in last and re.search(r"\b2401\d\d\b", last)
    details = "\n".join(pages[1:])
    assert "2566" in details and re.search(r"\b\d{1,2}/3/2566\b", details)  # B.E. date cells
    # Numbers that must stay whole are never split across lines.
    assert len(re.findall(r"3-xxxx-xxxxx-xx-\d", details)) == 19 + 10
    assert len(re.findall(r"08\d-111-2222", details)) == 19
    images = print_preview.render_pages(pdf, tmp_path / "pages")
    assert len(images) == len(pages) and all(i.stat().st_size > 0 for i in images)
