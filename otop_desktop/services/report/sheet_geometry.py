"""How much room Thai text in TH SarabunPSK takes in a spreadsheet, so that the report can size
its columns and rows itself: Excel and LibreOffice do not grow a row to fit wrapped text when
they open a file.

Widths are those of the TH SarabunPSK stand-in LibreOffice prints with (Laksaman at 0.66, which
lays pages out much as Excel does with the real font), the wider of regular and bold, plus 5 %.
"""

import math
import re
from functools import lru_cache

# Hundredths of an em a character advances, in TH SarabunPSK; marks above and below take none.
_WIDTH_GROUPS = (
    (17, "!Ii"),
    (18, "',.:;j|"),
    (22, "`lเๅ"),
    (23, " -"),
    (24, "[]"),
    (25, "()"),
    (26, "frโไ"),
    (27, "t{}"),
    (28, "\\ใ"),
    (29, "/J"),
    (30, '"?'),
    (31, "s"),
    (33, "ง"),
    (34, "ร"),
    (35, "gkาำ"),
    (36, "*cx"),
    (37, "EFLvzธะ"),
    (38, "$Say"),
    (39, "0123456789_ฐ"),
    (40, "ยวฮ"),
    (41, "BPRYeกจถฤอฯแ"),
    (42, "คฅฉดตลศส"),
    (43, "+<=>Koขชผฝม฿"),
    (44, "TVX^hnu~ฎฏภฦ"),
    (45, "Cbdpqฃซน"),
    (46, "ทบปหๆ"),
    (47, "AGZฆ๏๐๑๒๓๔๕๖๗๘๙"),
    (48, "#Dษ"),
    (49, "HNฬ"),
    (50, "Uพฟ"),
    (51, "&ฑ"),
    (53, "w"),
    (54, "OQ"),
    (55, "๚"),
    (57, "ฒ"),
    (59, "ฌญ"),
    (60, "@Mณ"),
    (64, "W"),
    (66, "m"),
    (72, "%"),
    (73, "๛"),
)
EM_WIDTHS: dict[str, int] = {ch: width for width, chars in _WIDTH_GROUPS for ch in chars}
# Any other character (Latin accents, symbols) as the widest Thai letter.
OTHER_WIDTH = 60
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
# The words of the report's own unspaced texts (the producer types): a run made only of these
# wraps where they meet. Only boundaries every Thai dictionary has (LibreOffice's ICU and
# Windows' word breaker): รายเดียว, ขนาดกลาง and ขนาดย่อม stay whole, though ICU splits them,
# so that the estimate never counts on a break a program does not make.
KNOWN_WORDS = (
    "กลุ่ม",
    "ผู้ผลิต",
    "ชุมชน",
    "ที่",
    "เป็น",
    "เจ้าของ",
    "รายเดียว",
    "วิสาหกิจ",
    "ขนาดกลาง",
    "และ",
    "ขนาดย่อม",
)

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
        pieces = _known_words(word) if need > room else None
        if pieces and max(text_points(p, size) for p in pieces) <= room:
            lines, used = _fill(pieces, lines, used + (space if used else 0), room, size)
            continue
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


def _fill(
    pieces: tuple[str, ...], lines: int, used: float, room: float, size: float
) -> tuple[int, float]:
    """Lines and the last line's width after setting the pieces of one run, each where it fits."""
    for piece in pieces:
        need = text_points(piece, size)
        if used and used + need > room:
            lines += 1
            used = need
        else:
            used += need
    return lines, used


@lru_cache(maxsize=256)
def _known_words(run: str) -> tuple[str, ...] | None:
    """The run cut into KNOWN_WORDS, or None when it holds any other word."""
    found: list[tuple[str, ...] | None] = [(), *([None] * len(run))]
    for end in range(1, len(run) + 1):
        for word in KNOWN_WORDS:
            start = end - len(word)
            before = found[start] if start >= 0 else None
            if before is not None and run[start:end] == word:
                found[end] = (*before, word)
                break
    return found[-1]


def row_height(lines: int = 1, size: float = 16) -> float:
    """Points of row height for the given lines of text."""
    return round(size * (FIRST_LINE + (max(1, lines) - 1) * NEXT_LINE), 2)
