"""The photo store beside the backups: each photo's bytes once, in a file named for them.

Backups in the data folder's backups folder keep their photo rows (with each photo's SHA-256)
but not the bytes, which live here, shared by every backup: twenty daily backups of a district
with three hundred photos then hold the photos once, not twenty times.

A plain office's store holds the JPEG files as they are (`<sha256>.jpg`). An encrypted office's
store holds them sealed with AES-GCM under a key derived (HKDF) from the backups' own data key,
named by a keyed hash of the SHA-256, so that neither a photo nor the fact that a known photo is
here can be read from the folder (`<keyed hash>.enc`). A file is written once, through a
temporary file and a rename, and never changed; a file that does not read back whole is
rewritten by the next backup that needs it.
"""

import contextlib
import hashlib
import hmac
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

STORE_FOLDER = "photos"
PLAIN_SUFFIX = ".jpg"
SEALED_SUFFIX = ".enc"
PARTIAL_SUFFIX = ".partial"
# An unfinished file this old was left by a program that stopped; a younger one may be another
# program's (the command line backs up beside an open window) and is left to it.
_STALE_SECONDS = 24 * 3600
_CONTENTS_INFO = b"otop-desktop backup photo store: contents"
_NAMES_INFO = b"otop-desktop backup photo store: names"
_NONCE_BYTES = 12


class PhotoStoreError(Exception):
    """Photos a backup needs are missing from the store or do not match their SHA-256."""

    def __init__(self, missing: Iterable[str]) -> None:
        self.missing = tuple(sorted(missing))
        super().__init__(f"{len(self.missing)} photo(s) missing or damaged in the photo store")


def _derive(key: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def store_folder_beside(backup: Path) -> Path:
    """The store a backup in `backup.parent` shares with the other backups there."""
    return backup.parent / STORE_FOLDER


@dataclass(frozen=True)
class PhotoStore:
    folder: Path
    # The data key of the backups that use this store; None for a plain office.
    key: bytes | None = field(default=None, repr=False)

    @classmethod
    def beside(cls, backup: Path, key: bytes | None) -> "PhotoStore":
        return cls(store_folder_beside(backup), key)

    @property
    def _suffix(self) -> str:
        return SEALED_SUFFIX if self.key else PLAIN_SUFFIX

    def path_for(self, sha256: str) -> Path:
        if not self.key:
            return self.folder / f"{sha256}{PLAIN_SUFFIX}"
        name_key = _derive(self.key, _NAMES_INFO)
        hashed = hmac.new(name_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()
        return self.folder / f"{hashed}{SEALED_SUFFIX}"

    def holds(self, sha256: str) -> bool:
        try:
            self.read(sha256)
        except PhotoStoreError:
            return False
        return True

    def read(self, sha256: str) -> bytes:
        """The photo's bytes, checked against their SHA-256; PhotoStoreError when they are not
        there whole."""
        path = self.path_for(sha256)
        try:
            blob = path.read_bytes()
        except OSError as exc:
            raise PhotoStoreError([sha256]) from exc
        data = self._open(path.name, blob) if self.key else blob
        if data is None or hashlib.sha256(data).hexdigest() != sha256:
            raise PhotoStoreError([sha256])
        return data

    def put(self, sha256: str, data: bytes) -> None:
        """Stores the photo unless the store already holds it whole."""
        if self.holds(sha256):
            return
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self.path_for(sha256)
        blob = self._seal(path.name, data) if self.key else data
        write_new_file(path, blob)

    def sweep(self, kept: set[str]) -> int:
        """Deletes this store's files that no photo in `kept` names, and unfinished ones left
        long ago; returns how many went. Files of the other kind (plain in an encrypted office,
        left by an interrupted conversion) are the conversion's to finish, never deleted here."""
        if not self.folder.is_dir():
            return 0
        wanted = {self.path_for(sha).name for sha in kept}
        removed = 0
        for path in self.folder.iterdir():
            name = path.name
            unused = name.endswith(self._suffix) and name not in wanted
            if path.is_file() and (unused or _left_long_ago(path)):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed

    def _seal(self, name: str, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        assert self.key is not None
        nonce = os.urandom(_NONCE_BYTES)
        aead = AESGCM(_derive(self.key, _CONTENTS_INFO))
        return nonce + aead.encrypt(nonce, data, name.encode("ascii"))

    def _open(self, name: str, blob: bytes) -> bytes | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        assert self.key is not None
        aead = AESGCM(_derive(self.key, _CONTENTS_INFO))
        try:
            return aead.decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], name.encode("ascii"))
        except (InvalidTag, ValueError):
            return None


def _left_long_ago(path: Path) -> bool:
    if not path.name.endswith(PARTIAL_SUFFIX):
        return False
    with contextlib.suppress(OSError):
        return time.time() - path.stat().st_mtime > _STALE_SECONDS
    return False


def write_new_file(path: Path, data: bytes) -> None:
    """Writes a private file whole or not at all: a temporary file of its own (two programs may
    store the same photo at once), flushed, then renamed."""
    temp = path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(4).hex()}{PARTIAL_SUFFIX}")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_BINARY = getattr(os, "O_BINARY", 0)


def seal_store(folder: Path, key: bytes) -> None:
    """The plain photos of a store sealed under `key` (encryption turned on); safe to repeat."""
    _convert(PhotoStore(folder, None), PhotoStore(folder, key), PLAIN_SUFFIX)


def unseal_store(folder: Path, key: bytes) -> None:
    """The photos sealed under `key` made plain again (encryption turned off); files sealed
    under another key are left as they are."""
    _convert(PhotoStore(folder, key), PhotoStore(folder, None), SEALED_SUFFIX)


def _convert(source: PhotoStore, target: PhotoStore, suffix: str) -> None:
    if not source.folder.is_dir():
        return
    for path in sorted(source.folder.iterdir()):
        if not path.is_file():
            continue
        if path.name.endswith(PARTIAL_SUFFIX):
            # An unfinished file of the kind being converted away: no program writes those now.
            if suffix + "." in path.name:
                path.unlink(missing_ok=True)
            continue
        if not path.name.endswith(suffix):
            continue
        blob = path.read_bytes()
        data = source._open(path.name, blob) if source.key else blob
        if data is None:
            continue
        # Named for what the file holds: a damaged plain file stays damaged, never mislabelled.
        target.put(hashlib.sha256(data).hexdigest(), data)
        path.unlink()
