"""The Thai national ID card reader: a small port (card_port) and its PC/SC adapter (pyscard)."""

from otop_desktop.platform.card_reader.card_port import (
    CardProblem,
    CardReaderPort,
    CardReadError,
    MissingCardSupport,
    ReaderSnapshot,
)

__all__ = [
    "CardProblem",
    "CardReadError",
    "CardReaderPort",
    "MissingCardSupport",
    "ReaderSnapshot",
    "open_card_reader",
]


def open_card_reader() -> CardReaderPort:
    """The PC/SC reader when pyscard is installed; otherwise a stand-in that says so."""
    try:
        from otop_desktop.platform.card_reader.pyscard_reader import PyscardCardReader
    except (ImportError, OSError):
        # No pyscard, or its PC/SC library (libpcsclite on Linux) is missing.
        return MissingCardSupport()
    return PyscardCardReader()
