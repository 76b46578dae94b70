"""The exchange package: one UTF-8 JSON file (.otoppack) holding a district's records.

Reading checks size, encoding, format and every record before anything is merged, and turns any
problem into one message for the officer.
"""

import base64
import binascii
import datetime as dt
import hashlib
import json
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from otop_desktop import __version__
from otop_desktop.db.exchange_repository import StoredRecord
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.photos import is_photo_hash
from otop_desktop.domain.registration_codec import (
    CodecError,
    fingerprint,
    registration_from_json,
    registration_to_json,
)
from otop_desktop.services.photos.photo_files import (
    ImageFormat,
    PhotoRefusedError,
    inspect_image,
)
from otop_desktop.services.photos.photo_service import MAX_SIDE

FORMAT = "otop-desktop-exchange"
# Version 2 carries photos; a package without any is still written as version 1, which older
# programs read. An older program refuses a version 2 package rather than drop its photos.
FORMAT_VERSION = 1
PHOTOS_FORMAT_VERSION = 2
READABLE_VERSIONS = (FORMAT_VERSION, PHOTOS_FORMAT_VERSION)
EXTENSION = ".otoppack"
# Photos travel inside, base64-encoded: a district's first package may hold hundreds of them.
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_RECORDS = 200_000
MAX_PHOTO_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Package:
    sender_id: str
    district_code: str
    # Counts the sender's packages, so an older one is recognised even if a clock was wrong.
    number: int
    created_at: dt.datetime  # UTC, as every stored time
    records: tuple[StoredRecord, ...]
    # What the sender agreed with each computer it received from: peer id -> {uuid: fingerprint}.
    seen: dict[str, dict[str, str]]
    program_version: str = ""
    # The bytes of the photos this package carries, by SHA-256: those the receiver may lack.
    photos: dict[str, bytes] = field(default_factory=dict)

    def photo_hashes(self) -> set[str]:
        """Every photo the package's records show, carried or not."""
        return {p.sha256 for r in self.records for p in r.registration.photos}


class BadPackageError(UserError):
    def __init__(self, path: Path, detail_th: str, detail_en: str) -> None:
        super().__init__(
            f"แฟ้ม {path.name} ไม่ใช่แฟ้มรับส่งข้อมูลของ OTOP Desktop หรือแฟ้มเสียหาย ({detail_th}) "
            "จึงไม่ได้รับข้อมูลใด ๆ",
            f"{path.name} is not an OTOP Desktop exchange package, or it is damaged "
            f"({detail_en}); nothing was received.",
        )


def _time(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def record_to_json(record: StoredRecord) -> dict[str, Any]:
    return {
        "uuid": record.uuid,
        "version": record.version,
        "created_at": _time(record.created_at),
        "updated_at": _time(record.updated_at),
        "is_deleted": record.is_deleted,
        "deleted_at": _time(record.deleted_at),
        "registration": registration_to_json(record.registration),
    }


def encode_package(package: Package) -> bytes:
    with_photos = bool(package.photos or package.photo_hashes())
    document = {
        "format": FORMAT,
        "format_version": PHOTOS_FORMAT_VERSION if with_photos else FORMAT_VERSION,
        "program_version": package.program_version or __version__,
        "sender_id": package.sender_id,
        "district_code": package.district_code,
        "package_number": package.number,
        "created_at": _time(package.created_at),
        "record_count": len(package.records),
        "records": [record_to_json(r) for r in package.records],
        "seen": package.seen,
    }
    if with_photos:
        document["photos"] = {
            sha: base64.b64encode(data).decode("ascii")
            for sha, data in sorted(package.photos.items())
        }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def record_fingerprint(record: StoredRecord) -> str:
    return fingerprint(record.registration, record.is_deleted)


# --- reading -------------------------------------------------------------------------------


def _optional_time(value: object, field: str) -> dt.datetime | None:
    return None if value is None else _parse_time(value, field)


def _parse_time(value: object, field: str) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise CodecError(field, "not a time")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise CodecError(field, "not a time") from exc
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else _utc(parsed)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _uuid(value: object, field: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise CodecError(field, "not a uuid")
    try:
        return str(uuid_module.UUID(value))
    except ValueError as exc:
        raise CodecError(field, "not a uuid") from exc


def record_from_json(value: object, field: str) -> StoredRecord:
    if not isinstance(value, dict):
        raise CodecError(field, "not an object")
    uuid = _uuid(value.get("uuid"), f"{field}.uuid")
    version = value.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version < 2**31:
        raise CodecError(f"{field}.version", "not a version number")
    deleted = value.get("is_deleted")
    if not isinstance(deleted, bool):
        raise CodecError(f"{field}.is_deleted", "not true or false")
    try:
        registration = registration_from_json(value.get("registration"), uuid=uuid, version=version)
    except CodecError as exc:
        raise CodecError(f"{field}.{exc.field}", str(exc)) from exc
    return StoredRecord(
        registration,
        deleted,
        _parse_time(value.get("created_at"), f"{field}.created_at"),
        _parse_time(value.get("updated_at"), f"{field}.updated_at"),
        _optional_time(value.get("deleted_at"), f"{field}.deleted_at"),
    )


def _seen(value: object) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise CodecError("seen", "not an object")
    seen: dict[str, dict[str, str]] = {}
    for peer, fingerprints in value.items():
        if not isinstance(fingerprints, dict) or len(peer) > 64:
            raise CodecError("seen", "not an object")
        for uuid, print_ in fingerprints.items():
            if not isinstance(print_, str) or len(print_) != 64 or len(uuid) > 36:
                raise CodecError("seen", "not a fingerprint")
        seen[peer] = fingerprints
    return seen


def _document(path: Path, unseal: Callable[[bytes], bytes] | None) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            f"เปิดแฟ้ม {path} ไม่ได้ ({exc.strerror or exc})", f"Cannot open {path}: {exc}"
        ) from exc
    if size > MAX_PACKAGE_BYTES:
        raise BadPackageError(
            path,
            f"ใหญ่เกิน {MAX_PACKAGE_BYTES // (1024 * 1024)} MB",
            f"larger than {MAX_PACKAGE_BYTES // (1024 * 1024)} MB",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            f"อ่านแฟ้ม {path} ไม่ได้ ({exc.strerror or exc})",
            f"Cannot read {path} ({exc.strerror or exc}).",
        ) from exc
    if unseal is not None:
        data = unseal(data)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadPackageError(path, "อ่านเป็น JSON ไม่ได้", "not readable as JSON") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadPackageError(path, "ไม่ใช่รูปแบบแฟ้มรับส่งข้อมูล", "not in the package format")
    if document.get("format_version") not in READABLE_VERSIONS:
        raise BadPackageError(
            path,
            f"รูปแบบรุ่น {document.get('format_version')!s:.20} ซึ่งโปรแกรมนี้ไม่รู้จัก",
            f"format version {document.get('format_version')!s:.20}, unknown to this program",
        )
    return document


def read_package(path: Path, unseal: Callable[[bytes], bytes] | None = None) -> Package:
    """The checked contents of a package file; BadPackageError for anything else. `unseal`
    turns a sealed package's bytes into its JSON (package_crypto.py)."""
    document = _document(path, unseal)
    try:
        sender = document.get("sender_id")
        district = document.get("district_code")
        if not isinstance(sender, str) or not 1 <= len(sender) <= 64:
            raise CodecError("sender_id")
        if not isinstance(district, str) or len(district) != 4 or not district.isdigit():
            raise CodecError("district_code")
        number = document.get("package_number")
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number < 2**31:
            raise CodecError("package_number")
        created = _parse_time(document.get("created_at"), "created_at")
        records = document.get("records")
        if not isinstance(records, list) or len(records) > MAX_RECORDS:
            raise CodecError("records", "not a list of the allowed length")
        parsed = tuple(record_from_json(value, f"records[{n}]") for n, value in enumerate(records))
        if len({r.uuid for r in parsed}) != len(parsed):
            raise CodecError("records", "the same uuid twice")
        seen = _seen(document.get("seen", {}))
        photos = _photos(document.get("photos", {}))
    except CodecError as exc:
        raise BadPackageError(path, f"ช่อง {exc}", f"field {exc}") from exc
    version = document.get("program_version")
    return Package(
        sender,
        district,
        number,
        created,
        parsed,
        seen,
        version if isinstance(version, str) else "",
        photos,
    )


def _photos(value: object) -> dict[str, bytes]:
    """The carried photos, each checked against the hash it is filed under."""
    if not isinstance(value, dict):
        raise CodecError("photos", "not an object")
    found: dict[str, bytes] = {}
    for sha, text in value.items():
        if not is_photo_hash(sha) or not isinstance(text, str):
            raise CodecError("photos", "not a photo")
        if len(text) > MAX_PHOTO_BYTES * 4 // 3 + 4:
            raise CodecError(f"photos.{sha[:12]}", "too large")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise CodecError(f"photos.{sha[:12]}", "not base64") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise CodecError(f"photos.{sha[:12]}", "damaged (its hash differs)")
        try:
            header = inspect_image(data, sha[:12])
        except PhotoRefusedError as exc:
            raise CodecError(f"photos.{sha[:12]}", "not a stored photo") from exc
        if header.format is not ImageFormat.JPEG or max(header.width, header.height) > MAX_SIDE:
            raise CodecError(f"photos.{sha[:12]}", "not a stored photo")
        found[sha] = data
    return found
