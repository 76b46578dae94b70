"""Guards the Qt bindings: PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void
call and aborted the program within seconds of painting ("none_dealloc"). pyproject.toml pins a
release without the fault; this fails if an upgrade brings it back."""

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from otop_desktop.ui.shell.application import application
from otop_desktop.ui.widgets.quota_chart import ChartBar, QuotaChart
from PySide6.QtWidgets import QLabel
app = application()
label = QLabel()
for _ in range(100_000):
    label.setText("x")
chart = QuotaChart()
chart.set_data([ChartBar("1", "บางคล้า", 1, 0, others_needed=1)], 2)
chart.resize(400, 200)
for _ in range(300):
    chart.grab()
print("ok")
"""


def test_many_qt_calls_and_paints_neither_abort_nor_spoil_the_exit(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
