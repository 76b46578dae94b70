"""Where the program keeps its data: flag, environment, portable marker, then the profile."""

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "OTOP_DATA_DIR"
DATABASE_URL_ENV = "OTOP_DATABASE_URL"
PORTABLE_MARKER = "portable.txt"
DATABASE_FILE = "otop.sqlite3"
DATABASE_URL_FILE = "database-url.txt"
# Beside an encrypted database: its data key, wrapped by the office's password.
KEY_FILE = "otop.key"


class DataFolderError(Exception):
    pass


@dataclass(frozen=True)
class DataFolder:
    root: Path
    database_url: str = ""

    @property
    def database_path(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def url(self) -> str:
        return self.database_url or f"sqlite:///{self.database_path}"

    def create(self) -> "DataFolder":
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(
                f"สร้างโฟลเดอร์ข้อมูล {self.root} ไม่ได้: {exc.strerror or exc}"
            ) from exc
        if os.name == "posix":
            # Registrations hold citizens' ID numbers: keep the folder to its owner.
            with contextlib.suppress(OSError):
                self.root.chmod(0o700)
        return self


def executable_dir() -> Path | None:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def resolve_data_folder(
    flag: str | None = None,
    *,
    environ: dict[str, str] | None = None,
    exe_dir: Path | None = None,
    database_url: str | None = None,
) -> DataFolder:
    environ = dict(os.environ) if environ is None else environ
    url = database_url or environ.get(DATABASE_URL_ENV, "")
    if flag:
        root = Path(flag).expanduser().resolve()
    elif environ.get(DATA_DIR_ENV):
        root = Path(environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        exe_dir = exe_dir if exe_dir is not None else executable_dir()
        if exe_dir is not None and (exe_dir / PORTABLE_MARKER).exists():
            root = exe_dir / "data"
        else:
            from platformdirs import user_data_path

            root = user_data_path("OTOP Desktop", appauthor=False)
    return DataFolder(root, url or saved_database_url(root))


def saved_database_url(root: Path) -> str:
    """The shared server an office was pointed at once, in database-url.txt in its data folder."""
    try:
        lines = (root / DATABASE_URL_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    return next((line.strip() for line in lines if line.strip() and not line.startswith("#")), "")
