"""Sealed exchange packages: an .otoppack encrypted and authenticated with the office's exchange
passphrase, which the officer sets once on both computers.

File: a magic line, then a small JSON header in the clear (the sending district, a random salt
and nonce, a passphrase check), then the package compressed and encrypted with AES-256-GCM. The
header is the cipher's associated data, so changing any byte of the file is detected. Each
package's key is derived (HKDF-SHA256) from the stored exchange key, the package's salt and the
district code: a package is bound to its office, and the same passphrase set at another office
does not open it. The passphrase itself is not stored, only its scrypt-stretched exchange key,
inside the (encrypted, when a password is set) database.
"""

import base64
import hashlib
import hmac
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.models import SettingRow
from otop_desktop.db.repositories import AuditRepository
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.scrypt import scrypt
from otop_desktop.services.exchange.exchange_package import MAX_PACKAGE_BYTES
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.office.settings_store import SettingsStore
from otop_desktop.services.storage_errors import writing

MAGIC = b"OTOPPACK-SEALED/1\n"
EXCHANGE_KEY_SETTING = "exchange_key"
MIN_PASSPHRASE = 8
_SALT = b"otop-desktop exchange passphrase v1"
_HEADER_LIMIT = 4096


class ExchangeCryptoError(UserError):
    pass


def _error(kind: str, path: Path, district: str = "") -> ExchangeCryptoError:
    name = path.name
    texts = {
        "wrong": (
            f"รหัสผ่านรับส่งข้อมูลของเครื่องนี้ไม่ตรงกับเครื่องที่สร้างแฟ้ม {name} จึงเปิดแฟ้มไม่ได้ "
            "กรุณาตั้งรหัสผ่านรับส่งข้อมูลให้เหมือนกันทั้งสองเครื่อง (หน้าตั้งค่า) แล้วลองอีกครั้ง",
            f"This computer's exchange passphrase differs from the one {name} was made with, so "
            "it cannot be opened; set the same exchange passphrase on both computers (Settings).",
        ),
        "tampered": (
            f"แฟ้ม {name} ถูกแก้ไขหรือเสียหายหลังจากสร้าง (ตรวจความถูกต้องไม่ผ่าน) จึงไม่ได้รับข้อมูลใด ๆ "
            "กรุณาขอแฟ้มใหม่จากเครื่องที่ส่ง",
            f"{name} was altered or damaged after it was made (it fails its authenticity check); "
            "nothing was received. Ask the sending computer for a new package.",
        ),
        "other-office": (
            f"แฟ้ม {name} เป็นข้อมูลของสำนักงานอื่น (รหัสอำเภอ {district}) ไม่ใช่ของสำนักงานนี้ จึงเปิดไม่ได้",
            f"{name} holds another office's data (district {district}), not this office's; "
            "it cannot be opened here.",
        ),
        "no-passphrase": (
            f"แฟ้ม {name} เข้ารหัสด้วยรหัสผ่านรับส่งข้อมูล แต่เครื่องนี้ยังไม่ได้ตั้ง "
            "กรุณาตั้งรหัสผ่านรับส่งข้อมูลเดียวกับเครื่องที่ส่งในหน้าตั้งค่าก่อน",
            f"{name} is encrypted with an exchange passphrase, which this computer does not have "
            "yet; set the sending computer's exchange passphrase in Settings first.",
        ),
        "unsealed": (
            f"แฟ้ม {name} ไม่ได้เข้ารหัส แต่เครื่องนี้ตั้งรหัสผ่านรับส่งข้อมูลไว้ จึงไม่รับ "
            "(แฟ้มที่ไม่เข้ารหัสอาจถูกปลอมแปลง) ตั้งรหัสผ่านรับส่งข้อมูลเดียวกันที่เครื่องที่ส่งแล้วส่งใหม่",
            f"{name} is not encrypted, but this computer has an exchange passphrase, so it was "
            "refused (an unencrypted package may be forged); set the same passphrase on the "
            "sending computer and send again.",
        ),
    }
    th, en = texts[kind]
    return ExchangeCryptoError(th, en)


def derive_exchange_key(passphrase: str) -> bytes:
    secret = passphrase.strip().encode("utf-8")
    return scrypt(secret, _SALT, n=2**15, r=8, p=1)


def _package_key(exchange_key: bytes, salt: bytes, district: str) -> bytes:
    prk = hmac.new(salt, exchange_key, hashlib.sha256).digest()
    return hmac.new(prk, b"otoppack v1 " + district.encode() + b"\x01", hashlib.sha256).digest()


def _passphrase_check(package_key: bytes) -> bytes:
    return hmac.new(package_key, b"passphrase check", hashlib.sha256).digest()[:16]


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(plain: bytes, exchange_key: bytes, district: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _package_key(exchange_key, salt, district)
    header = json.dumps(
        {
            "district_code": district,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "check": base64.b64encode(_passphrase_check(key)).decode(),
        }
    ).encode()
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(plain, 6), MAGIC + header)
    return MAGIC + len(header).to_bytes(4, "big") + header + sealed


def _header(data: bytes, path: Path) -> tuple[dict[str, str], bytes, bytes]:
    start = len(MAGIC) + 4
    length = int.from_bytes(data[len(MAGIC) : start], "big")
    if not 0 < length <= _HEADER_LIMIT or len(data) < start + length:
        raise _error("tampered", path)
    header_bytes = data[start : start + length]
    try:
        header = json.loads(header_bytes)
        if not isinstance(header, dict) or not all(isinstance(v, str) for v in header.values()):
            raise ValueError("header")
    except ValueError as exc:
        raise _error("tampered", path) from exc
    return header, header_bytes, data[start + length :]


def sealed_district(data: bytes, path: Path) -> str:
    return _header(data, path)[0].get("district_code", "")


def unseal(data: bytes, exchange_key: bytes, path: Path, max_bytes: int) -> bytes:
    """The package's JSON bytes; a clear error for a wrong passphrase or a changed file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, header_bytes, sealed = _header(data, path)
    try:
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
        district = header["district_code"]
    except (KeyError, ValueError) as exc:
        raise _error("tampered", path) from exc
    key = _package_key(exchange_key, salt, district)
    if not hmac.compare_digest(check, _passphrase_check(key)):
        raise _error("wrong", path)
    try:
        compressed = AESGCM(key).decrypt(nonce, sealed, MAGIC + header_bytes)
    except (InvalidTag, ValueError) as exc:
        raise _error("tampered", path) from exc
    inflater = zlib.decompressobj()
    plain = inflater.decompress(compressed, max_bytes + 1)
    if len(plain) > max_bytes or inflater.unconsumed_tail:
        raise _error("tampered", path)
    return plain


class PackageSealing:
    """When packages are sealed and opened: with the office's exchange key when one is set.

    An encrypted office sends nothing in the clear, and an office with a passphrase receives
    nothing unsealed (it could be forged)."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office
        self._settings = SettingsStore(database)

    def key(self) -> bytes | None:
        text = self._settings.get(EXCHANGE_KEY_SETTING)
        try:
            return bytes.fromhex(text) if text else None
        except ValueError:
            return None

    def has_passphrase(self) -> bool:
        return self.key() is not None

    def set_passphrase(self, passphrase: str) -> None:
        if len(passphrase.strip()) < MIN_PASSPHRASE:
            raise UserError(
                f"รหัสผ่านรับส่งข้อมูลต้องยาวอย่างน้อย {MIN_PASSPHRASE} ตัวอักษร",
                f"The exchange passphrase needs at least {MIN_PASSPHRASE} characters.",
            )
        key = derive_exchange_key(passphrase)
        office = self._office.office()
        with writing(self._db) as session:
            session.merge(SettingRow(key=EXCHANGE_KEY_SETTING, value=key.hex()))
            actor = office.officer_name if office else ""
            AuditRepository(session).record("exchange-passphrase", actor=actor)

    def seal(self, data: bytes, district: str) -> bytes:
        key = self.key()
        if key is None and self._db.key is not None:
            raise UserError(
                "ข้อมูลเครื่องนี้เข้ารหัสไว้ แฟ้มส่งข้อมูลจึงต้องเข้ารหัสด้วย กรุณาตั้งรหัสผ่านรับส่งข้อมูล "
                "(หน้าตั้งค่า) ให้เหมือนกันทั้งสองเครื่องก่อน",
                "This computer's data is encrypted, so its packages must be too: set the exchange "
                "passphrase (Settings), the same on both computers, first.",
            )
        return seal(data, key, district) if key is not None else data

    def unsealer(self, path: Path) -> Callable[[bytes], bytes]:
        def unsealed(data: bytes) -> bytes:
            key = self.key()
            if not is_sealed(data):
                if key is not None:
                    plain = data.lstrip()[:1] == b"{"  # a JSON package; else a damaged seal
                    raise _error("unsealed" if plain else "tampered", path)
                return data
            district = sealed_district(data, path)
            if not self._accepts(district):
                raise _error("other-office", path, district)
            if key is None:
                raise _error("no-passphrase", path)
            return unseal(data, key, path, MAX_PACKAGE_BYTES)

        return unsealed

    def _accepts(self, district: str) -> bool:
        return self._office.require_office().covers_district(district)
