"""A horizontal bar chart of each tambon's registrations, stacked by kind, against the quota.

Solid segments are registrations (groups, then others); hatched segments are what is still
missing, in the colour of the kind that is missing; a dashed line marks the minimum total.
Horizontal bars keep Thai tambon names readable on one line, however many tambons there are.
"""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from otop_desktop.i18n.catalog import tr
from otop_desktop.ui.widgets.quota_chart_parts import (
    EXTRA_COLOUR,
    MARK,
    PAD,
    ChartBar,
    legend_height,
    minimum_pen,
    nice_step,
    paint_legend,
    paint_missing,
)
from otop_desktop.ui.widgets.quota_marks import (
    GROUP_COLOUR,
    INK,
    MET_TEXT_COLOUR,
    MUTED_INK,
    OTHER_COLOUR,
    SHORT_TEXT_COLOUR,
    SHORT_TINT,
    paint_mark,
)

GRID_COLOUR = QColor("#E2E2E2")

__all__ = ["ChartBar", "QuotaChart", "nice_step"]


class QuotaChart(QWidget):
    bar_clicked = Signal(str)  # the key of the bar's row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quota_chart")
        self.setMouseTracking(True)
        self.setAccessibleName(tr("แผนภูมิจำนวนที่ลงทะเบียนของแต่ละตำบลเทียบกับเกณฑ์"))
        self._bars: tuple[ChartBar, ...] = ()
        self._minimum = 0
        self._hover = -1
        self._version = 0
        self._metrics_cache: dict[tuple[str, bool], QFontMetricsF] = {}
        self._geometry_key: tuple[object, ...] = ()
        self._geometry_cache = (QRectF(), 0.0)

    # --- data ------------------------------------------------------------------------------

    def set_data(self, bars: Sequence[ChartBar], minimum_total: int) -> None:
        self._bars = tuple(bars)
        self._minimum = minimum_total
        self._version += 1
        short = [b.label for b in self._bars if not b.met]
        self.setAccessibleDescription(
            tr("ครบเกณฑ์ {met} จาก {n} ตำบล").format(
                met=len(self._bars) - len(short), n=len(self._bars)
            )
            + (tr(" ยังไม่ครบ: ") + ", ".join(short) if short else "")
        )
        self.updateGeometry()
        self.update()

    @property
    def bars(self) -> tuple[ChartBar, ...]:
        return self._bars

    def scale_max(self) -> int:
        largest = max([self._minimum, *(b.reach for b in self._bars)], default=0)
        step = nice_step(largest + 1)
        return max(step, -(-(largest + 1) // step) * step)

    # --- geometry --------------------------------------------------------------------------

    def _metrics(self, bold: bool = False) -> QFontMetricsF:
        key = (self.font().key(), bold)
        if key not in self._metrics_cache:
            font = QFont(self.font())
            font.setBold(bold)
            self._metrics_cache[key] = QFontMetricsF(font)
        return self._metrics_cache[key]

    def _geometry(self) -> tuple[QRectF, float]:
        """The plot area and the status column's width, measured once per size, font and data."""
        key = (self.width(), self.height(), self.font().key(), self._version)
        if self._geometry_key != key:
            bold = self._metrics(bold=True)
            label = max([bold.horizontalAdvance(b.label) for b in self._bars], default=40) + 14
            texts = [self._status_text(b) for b in self._bars] or [tr("ครบ")]
            status = MARK + 14 + max(bold.horizontalAdvance(t) for t in texts) + PAD
            top = legend_height(self._metrics(), self.width(), self._minimum)
            bottom = self.height() - self._metrics().height() - 10
            plot = QRectF(
                PAD + label,
                top,
                max(10.0, self.width() - PAD - label - status),
                max(10.0, bottom - top),
            )
            self._geometry_cache, self._geometry_key = (plot, status), key
        return self._geometry_cache

    def _status_width(self) -> float:
        return self._geometry()[1]

    def _plot_rect(self) -> QRectF:
        return QRectF(self._geometry()[0])

    def _row_height(self, plot: QRectF) -> float:
        return plot.height() / max(1, len(self._bars))

    def _height_for(self, width: int, row_height: int) -> int:
        legend = legend_height(self._metrics(), width, self._minimum)
        return round(legend + row_height * len(self._bars) + 40)

    def sizeHint(self) -> QSize:
        return QSize(520, self._height_for(520, 34))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self._height_for(320, 22))

    def row_at(self, point: QPointF) -> int:
        plot = self._plot_rect()
        if not self._bars or not plot.top() <= point.y() < plot.bottom():
            return -1
        return min(len(self._bars) - 1, int((point.y() - plot.top()) / self._row_height(plot)))

    def bar_rect(self, row: int) -> QRectF:
        """The row's band across the chart: what a click on the tambon hits."""
        plot = self._plot_rect()
        height = self._row_height(plot)
        return QRectF(0, plot.top() + row * height, self.width(), height)

    @staticmethod
    def _status_text(bar: ChartBar) -> str:
        return tr("ครบ") if bar.met else tr("ขาด {n}").format(n=bar.needed)

    # --- events ----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row != self._hover:
            self._hover = row
            clickable = row >= 0 and not self._bars[row].met
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if event.button() is Qt.MouseButton.LeftButton and row >= 0:
            self.bar_clicked.emit(self._bars[row].key)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(QPointF(event.pos()))
            if row >= 0 and self._bars[row].tooltip:
                QToolTip.showText(event.globalPos(), self._bars[row].tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._paint(painter)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        paint_legend(painter, self._metrics(), self.width(), self._minimum)
        if not self._bars:
            painter.setPen(MUTED_INK)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("ยังไม่มีข้อมูลตำบล"))
            return
        plot = self._plot_rect()
        scale = plot.width() / self.scale_max()
        self._paint_rows_background(painter, plot)
        self._paint_grid(painter, plot, scale)
        for row, bar in enumerate(self._bars):
            self._paint_bar(painter, plot, scale, row, bar)
        self._paint_minimum(painter, plot, scale)
        for row, bar in enumerate(self._bars):
            self._paint_labels(painter, plot, scale, row, bar)

    def _paint_rows_background(self, painter: QPainter, plot: QRectF) -> None:
        for row, bar in enumerate(self._bars):
            band = self.bar_rect(row).adjusted(PAD / 2, 1, -PAD / 2, -1)
            if not bar.met:
                painter.fillRect(band, SHORT_TINT)
            if row == self._hover and not bar.met:
                painter.setPen(QPen(SHORT_TEXT_COLOUR, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(band, 3, 3)

    def _paint_grid(self, painter: QPainter, plot: QRectF, scale: float) -> None:
        maximum = self.scale_max()
        step = nice_step(maximum)
        painter.setPen(MUTED_INK)
        for value in range(0, maximum + 1, step):
            x = plot.left() + value * scale
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(MUTED_INK)
            label = QRectF(x - 30, plot.bottom() + 4, 60, self._metrics().height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(value)
            )
        painter.setPen(QPen(MUTED_INK, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        unit = QRectF(plot.right() + 14, plot.bottom() + 4, self._status_width(), 30)
        painter.drawText(unit, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tr("(ราย)"))

    def _segments(
        self, plot: QRectF, scale: float, row: int, bar: ChartBar
    ) -> list[tuple[QRectF, int, QColor, bool]]:
        band = self.bar_rect(row)
        thickness = min(26.0, band.height() * 0.62)
        top = band.center().y() - thickness / 2
        x, found = plot.left(), []
        for count, colour, solid in (
            (bar.groups, GROUP_COLOUR, True),
            (bar.others, OTHER_COLOUR, True),
            (bar.groups_needed, GROUP_COLOUR, False),
            (bar.others_needed, OTHER_COLOUR, False),
            (bar.extra_needed, EXTRA_COLOUR, False),
        ):
            if count > 0:
                found.append((QRectF(x, top, count * scale, thickness), count, colour, solid))
                x += count * scale
        return found

    def _paint_bar(
        self, painter: QPainter, plot: QRectF, scale: float, row: int, bar: ChartBar
    ) -> None:
        for segment, _count, colour, solid in self._segments(plot, scale, row, bar):
            if solid:
                painter.fillRect(segment, colour)
            else:
                paint_missing(painter, segment.adjusted(1, 1, -1, -1), colour)

    def _paint_labels(
        self, painter: QPainter, plot: QRectF, scale: float, row: int, bar: ChartBar
    ) -> None:
        # Drawn after the minimum line, so the counts stay readable where the line crosses them.
        for segment, count, colour, solid in self._segments(plot, scale, row, bar):
            if solid:
                self._paint_count(painter, segment, count, colour)
        band = self.bar_rect(row)
        label_font = QFont(self.font())
        label_font.setBold(not bar.met)
        painter.setFont(label_font)
        painter.setPen(INK)
        label = QRectF(PAD, band.top(), plot.left() - PAD - 10, band.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.label
        )
        mark = QRectF(plot.right() + 8, band.center().y() - MARK / 2, MARK, MARK)
        paint_mark(painter, mark, bar.met)
        painter.setPen(MET_TEXT_COLOUR if bar.met else SHORT_TEXT_COLOUR)
        status = QRectF(mark.right() + 5, band.top(), self._status_width(), band.height())
        painter.drawText(
            status,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._status_text(bar),
        )
        painter.setFont(self.font())

    def _paint_count(self, painter: QPainter, segment: QRectF, count: int, colour: QColor) -> None:
        text = str(count)
        metrics = self._metrics()
        width = metrics.horizontalAdvance(text) + 8
        if width > segment.width() - 2:
            return
        patch = QRectF(0, 0, width, min(segment.height() - 4, metrics.height()))
        patch.moveCenter(segment.center())
        painter.fillRect(patch, colour)
        painter.setPen(Qt.GlobalColor.white if colour == GROUP_COLOUR else INK)
        painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_minimum(self, painter: QPainter, plot: QRectF, scale: float) -> None:
        if self._minimum <= 0:
            return
        x = plot.left() + self._minimum * scale
        painter.setPen(minimum_pen())
        painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()))
