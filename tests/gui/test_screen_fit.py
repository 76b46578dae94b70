"""Office screens (issue 14): every page fits 1366×768, 1280×720 and 1920×1080 at 125 % and
150 %; what cannot fit scrolls, and the action buttons are never cut off or pushed off screen."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from otop_desktop.ui.shell.main_window import Page
from otop_desktop.ui.shell.window_placement import COMFORTABLE, first_placement, fits

ROOT = Path(__file__).resolve().parents[2]
# The room a maximised window has, in Qt's (scaled) pixels: the screen less a 40 px taskbar and
# a Windows 10 title bar and borders. At 150 % a 1920×1080 screen is 1280×720 such pixels.
FRAME = QSize(16, 39)
TASKBAR = 40
SCREENS = {
    "1366x768": QSize(1366, 768),
    "1280x720": QSize(1280, 720),
    "1920x1080 at 125%": QSize(1536, 864),
    "1920x1080 at 150%": QSize(1280, 720),
}


def room(screen: QSize) -> QSize:
    return QSize(screen.width() - FRAME.width(), screen.height() - TASKBAR - FRAME.height())


def fully_shown(widget: QWidget) -> bool:
    """On screen and not clipped by any parent: its whole rectangle is visible."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def text_fits(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width()) - 1


def show_at(window: QWidget, size: QSize, page: Page) -> None:
    window.show_page(page)  # type: ignore[attr-defined]
    window.resize(size)
    QApplication.processEvents()


def action_buttons(window) -> dict[Page, list[QWidget]]:  # type: ignore[no-untyped-def]
    form = window.form.ui
    return {
        Page.DASHBOARD: [window.dashboard.table],
        Page.FORM: [form.cancel_button, form.back_button, form.next_button, form.save_button],
        Page.REGISTRY: [window.registry.new_button, window.registry.edit_button],
        Page.REPORT: [window.report_page.export_button],
        Page.SETTINGS: [window.settings.ui.save_settings_button, window.settings.ui.revert_button],
    }


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_fits_with_its_buttons_in_view(window, imported, screen: str) -> None:
    size = room(SCREENS[screen])
    buttons = action_buttons(window)
    for page in Page:
        show_at(window, size, page)
        assert window.size() == size, f"{page.name} makes the window {window.size()}"
        for widget in buttons[page]:
            assert fully_shown(widget), f"{page.name}: {widget.objectName()} cut off"
        assert fully_shown(window.statusBar())


@pytest.mark.parametrize("screen", SCREENS)
def test_each_step_of_the_form_fits_with_the_save_row_and_its_message(
    window, keyboard, screen: str
) -> None:
    size = room(SCREENS[screen])
    show_at(window, size, Page.FORM)
    form = window.form
    form.ui.save_button.setEnabled(True)
    form.ui.type_group.setChecked(True)  # a group: the most fields
    for step in range(form.ui.steps.count()):
        form.go_to_step(step)
        QApplication.processEvents()
        assert window.size() == size
        for button in (form.ui.cancel_button, form.ui.back_button, form.ui.next_button):
            assert fully_shown(button), f"step {step + 1}: {button.objectName()} cut off"
        # "Cannot save yet, fix: ..." names every missing field, on as many lines as it takes.
        assert fully_shown(form.ui.missing_label) and text_fits(form.ui.missing_label)
        assert "ยังบันทึกไม่ได้" in form.ui.missing_label.text()


def test_a_step_taller_than_the_room_scrolls_to_the_field_tab_reaches(window, keyboard) -> None:
    from tests.gui.keyboard_walk import place

    show_at(window, room(SCREENS["1280x720"]), Page.FORM)
    window.resize(QSize(1264, 420))  # as small as it goes: step 5 cannot be shown whole
    QApplication.processEvents()
    form = window.form
    form.go_to_step(4)
    QApplication.processEvents()
    notes = form.ui.notes
    form.ui.status.setFocus()
    keyboard.tab()
    assert QApplication.focusWidget() is notes
    QApplication.processEvents()
    viewport = form.ui.steps.currentWidget()
    area = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    assert area.intersects(place(notes, window))
    assert fully_shown(form.ui.save_button)


# Where the window opens.


@pytest.mark.parametrize(
    ("screen", "maximized"),
    [
        (QSize(1366, 768), True),
        (QSize(1280, 720), True),
        (QSize(1536, 864), True),  # 1920×1080 at 125 %: 785 px under the title bar
        (QSize(1920, 1080), False),
    ],
)
def test_a_first_start_opens_within_the_screen(screen: QSize, maximized: bool) -> None:
    available = QRect(0, 0, screen.width(), screen.height() - TASKBAR)
    placement = first_placement(available, FRAME)
    assert placement.maximized is maximized
    framed = placement.geometry.adjusted(0, 0, FRAME.width(), FRAME.height())
    assert available.contains(framed)
    if not maximized:
        assert placement.geometry.size() == COMFORTABLE
        assert placement.geometry.center() == available.center()


def test_a_remembered_size_from_a_larger_screen_does_not_fit_a_smaller_one() -> None:
    laptop = QRect(0, 0, 1366, 728)
    assert fits(QRect(20, 30, 1200, 650), laptop, FRAME)
    assert not fits(QRect(0, 0, 1280, 800), laptop, FRAME)
    assert not fits(QRect(1500, 40, 900, 600), laptop, FRAME)  # on a monitor that is gone


def test_the_window_opens_maximised_on_a_screen_smaller_than_its_comfortable_size(
    app, services, dialogs, qtbot
) -> None:
    """The offscreen screen of the tests is 800×800: smaller than 1280×800."""
    from otop_desktop.app.windows import build_main_window
    from otop_desktop.ui.shell.application import WindowSession

    session = WindowSession(
        lambda language: build_main_window(services, dialogs, language), services.drafts
    )
    qtbot.addWidget(session.window)
    assert session.window.isMaximized()
    screen = session.window.screen().availableGeometry()
    assert screen.contains(session.window.geometry())


PLACEMENT_SCRIPT = """
import json, sys
from pathlib import Path
from otop_desktop.app.services import open_services
from otop_desktop.app.windows import build_main_window
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.ui.shell.application import WindowSession, application
from otop_desktop.ui.widgets.dialogs import QtDialogs
app = application()
services = open_services(DataFolder(Path(sys.argv[1])))
if services.office.office() is None:
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
session = WindowSession(lambda language: build_main_window(services, QtDialogs(), language), services.drafts)
app.processEvents()
window = session.window
g = window.geometry()
print(json.dumps({"maximized": window.isMaximized(), "geometry": [g.x(), g.y(), g.width(), g.height()]}))
if len(sys.argv) > 2:
    window.showNormal()
    window.setGeometry(100, 80, 1100, 700)
    app.processEvents()
window.close()
services.close()
"""


def open_on_screen(tmp_path: Path, data: Path, width: int, height: int, *extra: str) -> dict:
    """The program's start on an offscreen screen of the given size (Qt's offscreen platform
    reads its screens from a file; named relative to the working folder, since Qt splits the
    platform's options at ":", which a Windows path holds)."""
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "dpr": 1}]}))
    environ = dict(os.environ)
    environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config.name}"
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [environ.get("PYTHONPATH")])])
    done = subprocess.run(
        [sys.executable, "-c", PLACEMENT_SCRIPT, str(data), *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=environ,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_large_screen_opens_the_comfortable_size_and_then_the_remembered_one(
    tmp_path: Path,
) -> None:
    data = tmp_path / "ข้อมูล OTOP"
    first = open_on_screen(tmp_path, data, 1920, 1080, "move")
    assert first == {"maximized": False, "geometry": [320, 140, 1280, 800]}
    again = open_on_screen(tmp_path, data, 1920, 1080)
    assert again == {"maximized": False, "geometry": [100, 80, 1100, 700]}
    # The same office on a laptop: the remembered size no longer fits, so it is maximised.
    laptop = open_on_screen(tmp_path, data, 1366, 768)
    assert laptop["maximized"] is True
    assert laptop["geometry"][2] <= 1366 and laptop["geometry"][3] <= 768
