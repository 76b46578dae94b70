"""Decodes and encodes photos with Qt's image readers and writers (services/photos' PhotoCodec).

The reader turns the picture upright from its EXIF orientation and, for JPEG, decodes straight at
the reduced size. A JPEG that libjpeg warns about while decoding counts as damaged: libjpeg decodes
data cut short, zeroed or smaller than its header says without failing, as grey or striped pixels.
The writer is given a fresh image with no text keys, so the JPEG it writes holds pixels only: no
EXIF (camera, time, GPS position), no comments.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter

from otop_desktop.services.photos.photo_codec import DecodeProblem, EncodedPhoto, PhotoDecodeError
from otop_desktop.ui.photos.decoder_warnings import jpeg_warnings

# Qt refuses to allocate an image larger than this (megabytes): the decoder's own guard, behind
# the size check made on the file's header before.
ALLOCATION_LIMIT_MB = 256


class QtPhotoCodec:
    def encode(self, data: bytes, *, max_side: int, quality: int) -> EncodedPhoto:
        image = _read(data, max_side)
        if max(image.width(), image.height()) > max_side:
            image = image.scaled(
                QSize(max_side, max_side),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        clean = _pixels_only(image)
        return EncodedPhoto(_write_jpeg(clean, quality), clean.width(), clean.height())


def _read(data: bytes, max_side: int) -> QImage:
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise PhotoDecodeError(DecodeProblem.DAMAGED)
    longer = max(size.width(), size.height())
    if longer > max_side:
        # The size before the EXIF turn; the JPEG reader then decodes at (about) this size.
        scale = max_side / longer
        reader.setScaledSize(
            QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        )
    with jpeg_warnings() as warnings:
        image = reader.read()
    if image.isNull():
        too_large = size.width() * size.height() * 4 > ALLOCATION_LIMIT_MB * 1024 * 1024
        raise PhotoDecodeError(DecodeProblem.TOO_LARGE if too_large else DecodeProblem.DAMAGED)
    if warnings:
        raise PhotoDecodeError(DecodeProblem.DAMAGED)
    return image


def _pixels_only(image: QImage) -> QImage:
    """An RGB copy without the source's text keys, which Qt's JPEG writer would store; a
    transparent PNG is laid on white, as it would be printed."""
    clean = QImage(image.size(), QImage.Format.Format_RGB32)
    clean.fill(Qt.GlobalColor.white)
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    return clean


def _write_jpeg(image: QImage, quality: int) -> bytes:
    output = QByteArray()
    buffer = QBuffer(output)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(quality)
    writer.setOptimizedWrite(True)
    writer.setProgressiveScanWrite(True)
    if not writer.write(image):
        raise PhotoDecodeError(DecodeProblem.DAMAGED)
    buffer.close()
    return bytes(output.data())
