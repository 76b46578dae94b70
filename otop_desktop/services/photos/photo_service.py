"""Photos added to a registration from files: checked, made upright and small, stripped of their
metadata, and stored by their hash before the form is saved (the form and its draft then hold
only the hashes). Photos that nothing uses any more are removed."""

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.models import utc_now
from otop_desktop.db.photo_repository import PhotoRepository, StoredPhoto
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.photos import (
    MAX_PHOTOS_PER_REGISTRATION,
    PhotoKind,
    PhotoRef,
    room_for,
)
from otop_desktop.services.photos.photo_codec import DecodeProblem, PhotoCodec, PhotoDecodeError
from otop_desktop.services.photos.photo_files import (
    MAX_FILE_BYTES,
    ImageFormat,
    PhotoRefusedError,
    damaged,
    file_too_large,
    inspect_image,
    too_many_pixels,
)
from otop_desktop.services.storage_errors import writing

# Sharp on a screen and on an A4 page, and about 100-250 KB a photo: 300 stay in tens of MB.
MAX_SIDE = 1600
JPEG_QUALITY = 75
# A photo added to a form is referred to only once the form is saved or its draft written.
UNUSED_GRACE = dt.timedelta(days=1)

__all__ = ["PhotoAddResult", "PhotoRefusal", "PhotoRefusedError", "PhotoService", "prepare_photo"]


@dataclass(frozen=True)
class PhotoRefusal:
    path: Path
    message_th: str
    message_en: str


@dataclass(frozen=True)
class PhotoAddResult:
    added: tuple[PhotoRef, ...]
    refused: tuple[PhotoRefusal, ...]


def prepare_photo(data: bytes, name: str, codec: PhotoCodec) -> StoredPhoto:
    """The photo as it is stored; PhotoRefusedError saying why when it cannot be."""
    header = inspect_image(data, name)
    try:
        encoded = codec.encode(data, max_side=MAX_SIDE, quality=JPEG_QUALITY)
    except PhotoDecodeError as exc:
        if exc.problem is DecodeProblem.TOO_LARGE:
            raise too_many_pixels(name, header.width, header.height, header.pixels) from exc
        raise damaged(name) from exc
    stored = inspect_image(encoded.jpeg, name)
    if stored.format is not ImageFormat.JPEG or max(stored.width, stored.height) > MAX_SIDE:
        raise damaged(name)
    sha = hashlib.sha256(encoded.jpeg).hexdigest()
    return StoredPhoto(sha, encoded.jpeg, stored.width, stored.height)


def read_photo_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise file_too_large(path.name, size)
        return path.read_bytes()
    except OSError as exc:
        raise PhotoRefusedError(
            f"เปิดแฟ้ม {path.name} ไม่ได้ ({exc.strerror or exc}) จึงไม่ได้เพิ่ม",
            f"Cannot open {path.name} ({exc.strerror or exc}), so it was not added.",
        ) from exc


def too_many_photos(present: int, adding: int) -> UserError:
    room = max(0, MAX_PHOTOS_PER_REGISTRATION - present)
    return UserError(
        f"แนบรูปภาพได้ไม่เกิน {MAX_PHOTOS_PER_REGISTRATION} รูปต่อรายการ (มีแล้ว {present} รูป "
        f"เพิ่มได้อีก {room} รูป แต่เลือกมา {adding} รูป) จึงไม่ได้เพิ่มรูปใด",
        f"A registration keeps at most {MAX_PHOTOS_PER_REGISTRATION} photos ({present} "
        f"attached, room for {room}, {adding} chosen), so none was added.",
    )


class PhotoService:
    def __init__(self, database: Database, codec: PhotoCodec) -> None:
        self._db = database
        self._codec = codec

    def prepare(self, path: Path) -> StoredPhoto:
        """Reads and prepares one file without storing it (PhotoRefusedError)."""
        return prepare_photo(read_photo_file(path), path.name, self._codec)

    def add_files(
        self, paths: Sequence[Path], kind: PhotoKind, present: tuple[PhotoRef, ...] = ()
    ) -> PhotoAddResult:
        """Stores each file that can be a photo and says why each other one cannot. Too many
        files for the registration's room refuses them all (UserError); one file is added whole
        or not at all."""
        if len(paths) > room_for(present):
            raise too_many_photos(len(present), len(paths))
        held = {p.sha256 for p in present}
        added: list[PhotoRef] = []
        refused: list[PhotoRefusal] = []
        for path in paths:
            try:
                photo = self.prepare(path)
            except PhotoRefusedError as exc:
                refused.append(PhotoRefusal(path, exc.message_th, exc.message_en))
                continue
            if photo.sha256 in held:
                refused.append(_already_attached(path))
                continue
            with writing(self._db) as session:
                PhotoRepository(session).put(photo)
            held.add(photo.sha256)
            added.append(PhotoRef(photo.sha256, kind))
        return PhotoAddResult(tuple(added), tuple(refused))

    def photo(self, sha256: str) -> StoredPhoto | None:
        with self._db.reading() as session:
            return PhotoRepository(session).get(sha256)

    def photos(self, hashes: Sequence[str]) -> dict[str, StoredPhoto]:
        with self._db.reading() as session:
            return PhotoRepository(session).many(hashes)

    def remove_unused(self, *, now: dt.datetime | None = None) -> int:
        """Deletes the photos no registration, draft or pending conflict uses, once they are a
        day old (a form may have added one a moment ago)."""
        cutoff = (now or utc_now()) - UNUSED_GRACE
        with writing(self._db) as session:
            return PhotoRepository(session).remove_unused(older_than=cutoff)


def _already_attached(path: Path) -> PhotoRefusal:
    return PhotoRefusal(
        path,
        f"รูป {path.name} แนบไว้ในรายการนี้แล้ว จึงไม่ได้เพิ่มซ้ำ",
        f"{path.name} is already attached to this registration, so it was not added again.",
    )
