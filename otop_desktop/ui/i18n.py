"""Thai is the source language of every screen; English comes from a dictionary translator.

Designer forms call QCoreApplication.translate() in retranslateUi, and our code calls tr(); both
reach the installed translator, which looks the Thai text up in translations_en.TABLE. A test
checks that every Thai text in the .ui files and every tr("...") literal has an English twin.
"""

from PySide6.QtCore import QCoreApplication, QTranslator

from otop_desktop.domain.messages import Language
from otop_desktop.services.errors import UserError

CONTEXT = "otop"
_state = {"language": Language.TH}


class DictionaryTranslator(QTranslator):
    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self._table = table

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # An empty answer would replace the text with nothing; an untranslated text stays as it is.
        return self._table.get(source_text, source_text)

    def isEmpty(self) -> bool:
        return False


_installed: list[DictionaryTranslator] = []


def set_language(language: str) -> Language:
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    chosen = Language.EN if language == "en" else Language.TH
    if chosen is Language.EN and app is not None:
        from otop_desktop.ui.translations_en import TABLE

        translator = DictionaryTranslator(TABLE)
        app.installTranslator(translator)
        _installed.append(translator)
    _state["language"] = chosen
    return chosen


def language() -> Language:
    return _state["language"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def pick(thai: str, english: str) -> str:
    """For names the domain already holds in both languages."""
    return english if _state["language"] is Language.EN else thai


def user_message(error: UserError) -> str:
    return error.message_en if _state["language"] is Language.EN else error.message_th
