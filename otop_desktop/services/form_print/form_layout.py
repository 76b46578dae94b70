"""The registration form's page: headings, the filled-in fields flowing line by line (labels
plain, what was recorded in bold), tick boxes, the products table, and the two signature blocks
kept together with the declaration above them, so that a signature never stands alone on a page."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import zip_longest

from otop_desktop.services.form_print.form_drawing import (
    FormDocument,
    LineOp,
    Op,
    PageDrawing,
    RecordingCanvas,
    TextOp,
)
from otop_desktop.services.form_print.form_sheet import (
    DECLARATION,
    TITLE,
    Choice,
    Field,
    FormSheet,
    Signer,
)
from otop_desktop.services.report.pdf.pdf_canvas import (
    BODY_SIZE,
    TABLE_SIZE,
    TITLE_SIZE,
    Style,
    paragraph,
    spacer,
)
from otop_desktop.services.report.pdf.pdf_layout import Block, paginate
from otop_desktop.services.report.pdf.pdf_table import Cell, HeaderCell, Table

BODY = Style(BODY_SIZE)
BOLD = Style(BODY_SIZE, bold=True)
SMALL = Style(9.0)
INDENT = 18.0
FIELD_GAP = 14.0
BOX = 9.5
SIGNATURE_LINE = "." * 45
# Column widths of the products table before it is fitted to the page (points).
PRODUCT_COLUMNS = (
    ("ลำดับ", 34.0),
    ("ชื่อผลิตภัณฑ์", 118.0),
    ("ประเภทผลิตภัณฑ์", 84.0),
    ("ตราสินค้า", 66.0),
    ("มาตรฐานที่ได้รับ", 80.0),
    ("ราคาต่อหน่วย\n(บาท)", 66.0),
    ("ยอดขายต่อปี\n(บาท)", 72.0),
)
SECTIONS = (
    "๑. ผู้ผลิต ผู้ประกอบการ",
    "๒. สถานที่ผลิต",
    "๓. ผลิตภัณฑ์",
    "๔. การมีส่วนร่วมของชุมชน",
    "๕. เอกสารประกอบการลงทะเบียน",
)


@dataclass
class Atom:
    """Something a line holds: a word, or a tick box with the first word of its label."""

    width: float
    draw: Callable[[float, float], None]
    space: float  # the gap before it, unless it starts a line


class FormLayout:
    def __init__(self, canvas: RecordingCanvas) -> None:
        self.canvas = canvas
        self.space = canvas.measure(" ", BODY)

    # --- lines of words and boxes ------------------------------------------------------

    def _words(self, text: str, style: Style, first_space: float) -> list[Atom]:
        atoms: list[Atom] = []
        room = self.canvas.width - INDENT
        for word in text.split():
            pieces = [word]
            if self.canvas.measure(word, style) > room:
                pieces = self.canvas.wrap(word, room, style)
            for piece in pieces:
                width = self.canvas.measure(piece, style)
                space = first_space if not atoms else (self.space if piece is pieces[0] else 0)
                atoms.append(Atom(width, partial(self._text, piece, style, width), space))
        return atoms

    def _text(self, text: str, style: Style, width: float, x: float, y: float) -> None:
        self.canvas.text_line(text, x, y, width + 1, style, "L")

    def field(self, field: Field) -> list[Atom]:
        """The label and the first word of its value never part at a line's end."""
        label = self.canvas.measure(field.label, BODY)
        value = self._words(field.value, BOLD, self.space) or self._words("-", BOLD, 0)
        first = value[0]

        def draw(x: float, y: float) -> None:
            self._text(field.label, BODY, label, x, y)
            first.draw(x + label + self.space, y)

        return [Atom(label + self.space + first.width, draw, FIELD_GAP), *value[1:]]

    def choice(self, choice: Choice) -> list[Atom]:
        words = self._words(choice.label, BOLD if choice.checked else BODY, 0)
        first = words[0]
        box = BOX + 4

        def draw(x: float, y: float) -> None:
            self._box(x, y, choice.checked)
            first.draw(x + box, y)

        return [Atom(box + first.width, draw, FIELD_GAP), *words[1:]]

    def _box(self, x: float, y: float, checked: bool) -> None:
        top = y + (BODY.line - BOX) / 2
        self.canvas.rect(x, top, BOX, BOX)
        if checked:
            self.canvas.line(x + 2, top + BOX * 0.55, x + BOX * 0.42, top + BOX - 2, 1.2)
            self.canvas.line(x + BOX * 0.42, top + BOX - 2, x + BOX - 1.5, top + 1.8, 1.2)

    def flow(self, atoms: Sequence[Atom], indent: float = INDENT) -> list[Block]:
        """The atoms on as many lines as they need, one block per line."""
        width = self.canvas.width - indent
        lines: list[list[tuple[float, Atom]]] = [[]]
        x = 0.0
        for atom in atoms:
            gap = atom.space if lines[-1] else 0.0
            if lines[-1] and x + gap + atom.width > width:
                lines.append([])
                gap, x = 0.0, 0.0
            lines[-1].append((x + gap, atom))
            x += gap + atom.width
        left = self.canvas.left + indent
        return [Block(BODY.line, partial(_draw_line, line, left)) for line in lines if line]

    # --- the parts of the page --------------------------------------------------------------

    def heading(self, text: str) -> list[Block]:
        blocks = [spacer(BODY_SIZE * 0.9), *paragraph(self.canvas, text, BOLD, "L")]
        for block in blocks:
            block.keep_with_next = True  # a heading never ends a page
        return blocks

    def products(self, rows: Sequence[tuple[str, ...]]) -> list[Block]:
        table = Table(
            self.canvas,
            [width for _title, width in PRODUCT_COLUMNS],
            [HeaderCell(title, n) for n, (title, _width) in enumerate(PRODUCT_COLUMNS)],
            TABLE_SIZE,
        )
        aligns = ("C", "L", "L", "L", "L", "R", "R")
        return [table.row([Cell(v, a) for v, a in zip(row, aligns, strict=True)]) for row in rows]

    def signatures(self, applicant: Signer, officer: Signer) -> list[Block]:
        half = self.canvas.width / 2
        columns = [self._signer_lines(s, half - 10) for s in (applicant, officer)]
        blocks = [spacer(BODY_SIZE * 1.6)]
        for left, right in zip_longest(*columns, fillvalue=""):
            blocks.append(Block(BODY.line, partial(self._signature_row, left, right, half)))
        return blocks

    def _signer_lines(self, signer: Signer, width: float) -> list[str]:
        lines = [f"ลงชื่อ {SIGNATURE_LINE} {signer.role}", f"({signer.name})"]
        lines += [f"ตำแหน่ง {signer.position}", f"วันที่ {signer.date}"]
        return [piece for line in lines for piece in self.canvas.wrap(line, width, BODY)]

    def _signature_row(self, left: str, right: str, half: float, y: float) -> None:
        self.canvas.text_line(left, self.canvas.left, y, half, BODY, "C")
        self.canvas.text_line(right, self.canvas.left + half, y, half, BODY, "C")

    def sheet(self, sheet: FormSheet) -> list[Block]:
        canvas = self.canvas
        blocks = paragraph(canvas, TITLE, Style(TITLE_SIZE, bold=True))
        for line in sheet.headings:
            blocks += paragraph(canvas, line, BODY)
        blocks += paragraph(canvas, sheet.received, BODY, "R")
        blocks += self.heading(SECTIONS[0])
        blocks += self.flow([a for c in sheet.types for a in self.choice(c)])
        blocks += self.flow([a for f in sheet.producer for a in self.field(f)])
        blocks += self.heading(SECTIONS[1])
        blocks += self.flow([a for f in sheet.site for a in self.field(f)])
        blocks += self.heading(SECTIONS[2])
        blocks += self.products(sheet.products) or self.flow(self._words("-", BODY, 0))
        blocks += self.heading(SECTIONS[3])
        blocks += self.flow([a for c in sheet.links for a in self.choice(c)])
        blocks += self.heading(SECTIONS[4])
        blocks += self.flow([a for c in sheet.documents for a in self.choice(c)])
        blocks += self.flow(self._words(sheet.documents_note, BODY, 0))
        blocks += self.flow([a for f in sheet.receipt for a in self.field(f)])
        closing = [spacer(BODY_SIZE * 0.8), *paragraph(canvas, DECLARATION, BODY)]
        closing += self.signatures(sheet.applicant, sheet.officer)
        # The declaration, the signatures and the last lines above them share a page.
        for block in [*blocks[-2:], *closing[:-1]]:
            block.keep_with_next = True
        blocks[0].page_break_before = True
        return blocks + closing


def _draw_line(line: list[tuple[float, Atom]], left: float, y: float) -> None:
    for x, atom in line:
        atom.draw(left + x, y)


def _page_marks(canvas: RecordingCanvas, sheet: FormSheet, number: int, count: int) -> list[Op]:
    """The footer naming the record, and on a form of several pages its page numbers."""
    bottom = canvas.bottom + SMALL.line * 0.6
    footer = sheet.footer + (f" · หน้า {number}/{count}" if count > 1 else "")
    marks: list[Op] = [
        LineOp(canvas.left, bottom - 2, canvas.right, bottom - 2, 0.3),
        TextOp(canvas.left, bottom, canvas.width, SMALL.line, footer, SMALL.size, False, "R"),
    ]
    if count > 1:
        top = canvas.top / 3
        marks.append(
            TextOp(
                canvas.left, top, canvas.width, BODY.line, f"- {number} -", BODY_SIZE, False, "C"
            )
        )
    return marks


def lay_out_forms(sheets: Sequence[FormSheet], title: str) -> FormDocument:
    """Every sheet from a page of its own, its pages recorded for the PDF and the printer."""
    canvas = RecordingCanvas(title)
    layout = FormLayout(canvas)
    pages: list[PageDrawing] = []
    owners: list[str] = []
    try:
        for sheet in sheets:
            placed = paginate(layout.sheet(sheet), canvas.top, canvas.bottom)
            for number, page in enumerate(placed, start=1):
                marks = _page_marks(canvas, sheet, number, len(placed))
                pages.append(canvas.record(page, marks))
                owners.append(sheet.uuid)
    finally:
        canvas.close()
    return FormDocument(title, tuple(pages), tuple(owners))
