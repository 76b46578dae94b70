"""The registration form's photos: product photos on the products step, site photos on the site
step, each a row of thumbnails that takes files from a dialog or dropped from the file manager.
Files are prepared on a worker thread; a photo shows larger on click and can be removed. While a
product photo is attached, the "product photo" document is ticked and cannot be unticked."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.photos import PhotoKind, PhotoRef, is_photo_hash, room_for
from otop_desktop.i18n.catalog import pick, tr, user_message
from otop_desktop.ui.widgets.background import BackgroundTask
from otop_desktop.ui.widgets.dialogs import Dialogs
from otop_desktop.ui.widgets.tab_order import chain_after

if TYPE_CHECKING:
    from otop_desktop.services.photos.photo_service import PhotoAddResult, PhotoService
    from otop_desktop.ui.forms.ui_registration_form import Ui_RegistrationForm

THUMB = QSize(112, 84)
HASH_ROLE = Qt.ItemDataRole.UserRole + 1
PHOTO_FILTER = "รูปภาพ (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"


class PhotoStrip(QGroupBox):
    """One kind of photo: thumbnails in a row, add and remove, and files dropped on it."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, kind: PhotoKind, parent: QWidget | None = None) -> None:
        super().__init__(pick(kind.label_th, kind.label_en), parent)
        self.kind = kind
        self.setObjectName(f"photos_{kind.value}")
        self.setAcceptDrops(True)
        self.thumbnails = QListWidget(self)
        self.thumbnails.setObjectName(f"photo_list_{kind.value}")
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setIconSize(THUMB)
        self.thumbnails.setFixedHeight(THUMB.height() + 34)
        self.add_button = QPushButton(tr("เพิ่มรูป…"), self)
        self.remove_button = QPushButton(tr("ลบรูปที่เลือก"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.thumbnails, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.show_hint()

    def show_hint(self, text: str = "") -> None:
        self.hint.setText(text or tr("ลากแฟ้มรูป (JPEG หรือ PNG) มาวางที่นี่ได้ · คลิกรูปเพื่อดูขนาดใหญ่"))

    def selected_hash(self) -> str:
        item = self.thumbnails.currentItem()
        return str(item.data(HASH_ROLE)) if item is not None else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


def _local_files(urls: list[Any]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


class FormPhotos(QObject):
    """The form's photos as one list (product photos first), its thumbnails and its workers."""

    changed = Signal()

    def __init__(
        self,
        ui: "Ui_RegistrationForm",
        service: "Callable[[], PhotoService] | None",
        dialogs: Dialogs,
        document_check: QCheckBox,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._parent = parent
        self._check = document_check
        self._ticked_by_officer = document_check.isChecked()
        self._photos: list[PhotoRef] = []
        # Which registration the list belongs to: a worker's result for an earlier one is dropped.
        self._generation = 0
        self._pixmaps: dict[str, QPixmap] = {}
        self.task: BackgroundTask | None = None
        self.viewer: QWidget | None = None
        self.strips = {kind: PhotoStrip(kind, parent) for kind in PhotoKind}
        product = self.strips[PhotoKind.PRODUCT]
        ui.page_products_layout.addWidget(product)
        chain_after(
            ui.annual_sales, [product.thumbnails, product.add_button, product.remove_button]
        )
        site = self.strips[PhotoKind.SITE]
        ui.page_site_layout.addWidget(site, 11, 0, 1, 2)
        # Made in code, the strip would come last in the Tab round: it belongs after the road.
        chain_after(ui.road, [site.thumbnails, site.add_button, site.remove_button])
        for strip in self.strips.values():
            self._connect(strip)
            strip.setEnabled(service is not None)

    def _connect(self, strip: PhotoStrip) -> None:
        kind = strip.kind
        strip.add_button.clicked.connect(lambda: self._on_add_clicked(kind))
        strip.remove_button.clicked.connect(lambda: self.remove(strip.selected_hash()))
        strip.files_dropped.connect(lambda files: self.add(files, kind))
        strip.thumbnails.itemClicked.connect(lambda item: self.open(str(item.data(HASH_ROLE))))
        strip.thumbnails.itemActivated.connect(lambda item: self.open(str(item.data(HASH_ROLE))))
        QShortcut(
            QKeySequence.StandardKey.Delete,
            strip.thumbnails,
            lambda: self.remove(strip.selected_hash()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # --- the list ------------------------------------------------------------------------------

    @property
    def photos(self) -> tuple[PhotoRef, ...]:
        return tuple(p for kind in PhotoKind for p in self._photos if p.kind is kind)

    def show(self, photos: tuple[PhotoRef, ...]) -> None:
        """The photos of the registration being opened; the form is loading, nothing changed."""
        self._generation += 1
        self._photos = list(photos)
        self._ticked_by_officer = self._check.isChecked() and not any(
            p.kind is PhotoKind.PRODUCT for p in photos
        )
        self._refresh()

    def snapshot(self) -> dict[str, Any]:
        return {"photos": [{"sha256": p.sha256, "kind": p.kind.value} for p in self.photos]}

    @staticmethod
    def from_snapshot(payload: dict[str, Any]) -> tuple[PhotoRef, ...]:
        found = []
        for item in payload.get("photos", []):
            if isinstance(item, dict) and is_photo_hash(item.get("sha256")):
                kind = PhotoKind.SITE if item.get("kind") == "site" else PhotoKind.PRODUCT
                found.append(PhotoRef(str(item["sha256"]), kind))
        return tuple(found)

    def _refresh(self) -> None:
        for kind, strip in self.strips.items():
            strip.thumbnails.clear()
            for n, photo in enumerate(p for p in self._photos if p.kind is kind):
                item = QListWidgetItem(self._icon(photo.sha256), str(n + 1))
                item.setData(HASH_ROLE, photo.sha256)
                item.setToolTip(tr("คลิกเพื่อดูขนาดใหญ่ · Delete เพื่อลบ"))
                strip.thumbnails.addItem(item)
            strip.remove_button.setEnabled(strip.thumbnails.count() > 0)
        self._sync_document_check()

    def _sync_document_check(self) -> None:
        has_product = any(p.kind is PhotoKind.PRODUCT for p in self._photos)
        if has_product and self._check.isEnabled():
            self._ticked_by_officer = self._check.isChecked()
        self._check.setChecked(has_product or self._ticked_by_officer)
        self._check.setEnabled(not has_product)
        self._check.setToolTip(tr("ติ๊กให้เองเมื่อมีรูปถ่ายผลิตภัณฑ์แนบไว้ในรายการ") if has_product else "")

    def pixmap(self, sha256: str) -> QPixmap | None:
        found = self._pixmaps.get(sha256)
        if found is None and self._service is not None:
            stored = self._service().photo(sha256)
            if stored is not None:
                found = QPixmap()
                found.loadFromData(stored.data, "JPEG")
                self._pixmaps[sha256] = found
        return found

    def _icon(self, sha256: str) -> QIcon:
        image = self.pixmap(sha256)
        if image is None:
            return QIcon()
        return QIcon(
            image.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # --- adding, removing, viewing -------------------------------------------------------------

    def _on_add_clicked(self, kind: PhotoKind) -> None:
        files = self._dialogs.open_files(
            self._parent,
            tr("เลือก{kind}").format(kind=pick(kind.label_th, kind.label_en)),
            tr(PHOTO_FILTER),
        )
        if files:
            self.add(files, kind)

    def add(self, files: list[Path], kind: PhotoKind) -> None:
        """Prepares the files on a worker thread; each is added whole or refused with why."""
        if self._service is None or (self.task is not None and self.task.is_running()):
            return
        present = self.photos
        if len(files) > room_for(present):
            from otop_desktop.services.photos.photo_service import too_many_photos

            self._dialogs.error(
                self._parent,
                tr("เพิ่มรูปไม่ได้"),
                user_message(too_many_photos(len(present), len(files))),
            )
            return
        service, generation = self._service(), self._generation
        self.task = BackgroundTask(lambda _progress: service.add_files(files, kind, present), self)
        self.task.succeeded.connect(lambda result: self._on_added(result, generation))
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(lambda: self._busy(False))
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        for strip in self.strips.values():
            strip.add_button.setEnabled(not busy)
            strip.show_hint(tr("กำลังเตรียมรูป…") if busy else "")

    def _on_added(self, result: "PhotoAddResult", generation: int) -> None:
        if generation != self._generation:
            return  # the form moved on to another registration meanwhile
        if result.added:
            self._photos += list(result.added)
            self._refresh()
            self.changed.emit()
        if result.refused:
            lines = [pick(r.message_th, r.message_en) for r in result.refused]
            if result.added:
                lines.insert(0, tr("เพิ่มแล้ว {n} รูป").format(n=len(result.added)))
            self._dialogs.error(self._parent, tr("บางแฟ้มไม่ได้เพิ่ม"), "\n".join(lines))

    def _on_failed(self, error: object) -> None:
        message = user_message(error) if isinstance(error, UserError) else str(error)
        self._dialogs.error(self._parent, tr("เพิ่มรูปไม่ได้"), message)

    def remove(self, sha256: str) -> None:
        if not sha256 or all(p.sha256 != sha256 for p in self._photos):
            return
        self._photos = [p for p in self._photos if p.sha256 != sha256]
        self._refresh()
        self.changed.emit()

    def open(self, sha256: str) -> None:
        from otop_desktop.ui.photos.photo_viewer import PhotoViewer

        viewer = PhotoViewer(self.photos, self.pixmap, sha256, self._parent)
        viewer.remove_requested.connect(self.remove)
        self.viewer = viewer
        viewer.open()
