"""Tables as the keyboard meets them: Tab leaves a table (the arrow keys move inside it), and a
table reached by Tab has a row selected, so that Enter and the buttons beside it act at once."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            select_current_or_first(watched)
        return False


def select_current_or_first(view: QAbstractItemView) -> None:
    """Selects the current row, or the first when there is none; an empty table stays empty."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or selection.hasSelection() or model.rowCount() == 0:
        return
    current = view.currentIndex()
    index = current if current.isValid() else model.index(0, 0)
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def keyboard_table(view: QAbstractItemView) -> None:
    view.setTabKeyNavigation(False)
    view.installEventFilter(_SelectOnFocus(view))


class _IntoResults(QObject):
    def __init__(self, view: QAbstractItemView, flush: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._flush = flush

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in INTO_RESULTS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._flush()
            model = self._view.model()
            if model is not None and model.rowCount() > 0:
                self._view.setFocus(Qt.FocusReason.OtherFocusReason)
                select_current_or_first(self._view)
                return True
        return False


def search_leads_to(search: QLineEdit, view: QAbstractItemView, flush: Callable[[], None]) -> None:
    """Down or Enter in the search box goes into the results with a row selected (the first,
    unless one was); Enter there then opens it. `flush` runs a search still waiting to run."""
    search.installEventFilter(_IntoResults(view, flush))
