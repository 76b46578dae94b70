"""Tab order for widgets made in code: Qt puts them at the end of the chain, after the buttons
at the bottom of the page, when the officer expects them where they stand."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def chain_after(anchor: QWidget, widgets: Sequence[QWidget]) -> QWidget:
    """Puts `widgets` right after `anchor` in the Tab order, in the order given (reading order:
    along each line, then down); returns the last, for a chain to go on from."""
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    return previous


def focus_first_field(page: QWidget) -> None:
    """A page opened by its shortcut takes the keyboard at its first field, unless the focus is
    in it already: typing never goes on in a page that is no longer shown."""
    if not page.isVisible():
        # Nothing in a hidden page takes the focus (the window before it is first shown):
        # walking its focus chain would only cost the start its time.
        return
    focused = QApplication.focusWidget()
    if focused is not None and page.isAncestorOf(focused):
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if page.isAncestorOf(widget) and takes_tab and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
