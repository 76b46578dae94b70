"""Records edited on both computers since they last exchanged: the officer chooses, one by one."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.registration_codec import registration_to_json
from otop_desktop.i18n.catalog import tr, user_message
from otop_desktop.services.exchange.exchange_merge import Conflict
from otop_desktop.services.exchange.exchange_service import ExchangeService
from otop_desktop.ui.transfer.merge_wording import field_label
from otop_desktop.ui.widgets.screen_fit import fit_dialog
from otop_desktop.ui.widgets.tab_order import chain_after


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    if value is True:
        return tr("ใช่")
    if value in (None, False, ""):
        return "—"
    return str(value)


def _photos(value: Any) -> str:
    """A record's photos as the officer tells them apart: how many of each kind."""
    photos = value if isinstance(value, list) else []
    products = sum(1 for p in photos if isinstance(p, dict) and p.get("kind") == "product")
    return tr("ผลิตภัณฑ์ {products} รูป สถานที่ผลิต {sites} รูป").format(
        products=products, sites=len(photos) - products
    )


def differences(conflict: Conflict) -> list[tuple[str, str, str]]:
    mine = {**registration_to_json(conflict.local), "is_deleted": conflict.local_deleted}
    theirs = {
        **registration_to_json(conflict.incoming_registration),
        "is_deleted": conflict.incoming_deleted,
    }
    found = []
    for f in conflict.changed_fields:
        show = _photos if f == "photos" else _value
        found.append((field_label(f), show(mine.get(f)), show(theirs.get(f))))
    return found


class ConflictDialog(QDialog):
    resolved = Signal(object)  # Change

    def __init__(
        self, exchange: ExchangeService, conflicts: list[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ข้อมูลที่แก้ไขทั้งสองเครื่อง"))
        fit_dialog(self, 760, 420)
        self._exchange = exchange
        self.remaining = list(conflicts)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(self.details.textFormat().RichText)
        self.keep_local = QPushButton(tr("ใช้ข้อมูลของเครื่องนี้"), self)
        self.keep_incoming = QPushButton(tr("ใช้ข้อมูลที่รับมา"), self)
        later = QPushButton(tr("ตัดสินใจภายหลัง"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(later)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_incoming)
        # Enter and Escape decide later: neither version is dropped by a stray key.
        later.setDefault(True)
        later.setFocus()
        chain_after(later, [self.keep_local, self.keep_incoming])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.keep_local.clicked.connect(lambda: self._choose("local"))
        self.keep_incoming.clicked.connect(lambda: self._choose("incoming"))
        later.clicked.connect(self.reject)
        self._show_first()

    def _show_first(self) -> None:
        if not self.remaining:
            self.accept()
            return
        conflict = self.remaining[0]
        self.heading.setText(
            tr('"{name}" ถูกแก้ไขทั้งที่เครื่องนี้และเครื่องที่ส่งมา (เหลือ {n} รายการ) เลือกข้อมูลที่ถูกต้อง:').format(
                name=conflict.local.producer_name, n=len(self.remaining)
            )
        )
        rows = "".join(
            f"<tr><td><b>{label}</b></td><td>{mine}</td><td>{theirs}</td></tr>"
            for label, mine, theirs in differences(conflict)
        )
        self.details.setText(
            f"<table cellpadding='4' border='1' cellspacing='0'><tr><th></th>"
            f"<th>{tr('เครื่องนี้')}</th><th>{tr('ที่รับมา')}</th></tr>{rows}</table>"
        )

    def _choose(self, keep: str) -> None:
        conflict = self.remaining[0]
        try:
            change = self._exchange.resolve(conflict, keep)  # type: ignore[arg-type]
        except UserError as exc:
            if not self._reload_if_stale(conflict):
                self.details.setText("✖ " + user_message(exc))
            return
        self.remaining.pop(0)
        self.resolved.emit(change)
        self._show_first()

    def _reload_if_stale(self, conflict: Conflict) -> bool:
        """This computer's record changed while the dialog was open: the conflict is read again,
        against the record as it is now, for the officer to choose again."""
        now = {c.uuid: c for c in self._exchange.pending_conflicts()}.get(conflict.uuid)
        if now is None or now.local == conflict.local:
            return False
        self.remaining[0] = now
        self._show_first()
        self.heading.setText(
            tr("รายการนี้เพิ่งถูกแก้ไขที่เครื่องนี้ ตารางแสดงข้อมูลล่าสุดแล้ว กรุณาเลือกอีกครั้ง")
            + "\n"
            + self.heading.text()
        )
        return True
