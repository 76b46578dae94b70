"""How much room Thai text in TH SarabunPSK 16 pt takes in a spreadsheet.

Excel and LibreOffice do not grow a row to fit wrapped text when they open a file, so the report
sets every row's height itself, from an estimate of the lines each cell wraps into.
"""

import math
import re
from functools import lru_cache

# Measured on the form printed through LibreOffice with Laksaman, TH SarabunPSK's metric twin.
CHAR_WIDTH = 1.2  # Excel width units per Thai base character
LINE_HEIGHT = 27.0  # points per line
ROW_PADDING = 0.0
# Thai wraps at word boundaries, so lines end short of the column's full width.
WRAP_FILL = 0.7


# Thai vowels and tone marks written above or below a letter, other combining marks, and
# zero-width characters: none takes width of its own.
_NO_WIDTH = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f\u200b-\u200f\ufeff]")


@lru_cache(maxsize=4096)
def display_width(text: str) -> int:
    return len(_NO_WIDTH.sub("", text))


def text_width(text: str) -> float:
    """The column width, in Excel's units, that shows the text on one line."""
    return display_width(text) * CHAR_WIDTH + 2


def lines_needed(text: str, width: float) -> int:
    one_line = (width - 1) / CHAR_WIDTH
    # len() bounds the display width: most cells are known to fit without a closer look.
    if len(text) <= one_line and "\n" not in text:
        return 1
    per_line = max(1.0, one_line * WRAP_FILL)
    lines = 0
    for part in text.split("\n"):
        if len(part) <= one_line or display_width(part) <= one_line:
            lines += 1
        else:
            lines += math.ceil(display_width(part) / per_line)
    return max(1, lines)


def row_height(lines: int = 1) -> float:
    return lines * LINE_HEIGHT + ROW_PADDING
