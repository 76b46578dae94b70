"""Pages and dialogs that fit a small screen (1366×768, or 1920×1080 at 150 %): what cannot fit
scrolls, and the action buttons stay outside the scrolling part, always in view."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

# Room left on the screen around a dialog for the window's frame and the taskbar.
SCREEN_MARGIN = 80


def scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless area that scrolls `content` up and down when it is taller than the room."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # Tab goes to the fields inside; the area itself takes no stop of its own.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


def scroll_stack_pages(stack: QStackedWidget) -> list[QScrollArea]:
    """Each page of `stack` in a scroll area of its own, at the same index: a short step does
    not take the height of the tallest."""
    current = stack.currentIndex()
    pages = [w for w in (stack.widget(i) for i in range(stack.count())) if w is not None]
    for page in pages:
        stack.removeWidget(page)
    areas = [scroll_area(page, stack) for page in pages]
    for area in areas:
        stack.addWidget(area)
    stack.setCurrentIndex(max(current, 0))
    return areas


def scroll_layout(outer: QBoxLayout, inner: QLayout, parent: QWidget) -> QScrollArea:
    """Moves `inner`, an item of `outer`, into a scroll area at the same place."""
    index = outer.indexOf(inner)
    stretch = outer.stretch(index)
    outer.removeItem(inner)
    host = QWidget(parent)
    host.setLayout(inner)
    area = scroll_area(host, parent)
    outer.insertWidget(index, area, max(stretch, 1))
    return area


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """The preferred size, or less on a screen with less room."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - SCREEN_MARGIN)
        height = min(height, room.height() - SCREEN_MARGIN)
    dialog.resize(width, height)


def bring_into_view(widget: QWidget) -> None:
    """Scrolls the area holding `widget` until it shows: a message set below the fold of a
    small screen would otherwise go unseen."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 8)


def grow_for_wrapped_text(window: QWidget) -> None:
    """Grows `window` to the height its layout needs at its width. Qt does not grow a window for
    a wrapped label's new lines, so a long message set after it was shown loses its last lines
    below the buttons."""
    layout = window.layout()
    if layout is None:
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
