"""Import from Excel or CSV: preview, column mapping, every problem listed, then all or nothing."""

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.i18n.catalog import language, tr, user_message
from otop_desktop.services.importing.import_service import ImportReport, ImportService
from otop_desktop.services.importing.interchange import Column, header_key
from otop_desktop.services.importing.row_parser import ParsedRow
from otop_desktop.services.importing.table_reader import RawTable
from otop_desktop.ui.importing.raw_table_model import RawTableModel
from otop_desktop.ui.shell.ui_settings import UiSettings
from otop_desktop.ui.widgets.background import BackgroundTask
from otop_desktop.ui.widgets.screen_fit import fit_dialog
from otop_desktop.ui.widgets.tab_order import chain_after

MAPPING_KEY = "import/column_mapping"
PROBLEMS_SHOWN = 500


class ImportDialog(QDialog):
    imported = Signal(object)  # Change

    def __init__(
        self,
        importer: ImportService,
        table: RawTable,
        source: Path,
        tambons: list[tuple[str, str]],
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("นำเข้าทะเบียนจากแฟ้ม"))
        fit_dialog(self, 1000, 680)
        self._importer = importer
        self._table = table
        self._source = source
        self._tambons = tambons
        self._settings = settings
        self._parsed: list[ParsedRow] = []
        self._task: BackgroundTask | None = None
        self.report: ImportReport | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_check_page())
        self.pages.addWidget(self._build_progress_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- page 1: preview and mapping ------------------------------------------------------------

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        info = QLabel(
            tr("แฟ้ม {name}: {rows} แถว ตรวจดูตัวอย่างและเลือกว่าแต่ละคอลัมน์คือข้อมูลใด").format(
                name=self._source.name, rows=len(self._table.rows)
            ),
            page,
        )
        info.setWordWrap(True)
        preview = QTableView(page)
        preview.setModel(RawTableModel(self._table, preview))
        preview.setObjectName("import_preview")
        preview.setTabKeyNavigation(False)
        self.mapping: dict[int, QComboBox] = {}
        grid_host = QWidget(page)
        grid = QGridLayout(grid_host)
        remembered = self._remembered_mapping()
        recognised = {index: column for column, index in self._table.recognised_columns().items()}
        for index, header in enumerate(self._table.headers):
            box = QComboBox(grid_host)
            box.addItem(tr("(ไม่ใช้คอลัมน์นี้)"), "")
            for column in Column:
                box.addItem(column.value, column.value)
            chosen = recognised.get(index) or remembered.get(header_key(header))
            box.setCurrentIndex(
                max(0, box.findData(chosen.value if isinstance(chosen, Column) else chosen))
            )
            grid.addWidget(
                QLabel(header or tr("(ไม่มีหัวคอลัมน์)"), grid_host), index // 2, (index % 2) * 2
            )
            grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
            self.mapping[index] = box
        scroll = QScrollArea(page)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button = QPushButton(tr("ตรวจสอบข้อมูล ›"), page)
        self.check_button.setDefault(True)
        cancel = QPushButton(tr("ยกเลิก"), page)
        chain_after(
            self.mapping[len(self.mapping) - 1] if self.mapping else preview,
            [cancel, self.check_button],
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(page)
        layout.addWidget(info)
        layout.addWidget(preview, 2)
        layout.addWidget(QLabel(tr("จับคู่คอลัมน์"), page))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self._on_check_clicked)
        cancel.clicked.connect(self.reject)
        return page

    def _remembered_mapping(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._settings.value(MAPPING_KEY, "{}")))
        except (ValueError, TypeError):
            return {}

    def _remember_mapping(self) -> None:
        remembered = self._remembered_mapping()
        recognised = set(self._table.recognised_columns().values())
        for index, box in self.mapping.items():
            if index not in recognised and box.currentData():
                remembered[header_key(self._table.headers[index])] = box.currentData()
        self._settings.set_value(MAPPING_KEY, json.dumps(remembered, ensure_ascii=False))

    def chosen_columns(self) -> dict[Column, int]:
        columns: dict[Column, int] = {}
        for index, box in self.mapping.items():
            if box.currentData() and Column(box.currentData()) not in columns:
                columns[Column(box.currentData())] = index
        return columns

    # --- page 2: problems -------------------------------------------------------------------------

    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("import_summary")
        self.tambon_box = QWidget(page)
        self.tambon_grid = QGridLayout(self.tambon_box)
        self.tambon_choices: dict[str, QComboBox] = {}
        self.problems = QPlainTextEdit(page)
        self.problems.setReadOnly(True)
        self.problems.setObjectName("import_problems")
        self.problems.setTabChangesFocus(True)
        self.skip_invalid = QCheckBox(tr("นำเข้าเฉพาะแถวที่ถูกต้อง (ข้ามแถวที่มีข้อผิดพลาด)"), page)
        back = QPushButton(tr("‹ กลับไปจับคู่คอลัมน์"), page)
        self.recheck_button = QPushButton(tr("ตรวจอีกครั้ง"), page)
        self.import_button = QPushButton(tr("นำเข้า"), page)
        self._check_buttons = (back, self.recheck_button, self.import_button)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recheck_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.tambon_box)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_invalid)
        layout.addLayout(buttons)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.recheck_button.clicked.connect(self._on_check_clicked)
        self.skip_invalid.toggled.connect(self._update_import_button)
        self.import_button.clicked.connect(self._on_import_clicked)
        return page

    def _on_check_clicked(self) -> None:
        columns = self.chosen_columns()
        choices = {
            name: box.currentData()
            for name, box in self.tambon_choices.items()
            if box.currentData()
        }
        try:
            self._parsed = self._importer.parse(self._table, columns, tambon_choices=choices)
            self.report = self._importer.import_rows(self._source, self._parsed, dry_run=True)
        except Exception as exc:  # a UserError names the missing columns; anything else is a bug
            self.summary.setText(
                "✖ " + (user_message(exc) if isinstance(exc, UserError) else str(exc))
            )
            self.pages.setCurrentIndex(1)
            self.import_button.setEnabled(False)
            return
        self._remember_mapping()
        self._show_tambon_choices(self._importer.unresolved_tambon_names(self._table, columns))
        self._show_report(self.report)
        self.pages.setCurrentIndex(1)

    def _show_tambon_choices(self, names: list[str]) -> None:
        for name in names:
            if name in self.tambon_choices:
                continue
            box = QComboBox(self.tambon_box)
            box.addItem(tr("— เลือกตำบลที่หมายถึง —"), "")
            for code, tambon_name in self._tambons:
                box.addItem(tambon_name, code)
            row = len(self.tambon_choices)
            self.tambon_grid.addWidget(
                QLabel(tr('ตำบล "{name}" ในแฟ้ม คือ').format(name=name)), row, 0
            )
            self.tambon_grid.addWidget(box, row, 1)
            self.tambon_choices[name] = box
        self.tambon_box.setVisible(bool(self.tambon_choices))
        self.recheck_button.setVisible(bool(self.tambon_choices))
        # The choices made now go where they stand, above the problems, not after the buttons.
        chain_after(
            self.check_button,
            [*self.tambon_choices.values(), self.problems, self.skip_invalid, *self._check_buttons],
        )

    def _show_report(self, report: ImportReport) -> None:
        self.summary.setText(report.summary(language()))
        lines = [p.describe(language()) for p in report.problems[:PROBLEMS_SHOWN]]
        if len(report.problems) > PROBLEMS_SHOWN:
            lines.append(tr("... และอีก {n} ปัญหา").format(n=len(report.problems) - PROBLEMS_SHOWN))
        lines += [tr("คำเตือน: ") + p.describe(language()) for p in report.warnings[:PROBLEMS_SHOWN]]
        lines += [
            tr("แถวที่ {row} ซ้ำกับแถวที่ {first} ในแฟ้มเดียวกัน จึงข้าม").format(row=r, first=f)
            for r, f in report.duplicates_in_file
        ]
        self.problems.setPlainText("\n".join(lines) or tr("✓ ไม่พบปัญหา"))
        self._update_import_button()

    def _update_import_button(self) -> None:
        report = self.report
        if report is None:
            return
        blocked = bool(report.problems) and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(bool(report.new_rows) and not blocked)
        self.import_button.setText(tr("นำเข้า {n} รายการ").format(n=len(report.new_rows)))

    # --- page 3: progress -----------------------------------------------------------------------

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_label = QLabel(tr("กำลังนำเข้า..."), page)
        self.progress = QProgressBar(page)
        self.cancel_import_button = QPushButton(tr("ยกเลิกการนำเข้า"), page)
        self.close_button = QPushButton(tr("ปิด"), page)
        self.close_button.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_import_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.cancel_import_button.clicked.connect(self._on_cancel_import_clicked)
        self.close_button.clicked.connect(self.accept)
        return page

    def _on_import_clicked(self) -> None:
        skip = self.skip_invalid.isChecked()
        parsed = self._parsed
        self.pages.setCurrentIndex(2)
        self._task = BackgroundTask(
            lambda progress: self._importer.import_rows(
                self._source,
                parsed,
                skip_invalid=skip,
                progress=progress,
                identity=self._table.identity,
            ),
            self,
        )
        self._task.progressed.connect(self._on_progress)
        self._task.succeeded.connect(self._on_imported)
        self._task.failed.connect(self._on_import_failed)
        self._task.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_cancel_import_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.progress_label.setText("✓ " + report.summary(language()))
        self._finish()
        self.imported.emit(report.change)

    def _on_import_failed(self, error: object) -> None:
        text = user_message(error) if isinstance(error, UserError) else str(error)
        self.progress_label.setText("✖ " + text + " " + tr("(ไม่มีข้อมูลใดถูกเพิ่ม)"))
        self._finish()

    def _finish(self) -> None:
        self.cancel_import_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()
        super().reject()
