"""Drawing a report PDF with fpdf2: Sarabun embedded, Thai shaped by HarfBuzz (uharfbuzz), and
every line of text marked with its exact text (/ActualText), so that searching and copying give
the Thai that was written.

Why /ActualText: a shaped Thai line is not one glyph per character in order. HarfBuzz splits
sara am (ำ) into two glyphs and moves marks by fractions of a point, and a reader that rebuilds
text from glyph positions then drops or reorders characters (ปากน้ำ read as ปากน>า). LibreOffice
writes the same marks for the same reason. fpdf2 has no API for them, hence FPDF._out.

fpdf2 is imported inside the class so that starting the program does not load it.
"""

import sys
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.services.report.pdf.pdf_layout import Block, Page

if TYPE_CHECKING:
    pass

FAMILY = "Sarabun"
# Google's Sarabun is drawn larger than TH SarabunPSK: 12 pt here matches a form's 16 pt.
BODY_SIZE = 12.0
TABLE_SIZE = 10.0
TITLE_SIZE = 14.0
# Lines one and a half times the size apart: Thai marks above and below never meet.
LINE_SPACING = 1.5
PADDING = 2.5
BORDER = 0.6
# A4 in points, and the margins of an official letter (left wider, for filing).
A4 = (595.28, 841.89)
MARGINS = (45.0, 40.0, 30.0, 40.0)  # left, top, right, bottom
LEADING_VOWELS = frozenset("เแโใไ")


def font_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "fontpkg_sarabun" / "files"
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"


@dataclass(frozen=True)
class Style:
    size: float = BODY_SIZE
    bold: bool = False

    @property
    def line(self) -> float:
        return self.size * LINE_SPACING


class Canvas:
    """One PDF document: measures, wraps and draws Thai text, lines and rectangles."""

    def __init__(self, title: str, *, landscape: bool = False) -> None:
        from fpdf import FPDF

        self.landscape = landscape
        self.pdf: FPDF = FPDF(orientation="L" if landscape else "P", unit="pt", format="A4")
        self.pdf.set_title(title)
        self.pdf.set_creator("OTOP Desktop")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(MARGINS[0], MARGINS[1], MARGINS[2])
        fonts = font_dir()
        self.pdf.add_font(FAMILY, "", str(fonts / "Sarabun-Regular.ttf"))
        self.pdf.add_font(FAMILY, "B", str(fonts / "Sarabun-Bold.ttf"))
        self.pdf.set_text_shaping(True)
        self.pdf.set_line_width(BORDER)
        width, height = A4[::-1] if landscape else A4
        self.left, self.top = MARGINS[0], MARGINS[1]
        self.right, self.bottom = width - MARGINS[2], height - MARGINS[3]

    @property
    def width(self) -> float:
        return self.right - self.left

    def use(self, style: Style) -> None:
        self.pdf.set_font(FAMILY, "B" if style.bold else "", style.size)

    def measure(self, text: str, style: Style) -> float:
        self.use(style)
        return float(self.pdf.get_string_width(text))

    def wrap(self, text: str, width: float, style: Style) -> list[str]:
        """Lines that fit the width: broken at spaces, a longer word between Thai clusters."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                trial = f"{current} {word}" if current else word
                if self.measure(trial, style) <= width:
                    current = trial
                    continue
                if current:
                    lines.append(current)
                current = ""
                for piece in _clusters(word):
                    if current and self.measure(current + piece, style) > width:
                        lines.append(current)
                        current = ""
                    current += piece
            lines.append(current)
        return lines

    def text_line(
        self, text: str, x: float, y: float, width: float, style: Style, align: str
    ) -> None:
        """One line of text in a box `style.line` tall at (x, y), its text marked as written."""
        if not text.strip():
            return
        self.use(style)
        self.pdf._out(f"/Span <</ActualText {_pdf_text(text)}>> BDC")
        self.pdf.set_xy(x, y)
        self.pdf.cell(width, style.line, text, align=align)
        self.pdf._out("EMC")

    def lines(
        self, lines: list[str], x: float, y: float, width: float, style: Style, align: str
    ) -> None:
        for index, line in enumerate(lines):
            self.text_line(line, x, y + index * style.line, width, style, align)

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        self.pdf.rect(x, y, width, height)

    def draw_pages(self, pages: list[Page]) -> None:
        numbered = len(pages) > 1
        for number, page in enumerate(pages, start=1):
            self.pdf.add_page()
            if numbered:
                # Thai official documents number their pages at the top: - 2 -
                self.text_line(f"- {number} -", self.left, self.top / 3, self.width, Style(), "C")
            for y, block in page.placed:
                block.draw(y)

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))


def paragraph(
    canvas: Canvas, text: str, style: Style, align: str = "C", *, indent: float = 0
) -> list[Block]:
    """A paragraph as one block per line, so that a page may break between its lines."""
    width = canvas.width - indent
    blocks = []
    for line in canvas.wrap(text, width, style):
        draw = partial(draw_line, canvas, line, canvas.left + indent, width, style, align)
        blocks.append(Block(style.line, draw))
    return blocks


def draw_line(
    canvas: Canvas, text: str, x: float, width: float, style: Style, align: str, y: float
) -> None:
    canvas.text_line(text, x, y, width, style, align)


def spacer(height: float) -> Block:
    return Block(height, lambda y: None)


def _clusters(word: str) -> list[str]:
    """A word cut where a line may end: never inside a letter with its marks, never after a
    vowel written before its consonant."""
    pieces: list[str] = []
    for ch in word:
        joins = unicodedata.category(ch) == "Mn" or ch == "\u0e33"
        if pieces and (joins or pieces[-1][-1] in LEADING_VOWELS):
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces


def _pdf_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"
