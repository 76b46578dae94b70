"""A virtual Thai national ID card of our own, holding synthetic people only.

The applet answers as the real card does (shared/SMARTCARD.md): SELECT of the Ministry of
Interior applet, reads `80 B0 P1 P2 02 00 Le` answered `61 Le`, data fetched with GET RESPONSE,
fixed-width TIS-620 fields padded with spaces, `#` between the parts of names and addresses.
VirtualCard puts it into vpcd's virtual reader: it connects to vpcd on 127.0.0.1 and speaks its
protocol (a 2-byte big-endian length, then a payload: 00 power off, 01 power on, 02 reset,
04 the ATR, anything else an APDU to answer).
"""

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

from otop_desktop.domain.identifiers import with_check_digit

VPCD_PORT = 35963
THAI_ATR = bytes.fromhex("3B 68 00 00 54 48 20 4E 49 44 20 36")
OTHER_ATR = bytes.fromhex("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
MOI_APPLET = bytes.fromhex("A0 00 00 00 54 48 00 01")
PHOTO = range(379, 379 + 20 * 255)
FILE_SIZE = 5657 + 14
OK = b"\x90\x00"


@dataclass(frozen=True)
class SyntheticPerson:
    citizen_id: str
    thai_name: str
    birth_date: str
    address: str
    expiry: str = "25781231"
    english_name: str = "Mr.#Synthetic##Person"


# Invented people: the ID numbers carry valid check digits but belong to nobody we know of.
RURAL = SyntheticPerson(
    citizen_id=with_check_digit("310150012345"),
    thai_name="นาง#สมศรี##ทดลองใจดี",
    birth_date="25120315",
    address="99/1#หมู่ที่ 3####ตำบลบางคล้า#อำเภอบางคล้า#จังหวัดฉะเชิงเทรา",
)
BANGKOK = SyntheticPerson(
    citizen_id=with_check_digit("170990045678"),
    thai_name="นาย#ประเสริฐ##ตัวอย่างงาม",
    birth_date="25300101",
    address="15/234###ซอยพหลโยธิน 24#ถนนพหลโยธิน#แขวงจอมพล#เขตจตุจักร#กรุงเทพมหานคร",
)
LONG_ADDRESS = SyntheticPerson(
    citizen_id=with_check_digit("360990011223"),
    thai_name="น.ส.#วิไลวรรณ##สมมุติสกุลยาว",
    birth_date="25400000",
    address=(
        "1234/5678#หมู่ที่ 12#หมู่บ้านเอื้ออาทรสุขสันต์วิลเลจ#ซอยเทศบาลสามัคคีพัฒนา 17"
        "#ถนนเฉลิมพระเกียรติร่วมใจ#ตำบลหน้าเมือง#อำเภอเมืองฉะเชิงเทรา#จังหวัดฉะเชิงเทรา"
    ),
    expiry="99999999",
)
WRONG_CHECK_DIGIT = SyntheticPerson(
    citizen_id=RURAL.citizen_id[:12] + str((int(RURAL.citizen_id[12]) + 1) % 10),
    thai_name=RURAL.thai_name,
    birth_date=RURAL.birth_date,
    address=RURAL.address,
)


def tis620(text: str, width: int) -> bytes:
    raw = text.encode("tis_620")
    assert len(raw) <= width, f"{len(raw)} bytes do not fit a field of {width}"
    return raw.ljust(width, b" ")


def card_file(person: SyntheticPerson) -> bytes:
    file = bytearray(b" " * FILE_SIZE)
    for offset, width, text in (
        (4, 13, person.citizen_id),
        (17, 100, person.thai_name),
        (117, 100, person.english_name),
        (217, 8, person.birth_date),
        (225, 1, "2"),
        (359, 8, "25680101"),
        (367, 8, person.expiry),
        (5497, 160, person.address),
    ):
        file[offset : offset + width] = tis620(text, width)
    # A photo that a read must never ask for.
    file[PHOTO.start : PHOTO.stop] = bytes(i % 251 for i in range(len(PHOTO)))
    return bytes(file)


@dataclass
class ThaiIdApplet:
    """The card's side of the APDU exchange. `reads` records each (offset, length) asked for."""

    file: bytes
    thai: bool = True
    address_limit: int = 160
    selected: bool = False
    pending: bytes = b""
    reads: list[tuple[int, int]] = field(default_factory=list)
    selected_aids: list[bytes] = field(default_factory=list)

    @classmethod
    def of(cls, person: SyntheticPerson, **options: object) -> "ThaiIdApplet":
        return cls(card_file(person), **options)  # type: ignore[arg-type]

    def respond(self, apdu: bytes) -> bytes:
        cla, ins = apdu[0], apdu[1]
        if ins == 0xA4:
            aid = apdu[5 : 5 + apdu[4]]
            self.selected_aids.append(aid)
            self.selected = self.thai and aid == MOI_APPLET
            return OK if self.selected else b"\x6a\x82"
        if cla == 0x80 and ins == 0xB0:
            return self._read(apdu)
        if ins == 0xC0:
            data, self.pending = self.pending[: apdu[4]], self.pending[apdu[4] :]
            return data + OK
        return b"\x6d\x00"

    def _read(self, apdu: bytes) -> bytes:
        if not self.selected:
            return b"\x69\x85"
        offset, length = apdu[2] << 8 | apdu[3], apdu[6]
        if offset == 5497 and length > self.address_limit:
            return b"\x67\x00"
        if offset + length > len(self.file):
            return b"\x6b\x00"
        self.reads.append((offset, length))
        self.pending = self.file[offset : offset + length]
        return bytes([0x61, length])


class VirtualCard:
    """The applet in vpcd's virtual reader. `insert()` connects, `pull()` disconnects: to
    pcscd that is a card put into and taken out of the reader. With `pull_after=n` the card is
    pulled out instead of answering its (n+1)-th APDU; `delay` slows every answer."""

    def __init__(
        self,
        applet: ThaiIdApplet,
        *,
        atr: bytes = THAI_ATR,
        port: int = VPCD_PORT,
        pull_after: int | None = None,
        delay: float = 0.0,
    ) -> None:
        self.applet = applet
        self.atr = atr
        self.port = port
        self.pull_after = pull_after
        self.delay = delay
        self.apdus = 0
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def insert(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._socket = socket.create_connection(("127.0.0.1", self.port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self._socket.settimeout(None)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._thread = threading.Thread(target=self._serve, name="virtual-card", daemon=True)
        self._thread.start()

    def pull(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)
            self._socket.close()
            self._socket = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _receive(self, sock: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            # vpcd writes a message's length and its payload separately; acknowledging at once
            # spares each APDU the 40 ms that Nagle and delayed acknowledgements add together.
            if hasattr(socket, "TCP_QUICKACK"):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("vpcd closed the connection")
            data += chunk
        return data

    def _serve(self) -> None:
        sock = self._socket
        assert sock is not None
        try:
            while True:
                (size,) = struct.unpack(">H", self._receive(sock, 2))
                message = self._receive(sock, size)
                answer = self._answer(message)
                if answer is None:
                    continue
                sock.sendall(struct.pack(">H", len(answer)) + answer)
        except (OSError, ConnectionError):
            return

    def _answer(self, message: bytes) -> bytes | None:
        if len(message) == 1:
            return self.atr if message[0] == 0x04 else None
        self.apdus += 1
        if self.pull_after is not None and self.apdus > self.pull_after:
            assert self._socket is not None
            self._socket.shutdown(socket.SHUT_RDWR)
            raise ConnectionError("pulled out mid-read")
        if self.delay:
            time.sleep(self.delay)
        return self.applet.respond(message)
