"""The window's own shortcuts come before a text field's: on Linux a line edit takes Ctrl+E
(end of line, as in Emacs) and Ctrl+U for itself, so Ctrl+E pressed in the report page's folder
field would write no report. Editing keys (undo, copy, paste, select all) stay the field's."""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The widgets that bind keys of their own; the filter sits on these alone, not on every event.
TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox)

EDITING_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


PORTABLE = QKeySequence.SequenceFormat.PortableText


def _editing_keys() -> set[str]:
    return {
        sequence.toString(PORTABLE)
        for key in EDITING_KEYS
        for sequence in QKeySequence.keyBindings(key)
    }


class WindowShortcutsFirst(QObject):
    """Watches the text inputs of the pages it is shown, for the shortcuts of `actions`."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._keys = {
            sequence.toString(PORTABLE)
            for action in actions
            for sequence in action.shortcuts()
            if sequence.count() == 1
        } - _editing_keys()

    def watch(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, TEXT_INPUTS):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()).toString(PORTABLE) in self._keys
        ):
            # Left unaccepted, the override lets the window's shortcut fire.
            event.ignore()
            return True
        return False
