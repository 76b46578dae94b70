"""Tab order for widgets made in code: Qt puts them at the end of the chain, after the buttons
at the bottom of the page, when the officer expects them where they stand."""

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def chain_after(anchor: QWidget, widgets: Sequence[QWidget]) -> QWidget:
    """Puts `widgets` right after `anchor` in the Tab order, in the order given (reading order:
    along each line, then down); returns the last, for a chain to go on from."""
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    return previous
