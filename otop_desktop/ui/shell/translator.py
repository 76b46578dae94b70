"""The translators installed in Qt: in English, our dictionary for the texts of Designer forms;
in Thai, the Thai of Qt's own texts (standard buttons, context menus, the file dialog).

Our own code translates through otop_desktop.i18n.catalog; uic-generated retranslateUi calls
QCoreApplication.translate, which only an installed translator answers.
"""

from PySide6.QtCore import QCoreApplication, QTranslator

from otop_desktop.domain.messages import Language
from otop_desktop.i18n.catalog import english_table, set_catalog_language
from otop_desktop.i18n.qt_thai import QT_THAI


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


class QtThaiTranslator(QTranslator):
    """Answers Qt's own texts. None (a null QString) leaves Qt's text as it is, where an empty
    string would blank it out: "Ctrl" in "Ctrl+C" is asked for too."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return QT_THAI.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def set_language(language: str) -> Language:
    app = QCoreApplication.instance()
    for installed in _installed:
        if app is not None:
            app.removeTranslator(installed)
    _installed.clear()
    chosen = set_catalog_language(language)
    if app is not None:
        translator: QTranslator = (
            DictionaryTranslator(english_table()) if chosen is Language.EN else QtThaiTranslator()
        )
        app.installTranslator(translator)
        _installed.append(translator)
    return chosen
