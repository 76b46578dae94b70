"""The program on a shared database server: backup and restore say whose job they are there."""

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def server_window(app, dialogs, qtbot, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from otop_desktop.app import open_services
    from otop_desktop.app.windows import build_main_window
    from otop_desktop.platform.data_folder import DataFolder

    # Any URL given as the database is treated as a server's, whatever engine serves it.
    folder = DataFolder(tmp_path / "office", f"sqlite:///{tmp_path / 'server.sqlite3'}")
    services = open_services(folder)
    services.office.setup("2402", officer_name="นางสาวสมใจ รักงาน")
    window = build_main_window(services, dialogs, "th")
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    services.close()


def test_backup_and_restore_explain_instead_of_failing(server_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    server_window.ui.action_backup_now.trigger()
    server_window.ui.action_restore.trigger()
    assert len(dialogs.shown) == 2
    assert all("เครื่องแม่ข่าย" in text for text in dialogs.shown)
    assert not (server_window.services.data_root / "backups").exists()
