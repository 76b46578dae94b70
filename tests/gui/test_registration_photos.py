"""Photos in the registration form, as the officer adds them: from the dialog and dropped from
the file manager, seen as thumbnails and large, refused with the reason, removed, kept in the
draft, saved with the record; the registry then shows who still lacks a product photo."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from otop_desktop.domain.checklists import Document
from otop_desktop.domain.photos import MAX_PHOTOS_PER_REGISTRATION, PhotoKind
from otop_desktop.ui.registry.registration_table_model import RegistrationColumn
from otop_desktop.ui.shell.main_window import Page
from tests.photo_samples import (
    camera_jpeg,
    decompression_bomb_png,
    lying_size_jpeg,
    text_named_jpg,
    truncated_jpeg,
    zeroed_middle_jpeg,
)


def open_first(window, services, name: str = "นายประเสริฐ ทองคำ"):  # type: ignore[no-untyped-def]
    uuid = next(s.uuid for s in services.registry.search() if s.producer_name == name)
    window.edit_registration(uuid)
    return window.form, uuid


def wait_for_photos(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: form.photos.task is not None and not form.photos.task.is_running())
    QApplication.processEvents()


def thumbnails(form, kind: PhotoKind) -> int:  # type: ignore[no-untyped-def]
    return form.photos.strips[kind].thumbnails.count()


def drop(widget, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), actions, data, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPoint(10, 10), actions, data, buttons, keys))


def test_photos_added_by_dialog_and_by_drop_are_saved_with_the_record(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    form, uuid = open_first(window, services)
    check = form.binding.documents[Document.PRODUCT_PHOTO.value]
    assert not check.isChecked() and check.isEnabled()
    form.go_to_step(3)
    dialogs.file_lists.append([camera_jpeg(tmp_path / "a.jpg", seed=1)])
    qtbot.mouseClick(form.photos.strips[PhotoKind.PRODUCT].add_button, Qt.MouseButton.LeftButton)
    wait_for_photos(qtbot, form)
    form.go_to_step(2)
    drop(form.photos.strips[PhotoKind.SITE], [camera_jpeg(tmp_path / "site.jpg", seed=2)])
    wait_for_photos(qtbot, form)

    assert thumbnails(form, PhotoKind.PRODUCT) == 1 and thumbnails(form, PhotoKind.SITE) == 1
    assert check.isChecked() and not check.isEnabled()
    assert form.is_dirty
    form.grab().save(str(tmp_path / "form-photos.png"))
    form._on_save_clicked()

    saved = services.registry.get(uuid)
    assert [p.kind for p in saved.photos] == [PhotoKind.PRODUCT, PhotoKind.SITE]
    assert Document.PRODUCT_PHOTO in saved.documents
    window.show_page(Page.REGISTRY)
    window.registry.select(uuid)
    row = window.registry.model.row_of(uuid)
    cell = window.registry.model.index(row, RegistrationColumn.PHOTO)
    assert cell.data() == "✓ 1 รูป"


def test_bad_files_are_refused_with_their_reasons_and_nothing_is_added(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    form, _uuid = open_first(window, services)
    files = [
        decompression_bomb_png(tmp_path / "bomb.png"),
        truncated_jpeg(tmp_path / "cut.jpg"),
        text_named_jpg(tmp_path / "list.jpg"),
        zeroed_middle_jpeg(tmp_path / "zeroed.jpg"),
        lying_size_jpeg(tmp_path / "lying.jpg"),
    ]

    form.photos.add(files, PhotoKind.PRODUCT)
    wait_for_photos(qtbot, form)

    assert thumbnails(form, PhotoKind.PRODUCT) == 0 and not form.is_dirty
    message = dialogs.shown[-1]
    assert "ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย" in message and "bomb.png" in message
    assert "เสียหายหรือไม่สมบูรณ์" in message and "cut.jpg" in message
    assert "ไม่ใช่รูปภาพ" in message and "list.jpg" in message
    # Decoded in the background task: libjpeg's warnings there refuse them too.
    assert "รูป zeroed.jpg เสียหายหรือไม่สมบูรณ์" in message
    assert "รูป lying.jpg เสียหายหรือไม่สมบูรณ์" in message
    assert not form.binding.documents[Document.PRODUCT_PHOTO.value].isChecked()


def test_more_photos_than_allowed_are_refused_before_any_work(
    window, services, imported, dialogs, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    form, _uuid = open_first(window, services)
    files = [
        camera_jpeg(tmp_path / f"p{n}.jpg", seed=n) for n in range(MAX_PHOTOS_PER_REGISTRATION + 1)
    ]

    form.photos.add(files, PhotoKind.PRODUCT)

    assert form.photos.task is None
    assert f"ไม่เกิน {MAX_PHOTOS_PER_REGISTRATION} รูป" in dialogs.shown[-1]


def test_a_photo_opens_large_and_is_removed_from_there_or_with_delete(
    window, services, imported, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    form, _uuid = open_first(window, services)
    form.photos.add(
        [
            camera_jpeg(tmp_path / "a.jpg", (1200, 900), seed=1),
            camera_jpeg(tmp_path / "b.jpg", seed=2),
        ],
        PhotoKind.PRODUCT,
    )
    wait_for_photos(qtbot, form)
    form.go_to_step(3)
    strip = form.photos.strips[PhotoKind.PRODUCT]

    first = strip.thumbnails.item(0)
    qtbot.mouseClick(
        strip.thumbnails.viewport(),
        Qt.MouseButton.LeftButton,
        pos=strip.thumbnails.visualItemRect(first).center(),
    )
    viewer = form.photos.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.picture.pixmap().width() > 600
    assert "รูปที่ 1 จาก 2" in viewer.caption.text()
    viewer.grab().save(str(tmp_path / "viewer.png"))
    qtbot.mouseClick(viewer.remove, Qt.MouseButton.LeftButton)
    assert thumbnails(form, PhotoKind.PRODUCT) == 1

    strip.thumbnails.setCurrentRow(0)
    strip.thumbnails.setFocus()
    qtbot.keyClick(strip.thumbnails, Qt.Key.Key_Delete)
    assert thumbnails(form, PhotoKind.PRODUCT) == 0
    check = form.binding.documents[Document.PRODUCT_PHOTO.value]
    assert check.isEnabled() and not check.isChecked()


def test_the_draft_keeps_the_photos_after_a_crash(
    window, services, imported, qtbot, tmp_path, make_window
):  # type: ignore[no-untyped-def]
    form, _uuid = open_first(window, services)
    form.photos.add([camera_jpeg(tmp_path / "a.jpg")], PhotoKind.PRODUCT)
    wait_for_photos(qtbot, form)
    assert form.save_draft_now()
    added = form.photos.photos

    draft = services.drafts.load()
    again = make_window()
    again.form.restore_draft(draft.payload, draft.registration_uuid)

    assert again.form.photos.photos == added
    assert again.form.current_registration().photos == added
    later = dt.datetime.now() + dt.timedelta(days=3)
    assert services.photos.remove_unused(now=later) == 0  # the draft still needs it


def test_sending_asks_whether_the_package_goes_to_a_new_computer(
    window, services, imported, dialogs, tmp_path, make_services
):  # type: ignore[no-untyped-def]
    uuid = next(s.uuid for s in services.registry.search())
    added = services.photos.add_files([camera_jpeg(tmp_path / "a.jpg")], PhotoKind.PRODUCT).added
    services.registry.update(services.registry.get(uuid).with_changes(photos=added))
    office = make_services("office")
    dialogs.folders = [tmp_path]
    first = window.transfer.send()  # nobody known yet: every photo, nothing asked
    assert first is not None and not dialogs.asked
    assert "รูปภาพในแฟ้ม 1 รูป" in dialogs.shown[-1]
    office.exchange.merge(first)
    services.exchange.merge(office.exchange.pack(tmp_path / "back").path)

    dialogs.folders = [tmp_path / "to-province"]
    dialogs.answers = [False]  # the question closed: all photos, never wrong
    whole = window.transfer.send()
    assert "ส่งรูปภาพทั้งหมด" in dialogs.asked[-1]
    assert "รูปภาพในแฟ้ม 1 รูป (ไม่ได้ใส่ 0 รูป" in dialogs.shown[-1]
    dialogs.folders = [tmp_path / "to-office"]
    dialogs.answers = [True]
    smaller = window.transfer.send()
    assert "รูปภาพในแฟ้ม 0 รูป (ไม่ได้ใส่ 1 รูป" in dialogs.shown[-1]
    assert whole is not None and smaller is not None
    assert smaller.stat().st_size < whole.stat().st_size
