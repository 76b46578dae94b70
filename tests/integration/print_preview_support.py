"""The tools the printed-report tests share: tools/print_preview.py (the workbook as LibreOffice
prints it) and tools/report_cases.py (the districts it is tried on), and the mark that skips
those tests where LibreOffice or poppler is missing (never in CI, which installs them)."""

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import print_preview
import report_cases

MISSING = print_preview.missing_tools()
NEEDS_LIBREOFFICE = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        bool(MISSING) and not os.environ.get("CI"),
        reason=f"LibreOffice print preview needs {', '.join(MISSING)} ({print_preview.PACKAGES})",
    ),
]

__all__ = ["NEEDS_LIBREOFFICE", "print_preview", "report_cases"]
