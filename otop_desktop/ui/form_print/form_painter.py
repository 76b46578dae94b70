"""Draws the printed form's pages (services/form_print) with QPainter, on a printer, the print
preview or an image: the layout made for the PDF, placed the way fpdf2 places it."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from otop_desktop.services.form_print.form_drawing import (
    BASELINE_SHIFT,
    CELL_MARGIN,
    FAMILY,
    BoxOp,
    LineOp,
    PageDrawing,
    TextOp,
)


class PagePainter:
    """Paints pages whose coordinates are points from the page's top left."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def paint(self, page: PageDrawing, target: QRectF) -> None:
        painter = self._painter
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(target.width() / page.width, target.height() / page.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, page.width, page.height), Qt.GlobalColor.white)
        for op in page.ops:
            if isinstance(op, TextOp):
                self._text(op)
            elif isinstance(op, BoxOp):
                self._pen(0.6)
                painter.drawRect(QRectF(op.x, op.y, op.width, op.height))
            elif isinstance(op, LineOp):
                self._pen(op.width)
                painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        painter.restore()

    def _pen(self, width: float) -> None:
        self._painter.setPen(QPen(Qt.GlobalColor.black, width))
        self._painter.setBrush(Qt.BrushStyle.NoBrush)

    def _font(self, size: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
        found = self._fonts.get((size, bold))
        if found is None:
            font = QFont(FAMILY)
            # Sized so that, under the page's scale, it is `size` points like the PDF's.
            font.setPointSizeF(size * 72 / self._painter.device().logicalDpiY())
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            found = (font, QFontMetricsF(font, self._painter.device()))
            self._fonts[(size, bold)] = found
        return found

    def _text(self, op: TextOp) -> None:
        font, metrics = self._font(op.size, op.bold)
        width = metrics.horizontalAdvance(op.text)
        if op.align == "C":
            x = op.x + (op.width - width) / 2
        elif op.align == "R":
            x = op.x + op.width - CELL_MARGIN - width
        else:
            x = op.x + CELL_MARGIN
        self._painter.setFont(font)
        self._painter.setPen(Qt.GlobalColor.black)
        baseline = op.y + op.height / 2 + BASELINE_SHIFT * op.size
        self._painter.drawText(QPointF(x, baseline), op.text)
