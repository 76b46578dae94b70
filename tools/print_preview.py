"""Print preview of a workbook as an office PC would print it, for looking at and for the tests.

LibreOffice (headless Calc) converts the workbook to PDF with a stand-in for TH SarabunPSK
(Laksaman from fonts-thai-tlwg, renamed and drawn at 0.66, the scale fonts-thai-tlwg itself uses
to imitate TH Sarabun) and Carlito for Calibri, which sets Excel's default column widths; poppler
renders each page to PNG.

    python tools/print_preview.py REPORT.xlsx [OUTDIR]     # prints the PDF and the page images

Needs (Debian): libreoffice-calc-nogui fonts-thai-tlwg fonts-crosextra-carlito poppler-utils;
fontTools (installed with the program: fpdf2 depends on it).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TOOLS = ("soffice", "pdftoppm", "pdfinfo", "fc-match")
PACKAGES = "libreoffice-calc-nogui fonts-thai-tlwg fonts-crosextra-carlito poppler-utils"
STAND_IN = "TH SarabunPSK"
# fonts-thai-tlwg's fontconfig rule draws Laksaman at this scale when TH Sarabun is asked for.
SCALE = 0.66
CONVERT_SECONDS = 180


def missing_tools() -> list[str]:
    """What this machine lacks to preview (empty when it can)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing and not _laksaman():
        missing.append("Laksaman (fonts-thai-tlwg)")
    return missing


def default_home() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get("PRINT_PREVIEW_HOME", Path(cache) / "otop-print-preview"))


def _laksaman() -> str:
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", "Laksaman"], capture_output=True, text=True, check=False
    ).stdout
    return found if "Laksaman" in Path(found).name else ""


def stand_in_fonts(home: Path) -> Path:
    """The TH SarabunPSK stand-in, made once under `home`/.fonts for LibreOffice to find."""
    fonts = home / ".fonts"
    if (fonts / "THSarabunPSK-Bold.ttf").is_file():
        return fonts
    from fontTools.ttLib import TTFont

    fonts.mkdir(parents=True, exist_ok=True)
    regular = _laksaman()
    if not regular:
        raise RuntimeError(f"Laksaman not found: apt-get install {PACKAGES}")
    bold = regular.replace("Laksaman.", "Laksaman-Bold.")
    for style, path in (("Regular", regular), ("Bold", bold)):
        font = TTFont(path)
        # A larger em draws every glyph smaller: the stand-in takes TH SarabunPSK's small size.
        font["head"].unitsPerEm = round(font["head"].unitsPerEm / SCALE)
        for record in font["name"].names:
            if record.nameID in (1, 16):
                record.string = STAND_IN
            elif record.nameID == 4:
                record.string = f"{STAND_IN} {style}"
            elif record.nameID == 6:
                record.string = f"THSarabunPSK-{style}"
        font.save(str(fonts / f"THSarabunPSK-{style}.ttf"))
    subprocess.run(["fc-cache", "-f", str(fonts)], env=_env(home), capture_output=True, check=False)
    return fonts


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home)}


def convert_to_pdf(workbook: Path, out: Path, home: Path | None = None) -> Path:
    """The workbook as LibreOffice prints it, as `out`/<name>.pdf."""
    home = home or default_home()
    stand_in_fonts(home)
    out.mkdir(parents=True, exist_ok=True)
    command = [
        "soffice",
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(home / 'lo').resolve().as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(workbook),
    ]
    subprocess.run(
        command, env=_env(home), capture_output=True, check=False, timeout=CONVERT_SECONDS
    )
    pdf = out / f"{workbook.stem}.pdf"
    if not pdf.is_file():
        raise RuntimeError(f"LibreOffice wrote no PDF for {workbook}")
    return pdf


def render_pages(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    """Each page of the PDF as a PNG image, in page order."""
    out.mkdir(parents=True, exist_ok=True)
    prefix = out / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(out.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError(f"pdfinfo gave no page count for {pdf}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 1
    missing = missing_tools()
    if missing:
        print(f"missing {', '.join(missing)}: apt-get install {PACKAGES}", file=sys.stderr)
        return 1
    workbook = Path(argv[0]).resolve()
    out = Path(argv[1]).resolve() if len(argv) > 1 else Path(tempfile.mkdtemp())
    pdf = convert_to_pdf(workbook, out)
    pages = render_pages(pdf, out)
    print(f"{page_count(pdf)} pages: {pdf}")
    for page in pages:
        print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
