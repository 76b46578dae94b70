"""The keys that may open an encrypted backup, and the key file that travels with a copy.

A backup in the data folder is encrypted under the office's own data key. A copy written
elsewhere (a USB stick) carries the key file beside it (`<backup>.otopkey`), so that on another
computer the password opens it as well as the recovery key does.
"""

import shutil
from pathlib import Path

from otop_desktop.services.privacy.data_encryption import WrongRecoveryKeyError
from otop_desktop.services.privacy.key_file import KeyFileError, read_key_file
from otop_desktop.services.privacy.recovery_key import (
    RecoveryKeyTypoError,
    looks_like_recovery_key,
    parse_recovery_key,
)

SIDECAR_SUFFIX = ".otopkey"


def key_file_sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def backup_keys(path: Path, office_key: bytes | None, secret: str = "") -> list[bytes]:
    """This office's key first, then the one `secret` gives: a recovery key, or the password
    that unlocks the key file beside the backup."""
    keys = [office_key] if office_key else []
    if not secret:
        return keys
    if looks_like_recovery_key(secret):
        try:
            keys.append(parse_recovery_key(secret).data_key())
        except RecoveryKeyTypoError as exc:
            raise WrongRecoveryKeyError(typo=True) from exc
        return keys
    try:
        unwrapped = read_key_file(key_file_sidecar(path)).unwrap(secret)
    except KeyFileError:
        unwrapped = None
    if unwrapped is not None:
        keys.append(unwrapped)
    return keys


def copy_key_file(key_file: Path, backup: Path) -> Path:
    sidecar = key_file_sidecar(backup)
    partial = sidecar.with_name(sidecar.name + ".partial")
    shutil.copyfile(key_file, partial)
    partial.replace(sidecar)
    return sidecar
