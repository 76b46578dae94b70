"""Writes the details of an unexpected error into the data folder's logs/, never to a network.

The officer can hand the file to support; it is private to the officer's account because a
traceback may quote a citizen's data.
"""

import contextlib
import datetime as dt
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from otop_desktop import __version__


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
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except OSError:
        return None
