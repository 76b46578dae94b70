"""Pages of a stacked widget built when first needed: start-up builds the first screen only."""

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages:
    """Holds each page's place with an empty widget until the page is first shown or asked for."""

    def __init__(
        self,
        stack: QStackedWidget,
        built: dict[int, QWidget],
        builders: dict[int, Callable[[], QWidget]],
    ) -> None:
        self._stack = stack
        self._built = dict(built)
        self._builders = builders
        for index in range(len(built) + len(builders)):
            stack.addWidget(self._built.get(index) or QWidget(stack))

    def get(self, index: int) -> QWidget:
        widget = self._built.get(index)
        if widget is None:
            widget = self._builders[index]()
            self._built[index] = widget
            placeholder = self._stack.widget(index)
            showing = self._stack.currentIndex() == index
            self._stack.insertWidget(index, widget)
            if placeholder is not None:
                self._stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if showing:
                self._stack.setCurrentIndex(index)
        return widget

    def built(self, index: int) -> QWidget | None:
        return self._built.get(index)
