"""The real PC/SC stack for the card tests: pcscd in the foreground with vpcd's virtual reader.

pcscd is one per machine (its socket is /run/pcscd/pcscd.comm), so test processes, xdist
workers included, take turns through a lock file. The tests skip only where pcscd, the vpcd
driver or pyscard is not installed; CI installs them (.ci/run).
"""

import importlib.util
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from tests.virtual_thai_card import VPCD_PORT

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
LOCK_FILE = Path(tempfile.gettempdir()) / "otop-desktop-pcscd-tests.lock"
READER = "Virtual PCD 00 00"  # the slot listening on VPCD_PORT
START_TIMEOUT = 15.0


def missing_reason() -> str | None:
    """Why these tests cannot run here, or None when they can."""
    if shutil.which("pcscd") is None and not Path("/usr/sbin/pcscd").exists():
        return "pcscd is not installed (apt-get install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd virtual reader is not installed (apt-get install vsmartcard-vpcd)"
    if importlib.util.find_spec("smartcard") is None:
        return "pyscard is not installed (pip install -e '.[card]')"
    return None


def _pcscd() -> str:
    return shutil.which("pcscd") or "/usr/sbin/pcscd"


def _reader_conf(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vpcd").write_text(
        'FRIENDLYNAME "Virtual PCD"\n'
        f"DEVICENAME   /dev/null:0x{VPCD_PORT:04X}\n"
        f"LIBPATH      {VPCD_DRIVER}\n"
        f"CHANNELID    0x{VPCD_PORT:04X}\n",
        encoding="utf-8",
    )
    return folder


class PcscStack:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self, *, with_reader: bool = True) -> None:
        conf = _reader_conf(self._folder / "with-reader") if with_reader else None
        empty = self._folder / "no-reader"
        empty.mkdir(parents=True, exist_ok=True)
        if PCSCD_SOCKET.exists() and _service_answers():
            raise RuntimeError(
                "another pcscd is running; stop it (systemctl stop pcscd.socket pcscd) "
                "so that the card tests can start their own"
            )
        self._log = (self._folder / "pcscd.log").open("ab")
        self._process = subprocess.Popen(
            [_pcscd(), "--foreground", "--config", str(conf or empty)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_ready(2 if with_reader else 0)

    def _wait_until_ready(self, readers: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"pcscd exited at start; see {self._folder / 'pcscd.log'}")
            if _service_answers() and len(_readers()) == readers:
                return
            time.sleep(0.05)
        raise RuntimeError(f"pcscd did not come up; see {self._folder / 'pcscd.log'}")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    @contextmanager
    def without_reader(self) -> Iterator[None]:
        self.stop()
        self.start(with_reader=False)
        try:
            yield
        finally:
            self.stop()
            self.start()

    @contextmanager
    def without_service(self) -> Iterator[None]:
        self.stop()
        try:
            yield
        finally:
            self.start()


def _service_answers() -> bool:
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return False
    scard.SCardReleaseContext(context)
    return True


def _readers() -> list[str]:
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return []
    try:
        _, readers = scard.SCardListReaders(context, [])
        return list(readers or [])
    finally:
        scard.SCardReleaseContext(context)


def readers_with_a_card() -> set[str]:
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return set()
    try:
        _, readers = scard.SCardListReaders(context, [])
        if not readers:
            return set()
        _, states = scard.SCardGetStatusChange(
            context, 0, [(r, scard.SCARD_STATE_UNAWARE) for r in readers]
        )
        return {r for r, state, _ in states if state & scard.SCARD_STATE_PRESENT}
    finally:
        scard.SCardReleaseContext(context)


def wait_for_card(present: bool = True, reader: str = READER, timeout: float = 5.0) -> None:
    """Until pcscd sees the card in `reader`, or (present=False) no card in any reader."""
    deadline = time.monotonic() + timeout

    def seen() -> bool:
        cards = readers_with_a_card()
        return reader in cards if present else not cards

    while not seen():
        if time.monotonic() > deadline:
            where = "in" if present else "out"
            raise TimeoutError(f"the virtual reader did not see the card {where}")
        time.sleep(0.05)


@contextmanager
def pcsc_stack(folder: Path) -> Iterator[PcscStack]:
    """pcscd with the virtual reader, for as long as the block runs, one test process at a time."""
    import fcntl  # POSIX only, as pcscd is

    with LOCK_FILE.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stack = PcscStack(folder)
        stack.start()
        try:
            yield stack
        finally:
            stack.stop()
            fcntl.flock(lock, fcntl.LOCK_UN)
