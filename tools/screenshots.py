"""Rebuilds the README pictures from the sample Bang Khla registry.

python tools/screenshots.py            # writes docs/screenshots/*.png
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "bang_khla_registry.csv"
OUT = ROOT / "docs" / "screenshots"
PAGES = ("dashboard", "registry", "form", "report", "settings")


def run(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "otop_desktop", *args], check=True, cwd=ROOT)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="otop-screens-"))
    try:
        data = str(folder / "data")
        run(
            "--data-dir",
            data,
            "setup",
            "--district",
            "2402",
            "--officer",
            "นางสาวสมใจ รักงาน",
            "--position",
            "นักวิชาการพัฒนาชุมชนชำนาญการ",
        )
        run("--data-dir", data, "import", str(SAMPLE))
        # The sample registry is of fiscal year 2566: the pictures show that year's campaign.
        run("--data-dir", data, "campaign", "use", "2566")
        for page in PAGES:
            run("--data-dir", data, "--screenshot", str(OUT / f"{page}.png"), "--page", page)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
