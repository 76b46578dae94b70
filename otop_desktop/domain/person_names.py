"""Splits a Thai full name as typed in a list into prefix, first name and last name."""

from otop_desktop.domain.registration import Person
from otop_desktop.domain.thai_text import clean_text

# Longest first, so that นางสาว is not read as นาง + สาว...
PREFIXES = tuple(
    sorted(
        (
            "นาย",
            "นาง",
            "นางสาว",
            "น.ส.",
            "น.ส",
            "ด.ช.",
            "ด.ญ.",
            "เด็กชาย",
            "เด็กหญิง",
            "ว่าที่ร้อยตรี",
            "ว่าที่ ร.ต.",
            "ร.ต.",
            "จ.ส.อ.",
            "พระ",
            "ดร.",
            "Mr.",
            "Mrs.",
            "Ms.",
            "Miss",
        ),
        key=len,
        reverse=True,
    )
)
COMMON_PREFIXES = ("นาย", "นาง", "นางสาว")
_CANNOT_START_WORD = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎ๅ")


def split_full_name(text: str) -> Person:
    text = clean_text(text)
    prefix = ""
    for candidate in PREFIXES:
        if not text.startswith(candidate):
            continue
        rest = text[len(candidate) :]
        # นางสาวิตรี is นาง + สาวิตรี: a name cannot begin with a vowel sign or tone mark.
        if not (rest and rest[0] in _CANNOT_START_WORD):
            prefix, text = candidate, rest.strip()
            break
    first, _, last = text.partition(" ")
    return Person(prefix, first.strip(), last.strip())
