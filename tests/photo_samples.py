"""Photo files for the tests, made on the spot: camera-like JPEGs (with EXIF orientation and a
GPS position), and the hostile or broken files the program must refuse."""

import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

EXIF_ORIENTATION = 0x0112
EXIF_GPS = 0x8825
EXIF_MAKE = 0x010F


def camera_jpeg(
    path: Path,
    size: tuple[int, int] = (640, 480),
    *,
    orientation: int | None = None,
    gps: bool = True,
    seed: int = 0,
) -> Path:
    """A JPEG as a phone writes one: a blue square in its top-left corner (so a turn shows),
    a maker and a GPS position in its EXIF, and an orientation tag when given."""
    image = Image.new("RGB", size, (200 + seed % 50, 40, 40))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 4, size[1] // 4), fill=(0, 0, 255))
    draw.text((size[0] // 2, size[1] // 2), f"photo {seed}", fill=(255, 255, 255))
    exif = Image.Exif()
    exif[EXIF_MAKE] = "TestPhone"
    if orientation is not None:
        exif[EXIF_ORIENTATION] = orientation
    if gps:
        exif[EXIF_GPS] = {1: "N", 2: (13.0, 41.0, 7.5), 3: "E", 4: (101.0, 4.0, 2.25)}
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def png(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    Image.new("RGBA", size, (20, 160, 60, 255)).save(path, "PNG")
    return path


def decompression_bomb_png(path: Path, side: int = 40_000) -> Path:
    """A PNG of a few hundred kilobytes that claims side × side pixels (1.6 gigapixels)."""
    row = b"\x00" + b"\x00" * (side // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return path


def truncated_jpeg(path: Path) -> Path:
    """A real photo cut off halfway, as an interrupted copy leaves it."""
    whole = camera_jpeg(path.with_name("whole-" + path.name), (800, 600))
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def text_named_jpg(path: Path) -> Path:
    path.write_text("รายชื่อสมาชิกกลุ่ม ไม่ใช่รูปภาพ\n", encoding="utf-8")
    return path


def cut_jpeg_with_end_marker(path: Path) -> Path:
    """Half a real photo with the end-of-image marker put back: its structure looks whole, but
    libjpeg runs out of picture halfway and fills the rest with grey."""
    whole = camera_jpeg(path.with_name("whole-" + path.name), (800, 600))
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\xff\xd9")
    return path


def zeroed_middle_jpeg(path: Path) -> Path:
    """A real photo with its middle third overwritten by zeros, as a failing disk leaves it."""
    whole = camera_jpeg(path.with_name("whole-" + path.name), (800, 600))
    data = whole.read_bytes()
    third = len(data) // 3
    path.write_bytes(data[:third] + bytes(third) + data[2 * third :])
    return path


def lying_size_jpeg(path: Path, side: int = 15_000) -> Path:
    """A 64 × 64 photo whose frame header was edited to claim side × side pixels (under the
    pixel limit): libjpeg decodes the little data there is and then runs dry."""
    small = camera_jpeg(path.with_name("small-" + path.name), (64, 64), gps=False)
    data = bytearray(small.read_bytes())
    # Baseline start of frame: length 17, 8 bits, then height and width, three components.
    frame = data.index(b"\xff\xc0\x00\x11\x08")
    struct.pack_into(">HH", data, frame + 5, side, side)
    path.write_bytes(bytes(data))
    return path


def progressive_jpeg(path: Path, size: tuple[int, int] = (1200, 900)) -> Path:
    """A progressive JPEG, as some cameras and most web pages write them."""
    image = Image.new("RGB", size, (30, 90, 200))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 4, size[1] // 4), fill=(250, 200, 0))
    image.save(path, "JPEG", quality=90, progressive=True)
    return path
