"""Photos kept with a registration: of the product, and of the production site.

A photo is named by the SHA-256 of its stored bytes, so the same picture is stored once however
many records, backups or packages carry it, and two computers agree on it without comparing bytes.
"""

from dataclasses import dataclass
from enum import StrEnum

# Enough for a few product shots and the site; a registration is not a photo album.
MAX_PHOTOS_PER_REGISTRATION = 8
SHA256_HEX_LENGTH = 64
_HEX = frozenset("0123456789abcdef")


class PhotoKind(StrEnum):
    PRODUCT = "product"
    SITE = "site"

    @property
    def label_th(self) -> str:
        return "รูปถ่ายผลิตภัณฑ์" if self is PhotoKind.PRODUCT else "รูปถ่ายสถานที่ผลิต"

    @property
    def label_en(self) -> str:
        return "Product photo" if self is PhotoKind.PRODUCT else "Production site photo"


@dataclass(frozen=True)
class PhotoRef:
    """One photo of a registration: which stored picture, and what it shows."""

    sha256: str
    kind: PhotoKind = PhotoKind.PRODUCT


def is_photo_hash(text: object) -> bool:
    return isinstance(text, str) and len(text) == SHA256_HEX_LENGTH and set(text) <= _HEX


def of_kind(photos: tuple[PhotoRef, ...], kind: PhotoKind) -> tuple[PhotoRef, ...]:
    return tuple(p for p in photos if p.kind is kind)


def product_photo_count(photos: tuple[PhotoRef, ...]) -> int:
    return len(of_kind(photos, PhotoKind.PRODUCT))


def room_for(photos: tuple[PhotoRef, ...]) -> int:
    """How many more photos the registration may take."""
    return max(0, MAX_PHOTOS_PER_REGISTRATION - len(photos))
