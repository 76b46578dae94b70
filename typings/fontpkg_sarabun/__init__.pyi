# fontpkg-sarabun ships no type information; these are the two names it has.
from pathlib import Path

FAMILY: str
ROOT: Path
