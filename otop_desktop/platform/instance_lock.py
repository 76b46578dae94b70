"""One program window per data folder, held with an operating-system lock on a small file.

The lock belongs to the open file, so the system releases it when the program ends in any way,
a crash or a power cut included: a lock file left behind never blocks the next start. Commands
of the command line that only add or read data do not take it; SQLite lets them work beside
the window. Replacing the database file (restore) does take it.
"""

import contextlib
import os
import socket
import sys
from pathlib import Path
from typing import IO

from otop_desktop.domain.errors import UserError

LOCK_FILE = "otop.lock"


class AlreadyRunningError(UserError):
    def __init__(self, holder: str) -> None:
        who_th = f" (โปรแกรมหมายเลข {holder})" if holder else ""
        who_en = f" (process {holder})" if holder else ""
        super().__init__(
            "โปรแกรม OTOP Desktop เปิดใช้ข้อมูลชุดนี้อยู่แล้วในอีกหน้าต่างหนึ่ง"
            f"{who_th} กรุณาใช้หน้าต่างที่เปิดอยู่ หรือปิดหน้าต่างนั้นก่อนแล้วเปิดใหม่",
            f"OTOP Desktop already has this data open in another window{who_en}; "
            "use that window, or close it first.",
        )
        self.holder = holder


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        # Windows refuses to read the locked first byte, so the owner is written after it.
        return path.read_bytes()[1:].decode("utf-8", "replace").strip()
    except OSError:
        return ""


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> "InstanceLock":
        """Takes the lock, or raises AlreadyRunningError naming the process that holds it."""
        if self._handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+b", buffering=0)
        if not _try_lock(handle):
            handle.close()
            raise AlreadyRunningError(_holder(self.path))
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.write(f" {os.getpid()}@{socket.gethostname()}\n".encode())
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(1)
            self._handle.truncate()
        self._handle.close()  # closing the file releases the system lock
        self._handle = None

    def is_held_elsewhere(self) -> bool:
        if self._handle is not None:
            return False
        try:
            self.acquire()
        except AlreadyRunningError:
            return True
        self.release()
        return False

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
