"""clean_text returns a text that needs no clean-up as it is (most cells of a file), so it must
give exactly what the full clean-up gives, for any text."""

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from otop_desktop.domain.thai_text import _OTHER_SPACES, clean_text, digits_only, to_arabic_digits

_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")


def full_clean_up(text: str) -> str:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


# Thai letters, vowel and tone marks, decomposed Latin, every kind of space, invisible marks.
SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\x1c"]
MARKS = ["\u200b", "\u00ad", "\ufeff", "e\u0301", "\u0e4d\u0e32", "\u1e9b\u0323", "ﬁ"]
TRICKY = st.sampled_from([*"ab กขัา่้ำ๑๒", *SPACES, *MARKS])


@settings(max_examples=3000)
@given(st.one_of(st.text(), st.lists(TRICKY).map("".join)))
def test_clean_text_is_the_full_clean_up(text: str) -> None:
    assert clean_text(text) == full_clean_up(text)


def test_the_spaces_clean_text_looks_for_are_every_space_python_knows() -> None:
    every = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace() and ch != " ")
    assert every == _OTHER_SPACES


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ -xก"))
def test_digits_only_keeps_the_digits_in_order(text: str) -> None:
    expected = "".join(ch for ch in to_arabic_digits(text) if ch in "0123456789")
    assert digits_only(text) == expected
