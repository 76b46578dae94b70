"""Walks a window by Tab as an officer does, and checks that the focus moves in reading order:
down the page, left to right along a line, a column to the right only after the one before."""

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

# Pixels two widgets may overlap or be misaligned by and still be on one line.
TOLERANCE = 6


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_chain(start: QWidget, limit: int = 300) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    chain = [focused()]
    for _ in range(limit):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is chain[0]:
            return chain
        chain.append(focused())
    raise AssertionError(f"Tab never came back to {chain[0].objectName()}")


def place(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}:{widget.objectName() or text!r}"


def out_of_order(chain: list[QWidget], root: QWidget) -> list[str]:
    """Each step of the chain that goes back against reading order."""
    found = []
    for a, b in itertools.pairwise(chain):
        ra, rb = place(a, root), place(b, root)
        same_line = rb.top() < ra.bottom() - TOLERANCE and ra.top() < rb.bottom() - TOLERANCE
        next_column = rb.left() >= ra.right() - TOLERANCE
        if same_line and rb.left() < ra.left() - TOLERANCE and not rb.contains(ra):
            found.append(f"{name(a)} -> {name(b)}: back to the left on one line")
        elif not same_line and rb.top() < ra.top() - TOLERANCE and not next_column:
            found.append(f"{name(a)} -> {name(b)}: back up the page")
    return found


def unreached(chain: list[QWidget], root: QWidget) -> list[str]:
    """Visible, enabled widgets that take Tab but are not in the chain."""
    reached = set(map(id, chain))
    missing = []
    for widget in root.findChildren(QWidget):
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if (
            takes_tab
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusProxy() is None
            and id(widget) not in reached
        ):
            missing.append(name(widget))
    return missing
