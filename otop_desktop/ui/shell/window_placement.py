"""Where the main window opens: on the screen it was last on, as large as it was, and never
larger than that screen's free area (office PCs are often 1366×768, or 1920×1080 at 125–150 %)."""

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# The size the pages are laid out for; a screen with less room opens the window maximised.
COMFORTABLE = QSize(1280, 800)


@dataclass(frozen=True)
class Placement:
    geometry: QRect
    maximized: bool


def first_placement(available: QRect, frame: QSize) -> Placement:
    """With nothing remembered: the comfortable size centred, or maximised if it would not fit.
    `frame` is what the window system adds around the window (title bar, borders)."""
    room = QSize(available.width() - frame.width(), available.height() - frame.height())
    if room.width() < COMFORTABLE.width() or room.height() < COMFORTABLE.height():
        return Placement(QRect(available.topLeft(), room), maximized=True)
    geometry = QRect(0, 0, COMFORTABLE.width(), COMFORTABLE.height())
    geometry.moveCenter(available.center())
    return Placement(geometry, maximized=False)


def fits(geometry: QRect, available: QRect, frame: QSize) -> bool:
    """The window with its frame lies inside the free area (a remembered size may have come
    from a larger screen, or a second monitor that is gone)."""
    framed = geometry.adjusted(0, 0, frame.width(), frame.height())
    return available.contains(framed)


def place(window: QWidget, *, remembered: bool) -> None:
    """Keeps a remembered geometry (restored before) where it still fits its screen; otherwise
    fits the window to the screen, maximised when the screen is smaller than the comfortable
    size. Called before the window is first shown."""
    screen = _screen_of(window)
    if screen is None or (remembered and window.isMaximized()):
        return
    available, frame = screen.availableGeometry(), _frame(window)
    if remembered and fits(window.geometry(), available, frame):
        return
    placement = first_placement(available, frame)
    window.setGeometry(placement.geometry)
    if placement.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _screen_of(window: QWidget) -> QScreen | None:
    centre = window.geometry().center()
    return QGuiApplication.screenAt(centre) or window.screen() or QGuiApplication.primaryScreen()


def _frame(window: QWidget) -> QSize:
    """The frame of a shown window; before it is shown, a typical title bar and border."""
    frame = window.frameGeometry().size() - window.geometry().size()
    if window.isVisible() and frame.width() >= 0 and frame.height() > 0:
        return frame
    return QSize(16, 39)
