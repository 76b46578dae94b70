"""Thai digits and the clean-up applied to anything an officer types or a file holds."""

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_THAI_DIGIT = re.compile(f"[{THAI_DIGITS}]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# The characters clean_text changes: whitespace other than a plain space (every character
# str.isspace() accepts; a test keeps the list whole) and the invisible ones. A cell with none of
# them, no two spaces in a row and no space at either end is returned as it is: most cells are.
_OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_CHANGED = re.compile("[" + _OTHER_SPACES + "\u200b\u200c\u200d\ufeff\u00ad]")


def to_arabic_digits(text: str) -> str:
    # Finding no Thai digit is much quicker than translating a Thai text character by character.
    return text.translate(_TO_ARABIC) if _THAI_DIGIT.search(text) else text


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def clean_text(text: str | None) -> str:
    """Trims, joins runs of whitespace and drops zero-width characters pasted from the web."""
    if text is None:
        return ""
    text = str(text)
    if not text:
        return text
    if (
        _CHANGED.search(text) is None
        and "  " not in text
        and text[0] != " "
        and text[-1] != " "
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    ):
        return text
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def digits_only(text: str) -> str:
    text = to_arabic_digits(text)
    if text.isascii() and text.isdigit():
        return text
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


# Quotes, dots and dashes vary between hand-typed lists; they never tell two producers apart.
_NAME_NOISE = re.compile(r"[\s\"'“”‘’.,\-–_()/]+")


def name_key(name: str) -> str:
    """Key under which two spellings of one producer name count as the same name."""
    return _NAME_NOISE.sub("", to_arabic_digits(clean_text(name)).casefold())
