"""libjpeg's warnings during a photo's decode: caught for that decode only, whichever thread it
runs in, while every other message still reaches the log."""

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLoggingCategory, qCInfo, qCWarning, qInfo

from otop_desktop.services.photos.photo_codec import PhotoDecodeError
from otop_desktop.ui.photos.decoder_warnings import JPEG_CATEGORY, jpeg_warnings
from otop_desktop.ui.photos.qt_photo_codec import QtPhotoCodec
from tests.photo_samples import camera_jpeg, zeroed_middle_jpeg


def test_only_this_threads_jpeg_warnings_are_caught_and_the_rest_reach_the_log(qtlog: Any) -> None:
    # PySide6's stubs say bytes where it takes str.
    jpeg = QLoggingCategory(JPEG_CATEGORY)  # type: ignore[arg-type]

    with jpeg_warnings() as caught:
        qCWarning(jpeg, "Corrupt JPEG data: premature end of data segment")  # type: ignore[arg-type]
        qInfo("another part of the program")
        other = threading.Thread(target=qCInfo, args=(jpeg, "a picture in another thread"))
        other.start()
        other.join()
    qCInfo(jpeg, "a picture after the read")  # type: ignore[arg-type]

    assert caught == ["Corrupt JPEG data: premature end of data segment"]
    assert [record.message for record in qtlog.records] == [
        "another part of the program",
        "a picture in another thread",
        "a picture after the read",
    ]


def test_photos_decoded_in_several_threads_at_once_each_get_their_own_verdict(
    qapp: Any, tmp_path: Path
) -> None:
    good = camera_jpeg(tmp_path / "good.jpg", (1200, 900)).read_bytes()
    bad = zeroed_middle_jpeg(tmp_path / "bad.jpg").read_bytes()
    codec = QtPhotoCodec()

    def verdict(data: bytes) -> str:
        try:
            codec.encode(data, max_side=800, quality=75)
        except PhotoDecodeError as exc:
            return exc.problem.value
        return "stored"

    with ThreadPoolExecutor(max_workers=4) as pool:
        verdicts = list(pool.map(verdict, [good, bad] * 6))

    assert verdicts == ["stored", "damaged"] * 6
