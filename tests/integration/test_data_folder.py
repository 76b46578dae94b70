"""Where the data lives: --data-dir, then OTOP_DATA_DIR, a portable marker, then the profile."""

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from otop_desktop.platform.data_folder import (
    DATA_DIR_ENV,
    PORTABLE_MARKER,
    DataFolder,
    DataFolderError,
    resolve_data_folder,
)


@pytest.fixture
def portable_exe(tmp_path: Path) -> Path:
    """The folder of an unpacked portable build, with its marker file."""
    exe_dir = tmp_path / "OTOP Desktop portable"
    exe_dir.mkdir()
    (exe_dir / PORTABLE_MARKER).write_text("", encoding="utf-8")
    return exe_dir


def test_the_flag_wins_over_everything(tmp_path: Path, portable_exe: Path) -> None:
    folder = resolve_data_folder(
        str(tmp_path / "flag"),
        environ={DATA_DIR_ENV: str(tmp_path / "env")},
        exe_dir=portable_exe,
    )
    assert folder.root == tmp_path / "flag"


def test_the_environment_wins_over_the_portable_marker(tmp_path: Path, portable_exe: Path) -> None:
    folder = resolve_data_folder(
        None, environ={DATA_DIR_ENV: str(tmp_path / "env")}, exe_dir=portable_exe
    )
    assert folder.root == tmp_path / "env"


def test_the_portable_marker_keeps_data_beside_the_program(portable_exe: Path) -> None:
    folder = resolve_data_folder(None, environ={}, exe_dir=portable_exe)
    assert folder.root == portable_exe / "data"
    assert folder.database_path == portable_exe / "data" / "otop.sqlite3"


def test_without_anything_the_per_user_folder_is_used(tmp_path: Path) -> None:
    exe_dir = tmp_path / "installed"
    exe_dir.mkdir()  # an installed program: no portable marker beside it
    expected = platformdirs.user_data_path("OTOP Desktop", appauthor=False)

    for exe in (exe_dir, None):
        folder = resolve_data_folder(None, environ={}, exe_dir=exe)
        assert folder.root == expected
    if os.name == "posix" and "XDG_DATA_HOME" in os.environ:
        # the autouse fixture points the profile into tmp_path; the real one is never touched
        assert folder.root.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))


def test_an_empty_environment_variable_counts_as_unset(portable_exe: Path) -> None:
    folder = resolve_data_folder(None, environ={DATA_DIR_ENV: ""}, exe_dir=portable_exe)
    assert folder.root == portable_exe / "data"


def test_relative_and_home_paths_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_folder("relative/data", environ={}).root == tmp_path / "relative" / "data"
    home = Path(os.path.expanduser("~"))
    assert resolve_data_folder("~/otop", environ={}).root == home.resolve() / "otop"
    assert (
        resolve_data_folder(None, environ={DATA_DIR_ENV: "env-data"}).root == tmp_path / "env-data"
    )


def test_the_real_environment_is_read_when_none_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-os-environ"))
    assert resolve_data_folder().root == tmp_path / "from-os-environ"


def test_create_makes_the_folder_private(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "a" / "b" / "otop-data").create()

    assert folder.root.is_dir()
    if os.name == "posix":
        assert stat.S_IMODE(folder.root.stat().st_mode) == 0o700
    assert folder.url == f"sqlite:///{folder.root / 'otop.sqlite3'}"
    # creating again is harmless
    assert DataFolder(folder.root).create().root == folder.root


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_create_tightens_an_existing_open_folder(tmp_path: Path) -> None:
    root = tmp_path / "shared"
    root.mkdir(mode=0o755)
    root.chmod(0o755)

    DataFolder(root).create()

    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_create_over_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "otop-data"
    blocker.write_text("not a folder", encoding="utf-8")

    with pytest.raises(DataFolderError, match="otop-data"):
        DataFolder(blocker / "inner").create()
