"""Thai digits and the clean-up applied to anything an officer types or a file holds."""

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def clean_text(text: str | None) -> str:
    """Trims, joins runs of whitespace and drops zero-width characters pasted from the web."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", str(text)))
    return _SPACES.sub(" ", text).strip()


def digits_only(text: str) -> str:
    return "".join(ch for ch in to_arabic_digits(text) if ch.isascii() and ch.isdigit())


def name_key(name: str) -> str:
    """Key under which two spellings of one producer name count as the same name."""
    text = to_arabic_digits(clean_text(name)).casefold()
    # Quotes, dots and dashes vary between hand-typed lists; they never tell two producers apart.
    return re.sub(r"[\s\"'“”‘’.,\-–_()/]+", "", text)
