"""The smart-card reader as the program sees it: a small port, whatever library sits behind it.

Every state a reader can be in is a CardProblem with a sentence in Thai and English, so the
form and the command line say the same thing. None of them is a fault of the program.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from otop_desktop.domain.id_card import IdCard


class CardProblem(StrEnum):
    NOT_INSTALLED = "not_installed"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    NOT_THAI_CARD = "not_thai_card"
    REMOVED = "removed"
    BAD_READ = "bad_read"
    READ_FAILED = "read_failed"
    UNKNOWN_READER = "unknown_reader"


MESSAGES: dict[CardProblem, tuple[str, str]] = {
    CardProblem.NOT_INSTALLED: (
        "เครื่องนี้ยังไม่ได้ติดตั้งส่วนอ่านบัตรประชาชน",
        "Card reader support is not installed on this computer.",
    ),
    CardProblem.NO_READER: (
        "เสียบเครื่องอ่านบัตร (ยังไม่พบเครื่องอ่านบัตรที่เครื่องนี้)",
        "Plug in a card reader (none is connected to this computer).",
    ),
    CardProblem.NO_CARD: (
        "ใส่บัตรประชาชนในเครื่องอ่านบัตร",
        "Insert the ID card into the card reader.",
    ),
    CardProblem.NOT_THAI_CARD: (
        "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ใส่บัตรประชาชนแทน",
        "This is not a Thai national ID card; insert an ID card instead.",
    ),
    CardProblem.REMOVED: (
        "บัตรถูกดึงออกก่อนอ่านเสร็จ ใส่บัตรอีกครั้งแล้วรอจนอ่านเสร็จ",
        "The card was taken out before the reading finished; insert it again and wait.",
    ),
    CardProblem.BAD_READ: (
        "อ่านบัตรได้ไม่ถูกต้อง (เลขประจำตัวประชาชนผิด) ใส่บัตรใหม่แล้วอ่านอีกครั้ง",
        "The card was misread (its ID number fails the check); insert it again and retry.",
    ),
    CardProblem.READ_FAILED: (
        "อ่านบัตรไม่สำเร็จ ใส่บัตรใหม่แล้วอ่านอีกครั้ง",
        "The card could not be read; insert it again and retry.",
    ),
    CardProblem.UNKNOWN_READER: (
        "ไม่พบเครื่องอ่านบัตรชื่อ {name} (ที่มีอยู่: {readers})",
        "There is no card reader named {name} (there are: {readers}).",
    ),
}


class CardReadError(Exception):
    def __init__(self, problem: CardProblem, *, name: str = "", readers: tuple[str, ...] = ()):
        super().__init__(problem.value)
        self.problem = problem
        self._fields = {"name": name, "readers": ", ".join(readers) or "-"}

    @property
    def message_th(self) -> str:
        return MESSAGES[self.problem][0].format(**self._fields)

    @property
    def message_en(self) -> str:
        return MESSAGES[self.problem][1].format(**self._fields)


@dataclass(frozen=True)
class ReaderSnapshot:
    """The readers plugged in and those holding a card, as a watch last saw them."""

    readers: tuple[str, ...] = ()
    with_card: frozenset[str] = field(default_factory=frozenset)


class CardWatch(Protocol):
    def stop(self) -> None: ...


class CardReaderPort(Protocol):
    @property
    def installed(self) -> bool: ...

    def readers(self) -> list[str]:
        """The readers plugged in (empty when none); CardReadError when there is no support."""
        ...

    def read(self, reader: str | None = None) -> IdCard:
        """The card in the named reader, or in the first reader holding one. CardReadError says
        why not."""
        ...

    def watch(self, changed: Callable[[ReaderSnapshot], None]) -> CardWatch:
        """Calls `changed` on a thread of the reader's own with every change of readers or cards,
        the first time with what is there now, until the watch is stopped."""
        ...


def choose_reader(snapshot: ReaderSnapshot, name: str | None) -> str:
    """The reader asked for by name (exactly, or one whose name holds it), else the first
    reader holding a card."""
    if not snapshot.readers:
        raise CardReadError(CardProblem.NO_READER)
    if name:
        if name in snapshot.readers:
            return name
        fits = [r for r in snapshot.readers if name.casefold() in r.casefold()]
        if len(fits) != 1:
            raise CardReadError(CardProblem.UNKNOWN_READER, name=name, readers=snapshot.readers)
        return fits[0]
    for reader in snapshot.readers:
        if reader in snapshot.with_card:
            return reader
    raise CardReadError(CardProblem.NO_CARD)


class _StoppedWatch:
    def stop(self) -> None:
        return None


class MissingCardSupport:
    """Stands in for the reader when its library (pyscard) is not installed."""

    @property
    def installed(self) -> bool:
        return False

    def readers(self) -> list[str]:
        raise CardReadError(CardProblem.NOT_INSTALLED)

    def read(self, reader: str | None = None) -> IdCard:
        raise CardReadError(CardProblem.NOT_INSTALLED)

    def watch(self, changed: Callable[[ReaderSnapshot], None]) -> CardWatch:
        return _StoppedWatch()
