"""Window geometry, column widths and the interface language, kept beside the data."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str:
        return str(self._settings.value("interface/language", "th"))

    def set_language(self, language: str) -> None:
        self._settings.setValue("interface/language", language)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{key}", value)

    def value(self, key: str, default: str = "") -> str:
        return str(self._settings.value(key, default))

    def set_value(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
