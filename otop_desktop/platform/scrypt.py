"""scrypt (RFC 7914), by the fastest implementation at hand.

libsodium's (through PyNaCl) uses the processor's vector instructions: about 27 ms for the key
file's N=2^14, r=8, where OpenSSL's (hashlib) takes about 38 ms, and an encrypted start waits
for it. Both compute the same function, so a key file or package written by one opens with the
other; OpenSSL's serves where libsodium is absent. The attacker's cost does not change: whoever
guesses passwords brings the fastest implementation anyway."""

import functools
import hashlib
from collections.abc import Callable

Scrypt = Callable[[bytes, bytes, int, int, int], bytes]  # (secret, salt, n, r, p) -> the key
KEY_BYTES = 32


@functools.cache
def scrypt_function() -> Scrypt:
    """Loads the implementation (about 4 ms for libsodium). Call it on the thread that then
    hands the work to another: loaded there, it would wait behind this thread's imports."""
    try:
        from nacl.bindings import crypto_pwhash_scryptsalsa208sha256_ll as libsodium_scrypt
        from nacl.bindings import has_crypto_pwhash_scryptsalsa208sha256 as libsodium_has_it
    except ImportError:
        return openssl
    if not libsodium_has_it:  # a minimal libsodium build
        return openssl

    def libsodium(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
        return libsodium_scrypt(secret, salt, n, r, p, dklen=KEY_BYTES, maxmem=_memory(n, r, p))

    return libsodium


def scrypt(secret: bytes, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    return scrypt_function()(secret, salt, n, r, p)


def openssl(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret, salt=salt, n=n, r=r, p=p, maxmem=_memory(n, r, p), dklen=KEY_BYTES
    )


def _memory(n: int, r: int, p: int) -> int:
    return 128 * r * (n + p + 2)  # scrypt's working set: its V array and its p blocks
