"""The warnings Qt's JPEG reader logs while it decodes a photo, caught instead of printed.

libjpeg decodes a damaged picture without failing: data cut short, zeroed or lying about the
picture's size comes out grey or striped, and the only sign is a warning such as "Corrupt JPEG
data: premature end of data segment", which Qt logs (category qt.gui.imageio.jpeg) and
QImageReader does not report. Catching that warning lets the codec refuse the picture.
"""

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

JPEG_CATEGORY = "qt.gui.imageio.jpeg"

# Qt has one message handler for the whole program: reads from several threads (the form's
# background task, an import) take turns, so that each restores the handler it found.
_turn = threading.Lock()


@contextmanager
def jpeg_warnings() -> Iterator[list[str]]:
    """The JPEG reader's warnings logged in this thread while the block runs; every other
    message goes on to the handler that was there before (pytest-qt's, the smoke test's) or,
    with none, to stderr as Qt would print it."""
    caught: list[str] = []
    reader = threading.get_ident()

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == JPEG_CATEGORY and threading.get_ident() == reader:
            caught.append(message)
        elif previous is not None:
            previous(kind, context, message)
        elif sys.stderr is not None:  # a windowed Windows program has no stderr
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    with _turn:
        previous = qInstallMessageHandler(handler)
        try:
            yield caught
        finally:
            qInstallMessageHandler(previous)
