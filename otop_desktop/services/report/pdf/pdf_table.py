"""A bordered table of a report PDF: a header of one or two rows (cells may span both), and rows
as tall as their most wrapped cell, each a Block that a page breaks before, never inside."""

from collections.abc import Sequence
from dataclasses import dataclass

from otop_desktop.services.report.pdf.pdf_canvas import PADDING, TABLE_SIZE, Canvas, Style
from otop_desktop.services.report.pdf.pdf_layout import Block


@dataclass(frozen=True)
class Cell:
    text: object
    align: str = "C"
    bold: bool = False
    span: int = 1


@dataclass(frozen=True)
class HeaderCell:
    text: str
    column: int
    row: int = 0
    columns: int = 1
    rows: int = 1


class Table:
    def __init__(
        self,
        canvas: Canvas,
        widths: Sequence[float],
        header: Sequence[HeaderCell],
        size: float = TABLE_SIZE,
    ) -> None:
        """`widths` in points: scaled down to the page's width if they are wider."""
        self.canvas = canvas
        scale = min(1.0, canvas.width / sum(widths))
        self.widths = [w * scale for w in widths]
        self.x = [canvas.left + sum(self.widths[:i]) for i in range(len(widths) + 1)]
        self.style = Style(size)
        self.bold = Style(size, bold=True)
        self.header = self._header_block(header)

    def _span(self, column: int, columns: int) -> tuple[float, float]:
        return self.x[column], self.x[column + columns] - self.x[column]

    def _lines(self, text: str, width: float, style: Style) -> list[str]:
        return self.canvas.wrap(text, width - 2 * PADDING, style)

    def _header_block(self, cells: Sequence[HeaderCell]) -> Block:
        rows = max(c.row + c.rows for c in cells)
        heights = [0.0] * rows
        wrapped = [
            self._lines(c.text, self._span(c.column, c.columns)[1], self.bold) for c in cells
        ]
        for cell, lines in zip(cells, wrapped, strict=True):
            if cell.rows == 1:
                need = len(lines) * self.bold.line + 2 * PADDING
                heights[cell.row] = max(heights[cell.row], need)
        for cell, lines in zip(cells, wrapped, strict=True):
            need = len(lines) * self.bold.line + 2 * PADDING
            spanned = sum(heights[cell.row : cell.row + cell.rows])
            if need > spanned:
                heights[cell.row + cell.rows - 1] += need - spanned

        def draw(y: float) -> None:
            for cell, lines in zip(cells, wrapped, strict=True):
                x, width = self._span(cell.column, cell.columns)
                top = y + sum(heights[: cell.row])
                height = sum(heights[cell.row : cell.row + cell.rows])
                self._box(lines, x, top, width, height, self.bold, "C")

        return Block(sum(heights), draw)

    def row(self, cells: Sequence[Cell], *, keep_with_next: bool = False) -> Block:
        placed = []
        column = 0
        for cell in cells:
            x, width = self._span(column, cell.span)
            style = self.bold if cell.bold else self.style
            placed.append((x, width, style, cell.align, self._lines(str(cell.text), width, style)))
            column += cell.span
        height = max(len(p[4]) * p[2].line for p in placed) + 2 * PADDING

        def draw(y: float) -> None:
            for x, width, style, align, lines in placed:
                self._box(lines, x, y, width, height, style, align)

        return Block(height, draw, header=self.header, keep_with_next=keep_with_next)

    def _box(
        self,
        lines: list[str],
        x: float,
        y: float,
        width: float,
        height: float,
        style: Style,
        align: str,
    ) -> None:
        """A bordered cell, its lines centred from top to bottom."""
        self.canvas.rect(x, y, width, height)
        top = y + (height - len(lines) * style.line) / 2
        self.canvas.lines(lines, x + PADDING, top, width - 2 * PADDING, style, align)
