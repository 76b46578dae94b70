"""scrypt by libsodium where it is installed, by OpenSSL otherwise: both give RFC 7914's answer,
so a key file written by one computer opens on another that has only the other."""

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from otop_desktop.platform import scrypt as scrypt_module
from otop_desktop.platform.scrypt import openssl, scrypt, scrypt_function
from otop_desktop.services.privacy.key_file import read_key_file, wrap, write_key_file

# RFC 7914, section 12, the third vector (N=16384, r=8, p=1): the first 32 of its 64 bytes,
# which is what a 32-byte key is (PBKDF2's first output block).
RFC_7914_N16384 = bytes.fromhex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2")


@pytest.fixture
def without_libsodium(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "nacl.bindings", None)  # `import` then raises ImportError
    scrypt_function.cache_clear()
    yield
    scrypt_function.cache_clear()


def test_the_installed_implementation_gives_the_rfc_answer() -> None:
    assert scrypt_function().__name__ == "libsodium"  # PyNaCl is a dependency
    assert scrypt(b"pleaseletmein", b"SodiumChloride", n=16384, r=8, p=1) == RFC_7914_N16384
    assert openssl(b"pleaseletmein", b"SodiumChloride", 16384, 8, 1) == RFC_7914_N16384


@pytest.mark.usefixtures("without_libsodium")
def test_without_libsodium_openssl_gives_the_same_answer() -> None:
    assert scrypt_function() is openssl
    assert scrypt(b"pleaseletmein", b"SodiumChloride", n=16384, r=8, p=1) == RFC_7914_N16384


def test_a_key_file_written_with_openssl_opens_with_libsodium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_key = bytes(range(32))
    monkeypatch.setattr(scrypt_module, "scrypt_function", lambda: openssl)
    write_key_file(tmp_path / "otop.key", wrap(data_key, "รหัสผ่านบางคล้า"))
    monkeypatch.undo()
    stored = read_key_file(tmp_path / "otop.key")
    assert scrypt_function().__name__ == "libsodium"
    assert stored.unwrap("รหัสผ่านบางคล้า") == data_key
    assert stored.unwrap("รหัสผ่านอื่น") is None


def test_both_agree_on_the_exchange_passphrases_setting_and_the_smallest() -> None:
    for n, r, p in ((2**15, 8, 1), (2, 1, 1), (1024, 1, 2)):
        assert scrypt(b"secret", b"salt" * 4, n=n, r=r, p=p) == openssl(
            b"secret", b"salt" * 4, n, r, p
        )
