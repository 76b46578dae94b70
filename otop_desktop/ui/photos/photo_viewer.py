"""One photo of a registration, large: the arrow keys go through the others, and it can be
removed from here."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from otop_desktop.domain.photos import PhotoRef
from otop_desktop.i18n.catalog import pick, tr

VIEW_SIZE = (960, 680)


class PhotoViewer(QDialog):
    remove_requested = Signal(str)  # the photo's hash

    def __init__(
        self,
        photos: Sequence[PhotoRef],
        pixmap: Callable[[str], QPixmap | None],
        current: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self._photos = list(photos)
        self._pixmap = pixmap
        self.index = next((n for n, p in enumerate(self._photos) if p.sha256 == current), 0)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(*VIEW_SIZE)
        self.caption = QLabel(self)
        self.previous = QPushButton(tr("‹ ก่อนหน้า"), self)
        self.next = QPushButton(tr("ถัดไป ›"), self)
        self.remove = QPushButton(tr("ลบรูปนี้ออกจากรายการ"), self)
        close = QPushButton(tr("ปิด"), self)
        buttons = QHBoxLayout()
        for widget in (self.previous, self.next, self.caption):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(buttons)
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        self.remove.clicked.connect(self._on_remove_clicked)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.show_photo(self.index - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.show_photo(self.index + 1))
        close.setDefault(True)
        self.show_photo(self.index)

    def show_photo(self, index: int) -> None:
        if not self._photos:
            return
        self.index = max(0, min(index, len(self._photos) - 1))
        photo = self._photos[self.index]
        image = self._pixmap(photo.sha256)
        if image is None:
            self.picture.setText(tr("ไม่พบรูปนี้ในฐานข้อมูล"))
        else:
            self.picture.setPixmap(
                image.scaled(
                    *VIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        kind = pick(photo.kind.label_th, photo.kind.label_en)
        self.setWindowTitle(kind)
        self.caption.setText(
            tr("{kind} · รูปที่ {n} จาก {count}").format(
                kind=kind, n=self.index + 1, count=len(self._photos)
            )
        )
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self._photos) - 1)

    def _on_remove_clicked(self) -> None:
        if self._photos:
            self.remove_requested.emit(self._photos[self.index].sha256)
        self.accept()
