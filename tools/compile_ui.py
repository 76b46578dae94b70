"""Compiles the Qt Designer files in ui/ into otop_desktop/ui/forms/ui_*.py (after editing a .ui).

python tools/compile_ui.py          # lay out each .ui one element per line, compile the forms
python tools/compile_ui.py --check  # exit 1 if a compiled form is out of date or a .ui is minified

A .ui file is reviewed in diffs like code, so it is kept as Designer writes it: one element per
line, indented by one space per level.
"""

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TARGET = ROOT / "otop_desktop" / "ui" / "forms"


def _uic() -> list[str]:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    found = shutil.which("pyside6-uic") if not beside_python.exists() else str(beside_python)
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return [found]


def readable(source_text: str) -> str:
    """The .ui text laid out as Designer writes it."""
    root = ET.fromstring(source_text)
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def is_minified(source_text: str) -> bool:
    """True when some line holds a second element after its first one is complete."""
    one_leaf = re.compile(r"\s*<(\w+)[^<]*>[^<]*</\1>")
    return any(
        len(re.findall(r"<[A-Za-z]", line)) > 1 and not one_leaf.fullmatch(line)
        for line in source_text.splitlines()
        if not line.startswith("<?xml")
    )


def compiled(source: Path) -> str:
    result = subprocess.run(
        [*_uic(), "--no-autoconnection", str(source)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def comparable(code: str) -> str:
    """uic's banner names the Qt version; it is not part of the form."""
    return "\n".join(line for line in code.splitlines() if not line.startswith("##"))


def target_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    stale = []
    minified = []
    for source in sorted(SOURCES.glob("*.ui")):
        text = source.read_text(encoding="utf-8")
        if args.check:
            if is_minified(text):
                minified.append(source.name)
        elif readable(text) != text:
            source.write_text(readable(text), encoding="utf-8")
        code = compiled(source)
        target = target_for(source)
        if args.check:
            if not target.exists() or comparable(target.read_text(encoding="utf-8")) != comparable(
                code
            ):
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
    init = TARGET / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Forms compiled from ui/*.ui by tools/compile_ui.py. Do not edit."""\n')
    if minified:
        print("not one element per line, run python tools/compile_ui.py: " + ", ".join(minified))
    if stale:
        print("out of date, run python tools/compile_ui.py: " + ", ".join(stale))
    if minified or stale:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
