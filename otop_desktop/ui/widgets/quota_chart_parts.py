"""The quota chart's data, legend and shared strokes, kept apart so the widget stays readable."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from otop_desktop.i18n.catalog import tr
from otop_desktop.ui.widgets.quota_marks import GROUP_COLOUR, INK, OTHER_COLOUR, paint_mark

EXTRA_COLOUR = QColor("#6E6E6E")
PAD = 10.0
MARK = 16.0


@dataclass(frozen=True)
class ChartBar:
    key: str
    label: str
    groups: int
    others: int
    groups_needed: int = 0
    others_needed: int = 0
    extra_needed: int = 0
    tooltip: str = ""

    @property
    def met(self) -> bool:
        return not (self.groups_needed or self.others_needed or self.extra_needed)

    @property
    def needed(self) -> int:
        return self.groups_needed + self.others_needed + self.extra_needed

    @property
    def reach(self) -> int:
        return self.groups + self.others + self.needed


def nice_step(largest: int, max_ticks: int = 8) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if largest / step <= max_ticks:
            return step
    return max(1, largest // max_ticks)


def minimum_pen() -> QPen:
    pen = QPen(INK, 2, Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([3, 2])
    return pen


def paint_missing(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Hatched and dashed, so "still needed" differs from "registered" without colour."""
    painter.save()
    painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    painter.restore()


def _legend_items(minimum: int) -> list[tuple[str, str]]:
    return [
        ("group", tr("กลุ่มผู้ผลิตชุมชน")),
        ("other", tr("ประเภทอื่น (รายเดียว/SMEs)")),
        ("missing", tr("ที่ยังขาด")),
        ("minimum", tr("เกณฑ์ขั้นต่ำ {n} ราย").format(n=minimum)),
        ("met", tr("ครบเกณฑ์")),
        ("short", tr("ยังไม่ครบ")),
    ]


def legend_layout(
    metrics: QFontMetricsF, width: float, minimum: int
) -> list[tuple[QRectF, str, str]]:
    """Legend items flowed into as many lines as the width needs."""
    line_height = metrics.height() + 6
    x, y, placed = PAD, PAD, []
    for kind, text in _legend_items(minimum):
        item_width = MARK + 6 + metrics.horizontalAdvance(text) + 12
        if x + item_width > width - PAD and x > PAD:
            x, y = PAD, y + line_height
        placed.append((QRectF(x, y, item_width, line_height), kind, text))
        x += item_width
    return placed


def legend_height(metrics: QFontMetricsF, width: float, minimum: int) -> float:
    placed = legend_layout(metrics, width, minimum)
    return (placed[-1][0].bottom() if placed else PAD) + 8


def paint_legend(painter: QPainter, metrics: QFontMetricsF, width: float, minimum: int) -> None:
    for rect, kind, text in legend_layout(metrics, width, minimum):
        swatch = QRectF(rect.left(), rect.center().y() - MARK / 2, MARK, MARK)
        if kind in ("met", "short"):
            paint_mark(painter, swatch, kind == "met")
        elif kind == "minimum":
            painter.setPen(minimum_pen())
            x = swatch.center().x()
            painter.drawLine(QPointF(x, swatch.top() - 2), QPointF(x, swatch.bottom() + 2))
        elif kind == "missing":
            paint_missing(painter, swatch.adjusted(0, 2, 0, -2), EXTRA_COLOUR)
        else:
            colour = GROUP_COLOUR if kind == "group" else OTHER_COLOUR
            painter.fillRect(swatch.adjusted(0, 2, 0, -2), colour)
        painter.setPen(INK)
        painter.drawText(
            rect.adjusted(MARK + 6, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
