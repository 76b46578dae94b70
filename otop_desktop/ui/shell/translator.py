"""The English dictionary installed as a QTranslator, for the texts of Designer forms.

Our own code translates through otop_desktop.i18n.catalog; uic-generated retranslateUi calls
QCoreApplication.translate, which only an installed translator answers.
"""

from PySide6.QtCore import QCoreApplication, QTranslator

from otop_desktop.domain.messages import Language
from otop_desktop.i18n.catalog import english_table, set_catalog_language


class DictionaryTranslator(QTranslator):
    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self._table = table

    def translate(
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
    chosen = set_catalog_language(language)
    if chosen is Language.EN and app is not None:
        translator = DictionaryTranslator(english_table())
        app.installTranslator(translator)
        _installed.append(translator)
    return chosen
