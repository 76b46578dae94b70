"""Draws the application icon with QPainter: resources/app.png and a multi-size resources/app.ico.

    python tools/make_icon.py

The icon: the program's blue, a registration sheet and a gold tick (a tambon that met its quota).
Qt writes single-image .ico files only, so the .ico is put together here the way Windows' own
icons are: 32-bit bitmaps (with their transparency mask) up to 128 pixels, a PNG at 256.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256
NAVY, BLUE, GOLD = QColor("#1f4e79"), QColor("#2e75b6"), QColor("#f2b705")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)  # drawn on a 64 x 64 grid
    small = size < 32

    background = QLinearGradient(QPointF(0, 0), QPointF(0, 64))
    background.setColorAt(0, BLUE)
    background.setColorAt(1, NAVY)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(background))
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13)

    # The registration sheet with a folded corner.
    sheet = QPainterPath()
    sheet.moveTo(15, 10)
    sheet.lineTo(39, 10)
    sheet.lineTo(49, 20)
    sheet.lineTo(49, 54)
    sheet.lineTo(15, 54)
    sheet.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(39, 10)
    fold.lineTo(39, 20)
    fold.lineTo(49, 20)
    fold.closeSubpath()
    painter.setBrush(QColor("#c9d9ec"))
    painter.drawPath(fold)

    # Lines of the list; fewer and thicker when the icon is small.
    painter.setPen(
        QPen(QColor("#9db7d5"), 4 if small else 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    rows = (22, 32) if small else (20, 27, 34)
    for y in rows:
        painter.drawLine(QPointF(21, y), QPointF(34 if y == rows[0] else 42, y))

    # The gold tick in a circle over the sheet's lower right corner.
    painter.setPen(QPen(QColor("white"), 3))
    painter.setBrush(GOLD)
    painter.drawEllipse(QPointF(44, 45), 13, 13)
    tick = QPainterPath()
    tick.moveTo(37.5, 45.5)
    tick.lineTo(42.5, 50.5)
    tick.lineTo(51, 40)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(
            QColor("white"),
            4.5,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon bitmap: BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian: B, G, R, A
    width, height = image.width(), image.height()
    rows = [bytes(image.constScanLine(y))[: width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    masks = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent
                bits[x // 8] |= 0x80 >> (x % 8)
        masks.append(bytes(bits))
    pixels = b"".join(reversed(rows)) + b"".join(reversed(masks))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, ICONDIRENTRY per image, then the image data) holding every size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icon_image(size: int) -> bytes:
    return png_bytes(draw(size)) if size >= 256 else dib_bytes(draw(size))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    RESOURCES.mkdir(exist_ok=True)
    (RESOURCES / "app.png").write_bytes(png_bytes(draw(PNG_SIZE)))
    (RESOURCES / "app.ico").write_bytes(ico_bytes({s: icon_image(s) for s in ICO_SIZES}))
    print(RESOURCES / "app.png")
    print(RESOURCES / "app.ico")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
