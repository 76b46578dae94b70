"""The card reader through PC/SC with pyscard: the one module of the program that imports it.

It is imported only when the registration form or the `card` command first asks for a reader,
so the program starts, and runs, without pyscard. Windows' smart-card service or Linux's pcscd
does the rest. Each read opens its own PC/SC context on the thread it runs on.
"""

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from smartcard import scard

from otop_desktop.domain.id_card import IdCard
from otop_desktop.platform.card_reader.card_port import (
    CardProblem,
    CardReadError,
    ReaderSnapshot,
    choose_reader,
)
from otop_desktop.platform.card_reader.thai_id_applet import ThaiIdApplet

PNP = "\\\\?PnP?\\Notification"
WATCH_TIMEOUT_MS = 1000
RETRY_SECONDS = 1.0
STOP_WAIT_SECONDS = 2.0
REMOVAL_WAIT_MS = 1000
# No service (Windows stops it with the last reader unplugged) is the same as no reader.
_NO_READER = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_NO_CARD = {scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD}


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


@contextmanager
def _context() -> Iterator[Any]:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if _code(hresult) != scard.SCARD_S_SUCCESS:
        raise CardReadError(CardProblem.NO_READER)
    try:
        yield context
    finally:
        scard.SCardReleaseContext(context)


def _list_readers(context: Any) -> list[str]:
    hresult, readers = scard.SCardListReaders(context, [])
    if _code(hresult) in _NO_READER:
        return []
    if _code(hresult) != scard.SCARD_S_SUCCESS:
        raise CardReadError(CardProblem.NO_READER)
    return list(readers)


def _snapshot(context: Any) -> ReaderSnapshot:
    readers = _list_readers(context)
    if not readers:
        return ReaderSnapshot()
    hresult, states = scard.SCardGetStatusChange(
        context, 0, [(r, scard.SCARD_STATE_UNAWARE) for r in readers]
    )
    if _code(hresult) != scard.SCARD_S_SUCCESS:
        return ReaderSnapshot(tuple(readers))
    return ReaderSnapshot(tuple(readers), _holding_a_card(states))


def _holding_a_card(states: Sequence[tuple[str, int, Any]]) -> frozenset[str]:
    return frozenset(
        reader for reader, state, _ in states if reader != PNP and state & scard.SCARD_STATE_PRESENT
    )


class _Connection:
    """A card connected in shared mode: other programs may use the reader at the same time."""

    def __init__(self, context: Any, reader: str) -> None:
        self._context, self._reader = context, reader
        hresult, self.card, self.protocol = scard.SCardConnect(
            context,
            reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        code = _code(hresult)
        if code in _NO_CARD:
            raise CardReadError(CardProblem.NO_CARD)
        if code in _NO_READER:
            raise CardReadError(CardProblem.NO_READER)
        if code != scard.SCARD_S_SUCCESS:
            raise CardReadError(CardProblem.READ_FAILED)

    def atr(self) -> list[int]:
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self.card)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise CardReadError(self._why_failed())
        return list(atr)

    def transmit(self, apdu: Sequence[int]) -> tuple[Sequence[int], int, int]:
        hresult, response = scard.SCardTransmit(self.card, self.protocol, list(apdu))
        if _code(hresult) != scard.SCARD_S_SUCCESS or len(response) < 2:
            raise CardReadError(self._why_failed())
        return response[:-2], response[-2], response[-1]

    def _why_failed(self) -> CardProblem:
        """REMOVED when the card has gone; the reader may take a moment to notice that."""
        known = scard.SCARD_STATE_UNAWARE
        for wait_ms in (0, REMOVAL_WAIT_MS):
            hresult, states = scard.SCardGetStatusChange(
                self._context, wait_ms, [(self._reader, known)]
            )
            code = _code(hresult)
            if code == scard.SCARD_E_TIMEOUT:
                break
            if code != scard.SCARD_S_SUCCESS or not _holding_a_card(states):
                return CardProblem.REMOVED
            known = states[0][1] & ~scard.SCARD_STATE_CHANGED
        return CardProblem.READ_FAILED

    def close(self) -> None:
        scard.SCardDisconnect(self.card, scard.SCARD_LEAVE_CARD)


class PyscardCardReader:
    @property
    def installed(self) -> bool:
        return True

    def readers(self) -> list[str]:
        try:
            with _context() as context:
                return _list_readers(context)
        except CardReadError:
            return []

    def read(self, reader: str | None = None) -> IdCard:
        with _context() as context:
            name = choose_reader(_snapshot(context), reader)
            connection = _Connection(context, name)
            try:
                return ThaiIdApplet(connection.transmit, connection.atr()).read_card()
            finally:
                connection.close()

    def watch(self, changed: Callable[[ReaderSnapshot], None]) -> "CardWatcher":
        watcher = CardWatcher(changed)
        watcher.start()
        return watcher


class CardWatcher(threading.Thread):
    """Follows readers and cards with SCardGetStatusChange and reports each change.

    A lost service (Windows stops it with the last reader unplugged, pcscd may restart) is
    reported as no reader, and the context is established again a moment later."""

    def __init__(self, changed: Callable[[ReaderSnapshot], None]) -> None:
        super().__init__(name="card-reader-watch", daemon=True)
        self._changed = changed
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._context: Any = None
        self._last: ReaderSnapshot | None = None

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            if self._context is not None:
                scard.SCardCancel(self._context)
        if self.is_alive() and threading.current_thread() is not self:
            self.join(STOP_WAIT_SECONDS)

    def run(self) -> None:
        while not self._stopping.is_set():
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if _code(hresult) == scard.SCARD_S_SUCCESS:
                with self._lock:
                    self._context = context
                try:
                    self._follow(context)
                finally:
                    with self._lock:
                        self._context = None
                        scard.SCardReleaseContext(context)
            if not self._stopping.is_set():
                self._report(ReaderSnapshot())
            self._stopping.wait(RETRY_SECONDS)

    def _follow(self, context: Any) -> None:
        """Until the service goes or the watch stops."""
        readers = _list_readers(context)
        known: dict[str, int] = {}
        while not self._stopping.is_set():
            states = [(r, known.get(r, scard.SCARD_STATE_UNAWARE)) for r in [*readers, PNP]]
            hresult, events = scard.SCardGetStatusChange(context, WATCH_TIMEOUT_MS, states)
            code = _code(hresult)
            if code == scard.SCARD_E_TIMEOUT:
                continue
            if code == scard.SCARD_E_UNKNOWN_READER:
                readers = _list_readers(context)
                continue
            if code != scard.SCARD_S_SUCCESS:
                return
            known = {r: s & ~scard.SCARD_STATE_CHANGED for r, s, _ in events}
            if known.get(PNP, 0) != dict(states).get(PNP, 0):
                readers = _list_readers(context)
            self._report(ReaderSnapshot(tuple(readers), _holding_a_card(events) & set(readers)))

    def _report(self, snapshot: ReaderSnapshot) -> None:
        if snapshot == self._last or self._stopping.is_set():
            return
        self._last = snapshot
        try:
            self._changed(snapshot)
        except RuntimeError:
            # The receiver has gone (its window was closed): nothing is left to tell.
            self._stopping.set()
