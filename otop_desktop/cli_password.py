"""The command line's passwords: unlocking an encrypted office, and `password set | change |
remove | exchange`.

The office's password comes from OTOP_PASSWORD, else from a prompt when a person sits at the
terminal; a new one from OTOP_NEW_PASSWORD, else from a prompt typed twice. The recovery key is
accepted wherever the password is.
"""

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from otop_desktop.db.cipher import file_is_encrypted
from otop_desktop.domain.messages import Language
from otop_desktop.platform.data_folder import DataFolder, resolve_data_folder
from otop_desktop.services.errors import UserError
from otop_desktop.services.privacy.data_encryption import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    DataEncryption,
    PasswordRequiredError,
)
from otop_desktop.services.privacy.recovery_key import looks_like_recovery_key

EXIT_OK = 0


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(label: str) -> str:
    return getpass.getpass(label) if _interactive() else ""


def current_secret(language: Language) -> str:
    secret = os.environ.get(PASSWORD_ENV, "") or _prompt(
        "รหัสผ่านโปรแกรม (หรือกุญแจกู้คืน): "
        if language is Language.TH
        else "Password (or recovery key): "
    )
    if not secret:
        raise PasswordRequiredError()
    return secret


def unlock_folder(folder: DataFolder, language: Language, *, strict: bool = True) -> bytes | None:
    """The data key of an encrypted folder (None for a plain one); one clear error otherwise.
    Not `strict` (restore): a file that reads as neither is left to the restore to replace."""
    encryption = DataEncryption(folder)
    encryption.finish_interrupted()
    if encryption.is_on():
        return encryption.unlock(current_secret(language))
    if _key_file_lost(folder):
        return encryption.unlock(os.environ[PASSWORD_ENV])
    if strict and file_is_encrypted(folder.database_path):
        raise UserError(
            "อ่านแฟ้มฐานข้อมูลไม่ได้: แฟ้มเสียหาย หรือเป็นข้อมูลที่เข้ารหัสไว้แต่แฟ้มกุญแจ otop.key หายไป "
            "(ข้อมูลที่เข้ารหัส: ให้กุญแจกู้คืนใน OTOP_PASSWORD แทนรหัสผ่าน; แฟ้มเสียหาย: "
            "ใช้คำสั่ง restore กับแฟ้มสำรอง)",
            "The database file cannot be read: it is damaged, or it is encrypted and its key "
            "file otop.key is missing (encrypted: give the recovery key in OTOP_PASSWORD instead "
            "of the password; damaged: restore a backup with `restore`).",
        )
    return None


def _key_file_lost(folder: DataFolder) -> bool:
    """An encrypted database without its key file, and the recovery key given to open it."""
    given = os.environ.get(PASSWORD_ENV, "")
    return looks_like_recovery_key(given) and file_is_encrypted(folder.database_path)


def new_password(language: Language) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV, "")
    if given:
        return given
    th = language is Language.TH
    first = _prompt("รหัสผ่านใหม่: " if th else "New password: ")
    if not first:
        raise UserError(
            "ไม่ได้ให้รหัสผ่านใหม่: พิมพ์เมื่อโปรแกรมถาม หรือกำหนดไว้ในตัวแปร OTOP_NEW_PASSWORD",
            "No new password was given: type it when asked, or set OTOP_NEW_PASSWORD.",
        )
    if _prompt("พิมพ์รหัสผ่านใหม่อีกครั้ง: " if th else "New password again: ") != first:
        raise UserError("รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน", "The two passwords differ.")
    return first


def cmd_password(args: argparse.Namespace, language: Language, say: Callable[[str], None]) -> int:
    from otop_desktop.app import open_services
    from otop_desktop.platform.instance_lock import InstanceLock

    folder = resolve_data_folder(args.data_dir, database_url=args.database_url)
    # Encrypting or decrypting replaces the database file: no window may have it open.
    with InstanceLock(folder.root):
        encryption = DataEncryption(folder)
        encryption.finish_interrupted()
        if args.action == "change" and not encryption.is_on() and _key_file_lost(folder):
            encryption.recover(os.environ[PASSWORD_ENV], new_password(language))
            say(
                "ตั้งรหัสผ่านใหม่แล้ว (สร้างแฟ้มกุญแจใหม่ด้วยกุญแจกู้คืน)"
                if language is Language.TH
                else "New password set (a new key file made with the recovery key)."
            )
            return EXIT_OK
        secret = current_secret(language) if encryption.is_on() else ""
        key = encryption.unlock(secret) if secret else None
        services = open_services(folder, key)
        try:
            if not secret and args.action in ("change", "remove") and services.password.is_set():
                secret = current_secret(language)  # a lock-only password of an older version
            return _run(args.action, services, secret, language, say)
        finally:
            services.close()


def _run(action: str, services, secret: str, language: Language, say: Callable[[str], None]) -> int:  # type: ignore[no-untyped-def]
    th = language is Language.TH
    password = services.password
    if action == "set" and password.is_set():
        raise UserError(
            "ตั้งรหัสผ่านไว้แล้ว ใช้คำสั่ง password change เพื่อเปลี่ยนรหัสผ่าน",
            "A password is already set; use `password change` to change it.",
        )
    if action in ("change", "remove") and not password.is_set():
        raise UserError("ยังไม่ได้ตั้งรหัสผ่าน", "No password is set.")
    if action == "remove":
        password.remove(secret)
        say(
            "ยกเลิกรหัสผ่านแล้ว ข้อมูลไม่ได้เข้ารหัสอีกต่อไป"
            if th
            else "Password removed; the data is no longer encrypted."
        )
        return EXIT_OK
    if action == "exchange":
        services.exchange.set_passphrase(new_password(language))
        say(
            "ตั้งรหัสผ่านรับส่งข้อมูลแล้ว ตั้งรหัสเดียวกันที่อีกเครื่องด้วย"
            if th
            else "Exchange passphrase set; set the same one on the other computer."
        )
        return EXIT_OK
    new = new_password(language)
    recovery = password.set_password(new, new, current=secret)
    if recovery is None:
        say("เปลี่ยนรหัสผ่านแล้ว" if th else "Password changed.")
        return EXIT_OK
    say("ตั้งรหัสผ่านและเข้ารหัสข้อมูลแล้ว" if th else "Password set; the data is now encrypted.")
    say(
        (
            "กุญแจกู้คืน (แสดงครั้งเดียว จดหรือพิมพ์เก็บไว้ในที่ปลอดภัย): "
            if th
            else "Recovery key (shown once; write it down and keep it safe): "
        )
        + recovery.text
    )
    return EXIT_OK
