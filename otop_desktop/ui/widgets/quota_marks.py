"""Colours and the met/short marks shared by the quota table and chart.

The colours are the Okabe–Ito palette, which stays distinguishable with the common kinds of colour
blindness; met and short also differ in shape (a ticked circle, a triangle with "!").
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

GROUP_COLOUR = QColor("#0072B2")  # blue
OTHER_COLOUR = QColor("#E69F00")  # orange
MET_COLOUR = QColor("#009E73")  # bluish green
SHORT_COLOUR = QColor("#D55E00")  # vermillion
SHORT_TINT = QColor("#FDEEE4")
MET_TEXT_COLOUR = QColor("#00664A")
SHORT_TEXT_COLOUR = QColor("#A34700")
INK = QColor("#222222")
MUTED_INK = QColor("#5A5A5A")


def paint_met_mark(painter: QPainter, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MET_COLOUR)
    painter.drawEllipse(box)
    tick = QPainterPath(QPointF(box.left() + side * 0.27, box.top() + side * 0.52))
    tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.69)
    tick.lineTo(box.left() + side * 0.74, box.top() + side * 0.33)
    pen = QPen(Qt.GlobalColor.white, max(1.5, side * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.restore()


def paint_short_mark(painter: QPainter, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    triangle = QPolygonF(
        [
            QPointF(box.center().x(), box.top() + side * 0.04),
            QPointF(box.right(), box.bottom() - side * 0.06),
            QPointF(box.left(), box.bottom() - side * 0.06),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SHORT_COLOUR)
    painter.drawPolygon(triangle)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(side * 0.62)))
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(box.adjusted(0, side * 0.2, 0, 0), Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def paint_mark(painter: QPainter, rect: QRectF, met: bool) -> None:
    (paint_met_mark if met else paint_short_mark)(painter, rect)


def mark_icon(met: bool, size: int = 18) -> QIcon:
    return painted_icon(lambda painter, rect: paint_mark(painter, rect, met), size)


def painted_icon(paint: Callable[[QPainter, QRectF], None], size: int = 18) -> QIcon:
    """An icon drawn at normal and double pixel density, so it stays sharp on high-DPI screens."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
