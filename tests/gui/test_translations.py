"""English is switchable: every Thai text of the interface has an English twin, and it shows."""

import string
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from otop_desktop.i18n.translations_en import TABLE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import thai_texts


def _placeholders(text: str) -> set[str]:
    """Names of the values a text takes; {n|one|other} in English is the value n."""
    return {name.split("|")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_thai_text_has_an_english_twin():
    code, _ = thai_texts.code_texts()
    needed = set(code) | set(thai_texts.designer_texts())
    assert sorted(needed - set(TABLE)) == []


def test_every_english_twin_is_still_used():
    from otop_desktop.services.privacy.audit_service import ACTION_TH

    code, _ = thai_texts.code_texts()
    used = set(code) | set(thai_texts.designer_texts()) | set(ACTION_TH.values())
    assert sorted(set(TABLE) - used) == []


def test_english_nouns_follow_their_counts():
    from otop_desktop.i18n.catalog import set_catalog_language, tr

    set_catalog_language("en")
    try:
        assert tr("ทั้งหมด {total} ราย").format(total=1) == "1 registration in all"
        assert tr("ทั้งหมด {total} ราย").format(total="1,200") == "1,200 registrations in all"
        assert tr("เหลืออีก {n} วัน").format(n=1) == "1 day left"
    finally:
        set_catalog_language("th")
    assert tr("ทั้งหมด {total} ราย").format(total=1) == "ทั้งหมด 1 ราย"


def test_no_thai_f_strings_escape_translation():
    _, fstrings = thai_texts.code_texts()
    assert fstrings == [], "use tr('...{value}...').format(value=...) instead"


def test_translations_keep_their_placeholders():
    assert [k for k, v in TABLE.items() if _placeholders(k) != _placeholders(v) or not v] == []


def test_the_window_switches_to_english_and_back(app, services, imported, dialogs, qtbot, tmp_path):
    from otop_desktop.app.windows import build_main_window

    english = build_main_window(services, dialogs, "en")
    qtbot.addWidget(english)
    english.resize(1280, 800)
    english.show()
    titles = [english.ui.navigation.item(i).text() for i in range(english.ui.navigation.count())]
    assert titles == ["Dashboard", "Register", "Registry", "Report", "Settings"]
    assert english.ui.menu_file.title() == "File"
    assert english.form.ui.save_button.text() == "Save (Ctrl+S)"
    assert english.registry.count_label.text() == "23 registrations in all"
    english.grab().save(str(tmp_path / "english.png"))
    assert QImage(str(tmp_path / "english.png")).width() == 1280

    thai = build_main_window(services, dialogs, "th")
    qtbot.addWidget(thai)
    assert thai.ui.navigation.item(0).text() == "หน้าหลัก"
    assert thai.form.ui.save_button.text() == "บันทึก (Ctrl+S)"


def test_audit_actions_have_english_names():
    from otop_desktop.services.privacy.audit_service import ACTION_TH

    assert [name for name in ACTION_TH.values() if name not in TABLE] == []
