"""The Buddhist-era date field."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from otop_desktop.ui.widgets.be_date_edit import BeDateEdit


@pytest.fixture
def edit(app, qtbot):  # type: ignore[no-untyped-def]
    widget = BeDateEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(
    "typed", ["26/9/2566", "26 ก.ย. 2566", "๒๖ กันยายน ๒๕๖๖", "2023-09-26", "26/9/66"]
)
def test_accepts_every_written_form_and_shows_be(edit, qtbot, typed):
    edit.line_edit().setFocus()
    edit.setText("")
    for char in typed:
        edit.line_edit().insert(char)
        edit.line_edit().textEdited.emit(edit.line_edit().text())
    assert edit.date() == dt.date(2023, 9, 26)
    edit.line_edit().editingFinished.emit()
    assert edit.text() == "26 ก.ย. 2566"


def test_an_unreadable_date_is_not_a_date(edit):
    edit.setText("31/2/2566")
    assert edit.date() is None
    assert not edit.is_valid_text()


def test_calendar_shows_be_year_and_picks_a_date(edit, qtbot):
    edit.setDate(dt.date(2023, 9, 26))
    with qtbot.waitSignal(edit.dateChanged):
        qtbot.keyClick(edit.line_edit(), Qt.Key.Key_F4)
        popup = edit._popup
        assert popup.isVisible()
        assert popup._year.value() == 2566
        assert popup._month.currentText() == "กันยายน"
        popup._calendar.activated.emit(QDate(2023, 9, 28))
    assert edit.date() == dt.date(2023, 9, 28)
    assert edit.text() == "28 ก.ย. 2566"
