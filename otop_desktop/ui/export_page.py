"""The Export page (ส่งรายงาน): pre-flight checks, then one click writes the report files."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from otop_desktop.app import Services
from otop_desktop.services.changes import Change
from otop_desktop.ui.dialogs import Dialogs


class ExportPage(QWidget):
    def __init__(self, services: Services, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportPage")
        self._services = services
        self._dialogs = dialogs
        layout = QVBoxLayout(self)
        self.title = QLabel("ส่งรายงานผลการรับลงทะเบียนให้จังหวัด", self)
        layout.addWidget(self.title)
        layout.addStretch(1)

    def on_change(self, _change: Change) -> None:
        pass
