"""Pages of a report PDF: blocks laid out top to bottom on A4, tables broken between rows with
their header repeated, and blocks kept together where a page must not part them (the signature
and the table rows before it). Pure geometry: pdf_canvas.py draws what this decides."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Draw = Callable[[float], None]  # draws a block with its top at the given y (points)


@dataclass
class Block:
    """Something drawn as a whole: a line of a heading, a table row, the signature."""

    height: float
    draw: Draw
    # A table row: the table's header is drawn above it when it starts a page.
    header: "Block | None" = None
    # This block and the next share a page whenever one page can hold them.
    keep_with_next: bool = False
    # A new page starts before this block.
    page_break_before: bool = False


@dataclass
class Page:
    placed: list[tuple[float, Block]] = field(default_factory=list)


def groups(blocks: Sequence[Block]) -> list[list[Block]]:
    """Runs of blocks kept together: a block marked keep_with_next joins the one after it."""
    found: list[list[Block]] = []
    current: list[Block] = []
    for block in blocks:
        if block.page_break_before and current:
            found.append(current)
            current = []
        current.append(block)
        if not block.keep_with_next:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def paginate(blocks: Sequence[Block], top: float, bottom: float) -> list[Page]:
    """Places the blocks on pages whose body runs from `top` to `bottom` (points)."""
    pages = [Page()]
    y = top
    capacity = bottom - top

    def new_page() -> None:
        nonlocal y
        pages.append(Page())
        y = top

    for group in groups(blocks):
        if group[0].page_break_before and pages[-1].placed:
            new_page()
        height = _group_height(group)
        if y + height > bottom and pages[-1].placed and _fresh_height(group) <= capacity:
            new_page()
        for block in group:
            if y + block.height > bottom and pages[-1].placed:
                new_page()
            if block.header is not None and _header_above(pages[-1]) is not block.header:
                pages[-1].placed.append((y, block.header))
                y += block.header.height
            pages[-1].placed.append((y, block))
            y += block.height
    return pages


def _header_above(page: Page) -> "Block | None":
    """The header of the table whose row the page ends with, if it ends with a table row."""
    return page.placed[-1][1].header if page.placed else None


def _group_height(group: Sequence[Block]) -> float:
    return sum(block.height for block in group)


def _fresh_height(group: Sequence[Block]) -> float:
    """The group's height at the top of a page, where a table row brings its header."""
    header = group[0].header
    return _group_height(group) + (header.height if header is not None else 0)
