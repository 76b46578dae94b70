"""The port through which photos are decoded and encoded: Qt's image readers do the work (the
program ships them anyway), behind this interface so that the core stays free of Qt."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class DecodeProblem(StrEnum):
    DAMAGED = "damaged"
    TOO_LARGE = "too_large"


class PhotoDecodeError(Exception):
    def __init__(self, problem: DecodeProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class EncodedPhoto:
    jpeg: bytes
    width: int
    height: int


class PhotoCodec(Protocol):
    def encode(self, data: bytes, *, max_side: int, quality: int) -> EncodedPhoto:
        """The picture turned upright as its EXIF orientation says, at most `max_side` pixels
        on its longer side, as a JPEG that carries no metadata; PhotoDecodeError otherwise."""
        ...
