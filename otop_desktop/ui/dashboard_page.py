"""The morning view: which tambons of the district still fall short of the quota, and of what."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.quota import Shortfall
from otop_desktop.services.changes import Change
from otop_desktop.services.quota_service import DistrictStatus, QuotaService, TambonStatus


def shortfall_text(status: TambonStatus) -> str:
    decision = status.decision
    if decision.met:
        return "ครบตามเกณฑ์"
    parts = []
    if Shortfall.GROUP in decision.missing:
        parts.append("ขาดกลุ่มผู้ผลิตชุมชน")
    if Shortfall.OTHER in decision.missing:
        parts.append("ขาดผู้ผลิตประเภทอื่น")
    parts.append(f"ขาดอีก {decision.still_needed} ราย")
    return " · ".join(parts)


class DashboardPage(QWidget):
    register_requested = Signal(str, object)  # tambon code, ProducerType | None

    def __init__(self, quota: QuotaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self._quota = quota
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboard_summary")
        self.tambons = QListWidget(self)
        self.tambons.setObjectName("dashboard_tambons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tambons, 1)
        self.tambons.itemActivated.connect(self._on_item_activated)
        self.status: DistrictStatus | None = None
        self.refresh()

    def on_change(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        status = self.status = self._quota.district_status()
        self.summary.setText(
            f"อำเภอ{status.district.name_th}: ครบเกณฑ์ {status.met_count} จาก {len(status.tambons)} ตำบล"
        )
        self.tambons.clear()
        for tambon in status.tambons:
            mark = "✓" if tambon.decision.met else "⚠"
            item = QListWidgetItem(
                f"{mark} ต.{tambon.tambon.name_th} — กลุ่ม {tambon.counts.groups}, "
                f"ประเภทอื่น {tambon.counts.others}, รวม {tambon.counts.total} — {shortfall_text(tambon)}"
            )
            item.setData(256, tambon.tambon.code)
            self.tambons.addItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        status = self.status.tambon(item.data(256)) if self.status else None
        if status is None or status.decision.met:
            return
        wanted = ProducerType.GROUP if Shortfall.GROUP in status.decision.missing else None
        self.register_requested.emit(status.tambon.code, wanted)
