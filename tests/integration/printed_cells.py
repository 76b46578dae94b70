"""Where each cell of a workbook landed on the pages LibreOffice printed, to tell clipped text.

A row's printed band comes from the sheet's row heights placed on the page by the table's own
ruling lines: the first and last horizontal border of a page give its top and scale (the scale
LibreOffice chose to fit the width is its own and not worth predicting), every other border found
must fall on a row boundary, which checks the placement. Columns are the vertical borders found.
Words come from `pdftotext -bbox-layout`; a word belongs to the cell its centre lies in.
"""

import datetime as dt
import html
import re
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DPI = 144
PT = 72 / DPI  # points per pixel
DARK = bytes(1 if level < 160 else 0 for level in range(256))
# Borders are long dark runs; no line of text draws one across a quarter of the page.
MIN_RULE = 0.25
# A border and a row boundary, or a word's sides and its column's, may differ by this many points.
TOLERANCE = 1.0
# A word's box is its font's ascent and descent: it may rise a little above its row's top (the
# empty room above the highest marks; LibreOffice sets a top-aligned line there and a lone mark
# 0.5 pt higher), but not sink into the border below, where lower vowels would be cut. Fractions
# of the box's height (measured: up to 0.085 above, one-line rows keep 0.03 below).
ABOVE = 0.15
BELOW = 0.05
FOOTER_ZONE = 0.6 * 72  # the bottom margin, where the page number stands
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
# Thai marks above and below, which pdftotext may hand out of order, and all white space.
_MARKS_AND_SPACE = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\\s]")


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Rules:
    """A page's table borders in points: horizontal ones top to bottom, vertical left to right."""

    rows: list[float]
    columns: list[float]


@dataclass(frozen=True)
class Cell:
    """A cell (or a merged range) as printed: its box in points and the text it should show."""

    sheet: str
    name: str
    box: tuple[float, float, float, float]  # left, top, right, bottom
    text: str | None  # None: a formula, whose result the test does not compute


def words(pdf: Path) -> list[tuple[float, list[Word]]]:
    """Each page's height and words."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = []
    for chunk in layout.split("<page ")[1:]:
        height = float(_PAGE.match("<page " + chunk).group(2))  # type: ignore[union-attr]
        found = [
            Word(float(x0), float(y0), float(x1), float(y1), html.unescape(text))
            for x0, y0, x1, y1, text in _WORD.findall(chunk)
        ]
        pages.append((height, found))
    return pages


def rules(pdf: Path, page: int) -> Rules:
    """The borders drawn on a page, found in a grey rendering of it."""
    image = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s", image)
    assert header, "pdftoppm gave no grey image"
    width, height = int(header.group(1)), int(header.group(2))
    pixels = image[header.end() :].translate(DARK)
    rows = [
        y
        for y in range(height)
        if _longest_run(pixels[y * width : (y + 1) * width]) >= width * MIN_RULE
    ]
    if not rows:
        return Rules([], [])
    top, bottom = rows[0], rows[-1]
    columns = [
        x
        for x in range(width)
        if _longest_run(pixels[top * width + x : (bottom + 1) * width : width])
        >= (bottom - top) / 2
    ]
    return Rules([y * PT for y in _centres(rows)], [x * PT for x in _centres(columns)])


def _longest_run(dark: bytes) -> int:
    return max(len(run) for run in dark.split(b"\x00"))


def _centres(positions: list[int]) -> list[float]:
    """Adjacent pixel lines are one border drawn over two pixels."""
    groups: list[list[int]] = []
    for p in positions:
        if groups and p - groups[-1][-1] <= 2:
            groups[-1].append(p)
        else:
            groups.append([p])
    return [(g[0] + g[-1] + 1) / 2 for g in groups]


def pages_of(ws: Any) -> list[list[int]]:
    """The rows each printed page of a sheet shows: its planned breaks, title rows repeated."""
    last = ws.max_row
    ends = [b.id for b in ws.row_breaks.brk] + [last]
    titles = _title_rows(ws)
    pages, start = [], 1
    for end in ends:
        repeated = [r for r in titles if r < start]
        pages.append([*repeated, *range(start, end + 1)])
        start = end + 1
    return pages


def _title_rows(ws: Any) -> list[int]:
    match = re.search(r"(\d+):\$?(\d+)", ws.print_title_rows or "")
    return list(range(int(match.group(1)), int(match.group(2)) + 1)) if match else []


def bordered(ws: Any, row: int) -> bool:
    return any(c.border.top.style or c.border.bottom.style for c in ws[row])


def row_bands(ws: Any, rows: Sequence[int], found: Rules) -> dict[int, tuple[float, float]]:
    """Each row's top and bottom on the page, placed by the page's first and last border."""
    heights = [_height(ws, r) for r in rows]
    offsets = [sum(heights[:i]) for i in range(len(heights) + 1)]
    table = [i for i, r in enumerate(rows) if bordered(ws, r)]
    if len(found.rows) < 2 or not table:
        raise AssertionError(f"{ws.title}: no table borders found on the page of rows {rows}")
    first, last = offsets[table[0]], offsets[table[-1] + 1]
    scale = (found.rows[-1] - found.rows[0]) / (last - first)
    origin = found.rows[0] - first * scale
    boundaries = [origin + o * scale for o in offsets]
    stray = [y for y in found.rows if min(abs(y - b) for b in boundaries) > TOLERANCE]
    assert not stray, f"{ws.title}: borders at {stray} fall on no row boundary of rows {rows}"
    return {r: (boundaries[i], boundaries[i + 1]) for i, r in enumerate(rows)}


def _height(ws: Any, row: int) -> float:
    height = ws.row_dimensions[row].height
    return float(height or ws.sheet_format.defaultRowHeight)


def cells(ws: Any, bands: dict[int, tuple[float, float]], columns: list[float]) -> Iterator[Cell]:
    """The cells of a page's rows with their printed boxes; a merged range is one cell."""
    merged = {(m.min_row, m.min_col): m for m in ws.merged_cells.ranges}
    covered = {
        (r, c)
        for m in merged.values()
        for r in range(m.min_row, m.max_row + 1)
        for c in range(m.min_col, m.max_col + 1)
    }
    if len(columns) != ws.max_column + 1:
        raise AssertionError(f"{ws.title}: {len(columns)} column borders for {ws.max_column}")
    for row in bands:
        for column in range(1, ws.max_column + 1):
            span = merged.get((row, column))
            if span is None and (row, column) in covered:
                continue
            last_row = min(span.max_row, max(bands)) if span else row
            last_column = span.max_col if span else column
            box = (columns[column - 1], bands[row][0], columns[last_column], bands[last_row][1])
            cell = ws.cell(row, column)
            yield Cell(ws.title, cell.coordinate, box, shown(cell))


def shown(cell: Any) -> str | None:
    """The text a cell shows, as the report's formats print it."""
    value = cell.value
    if cell.data_type == "f":
        return None
    if isinstance(value, dt.datetime | dt.date):
        text = f"{value.day}/{value.month}/{value.year + 543}"
        return text.translate(THAI_DIGITS) if "[$-D0" in cell.number_format else text
    return "" if value is None else str(value)


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def letters(text: str) -> str:
    return _MARKS_AND_SPACE.sub("", text)


def problems(cell: Cell, inside: list[Word]) -> list[str]:
    """What is wrong with a cell's printed text: a word outside its box, or text not as typed."""
    left, top, right, bottom = cell.box
    found = []
    for word in inside:
        height = word.y1 - word.y0
        if word.y0 < top - ABOVE * height or word.y1 > bottom + BELOW * height:
            found.append(
                f"{cell.sheet}!{cell.name}: {word.text!r} at {word.y0:.1f}–{word.y1:.1f} pt "
                f"outside its row ({top:.1f}–{bottom:.1f} pt)"
            )
        elif word.x0 < left - TOLERANCE or word.x1 > right + TOLERANCE:
            found.append(
                f"{cell.sheet}!{cell.name}: {word.text!r} at {word.x0:.1f}–{word.x1:.1f} pt "
                f"outside its column ({left:.1f}–{right:.1f} pt)"
            )
    if cell.text is not None:
        printed = letters("".join(w.text for w in reading_order(inside)))
        if printed != letters(cell.text):
            found.append(f"{cell.sheet}!{cell.name}: printed {printed!r}, typed {cell.text!r}")
    return found


def reading_order(inside: list[Word]) -> list[Word]:
    """Line by line (a line's words share their top), left to right."""
    lines: list[list[Word]] = []
    for word in sorted(inside, key=lambda w: w.y0):
        if lines and abs(word.y0 - lines[-1][0].y0) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def holder(word: Word, boxes: list[Cell]) -> Cell | None:
    x, y = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
    for cell in boxes:
        left, top, right, bottom = cell.box
        if left <= x <= right and top <= y <= bottom:
            return cell
    return None


def check_sheet_pages(
    ws: Any, pdf: Path, first_page: int, pages: list[tuple[float, list[Word]]]
) -> tuple[list[str], int]:
    """Every problem of every printed cell of a sheet, and how many cells were checked."""
    found: list[str] = []
    checked = 0
    for offset, rows in enumerate(pages_of(ws)):
        number = first_page + offset
        height, page_words = pages[number - 1]
        drawn = rules(pdf, number)
        boxes = list(cells(ws, row_bands(ws, rows, drawn), drawn.columns))
        held: dict[str, list[Word]] = {cell.name: [] for cell in boxes}
        for word in page_words:
            cell = holder(word, boxes)
            if cell is not None:
                held[cell.name].append(word)
            elif word.y0 < height - FOOTER_ZONE:
                found.append(f"{ws.title} page {offset + 1}: {word.text!r} in no cell")
        for cell in boxes:
            found += problems(cell, held[cell.name])
            checked += bool(cell.text)
    return found, checked
