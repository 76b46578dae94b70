"""Thai is the source language of every text; English comes from one dictionary.

The lookup is plain Python so that view-models, wording modules and the command line translate
without Qt. Designer forms translate through Qt instead: ui/shell/translator.py installs the same
dictionary as a QTranslator when the interface is switched to English.
"""

import datetime as dt
import re
from typing import Any

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.messages import Language
from otop_desktop.domain.thai_dates import format_be_date_en, format_thai_date

_state: dict[str, Language] = {"language": Language.TH}
_table: dict[str, str] = {}


def set_catalog_language(language: str | Language) -> Language:
    chosen = Language.EN if str(getattr(language, "value", language)) == "en" else Language.TH
    _state["language"] = chosen
    _table.clear()
    if chosen is Language.EN:
        _table.update(english_table())
    return chosen


def english_table() -> dict[str, str]:
    from otop_desktop.i18n.translations_en import TABLE

    return TABLE


def language() -> Language:
    return _state["language"]


# In an English text, {n|registration|registrations} says the noun as the count {n} needs it.
_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


class _Countable(str):
    """A translated text whose nouns follow the counts given to format()."""

    __slots__ = ()

    def format(self, *args: Any, **values: Any) -> str:
        def choose(match: re.Match[str]) -> str:
            one = _count(values.get(match.group(1))) == 1
            return match.group(2) if one else match.group(3)

        return str.format(_PLURAL.sub(choose, self), *args, **values)


def _count(value: object) -> int | None:
    try:
        return int(str(value).replace(",", ""))
    except ValueError:
        return None


def tr(text: str) -> str:
    # An untranslated text stays as it is rather than vanishing.
    found = _table.get(text, text)
    return _Countable(found) if "|" in found else found


def pick(thai: str, english: str) -> str:
    """For names the domain already holds in both languages."""
    return english if _state["language"] is Language.EN else thai


def shown_date(date: dt.date, style: str = "abbr") -> str:
    """A date as the interface language writes it, always with the Buddhist-era year:
    26 ก.ย. 2566 in Thai, 26 Sep 2566 in English (numeric 26/9/2566 in both)."""
    if _state["language"] is Language.EN:
        return format_be_date_en(date, style)
    return format_thai_date(date, style)


def user_message(error: UserError) -> str:
    return error.message_en if _state["language"] is Language.EN else error.message_th
