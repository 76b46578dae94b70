"""The registration form's ID card reader: the button, the line that says what the reader is
doing, reading when a card is put in, and the marks on the fields the card filled.

Reader events come on the reader's own thread and the read runs on a thread of its own; both
reach the form through queued signals, so the window never waits for the card and typing by
hand goes on whatever the reader does.
"""

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from otop_desktop.domain.id_card import IdCard
from otop_desktop.i18n.catalog import pick, tr
from otop_desktop.platform.card_reader import (
    CardProblem,
    CardReaderPort,
    CardReadError,
    ReaderSnapshot,
)
from otop_desktop.platform.card_reader.card_port import MESSAGES, CardWatch
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.registry.card_fill import CardFill, fill_from_card
from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm
from otop_desktop.ui.registration.registration_form_binding import today
from otop_desktop.ui.widgets.timers import single_shot

# Some readers report a card before it can be read: give it a moment after it goes in.
SETTLE_MS = 200
CALM_STYLE = "color: #444;"
DONE_STYLE = "color: #1b5e20;"
WARNING_STYLE = "color: #8a5a00;"
MARK_STYLE = "{kind} {{ background-color: #e3f0fc; }}"
SITE_FIELDS = ("house_no", "moo", "village", "road")


def _problem_text(problem: CardProblem) -> str:
    return pick(*MESSAGES[problem])


class _Bridge(QObject):
    """Emitted from the reader's threads; Qt delivers to the form on the GUI thread."""

    snapshot = Signal(object)  # ReaderSnapshot
    read_done = Signal(object)  # IdCard
    read_failed = Signal(object)  # CardReadError


class CardMarks:
    """Tints the fields the card filled until the officer edits them."""

    def __init__(self) -> None:
        self._marked: dict[QWidget, str] = {}

    def mark(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if widget in self._marked:
                continue
            self._marked[widget] = widget.toolTip()
            kind = "QComboBox" if isinstance(widget, QComboBox) else "QLineEdit"
            widget.setStyleSheet(MARK_STYLE.format(kind=kind))
            widget.setToolTip(tr("กรอกจากบัตรประชาชน แก้ไขได้ถ้าไม่ถูกต้อง"))
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _text, w=widget: self.unmark(w))
            if isinstance(widget, QComboBox):
                widget.activated.connect(lambda _index, w=widget: self.unmark(w))

    def unmark(self, widget: QWidget) -> None:
        if widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip(self._marked.pop(widget))

    def clear(self) -> None:
        for widget in list(self._marked):
            self.unmark(widget)

    def marked(self) -> set[str]:
        return {w.objectName() for w in self._marked}


class CardReading(QObject):
    card_read = Signal(object)  # IdCard, on the GUI thread

    def __init__(
        self, ui: Ui_RegistrationForm, reader: Callable[[], CardReaderPort], form: QWidget
    ) -> None:
        super().__init__(form)
        self._ui = ui
        self._open_reader = reader
        self._reader: CardReaderPort | None = None
        self._watch: CardWatch | None = None
        self._last: ReaderSnapshot | None = None
        self._reading = False
        self._inserted_into = ""
        self.marks = CardMarks()
        self._bridge = _Bridge(self)
        self._bridge.snapshot.connect(self._on_snapshot)
        self._bridge.read_done.connect(self._on_read_done)
        self._bridge.read_failed.connect(self._on_read_failed)
        self._settle = single_shot(self, lambda: self.read(self._inserted_into), SETTLE_MS)
        ui.card_progress.setVisible(False)
        ui.read_card_button.clicked.connect(self._on_read_card_clicked)
        QShortcut(
            QKeySequence("Ctrl+R"),
            form,
            self._on_read_card_clicked,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # --- following the reader while the form is shown ----------------------------------------

    def reader(self) -> CardReaderPort:
        if self._reader is None:
            self._reader = self._open_reader()
        return self._reader

    def start(self) -> None:
        reader = self.reader()
        if not reader.installed:
            self._ui.read_card_button.setEnabled(False)
            self._say(_problem_text(CardProblem.NOT_INSTALLED) + tr(" กรอกข้อมูลเองได้ตามปกติ"))
            return
        if self._watch is None:
            self._last = None
            self._watch = reader.watch(self._bridge.snapshot.emit)

    def stop(self) -> None:
        self._settle.stop()
        if self._watch is not None:
            self._watch.stop()
            self._watch = None

    def is_reading(self) -> bool:
        return self._reading

    def reset(self) -> None:
        """A new or another registration: no marks, and the reader's state said afresh."""
        self.marks.clear()
        if self._last is not None and not self._reading and not self._settle.isActive():
            self._say_where_things_are(self._last, just_removed=False)

    def _on_snapshot(self, snapshot: ReaderSnapshot) -> None:
        before, self._last = self._last, snapshot
        inserted = snapshot.with_card - before.with_card if before else frozenset()
        if inserted and not self._reading:
            self._inserted_into = sorted(inserted)[0]
            self._show_reading()
            self._settle.start()
        elif not self._reading and not self._settle.isActive():
            self._say_where_things_are(snapshot, just_removed=bool(before and before.with_card))

    def _say_where_things_are(self, snapshot: ReaderSnapshot, *, just_removed: bool) -> None:
        if not snapshot.readers:
            self._say(_problem_text(CardProblem.NO_READER) + tr(" หรือกรอกข้อมูลเองได้ตามปกติ"))
        elif snapshot.with_card:
            self._say(tr("มีบัตรอยู่ในเครื่องอ่านบัตร กด อ่านบัตรประชาชน (Ctrl+R) เพื่อกรอกจากบัตร"))
        elif not just_removed or not self._ui.card_status.text():
            self._say(_problem_text(CardProblem.NO_CARD))

    # --- reading --------------------------------------------------------------------------------

    def _on_read_card_clicked(self) -> None:
        self.read(None)

    def read(self, reader_name: str | None) -> None:
        """Reads on a thread of its own; the result comes back through the bridge."""
        if self._reading:
            return
        reader = self.reader()
        if not reader.installed:
            self._say(_problem_text(CardProblem.NOT_INSTALLED) + tr(" กรอกข้อมูลเองได้ตามปกติ"))
            return
        self._reading = True
        self._show_reading()
        bridge = self._bridge

        def job() -> None:
            try:
                card = reader.read(reader_name or None)
            except CardReadError as exc:
                outcome: object = exc
            except Exception:  # a reader library fault must not end the program
                outcome = CardReadError(CardProblem.READ_FAILED)
            else:
                outcome = card
            signal = bridge.read_done if isinstance(outcome, IdCard) else bridge.read_failed
            with contextlib.suppress(RuntimeError):  # the form has gone
                signal.emit(outcome)

        threading.Thread(target=job, name="card-read", daemon=True).start()

    def _show_reading(self) -> None:
        self._ui.card_progress.setVisible(True)
        self._ui.read_card_button.setEnabled(False)
        self._say(tr("กำลังอ่านบัตร… อย่าเพิ่งดึงบัตรออก"))

    def _finish_reading(self) -> None:
        self._reading = False
        self._ui.card_progress.setVisible(False)
        self._ui.read_card_button.setEnabled(True)

    def _on_read_done(self, card: IdCard) -> None:
        self._finish_reading()
        self.card_read.emit(card)

    def _on_read_failed(self, error: CardReadError) -> None:
        self._finish_reading()
        self._say(pick(error.message_th, error.message_en), WARNING_STYLE)

    # --- telling the officer --------------------------------------------------------------------

    def _say(self, text: str, style: str = CALM_STYLE) -> None:
        self._ui.card_status.setStyleSheet(style)
        self._ui.card_status.setText(text)

    def fill(
        self, card: IdCard, gazetteer: Gazetteer, office_tambons: frozenset[str]
    ) -> list[QWidget]:
        """The form's fields filled from the card and marked as the card's; returns them."""
        fill = fill_from_card(card, gazetteer, office_tambons, today())
        filled, site_filled = fill_widgets(self._ui, fill)
        self.marks.mark(filled)
        self.show_filled(fill, site_filled=site_filled)
        return filled

    def show_filled(self, fill: CardFill, *, site_filled: bool) -> None:
        notes = []
        if fill.expired:
            notes.append(tr("บัตรหมดอายุแล้ว"))
        if fill.site is None:
            notes.append(
                tr("ที่อยู่ตามบัตร ({area}) อยู่นอกพื้นที่ของสำนักงาน กรอกที่ตั้งสถานที่ผลิตเอง").format(
                    area=fill.card_area
                )
            )
        elif not site_filled:
            notes.append(tr("ที่ตั้งสถานที่ผลิตที่กรอกไว้ไม่ได้เปลี่ยนตามบัตร"))
        done = tr("กรอกจากบัตรประชาชนแล้ว (ช่องสีฟ้า) ตรวจดูแล้วกดบันทึก")
        text = " ".join([*(f"⚠ {n}" for n in notes), done])
        self._say(text, WARNING_STYLE if notes else DONE_STYLE)


def fill_widgets(ui: Ui_RegistrationForm, fill: CardFill) -> tuple[list[QWidget], bool]:
    """Puts the card's values into the form. The production site is filled only when the
    officer has not entered another one; returns the widgets filled and whether the site was."""
    filled: list[QWidget] = [
        ui.contact_prefix,
        ui.contact_first_name,
        ui.contact_last_name,
        ui.national_id,
    ]
    ui.contact_prefix.setCurrentText(fill.contact.prefix)
    ui.contact_first_name.setText(fill.contact.first_name)
    ui.contact_last_name.setText(fill.contact.last_name)
    ui.national_id.setText(fill.national_id)
    site = fill.site
    chosen = ui.tambon.currentData() or ""
    typed = any(getattr(ui, name).text().strip() for name in SITE_FIELDS)
    if site is None or typed or chosen not in ("", site.tambon_code):
        return filled, False
    ui.tambon.setCurrentIndex(ui.tambon.findData(site.tambon_code))
    ui.postal_code.setText(site.postal_code)
    filled += [ui.tambon, ui.postal_code]
    for name in SITE_FIELDS:
        value = getattr(site, name)
        getattr(ui, name).setText(value)
        if value:
            filled.append(getattr(ui, name))
    return filled, True
