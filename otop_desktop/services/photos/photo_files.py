"""What a photo file is, read from its bytes before any decoder sees them.

Deciding here, in plain Python, refuses the hostile and the broken early and with a precise
message: a file that is no picture (whatever its name), a picture cut short (a JPEG without its
end marker, a PNG whose chunks stop or fail their checksums), and one whose stated size would take
more memory to decode than is safe (a "decompression bomb": a small file claiming 40,000 × 40,000
pixels).
"""

import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum

from otop_desktop.domain.errors import UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
# JPEGs are decoded straight to the stored size (libjpeg scales while decoding), so a 200-megapixel
# phone photo costs little; other formats are decoded whole first.
MAX_JPEG_PIXELS = 250_000_000
MAX_OTHER_PIXELS = 40_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Start-of-frame markers that carry the picture's size (not DHT C4, JPG C8, DAC CC).
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})


class ImageFormat(StrEnum):
    JPEG = "JPEG"
    PNG = "PNG"


@dataclass(frozen=True)
class ImageHeader:
    format: ImageFormat
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


class PhotoRefusedError(UserError):
    """A file that was not added, with the reason in the officer's words."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_th, message_en)


def not_a_picture(name: str) -> PhotoRefusedError:
    return PhotoRefusedError(
        f"แฟ้ม {name} ไม่ใช่รูปภาพ (รับเฉพาะรูปแบบ JPEG และ PNG) จึงไม่ได้เพิ่ม",
        f"{name} is not a picture (JPEG and PNG only), so it was not added.",
    )


def damaged(name: str) -> PhotoRefusedError:
    return PhotoRefusedError(
        f"รูป {name} เสียหายหรือไม่สมบูรณ์ (เช่น คัดลอกหรือดาวน์โหลดมาไม่ครบ) จึงไม่ได้เพิ่ม",
        f"{name} is damaged or incomplete (e.g. not fully copied or downloaded), "
        "so it was not added.",
    )


def file_too_large(name: str, size: int) -> PhotoRefusedError:
    megabytes, limit = size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)
    return PhotoRefusedError(
        f"แฟ้ม {name} ใหญ่เกินไป ({megabytes} MB รับได้ไม่เกิน {limit} MB) จึงไม่ได้เพิ่ม",
        f"{name} is too large ({megabytes} MB; at most {limit} MB), so it was not added.",
    )


def too_many_pixels(name: str, width: int, height: int, limit: int) -> PhotoRefusedError:
    return PhotoRefusedError(
        f"รูป {name} ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย ({width:,}×{height:,} พิกเซล "
        f"รับได้ไม่เกิน {limit // 1_000_000} ล้านพิกเซล) จึงไม่ได้เพิ่ม",
        f"{name} is too large to open safely ({width:,}×{height:,} pixels; at most "
        f"{limit // 1_000_000} megapixels), so it was not added.",
    )


def _other_format(data: bytes) -> tuple[str, str] | None:
    """(Thai, English) advice for a picture in a format the program does not take."""
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        return (
            "เป็นรูปแบบ HEIC ของ iPhone ซึ่งโปรแกรมเปิดไม่ได้ กรุณาบันทึกเป็น JPEG ก่อน "
            "(iPhone: การตั้งค่า › กล้อง › รูปแบบ › เข้ากันได้มากที่สุด)",
            "is an iPhone HEIC picture, which the program cannot open; save it as JPEG first "
            "(iPhone: Settings › Camera › Formats › Most Compatible)",
        )
    names = {b"GIF8": "GIF", b"BM": "BMP", b"RIFF": "WEBP", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
    for magic, name in names.items():
        if data.startswith(magic) and (name != "WEBP" or data[8:12] == b"WEBP"):
            return (
                f"เป็นรูปแบบ {name} ซึ่งโปรแกรมไม่รับ กรุณาบันทึกเป็น JPEG หรือ PNG ก่อน",
                f"is a {name} picture, which the program does not take; save it as JPEG or "
                "PNG first",
            )
    return None


def inspect_image(data: bytes, name: str) -> ImageHeader:
    """The format and size of a whole photo file; PhotoRefusedError with the reason otherwise."""
    if not data:
        raise PhotoRefusedError(
            f"แฟ้ม {name} ว่างเปล่า จึงไม่ได้เพิ่ม", f"{name} is empty, so it was not added."
        )
    if len(data) > MAX_FILE_BYTES:
        raise file_too_large(name, len(data))
    if data.startswith(b"\xff\xd8\xff"):
        header = _jpeg(data, name)
    elif data.startswith(PNG_SIGNATURE):
        header = _png(data, name)
    else:
        advice = _other_format(data)
        if advice is None:
            raise not_a_picture(name)
        raise PhotoRefusedError(
            f"แฟ้ม {name} {advice[0]} จึงไม่ได้เพิ่ม", f"{name} {advice[1]}; it was not added."
        )
    limit = MAX_JPEG_PIXELS if header.format is ImageFormat.JPEG else MAX_OTHER_PIXELS
    if header.pixels > limit:
        raise too_many_pixels(name, header.width, header.height, limit)
    return header


def _jpeg(data: bytes, name: str) -> ImageHeader:
    """Walks the markers to the first scan: the frame's size on the way, then the end marker
    (FFD9), which entropy-coded data can never contain, after it."""
    position, size = 2, None
    while True:
        while position < len(data) and data[position] == 0xFF and position + 1 < len(data):
            if data[position + 1] != 0xFF:
                break
            position += 1  # fill bytes
        if position + 4 > len(data) or data[position] != 0xFF:
            raise damaged(name)
        marker = data[position + 1]
        if marker in _STANDALONE:
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        if length < 2 or position + 2 + length > len(data):
            raise damaged(name)
        if marker in _SOF and length >= 7:
            height, width = struct.unpack_from(">HH", data, position + 5)
            size = (width, height)
        if marker == 0xDA:  # start of scan
            break
        position += 2 + length
    if size is None or 0 in size or data.rfind(b"\xff\xd9") < position:
        raise damaged(name)
    return ImageHeader(ImageFormat.JPEG, *size)


def _png(data: bytes, name: str) -> ImageHeader:
    """Every chunk to IEND, each with its checksum: a cut or altered file fails."""
    position, size, seen_data = len(PNG_SIGNATURE), None, False
    while True:
        if position + 12 > len(data):
            raise damaged(name)
        length, kind = struct.unpack_from(">I4s", data, position)
        end = position + 12 + length
        if end > len(data):
            raise damaged(name)
        body = data[position + 8 : position + 8 + length]
        (checksum,) = struct.unpack_from(">I", data, position + 8 + length)
        if zlib.crc32(kind + body) & 0xFFFFFFFF != checksum:
            raise damaged(name)
        if size is None:
            if kind != b"IHDR" or length != 13:
                raise damaged(name)
            size = struct.unpack_from(">II", body)
        seen_data = seen_data or kind == b"IDAT"
        if kind == b"IEND":
            break
        position = end
    if not seen_data or 0 in size:
        raise damaged(name)
    return ImageHeader(ImageFormat.PNG, *size)
