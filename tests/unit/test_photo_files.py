"""What a photo file is, decided from its bytes before any decoder sees them."""

import io
import struct
import zlib

import pytest
from PIL import Image

from otop_desktop.services.photos.photo_files import (
    MAX_OTHER_PIXELS,
    ImageFormat,
    PhotoRefusedError,
    inspect_image,
)


def jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buffer, "JPEG", exif=Image.Exif().tobytes())
    return buffer.getvalue()


def png(size: tuple[int, int] = (30, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", size).save(buffer, "PNG")
    return buffer.getvalue()


def refused(data: bytes) -> str:
    with pytest.raises(PhotoRefusedError) as caught:
        inspect_image(data, "x.jpg")
    assert "x.jpg" in caught.value.message_th and caught.value.message_en
    return caught.value.message_th


def test_the_size_of_a_jpeg_and_a_png_is_read_from_their_headers() -> None:
    assert inspect_image(jpeg((640, 480)), "a.jpg") == inspect_image(jpeg((640, 480)), "b")
    header = inspect_image(jpeg((640, 480)), "a.jpg")
    assert (header.format, header.width, header.height) == (ImageFormat.JPEG, 640, 480)
    header = inspect_image(png((30, 20)), "a.png")
    assert (header.format, header.width, header.height) == (ImageFormat.PNG, 30, 20)


def test_a_jpeg_cut_short_anywhere_is_damaged() -> None:
    data = jpeg((300, 200))
    for end in (3, 20, len(data) // 3, len(data) - 2):
        assert "เสียหาย" in refused(data[:end])


def test_a_png_with_a_changed_byte_or_without_its_end_is_damaged() -> None:
    data = bytearray(png((40, 40)))
    assert "เสียหาย" in refused(bytes(data[:-12]))  # no IEND
    data[40] ^= 0xFF  # inside IDAT: its checksum no longer matches
    assert "เสียหาย" in refused(bytes(data))


def test_a_png_claiming_too_many_pixels_is_refused_before_decoding() -> None:
    side = int(MAX_OTHER_PIXELS**0.5) + 10

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00" * 100))
        + chunk(b"IEND", b"")
    )
    message = refused(bomb)
    assert "ใหญ่เกินกว่าจะเปิดได้อย่างปลอดภัย" in message and f"{side:,}" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "ว่างเปล่า"),
        (b"hello, not a picture", "ไม่ใช่รูปภาพ"),
        (b"%PDF-1.7\n", "ไม่ใช่รูปภาพ"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "HEIC"),
        (b"GIF89a" + b"\x00" * 20, "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
    ],
)
def test_what_is_not_a_jpeg_or_png_says_what_it_is(data: bytes, words: str) -> None:
    assert words in refused(data)
