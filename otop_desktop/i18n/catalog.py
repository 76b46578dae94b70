"""Thai is the source language of every text; English comes from one dictionary.

The lookup is plain Python so that view-models, wording modules and the command line translate
without Qt. Designer forms translate through Qt instead: ui/shell/translator.py installs the same
dictionary as a QTranslator when the interface is switched to English.
"""

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.messages import Language

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


def tr(text: str) -> str:
    # An untranslated text stays as it is rather than vanishing.
    return _table.get(text, text)


def pick(thai: str, english: str) -> str:
    """For names the domain already holds in both languages."""
    return english if _state["language"] is Language.EN else thai


def user_message(error: UserError) -> str:
    return error.message_en if _state["language"] is Language.EN else error.message_th
