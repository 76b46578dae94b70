"""Writes the details of an unexpected error into the data folder's logs/, never to a network.

The officer can hand the file to support; it is private to the officer's account because a
traceback may quote a citizen's data. When the office's data is encrypted (its key file is in
the data folder), the log names no one: Thai text, e-mail addresses and long digit runs (ID and
phone numbers) are blanked before the file is written, as they are in older logs when the
password is set.
"""

import contextlib
import datetime as dt
import os
import platform
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from otop_desktop import __version__
from otop_desktop.platform.data_folder import KEY_FILE

_THAI = re.compile(r"[\u0e00-\u0e7f]+(?:\s+[\u0e00-\u0e7f]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Nine or more digits, possibly grouped by dashes or by spaces: phone and national ID numbers.
_LONG_NUMBER = re.compile(r"(?<![\w-])\d(?:(?:-?\d){8,}|(?: ?\d){8,})(?!\w)")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def redact_personal_data(text: str) -> str:
    """The text with everything that could name or reach a person blanked out."""
    text = _EMAIL.sub("[e-mail]", text)
    text = _LONG_NUMBER.sub("[number]", text.translate(_THAI_DIGITS))
    return _THAI.sub("[Thai text]", text)


def names_no_one(logs: Path) -> bool:
    """Whether logs written into this folder must be redacted: the data beside it is encrypted."""
    return (logs.parent / KEY_FILE).exists()


def private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
    return folder


def _free_name(folder: Path, stamp: str) -> Path:
    candidate = folder / f"error-{stamp}.log"
    n = 2
    while candidate.exists():
        candidate = folder / f"error-{stamp}-{n}.log"
        n += 1
    return candidate


def crash_report_text(
    kind: type[BaseException] | None,
    error: BaseException | None,
    trace: TracebackType | None,
    *,
    context: str = "",
    extra: dict[str, str] | None = None,
) -> str:
    lines = [
        f"OTOP Desktop {__version__}",
        f"time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"platform: {platform.platform()}",
        f"python: {sys.version.split()[0]} ({sys.executable})",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    if context:
        lines.append(f"where: {context}")
    lines.append("")
    lines += traceback.format_exception(kind, error, trace)
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_crash_log(
    logs: Path,
    kind: type[BaseException] | None,
    error: BaseException | None,
    trace: TracebackType | None,
    *,
    context: str = "",
    extra: dict[str, str] | None = None,
) -> Path | None:
    """The log file written, or None when even that failed (full or read-only disk)."""
    try:
        path = _free_name(private_folder(logs), f"{dt.datetime.now():%Y%m%d-%H%M%S}")
        text = crash_report_text(kind, error, trace, context=context, extra=extra)
        if names_no_one(logs):
            text = redact_personal_data(text)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except OSError:
        return None
