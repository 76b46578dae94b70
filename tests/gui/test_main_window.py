"""The frame: shortcuts, status bar, remembered geometry, screenshots, compiled Designer forms."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from otop_desktop.ui.shell.main_window import Page

CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("key", "page"),
    [
        (Qt.Key.Key_N, Page.FORM),
        (Qt.Key.Key_F, Page.REGISTRY),
        (Qt.Key.Key_E, Page.REPORT),
        # Ctrl+1 to Ctrl+5: the pages in the order of the list beside them.
        (Qt.Key.Key_1, Page.DASHBOARD),
        (Qt.Key.Key_2, Page.FORM),
        (Qt.Key.Key_3, Page.REGISTRY),
        (Qt.Key.Key_4, Page.REPORT),
        (Qt.Key.Key_5, Page.SETTINGS),
    ],
)
def test_shortcuts_open_their_pages(window, keyboard, key, page):
    keyboard.press(key, CTRL)
    assert window.current_page() is page


def test_the_view_menu_shows_a_shortcut_for_every_page(window):
    from otop_desktop.ui.shell.main_window import PAGE_TITLES

    listed = {a.text(): a.shortcut().toString() for a in window.ui.menu_view.actions()}
    for number, page in enumerate(Page, start=1):
        assert listed[PAGE_TITLES[page]] == f"Ctrl+{number}"


def test_status_bar_names_district_and_campaign(window):
    text = window.status_label.text()
    assert "อำเภอบางคล้า" in text and "จังหวัดฉะเชิงเทรา" in text
    assert "ปีงบประมาณ 2566" in text


def test_the_interface_font_is_sarabun(app):
    assert QFontInfo(QApplication.font()).family() == "Sarabun"


def test_window_geometry_and_columns_are_remembered(app, services, dialogs, qtbot):
    from otop_desktop.app.windows import build_main_window

    first = build_main_window(services, dialogs, "th")
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 px wide, narrower than the window's minimum: compare heights.
    first.resize(first.width(), 747)
    first.registry.table.horizontalHeader().resizeSection(2, 333)
    first.close()
    second = build_main_window(services, dialogs, "th")
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 747
    assert second.registry.table.horizontalHeader().sectionSize(2) == 333


def test_compiled_designer_forms_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("page", ["dashboard", "registry", "form", "export", "settings"])
def test_screenshot_command_saves_each_page(tmp_path, services, imported, page):
    out = tmp_path / f"{page}.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "otop_desktop",
            "--data-dir",
            str(services.folder.root),
            "--screenshot",
            str(out),
            "--page",
            page,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 5, "the screenshot is blank"


def test_screenshot_before_setup_says_what_to_do(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "otop_desktop",
            "--data-dir",
            str(tmp_path / "empty"),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "setup" in result.stderr and "Traceback" not in result.stderr
