"""Start-up loads only what the first screen needs (PRODUCT.md §5): Alembic only when the
database is behind, openpyxl only when a file is read or written, other pages when opened, and
SQLAlchemy (its ORM and our models with it) only after the first frame: the dashboard reads the
office's SQLite file through its own connection (db/core_queries.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from otop_desktop.app import Services

# A fresh interpreter: the test process has long since imported everything.
START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.app.start_data import open_or_recover
from otop_desktop.app.windows import application, build_main_window
from otop_desktop.ui.widgets.dialogs import QtDialogs

application()
services = open_or_recover(DataFolder(Path(sys.argv[1])), QtDialogs())
window = build_main_window(services, QtDialogs(), "th")
window.show()
QApplication.processEvents()
print(json.dumps({name: name in sys.modules for name in sys.argv[2:]}))
window.close()
services.close()
"""
NOT_AT_START = (
    "alembic",
    "sqlalchemy",
    "sqlalchemy.orm",
    "otop_desktop.db.models",
    "openpyxl",
    "otop_desktop.services.importing.import_service",
    "otop_desktop.services.report.report_service",
    "otop_desktop.ui.registration.registration_form",
    "otop_desktop.ui.report.report_page",
    "smartcard",
)


def _loaded_at_start(data_dir: Path, names: tuple[str, ...]) -> dict[str, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START, str(data_dir), *names],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_main_window_on_an_up_to_date_database_loads_neither_alembic_openpyxl_nor_sqlalchemy(
    services: Services, data_dir: Path
) -> None:
    needed = (
        "PySide6.QtWidgets",
        "otop_desktop.db.core_queries",
        "otop_desktop.ui.dashboard.dashboard_page",
    )
    loaded = _loaded_at_start(data_dir, NOT_AT_START + needed)
    # The needed modules show that the check itself sees what the start loads.
    assert loaded == dict.fromkeys(NOT_AT_START, False) | dict.fromkeys(needed, True)
