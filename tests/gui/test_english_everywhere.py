"""In English mode no interface text is Thai: every page, the menus, the dialogs the officer can
reach and the error paths. Only the officer's own data (names, the campaign's and office's names
as typed) may stay Thai."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTreeView,
    QWidget,
)

from otop_desktop.ui.shell.main_window import Page


def _has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _model_headers(view: QAbstractItemView) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None or not isinstance(view, QTableView | QTreeView):
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount(QModelIndex()))
    ]


def interface_texts(root: QWidget) -> list[str]:
    """Every text the officer can see on `root`: labels, buttons, titles, hints and headers."""
    texts: list[str] = []
    if isinstance(root, QMainWindow):
        texts.append(root.windowTitle())
        for menu in root.menuBar().findChildren(type(root.menuBar().addMenu("x"))):
            texts.append(menu.title())
            texts += [action.text() for action in menu.actions()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_headers(widget)
    return [t for t in texts if t]


# Thai in every language: the language's own name in the language switch, the titles of Thai
# names (นาย, นาง, นางสาว: part of a name as written on the ID card), the marks' own names as
# printed on their certificates, the example of a Thai letter reference (the letter itself is
# Thai) and of a date typed with a Thai month, which the program accepts in either language.
THAI_BY_NATURE = [
    *("ภาษาไทย", "นางสาว", "นาย", "นาง"),
    *("(อย.)", "(มอก.)", "(มผช.)"),
    *("ฉช ๐๐๑๙/ว ๕๔๖๕", "26 ก.ย. 2566"),
]


@pytest.fixture
def data_texts(services: Any, imported: Any) -> list[str]:
    """What the officer typed or the office holds as data: it stays as it was written."""
    office = services.office.require_office()
    campaign = services.campaigns.active()
    names = [s.producer_name for s in services.registry.search()]
    return [
        campaign.name,
        office.office_name,
        office.officer_name,
        office.officer_position,
        campaign.letter_reference,
        *sorted(names, key=len, reverse=True),
        *THAI_BY_NATURE,
    ]


def thai_left(texts: list[str], data: list[str]) -> list[str]:
    found = []
    for text in texts:
        for value in data:
            text = text.replace(value, "")
        if _has_thai(text):
            found += [line for line in text.splitlines() if _has_thai(line)]
    return found


@pytest.fixture
def english(app: Any, services: Any, imported: Any, dialogs: Any, qtbot: Any) -> Any:
    from otop_desktop.app.windows import build_main_window

    window = build_main_window(services, dialogs, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    from otop_desktop.ui.shell.translator import set_language

    set_language("th")


@pytest.mark.parametrize("page", list(Page))
def test_every_page_speaks_english(english: Any, data_texts: list[str], page: Page) -> None:
    english.show_page(page)
    if page is Page.FORM:
        english.form.reset()
    shown = english.pages.get(page)
    assert thai_left(interface_texts(english) + interface_texts(shown), data_texts) == []


def test_every_step_of_the_form_speaks_english(
    english: Any, data_texts: list[str], keyboard: Any
) -> None:
    from PySide6.QtCore import Qt

    english.show_page(Page.FORM)
    form = english.form
    form.reset(tambon_code="240201")
    keyboard.press(Qt.Key.Key_1)  # a community producer group: the longest path
    steps = form.ui.steps.count()
    for _ in range(steps):
        assert thai_left(interface_texts(form), data_texts) == []
        keyboard.press(Qt.Key.Key_PageDown)


def test_field_messages_and_the_save_summary_speak_english(
    english: Any, data_texts: list[str], keyboard: Any
) -> None:
    from PySide6.QtCore import Qt

    english.show_page(Page.FORM)
    form = english.form
    form.reset(tambon_code="240201")
    keyboard.press(Qt.Key.Key_1)
    form.ui.national_id.setText("3240100987650")  # wrong check digit
    form.ui.phone.setText("12")
    texts = [form.ui.err_national_id.text(), form.ui.missing_label.text(), *interface_texts(form)]
    assert any("check digit" in t.lower() or "national id" in t.lower() for t in texts), texts
    assert thai_left(texts, data_texts) == []


def test_error_paths_speak_english(
    english: Any, dialogs: Any, data_texts: list[str], tmp_path: Path
) -> None:
    not_a_workbook = tmp_path / "broken.xlsx"
    not_a_workbook.write_text("this is not a workbook", encoding="utf-8")
    not_a_package = tmp_path / "broken.otoppack"
    not_a_package.write_text("{", encoding="utf-8")

    english.import_file(not_a_workbook)
    english.edit_registration("no-such-registration")
    dialogs.files.append(not_a_package)
    english.transfer.receive()
    english.transfer.review_conflicts()
    english.ui.action_about.trigger()

    assert len(dialogs.shown) >= 4, dialogs.shown
    assert thai_left(dialogs.shown + dialogs.asked, [*data_texts, str(tmp_path)]) == []


def test_a_failed_export_speaks_english(
    english: Any, data_texts: list[str], tmp_path: Path, qtbot: Any
) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("x", encoding="utf-8")
    english.show_page(Page.REPORT)
    page = english.report_page
    page.folder.setText(str(in_the_way / "reports"))
    page.export()
    qtbot.waitUntil(lambda: page.outcome.text().startswith("✖"), timeout=20000)
    assert thai_left([page.outcome.text()], [*data_texts, str(tmp_path)]) == []


def test_an_import_with_problems_lists_them_in_english(
    english: Any, data_texts: list[str], tmp_path: Path, qtbot: Any
) -> None:
    source = tmp_path / "problems.csv"
    source.write_text(
        "รหัสตำบล,ประเภทผู้ผลิต,ชื่อผู้ผลิต,เลขประจำตัวประชาชน,ชื่อผลิตภัณฑ์,ประเภทผลิตภัณฑ์,วันที่รับลงทะเบียน\n"
        "999999,9,Widget Makers,1234,Widgets,7,31/2/2566\n",
        encoding="utf-8",
    )
    english.import_file(source)
    dialog = english.import_dialog
    dialog.check_button.click()
    qtbot.waitUntil(lambda: bool(dialog.problems.toPlainText()), timeout=10000)
    # The interchange format's own column names and accepted words are Thai in every language:
    # the officer types them into the file.
    from otop_desktop.services.importing.interchange import Column

    file_words = [c.value for c in Column] + ["กลุ่ม / รายเดียว"]
    texts = [dialog.problems.toPlainText(), dialog.summary.text(), *interface_texts(dialog)]
    assert thai_left(texts, data_texts + file_words) == []
