"""The recovery key: the secret the office's data key is made from, shown once as text.

160 random bits are written as 32 letters and digits of Crockford's base-32 alphabet (no I, L, O
or U, so nothing is misread), followed by four check characters, in nine groups of four:
`7K3Q-...-X2MD`. The data key is derived from it (HKDF-SHA256), so the recovery key opens the
data on its own, even when the key file beside the database is lost.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20
CHECK_CHARS = 4
GROUP = 4
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}
_DATA_KEY_INFO = b"otop-desktop data key v1"
_KEY_ID_INFO = b"otop-desktop key id v1"


def _base32(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = len(data) * 8 // 5
    return "".join(ALPHABET[(number >> (5 * (chars - 1 - n))) & 31] for n in range(chars))


def _check(secret: bytes) -> str:
    return _base32(hashlib.sha256(b"otop-desktop recovery key" + secret).digest()[:5])[:CHECK_CHARS]


def _hkdf(secret: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) with an empty salt, one 32-byte block."""
    pseudo_random = hmac.new(b"\0" * 32, secret, hashlib.sha256).digest()
    return hmac.new(pseudo_random, info + b"\x01", hashlib.sha256).digest()


def key_id(data_key: bytes) -> str:
    """A short public name of a data key: tells a key file and a recovery key apart without
    revealing either."""
    return hmac.new(data_key, _KEY_ID_INFO, hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class RecoveryKey:
    secret: bytes

    @classmethod
    def new(cls) -> "RecoveryKey":
        return cls(secrets.token_bytes(SECRET_BYTES))

    @property
    def text(self) -> str:
        chars = _base32(self.secret) + _check(self.secret)
        return "-".join(chars[n : n + GROUP] for n in range(0, len(chars), GROUP))

    def data_key(self) -> bytes:
        return _hkdf(self.secret, _DATA_KEY_INFO)

    def __repr__(self) -> str:  # never in a log or a traceback
        return "RecoveryKey(...)"


class RecoveryKeyTypoError(ValueError):
    """The text has the recovery key's shape, but a character is wrong."""


def _normalised(text: str) -> str:
    kept = "".join(ch for ch in text.upper() if ch not in "- \t\n")
    return "".join(_READ_AS.get(ch, ch) for ch in kept)


def looks_like_recovery_key(text: str) -> bool:
    chars = _normalised(text)
    return len(chars) == SECRET_BYTES * 8 // 5 + CHECK_CHARS and all(c in ALPHABET for c in chars)


def parse_recovery_key(text: str) -> RecoveryKey:
    """The recovery key typed (any case, with or without dashes and spaces).

    ValueError when the text is not shaped like one; RecoveryKeyTypoError when it is, but its
    check characters do not match (a character was mistyped)."""
    if not looks_like_recovery_key(text):
        raise ValueError("not a recovery key")
    chars = _normalised(text)
    body = chars[:-CHECK_CHARS]
    number = 0
    for ch in body:
        number = number * 32 + ALPHABET.index(ch)
    secret = number.to_bytes(SECRET_BYTES, "big")
    if not hmac.compare_digest(_check(secret), chars[-CHECK_CHARS:]):
        raise RecoveryKeyTypoError("a character of the recovery key is wrong")
    return RecoveryKey(secret)
