"""Photos in exchange packages: a package carries the photos some computer of the district may
lack, and a receiving computer takes a record only with every photo it shows.

A computer knows what another holds from that computer's last package (every record of the
district goes into each package, so the photos its records show are the photos it keeps). A
photo every known computer holds stays out of the package; with no computer known yet, or when
the officer asks for all of them, every photo goes in.
"""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from otop_desktop.db.exchange_repository import ExchangeRepository, StoredRecord
from otop_desktop.db.photo_repository import PhotoRepository, StoredPhoto
from otop_desktop.domain.errors import UserError
from otop_desktop.services.exchange.exchange_package import Package
from otop_desktop.services.photos.photo_files import inspect_image


class MissingPhotosError(UserError):
    def __init__(self, count: int) -> None:
        super().__init__(
            f"แฟ้มนี้ขาดรูปภาพ {count} รูปที่เครื่องนี้ยังไม่มี (เครื่องที่ส่งไม่ได้ใส่ไว้ เพราะเครื่องที่เคยรับข้อมูล"
            "มีรูปนั้นแล้ว) จึงไม่ได้รับข้อมูลใด ๆ กรุณาให้เครื่องที่ส่งสร้างแฟ้มใหม่ โดยเลือก "
            '"ส่งรูปภาพทั้งหมด" (หรือคำสั่ง pack --all-photos)',
            f"This package lacks {_photos_en(count)} that this computer does not have (the sender "
            "left them out because the computers it knows have them), so nothing was received; "
            'have the sender make a new package choosing "send all photos" '
            "(or pack --all-photos).",
        )


def _photos_en(count: int) -> str:
    return f"{count} photo" if count == 1 else f"{count} photos"


def shown_photos(records: Iterable[StoredRecord]) -> set[str]:
    return {p.sha256 for record in records for p in record.registration.photos}


def photos_to_send(
    session: Session, records: Iterable[StoredRecord], district_code: str, *, all_photos: bool
) -> tuple[dict[str, bytes], int]:
    """(the photos to carry by hash, how many were left out as held everywhere already)."""
    shown = shown_photos(records)
    photos = PhotoRepository(session)
    wanted = shown if all_photos else shown - held_everywhere(session, district_code)
    carried = {sha: photo.data for sha, photo in photos.many(wanted).items()}
    return carried, len(shown) - len(wanted)


def held_everywhere(session: Session, district_code: str) -> set[str]:
    """The photos every computer of the district this one knows is known to hold."""
    peers = ExchangeRepository(session).peers(district_code)
    if not peers:
        return set()
    held = PhotoRepository(session).held_by_peers()
    return set.intersection(*(held.get(peer, set()) for peer in peers))


class PhotoIntake:
    """The photos a merge needs: the package's are stored, and a record taken or kept for a
    decision must find each of its photos here or in the package, else nothing is received."""

    def __init__(self, session: Session, package: Package) -> None:
        self._photos = PhotoRepository(session)
        self._package = package
        self._available = set(package.photos) | self._photos.stored(package.photo_hashes())
        self._missing: set[str] = set()

    def store_carried(self) -> None:
        for sha, data in self._package.photos.items():
            self._photos.put(StoredPhoto(sha, data, *_size_of(data)))

    def need(self, record: StoredRecord) -> bool:
        """Whether every photo of the record is at hand; the missing ones are remembered."""
        missing = {p.sha256 for p in record.registration.photos} - self._available
        self._missing |= missing
        return not missing

    def finish(self) -> bool:
        """Raises when a needed photo came with neither the package nor this computer; else
        notes what the sender holds and says whether that changed."""
        if self._missing:
            raise MissingPhotosError(len(self._missing))
        return self._photos.note_held_by(self._package.sender_id, self._package.photo_hashes())


def require_photos(session: Session, record: StoredRecord) -> None:
    """For a record about to be stored outside a merge (a conflict decided later)."""
    shown = {p.sha256 for p in record.registration.photos}
    missing = shown - PhotoRepository(session).stored(shown)
    if missing:
        raise MissingPhotosError(len(missing))


def _size_of(data: bytes) -> tuple[int, int]:
    header = inspect_image(data, "")
    return header.width, header.height
