"""The key file beside an encrypted database (otop.key): the data key, wrapped by the password.

The data key itself never changes while the office stays encrypted; the password only unlocks it.
So changing the password rewrites this small file alone (one atomic rename) and no database or
backup is encrypted again; the recovery key opens the data without this file at all.

The password is stretched with scrypt (N=2^14, r=8, p=1: the interactive-login setting of the
scrypt paper; 16 MiB, and about 27 ms here by libsodium, see platform/scrypt.py) and the data
key is wrapped with AES-256-GCM, whose tag tells a wrong password from the right one. The file
holds no personal data.
"""

import base64
import contextlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from otop_desktop.db.cipher import CipherUnavailableError, fsync_folder, sqlcipher
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.platform.on_thread import OnThread
from otop_desktop.platform.scrypt import scrypt, scrypt_function
from otop_desktop.services.privacy.recovery_key import key_id

FORMAT = "otop-desktop-key"
VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# What a key file may ask for: room for a stronger stretch later, not for a file that would
# claim the laptop's memory.
MIN_SCRYPT_N, MAX_SCRYPT_N, MAX_SCRYPT_MEMORY = 2**10, 2**20, 256 * 2**20
SALT_BYTES = 16
NONCE_BYTES = 12


class KeyFileError(Exception):
    """The key file is missing, or damaged beyond reading."""


@dataclass(frozen=True)
class KeyFile:
    key_id: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def _aad(self) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.key_id}".encode()

    def unwrap(self, password: str) -> bytes | None:
        """The data key, or None when the password is not the one that wrapped it."""
        stretch = scrypt_function()
        secret = _normalised(password)
        stretching = OnThread("scrypt", lambda: stretch(secret, self.salt, self.n, self.r, self.p))
        # scrypt leaves Python's lock while it works: the cipher modules the unlocked data
        # needs (about 14 ms of loading at start) load on this thread meanwhile.
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        with contextlib.suppress(CipherUnavailableError):  # said when the data is opened
            sqlcipher()
        kek = stretching.result()
        try:
            data_key = AESGCM(kek).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            return None
        return data_key if key_id(data_key) == self.key_id else None

    def to_json(self) -> dict[str, object]:
        def b64(data: bytes) -> str:
            return base64.b64encode(data).decode("ascii")

        return {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "kdf": {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p},
            "salt": b64(self.salt),
            "cipher": "AES-256-GCM",
            "nonce": b64(self.nonce),
            "wrapped_key": b64(self.wrapped),
        }


def _normalised(password: str) -> bytes:
    # NFC: the same Thai word typed on two keyboards may arrive in two Unicode spellings.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def wrap(data_key: bytes, password: str) -> KeyFile:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    unwrapped = KeyFile(key_id(data_key), salt, nonce, b"")
    kek = scrypt(_normalised(password), salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, unwrapped._aad())
    return KeyFile(unwrapped.key_id, salt, nonce, wrapped)


def read_key_file(path: Path) -> KeyFile:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise KeyFileError(f"{path.name}: not a key file this program knows")
        kdf = document["kdf"]
        if kdf.get("name") != "scrypt":
            raise KeyFileError(f"{path.name}: unknown key derivation")
        key_file = KeyFile(
            key_id=str(document["key_id"]),
            salt=base64.b64decode(document["salt"], validate=True),
            nonce=base64.b64decode(document["nonce"], validate=True),
            wrapped=base64.b64decode(document["wrapped_key"], validate=True),
            n=int(kdf["n"]),
            r=int(kdf["r"]),
            p=int(kdf["p"]),
        )
    except FileNotFoundError as exc:
        raise KeyFileError(f"{path.name} is missing") from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(f"{path.name} cannot be read: {exc}") from exc
    if not _sound_stretch(key_file) or len(key_file.nonce) != NONCE_BYTES:
        # A damaged or altered file: scrypt would refuse it, or claim gigabytes of memory.
        raise KeyFileError(f"{path.name}: key derivation settings out of range")
    return key_file


def _sound_stretch(key_file: KeyFile) -> bool:
    n, r, p = key_file.n, key_file.r, key_file.p
    return (
        MIN_SCRYPT_N <= n <= MAX_SCRYPT_N
        and n & (n - 1) == 0
        and 1 <= r <= 16
        and 1 <= p <= 4
        and 128 * n * r * p <= MAX_SCRYPT_MEMORY
        and len(key_file.salt) >= SALT_BYTES
    )


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Writes the file whole or not at all: a temporary file, synced, then renamed over it."""
    temp = path.with_name(path.name + ".tmp")
    temp.unlink(missing_ok=True)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(key_file.to_json(), handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    make_private(path)
    fsync_folder(path.parent)
