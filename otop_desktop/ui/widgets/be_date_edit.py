"""A date field that shows and accepts Buddhist-era dates, with a calendar in B.E. years.

Qt has no Buddhist calendar system, so the popup pairs a QCalendarWidget (its own navigation
bar hidden) with a Thai month list and a B.E. year box.
"""

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.messages import Language
from otop_desktop.domain.thai_dates import (
    BE_OFFSET,
    MONTHS_FULL,
    ThaiDateError,
    parse_thai_date,
)
from otop_desktop.i18n.catalog import language, shown_date, tr


class _BeCalendarPopup(QFrame):
    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._month = QComboBox(self)
        self._month.addItems(list(MONTHS_FULL))
        self._year = QSpinBox(self)
        self._year.setRange(2400, 2700)
        self._year.setPrefix(tr("พ.ศ. "))
        self._calendar = QCalendarWidget(self)
        self._calendar.setNavigationBarVisible(False)
        self._calendar.setGridVisible(True)
        self._calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        header = QHBoxLayout()
        header.addWidget(self._month, 1)
        header.addWidget(self._year)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._calendar)
        self._month.currentIndexChanged.connect(self._on_header_changed)
        self._year.valueChanged.connect(self._on_header_changed)
        self._calendar.currentPageChanged.connect(self._on_page_changed)
        self._calendar.activated.connect(self._on_activated)
        self._calendar.clicked.connect(self._on_activated)

    def open_at(self, date: dt.date) -> None:
        self._calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        self._on_page_changed(date.year, date.month)
        self._calendar.setFocus()

    def _on_header_changed(self) -> None:
        self._calendar.setCurrentPage(
            self._year.value() - BE_OFFSET, self._month.currentIndex() + 1
        )

    def _on_page_changed(self, year: int, month: int) -> None:
        for box, value in ((self._month, month - 1), (self._year, year + BE_OFFSET)):
            box.blockSignals(True)
            if isinstance(box, QComboBox):
                box.setCurrentIndex(value)
            else:
                box.setValue(value)
            box.blockSignals(False)
        self._calendar.setCurrentPage(year, month)

    def _on_activated(self, date: QDate) -> None:
        self.picked.emit(dt.date(date.year(), date.month(), date.day()))
        self.close()


class BeDateEdit(QWidget):
    """Type 26/9/2566, 26 ก.ย. 66, Thai digits or ISO; or press F4 / Alt+Down for a calendar."""

    dateChanged = Signal(object)  # dt.date | None
    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._edit = QLineEdit(self)
        self._edit.setPlaceholderText(tr("เช่น 26/9/2566"))
        self._edit.setClearButtonEnabled(True)
        self._button = QToolButton(self)
        self._button.setText("▾")
        self._button.setToolTip(tr("เลือกจากปฏิทิน (F4)"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._edit)
        self._popup = _BeCalendarPopup(self)
        self._popup.picked.connect(self._on_picked)
        self._button.clicked.connect(self.show_calendar)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self._edit.textEdited.connect(self._on_text_edited)

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, date: dt.date | None) -> None:
        self._date = date
        self._edit.setText(
            shown_date(date, "abbr" if language() is Language.TH else "numeric") if date else ""
        )
        self._edit.setStyleSheet("")

    def text(self) -> str:
        return self._edit.text()

    def setText(self, text: str) -> None:
        self._edit.setText(text)
        self._interpret(text, reformat=False)

    def is_valid_text(self) -> bool:
        return not self._edit.text().strip() or self._date is not None

    def line_edit(self) -> QLineEdit:
        return self._edit

    def show_calendar(self) -> None:
        self._popup.open_at(self._date or dt.date.today())
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def _on_picked(self, date: dt.date) -> None:
        self.setDate(date)
        self.textEdited.emit(self._edit.text())
        self.dateChanged.emit(date)
        self._edit.setFocus()

    def _interpret(self, text: str, *, reformat: bool) -> None:
        previous = self._date
        try:
            self._date = parse_thai_date(text) if text.strip() else None
        except ThaiDateError:
            self._date = None
        if reformat and self._date is not None:
            self._edit.setText(
                shown_date(self._date, "abbr" if language() is Language.TH else "numeric")
            )
        if self._date != previous:
            self.dateChanged.emit(self._date)

    def _on_text_edited(self, text: str) -> None:
        self._interpret(text, reformat=False)
        self.textEdited.emit(text)

    def _on_editing_finished(self) -> None:
        self._interpret(self._edit.text(), reformat=True)
