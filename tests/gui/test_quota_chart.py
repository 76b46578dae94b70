"""The quota chart: stacked bars against the minimum, marks, legend, hit-testing, screenshots."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from otop_desktop.ui.widgets.quota_chart import ChartBar, QuotaChart, nice_step
from otop_desktop.ui.widgets.quota_marks import (
    GROUP_COLOUR,
    MET_COLOUR,
    OTHER_COLOUR,
    SHORT_COLOUR,
    SHORT_TINT,
)

BARS = [
    ChartBar("240201", "บางคล้า", groups=1, others=2),
    ChartBar("240209", "ปากน้ำ", groups=2, others=0, others_needed=1),
    ChartBar("240214", "หัวไทร", groups=0, others=1, groups_needed=1),
    ChartBar("240299", "ตำบลว่าง", groups=0, others=0, groups_needed=1, others_needed=1),
]


@pytest.fixture
def chart(app, qtbot):  # type: ignore[no-untyped-def]
    widget = QuotaChart()
    qtbot.addWidget(widget)
    widget.set_data(BARS, 2)
    widget.resize(560, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _image(chart: QuotaChart) -> QImage:
    return chart.grab().toImage()


def _colours_in(image: QImage, left: int, top: int, right: int, bottom: int) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(max(0, left), min(image.width(), right))
        for y in range(max(0, top), min(image.height(), bottom))
    }


def _plot(chart: QuotaChart):  # type: ignore[no-untyped-def]
    return chart._plot_rect()


def test_bars_are_stacked_groups_then_others_in_palette_colours(chart):
    image = _image(chart)
    plot = _plot(chart)
    scale = plot.width() / chart.scale_max()
    band = chart.bar_rect(0)
    y = round(band.center().y())
    group_x = round(plot.left() + 0.3 * scale)  # inside the first unit: the group
    other_x = round(plot.left() + 1.2 * scale)  # inside the second unit: an other
    assert QColor(image.pixel(group_x, y - 6)).name() == GROUP_COLOUR.name()
    assert QColor(image.pixel(other_x, y - 6)).name() == OTHER_COLOUR.name()
    beyond = round(plot.left() + 3.5 * scale)  # nothing past the total of 3
    assert QColor(image.pixel(beyond, y - 6)).name() == "#ffffff"


def test_missing_registrations_are_hatched_in_the_missing_kind(chart):
    image = _image(chart)
    plot = _plot(chart)
    scale = plot.width() / chart.scale_max()
    band = chart.bar_rect(2)  # หัวไทร: 1 other drawn, 1 group missing after it
    missing = _colours_in(
        image,
        round(plot.left() + 1.1 * scale),
        round(band.top() + 6),
        round(plot.left() + 1.9 * scale),
        round(band.bottom() - 6),
    )
    assert GROUP_COLOUR.name() in missing  # the hatching
    assert OTHER_COLOUR.name() not in missing


def test_the_minimum_is_a_visible_line(chart):
    image = _image(chart)
    plot = _plot(chart)
    x = round(plot.left() + 2 * plot.width() / chart.scale_max())
    dark = [
        y
        for y in range(round(plot.top()), round(plot.bottom()))
        if QColor(image.pixel(x, y)).lightness() < 80
    ]
    assert len(dark) > plot.height() * 0.4  # dashed, but running down the whole plot


def test_met_and_short_are_marked_by_symbol_and_tint(chart):
    image = _image(chart)
    plot = _plot(chart)
    status = (round(plot.right()), chart.width())
    met_band, short_band = chart.bar_rect(0), chart.bar_rect(1)
    met = _colours_in(
        image, *status[:1], round(met_band.top()), status[1], round(met_band.bottom())
    )
    short = _colours_in(
        image, *status[:1], round(short_band.top()), status[1], round(short_band.bottom())
    )
    assert MET_COLOUR.name() in met and SHORT_COLOUR.name() not in met
    assert SHORT_COLOUR.name() in short and MET_COLOUR.name() not in short
    assert QColor(image.pixel(4, round(short_band.center().y()))).name() != SHORT_TINT.name()
    assert QColor(image.pixel(12, round(short_band.center().y()))).name() == SHORT_TINT.name()


def test_clicking_a_row_names_its_tambon(chart, qtbot):
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(1).center().toPoint())
    assert clicked.args == ["240209"]
    assert chart.row_at(QPointF(10, 2)) == -1  # the legend is not a row


def test_accessible_description_names_the_short_tambons(chart):
    text = chart.accessibleDescription()
    assert "ครบเกณฑ์ 1 จาก 4 ตำบล" in text
    assert "ปากน้ำ, หัวไทร, ตำบลว่าง" in text


def test_scale_leaves_room_and_uses_round_steps(chart):
    assert chart.scale_max() == 4  # largest reach is 3
    chart.set_data([ChartBar("1", "ก", groups=40, others=17)], 2)
    assert chart.scale_max() % nice_step(chart.scale_max()) == 0
    assert chart.scale_max() > 57
    assert [nice_step(n) for n in (4, 9, 30, 80, 400)] == [1, 2, 5, 10, 50]


def test_height_follows_the_number_of_tambons(app, qtbot):
    small, large = QuotaChart(), QuotaChart()
    qtbot.addWidget(small)
    qtbot.addWidget(large)
    small.set_data(BARS[:2], 2)
    large.set_data(BARS * 5, 2)
    assert large.minimumSizeHint().height() > small.minimumSizeHint().height()
    assert large.sizeHint().height() > large.minimumSizeHint().height()


def test_empty_chart_says_so(app, qtbot, tmp_path):
    empty = QuotaChart()
    qtbot.addWidget(empty)
    empty.set_data([], 2)
    empty.resize(400, 300)
    out = tmp_path / "empty.png"
    assert empty.grab().save(str(out))
    assert QImage(str(out)).width() == 400


def test_screenshot_of_the_chart(chart, tmp_path):
    out = tmp_path / "chart.png"
    assert chart.grab().save(str(out))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (560, 360)
    colours = _colours_in(image, 0, 0, image.width(), image.height())
    assert {
        GROUP_COLOUR.name(),
        OTHER_COLOUR.name(),
        MET_COLOUR.name(),
        SHORT_COLOUR.name(),
    } <= colours
