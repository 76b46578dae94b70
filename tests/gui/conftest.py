"""GUI fixtures: a real main window over a real database in tmp_path, and scripted dialogs."""

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget


class ScriptedDialogs:
    """Answers questions as the test says and remembers what the officer was shown."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.chosen: list[int | None] = []
        self.choices: list[list[str]] = []
        self.asked: list[str] = []
        self.shown: list[str] = []
        self.files: list[Path | None] = []
        self.file_lists: list[list[Path]] = []
        self.folders: list[Path | None] = []
        self.opened: list[Path] = []
        self.copied: list[str] = []
        # What open_path answers: False as on a PC with no program for the file.
        self.open_result = True

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        ok: str = "",
        cancel: str = "",
        ok_is_safe: bool = False,
    ) -> bool:
        self.asked.append(f"{title}: {text}")
        # Unanswered, a question gets what Enter gives: the answer that loses nothing.
        return self.answers.pop(0) if self.answers else ok_is_safe

    def choose(self, parent: QWidget, title: str, text: str, choices: Sequence[str]) -> int | None:
        self.asked.append(f"{title}: {text}")
        self.choices.append(list(choices))
        return self.chosen.pop(0) if self.chosen else 0

    def info(self, parent: QWidget, title: str, text: str) -> None:
        self.shown.append(f"{title}: {text}")

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self.shown.append(f"{title}: {text}")

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        return self.files.pop(0) if self.files else None

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]:
        return self.file_lists.pop(0) if self.file_lists else []

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        return self.folders.pop(0) if self.folders else None

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return self.open_result

    def copy_text(self, text: str) -> None:
        self.copied.append(text)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    from otop_desktop.ui.shell.application import application

    return application()


@pytest.fixture
def make_window(app, services, dialogs, qtbot):  # type: ignore[no-untyped-def]
    from otop_desktop.app.windows import build_main_window

    def make():  # type: ignore[no-untyped-def]
        window = build_main_window(services, dialogs, "th")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.setFocus()
        return window

    return make


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


@pytest.fixture
def imported(services, bang_khla_csv):  # type: ignore[no-untyped-def]
    report = services.importer.import_file(bang_khla_csv)
    assert report.committed
    return report


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


@pytest.fixture
def keyboard(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Types into whatever has focus, as an officer at the keyboard does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    class Keyboard:
        def type(self, text: str) -> None:
            for char in text:
                if char.isascii():
                    qtbot.keyClick(focused(), char)
                else:
                    # QTest maps only ASCII to key codes; Thai comes as text, like a Thai layout.
                    QTest.sendKeyEvent(
                        QTest.KeyAction.Click,
                        focused(),
                        Qt.Key.Key_unknown,
                        char,
                        Qt.KeyboardModifier.NoModifier,
                    )

        def press(
            self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
            qtbot.keyClick(focused(), key, modifier)

        def tab(self, times: int = 1) -> None:
            for _ in range(times):
                qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    yield Keyboard()


@pytest.fixture
def make_services(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A further Bang Khla office in its own data folder, e.g. the field laptop."""
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    opened = []

    def make(name: str):  # type: ignore[no-untyped-def]
        services = open_services(DataFolder(tmp_path / name))
        services.office.setup("2402", officer_name="นายภาคสนาม ขยันดี")
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()
