"""A drop-down list opened by the keyboard (Alt+Down, F4) shows a highlighted item to start
from: the chosen one, or the first while nothing is chosen, so that Enter takes what is seen."""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject
from PySide6.QtWidgets import QComboBox


class _HighlightOnOpen(QObject):
    def __init__(self, box: QComboBox) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            view, model = self._box.view(), self._box.model()
            if model.rowCount() > 0:
                row = max(self._box.currentIndex(), 0)
                view.selectionModel().setCurrentIndex(
                    model.index(row, self._box.modelColumn()),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
        return False


def open_on_current(*boxes: QComboBox) -> None:
    for box in boxes:
        box.view().installEventFilter(_HighlightOnOpen(box))
