"""How much room Thai text in TH SarabunPSK takes in a spreadsheet, so that the report can size
its columns and rows itself: Excel and LibreOffice do not grow a row to fit wrapped text when
they open a file.

Widths are the wider of two measurements per character: Sarabun drawn at 0.75 (the size at which
it matches TH SarabunPSK) and the TH SarabunPSK stand-in LibreOffice prints with (Laksaman at
0.66), regular and bold; so a column that fits the text in one fits it in the other.
"""

import math
import re
from functools import lru_cache

# Hundredths of an em a character advances, in TH SarabunPSK; marks above and below take none.
_WIDTH_GROUPS = (
    (17, "'"),
    (19, "!|"),
    (20, "i"),
    (21, "j"),
    (22, " ,.:;"),
    (23, "lๅ"),
    (24, "Iเ"),
    (25, "[]"),
    (26, "-{}"),
    (27, "()"),
    (28, "f"),
    (29, "\\"),
    (30, '"`r'),
    (31, "โ"),
    (32, "tใ"),
    (33, "s"),
    (34, "*ไ"),
    (35, "/?"),
    (36, "zง"),
    (37, "J_cร"),
    (38, "yาำ"),
    (39, "x"),
    (40, "akvว"),
    (41, "$Seะ"),
    (42, "0123456789Lgnu"),
    (43, "EFbdhopqจฐฯ"),
    (44, "PTธยฮ"),
    (45, "BRZ^กฉถฤลสอ฿"),
    (46, "+<=>C~ดแ"),
    (47, "Yขคฅฎฏตภมฦศ๏"),
    (48, "ADห"),
    (49, "GKVXฃชนบผฝ"),
    (50, "Uซปๆ๐"),
    (51, "ฆท๖๘"),
    (52, "&HNOQ๑๔๕๙"),
    (53, "#w๓"),
    (54, "ษ๒"),
    (55, "พฟฬ"),
    (57, "ฑ"),
    (59, "๗"),
    (60, "@"),
    (61, "M"),
    (62, "ฌ๚"),
    (63, "m"),
    (64, "ญ"),
    (66, "Wฒณ"),
    (73, "%"),
    (79, "๛"),
)
EM_WIDTHS: dict[str, int] = {ch: width for width, chars in _WIDTH_GROUPS for ch in chars}
# Any other character (Latin accents, symbols) as the widest Thai letter.
OTHER_WIDTH = 66
WIDEST = max(OTHER_WIDTH, *EM_WIDTHS.values())
# Excel's width unit is the width of a digit of the workbook's default font (Calibri 11):
# 7 pixels, 5.25 pt; a cell keeps a few pixels free at each side.
POINTS_PER_UNIT = 5.25
CELL_PADDING = 4.5
# A row of one line is one and a half times the size (24 pt at 16 pt, Excel's own height for
# TH SarabunPSK); each further line adds 1.35 times the size, the spacing of wrapped lines.
FIRST_LINE = 1.5
NEXT_LINE = 1.35
# Thai wraps at word boundaries a dictionary finds; a line of unspaced Thai ends short of the edge.
THAI_FILL = 0.9

_NO_WIDTH = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f\u200b-\u200f\ufeff]")


@lru_cache(maxsize=8192)
def em_width(text: str) -> float:
    """The text's advance in ems (hundredths summed, then scaled)."""
    return sum(EM_WIDTHS.get(ch, OTHER_WIDTH) for ch in _NO_WIDTH.sub("", text)) / 100


def text_points(text: str, size: float) -> float:
    return em_width(text) * size


def usable_points(width: float) -> float:
    """The room for text in a column of the given width (Excel's units)."""
    return width * POINTS_PER_UNIT - CELL_PADDING


def width_for(text: str, size: float) -> float:
    """The column width (Excel's units, to a tenth) that shows the text on one line."""
    return math.ceil((text_points(text, size) + CELL_PADDING) / POINTS_PER_UNIT * 10) / 10


def lines_needed(text: str, width: float, size: float) -> int:
    """The lines the text wraps into in a column of the given width."""
    room = usable_points(width)
    # Most cells are short: the widest character bounds their width without a closer look.
    if len(text) * WIDEST * size / 100 <= room and "\n" not in text:
        return 1
    return sum(_paragraph_lines(part, room, size) for part in text.split("\n")) or 1


def _paragraph_lines(text: str, room: float, size: float) -> int:
    space = text_points(" ", size)
    lines, used = 1, 0.0
    for word in text.split():
        need = text_points(word, size)
        if need > room:
            # A long unspaced run breaks between Thai words (or anywhere in a number).
            parts = math.ceil(need / (room * THAI_FILL))
            lines += parts if used else parts - 1
            used = need - (parts - 1) * room * THAI_FILL
            continue
        if used and used + space + need > room:
            lines += 1
            used = need
        else:
            used += (space if used else 0) + need
    return lines


def row_height(lines: int = 1, size: float = 16) -> float:
    """Points of row height for the given lines of text."""
    return round(size * (FIRST_LINE + (max(1, lines) - 1) * NEXT_LINE), 2)
