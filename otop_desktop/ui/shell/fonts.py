"""Registers the Sarabun font shipped with the program so Thai looks the same on every machine."""

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "Sarabun"
UI_POINT_SIZE = 11


def _font_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "fontpkg_sarabun" / "files"
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"


def load_sarabun() -> str:
    """Registers Sarabun; must run after the QGuiApplication exists. Returns the family name."""
    if FAMILY in QFontDatabase.families():
        return FAMILY
    # Regular and Bold cover the interface and reports; the other weights would cost start-up time.
    for name in (
        "Sarabun-Regular.ttf",
        "Sarabun-Bold.ttf",
        "Sarabun-Italic.ttf",
        "Sarabun-SemiBold.ttf",
    ):
        path = _font_dir() / name
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
    return FAMILY


def ui_font(point_size: int = UI_POINT_SIZE) -> QFont:
    font = QFont(FAMILY, point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
