"""The printed form as drawing operations, page by page: laid out once, with the PDF's own text
measurements, then replayed into the PDF (here, with fpdf2) or onto a printer or the preview
(ui/form_print, with QPainter), so that paper, file and preview show the same page."""

from dataclasses import dataclass
from pathlib import Path

from otop_desktop.services.report.pdf.pdf_canvas import A4, BORDER, FAMILY, Canvas, Style
from otop_desktop.services.report.pdf.pdf_layout import Page

# Where fpdf2 puts a line of text in its box, for other renderers to match: the baseline at half
# the box plus 0.3 of the font size, and its default cell margin inside the box's sides.
BASELINE_SHIFT = 0.3
CELL_MARGIN = 28.35 / 10


@dataclass(frozen=True)
class TextOp:
    """One line of text in a box `height` tall, as Canvas.text_line draws it."""

    x: float
    y: float
    width: float
    height: float
    text: str
    size: float
    bold: bool
    align: str  # "L", "C" or "R"


@dataclass(frozen=True)
class BoxOp:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class LineOp:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = BORDER


Op = TextOp | BoxOp | LineOp


@dataclass(frozen=True)
class PageDrawing:
    ops: tuple[Op, ...]
    width: float = A4[0]
    height: float = A4[1]

    def texts(self) -> list[str]:
        return [op.text for op in self.ops if isinstance(op, TextOp)]


@dataclass(frozen=True)
class FormDocument:
    """The forms of one or more registrations, each starting on a page of its own."""

    title: str
    pages: tuple[PageDrawing, ...]
    # The registration each page belongs to, page by page.
    page_owners: tuple[str, ...]


class RecordingCanvas(Canvas):
    """A Canvas that measures with the PDF's fonts but records what it would draw."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.ops: list[Op] = []

    def text_line(
        self, text: str, x: float, y: float, width: float, style: Style, align: str
    ) -> None:
        if text.strip():
            self.ops.append(TextOp(x, y, width, style.line, text, style.size, style.bold, align))

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        self.ops.append(BoxOp(x, y, width, height))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = BORDER) -> None:
        self.ops.append(LineOp(x1, y1, x2, y2, width))

    def close(self) -> None:
        """Closes the font files fpdf2 opened to measure (writing a PDF would close them)."""
        for font in self.pdf.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def record(self, page: Page, extra: list[Op] | None = None) -> PageDrawing:
        self.ops = []
        for y, block in page.placed:
            block.draw(y)
        return PageDrawing(tuple(self.ops + (extra or [])))


def write_form_pdf(document: FormDocument, path: Path) -> None:
    """The pages into a PDF: Sarabun embedded, the Thai searchable (pdf_canvas.Canvas)."""
    canvas = Canvas(document.title)
    pdf = canvas.pdf
    for page in document.pages:
        pdf.add_page()
        for op in page.ops:
            if isinstance(op, TextOp):
                style = Style(op.size, op.bold)
                canvas.text_line(op.text, op.x, op.y, op.width, style, op.align)
            elif isinstance(op, BoxOp):
                canvas.rect(op.x, op.y, op.width, op.height)
            else:
                pdf.set_line_width(op.width)
                pdf.line(op.x1, op.y1, op.x2, op.y2)
                pdf.set_line_width(BORDER)
    canvas.save(path)


__all__ = [
    "BASELINE_SHIFT",
    "CELL_MARGIN",
    "FAMILY",
    "BoxOp",
    "FormDocument",
    "LineOp",
    "Op",
    "PageDrawing",
    "TextOp",
]
