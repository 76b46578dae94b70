"""The optional `รูปภาพ` cell of the interchange table: photo files named relative to the imported
file, several separated by ";", each checked like every other cell before anything is imported
(found, a picture, whole, not too large). Decoding and storing them happens on import."""

from collections.abc import Callable
from pathlib import Path

from otop_desktop.db.photo_repository import PhotoRepository, StoredPhoto
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.photos import MAX_PHOTOS_PER_REGISTRATION, PhotoKind, PhotoRef
from otop_desktop.domain.registration import Registration
from otop_desktop.services.importing.interchange import PHOTO_SEPARATOR, Column
from otop_desktop.services.photos.photo_files import PhotoRefusedError, inspect_image
from otop_desktop.services.photos.photo_service import read_photo_file

Problem = tuple[str, str]  # Thai, English
PhotoPreparer = Callable[[Path], StoredPhoto]
"""Reads a photo file and returns it as stored (PhotoService.prepare); PhotoRefusedError else."""


def photo_paths(text: str, folder: Path | None) -> tuple[tuple[Path, ...], list[Problem]]:
    """The files a cell names, and what is wrong with any of them."""
    names = [name.strip() for name in text.split(PHOTO_SEPARATOR) if name.strip()]
    if not names:
        return (), []
    if folder is None:
        return (), [
            (
                "รูปภาพนำเข้าได้เฉพาะจากแฟ้มในเครื่อง (ไม่รู้ว่าแฟ้มตารางอยู่ในโฟลเดอร์ใด)",
                "Photos can be imported only from a file on this computer (its folder is unknown).",
            )
        ]
    problems: list[Problem] = []
    if len(names) > MAX_PHOTOS_PER_REGISTRATION:
        problems.append(
            (
                f"ระบุรูปภาพ {len(names)} รูป รับได้ไม่เกิน {MAX_PHOTOS_PER_REGISTRATION} รูปต่อรายการ",
                f"{len(names)} photos named; a registration keeps at most "
                f"{MAX_PHOTOS_PER_REGISTRATION}.",
            )
        )
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        problems.append(
            (f"ระบุแฟ้มรูปซ้ำ: {', '.join(repeated)}", f"Photo named twice: {', '.join(repeated)}")
        )
    paths = tuple(folder / name.replace("\\", "/") for name in names)
    for name, path in zip(names, paths, strict=True):
        problem = _file_problem(name, path)
        if problem is not None:
            problems.append(problem)
    return paths, problems


def _file_problem(name: str, path: Path) -> Problem | None:
    try:
        found = path.is_file()
    except (OSError, ValueError):  # a name no file system takes: too long, a NUL in it
        found = False
    if not found:
        shown = name if len(name) <= 80 else name[:77] + "..."
        return (
            f'ไม่พบแฟ้มรูป "{shown}" (ค้นหาในโฟลเดอร์เดียวกับแฟ้มที่นำเข้า)',
            f'Photo file "{shown}" not found (looked next to the imported file).',
        )
    try:
        inspect_image(read_photo_file(path), name)
    except PhotoRefusedError as exc:
        return exc.message_th, exc.message_en
    return None


def prepared_photo(row: int, path: Path, prepare: PhotoPreparer | None) -> StoredPhoto:
    """The photo ready to store; a UserError naming the row and column when it cannot be."""
    if prepare is None:
        raise UserError(
            "โปรแกรมส่วนนี้อ่านรูปภาพไม่ได้ จึงไม่ได้นำเข้าข้อมูลใด",
            "Photos cannot be read here, so nothing was imported.",
        )
    try:
        return prepare(path)
    except PhotoRefusedError as exc:
        column = Column.PHOTOS.value
        raise UserError(
            f'แถวที่ {row} คอลัมน์ "{column}": {exc.message_th} ไม่ได้นำเข้าข้อมูลใด',
            f'Row {row}, column "{column}": {exc.message_en} Nothing was imported.',
        ) from exc


def registration_with(
    store: PhotoRepository, registration: Registration | None, photos: tuple[StoredPhoto, ...]
) -> Registration:
    """The row's registration with its photos stored; an imported photo shows the product."""
    assert registration is not None
    for photo in photos:
        store.put(photo)
    refs = tuple(dict.fromkeys(PhotoRef(p.sha256, PhotoKind.PRODUCT) for p in photos))
    return registration.with_changes(photos=refs) if refs else registration
