"""Encrypting or decrypting a data folder's files in place, safe against a kill at any moment.

The database is exported under its new key into `otop.sqlite3.converting` beside it, synced,
checked table by table against the original, and only then renamed over the original: one
atomic rename is the moment the office changes state. A kill before it leaves the old file
whole (the next start deletes the unfinished copy), after it the new one. Backups are converted
one file at a time the same way. No plain copy is ever written while encrypting: the export
writes encrypted pages only.
"""

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from otop_desktop.db.cipher import (
    connect,
    database_errors,
    export_database,
    file_is_encrypted,
    fsync_file,
    fsync_folder,
)
from otop_desktop.db.photo_store import STORE_FOLDER, seal_store, unseal_store
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.domain.errors import UserError
from otop_desktop.platform.crash_log import redact_personal_data

CONVERTING = ".converting"
SEALED = ".sealed"
DATABASE_SUFFIX = ".sqlite3"
_SEAL_AAD = b"otop-desktop sealed file v1:"


class ConversionError(UserError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"เปลี่ยนการเข้ารหัสข้อมูลไม่สำเร็จ ({detail}) ข้อมูลยังอยู่ครบเหมือนเดิม "
            "กรุณาปิดโปรแกรม OTOP Desktop หน้าต่างอื่นแล้วลองอีกครั้ง",
            f"The encryption could not be changed ({detail}); the data is unchanged. Close any "
            "other OTOP Desktop window and try again.",
        )


def converting_path(live: Path) -> Path:
    return live.with_name(live.name + CONVERTING)


def _checkpoint(live: Path, key: bytes | None) -> None:
    """Moves everything in the write-ahead log into the file, so that the file alone is the
    whole database; refuses while another program keeps part of the log in use."""
    connection = connect(live, key, timeout=10)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise ConversionError("ฐานข้อมูลกำลังถูกใช้งาน")


def _file_state(live: Path) -> tuple[tuple[int, int], ...]:
    def state(path: Path) -> tuple[int, int]:
        try:
            found = path.stat()
        except FileNotFoundError:
            return (-1, -1)
        return (found.st_size, found.st_mtime_ns)

    return tuple(state(live.with_name(live.name + end)) for end in ("", "-wal", "-journal"))


def _row_counts(path: Path, key: bytes | None) -> dict[str, int]:
    connection = connect(path, key)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()
    if check != "ok":
        raise ConversionError(f"ตรวจแฟ้มที่แปลงแล้วไม่ผ่าน: {check}")
    return counts


def export_checked(
    source: Path, old_key: bytes | None, target: Path, new_key: bytes | None
) -> None:
    """`target` as a synced copy of `source` under the new key, with the same rows."""
    target.unlink(missing_ok=True)
    export_database(source, old_key, target, new_key)
    make_private(target)
    fsync_file(target)
    if _row_counts(source, old_key) != _row_counts(target, new_key):
        raise ConversionError("จำนวนข้อมูลในแฟ้มที่แปลงไม่ตรงกับต้นฉบับ")


def convert_database(
    live: Path,
    old_key: bytes | None,
    new_key: bytes | None,
    *,
    before_commit: Callable[[], None] = lambda: None,
) -> None:
    """Re-keys the database file in place. Every connection to it is closed first; the
    caller's InstanceLock keeps other windows away."""
    converting = converting_path(live)
    try:
        _checkpoint(live, old_key)
        export_checked(live, old_key, converting, new_key)
        seen = _file_state(live)
        before_commit()
        if _file_state(live) != seen:
            raise ConversionError("มีการบันทึกข้อมูลระหว่างแปลง")
        # The checkpoint left nothing in them; a stale log beside the new file would be replayed.
        for end in ("-wal", "-shm", "-journal"):
            live.with_name(live.name + end).unlink(missing_ok=True)
        os.replace(converting, live)
    except database_errors(OSError) as exc:
        raise ConversionError(str(exc)) from exc
    finally:
        converting.unlink(missing_ok=True)
    fsync_folder(live.parent)


# --- backups ---------------------------------------------------------------------------------


def _seal(path: Path, key: bytes) -> None:
    """A file that cannot be exported (a damaged database kept for support) is encrypted whole."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    sealed = path.with_name(path.name + SEALED)
    data = AESGCM(key).encrypt(nonce, path.read_bytes(), _SEAL_AAD + path.name.encode())
    _write_new(sealed, nonce + data)
    path.unlink()


def _unseal(sealed: Path, key: bytes) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plain = sealed.with_name(sealed.name.removesuffix(SEALED))
    blob = sealed.read_bytes()
    try:
        data = AESGCM(key).decrypt(blob[:12], blob[12:], _SEAL_AAD + plain.name.encode())
    except InvalidTag:
        return  # sealed under another key: left as it is
    _write_new(plain, data)
    sealed.unlink()


def _write_new(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + CONVERTING)
    temp.unlink(missing_ok=True)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _convert_file(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    converting = converting_path(path)
    try:
        export_checked(path, old_key, converting, new_key)
        os.replace(converting, path)
    except database_errors(ConversionError):
        converting.unlink(missing_ok=True)
        if new_key:
            _seal(path, new_key)


def encrypt_backups(folder: Path, key: bytes) -> None:
    """Every plain file of the backups folder encrypted under `key`; plain unfinished copies
    of a killed backup deleted. Safe to repeat: what is already encrypted is left alone (an
    encrypted unfinished copy may be a backup another window is writing now)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        name = path.name
        if not path.is_file() or name.endswith((SEALED, ".otopkey")) or file_is_encrypted(path):
            continue
        if name.endswith((".partial", CONVERTING)):
            path.unlink(missing_ok=True)
        elif name.endswith(DATABASE_SUFFIX):
            _convert_file(path, None, key)
        elif path.stat().st_size:
            _seal(path, key)
    seal_store(folder / STORE_FOLDER, key)
    fsync_folder(folder)


def decrypt_backups(folder: Path, key: bytes) -> None:
    """The backups under `key` made plain again, before the database itself is."""
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if path.name.endswith(SEALED):
            _unseal(path, key)
        elif path.name.endswith(DATABASE_SUFFIX) and file_is_encrypted(path):
            with contextlib.suppress(*database_errors(ConversionError)):
                _convert_file(path, key, None)
    unseal_store(folder / STORE_FOLDER, key)
    fsync_folder(folder)


def redact_logs(folder: Path) -> None:
    """Logs written before the password was set lose the personal data they may quote."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.log")):
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = path.read_text(encoding="utf-8")
            redacted = redact_personal_data(text)
            if redacted != text:
                _write_new(path, redacted.encode("utf-8"))
