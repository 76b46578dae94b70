"""Lists the Thai texts of the interface that need an English twin (used by a test and by hand).

python tools/thai_texts.py            # print the texts that translations_en.TABLE lacks
"""

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "otop_desktop"
# The code that speaks to the officer in the interface language: windows and the command line.
INTERFACE_CODE = (
    PACKAGE / "ui",
    PACKAGE / "app",
    PACKAGE / "i18n" / "campaign_wording.py",
    *(PACKAGE.glob("cli*.py")),
)
# Official documents are written in Thai whatever the interface language.
THAI_ONLY = {"recovery_key_sheet.py", "translations_en.py"}


def is_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _in_user_errors(tree: ast.AST) -> set[int]:
    """Texts given to UserError(thai, english): they carry their English already."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "UserError":
            for arg in node.args:
                found.update(id(n) for n in ast.walk(arg))
    return found


def code_texts() -> tuple[dict[str, list[str]], list[str]]:
    """Thai string literals per text, and the f-strings that mix Thai with values."""
    texts: dict[str, list[str]] = {}
    fstrings: list[str] = []
    paths = [
        p for place in INTERFACE_CODE for p in ([place] if place.is_file() else place.rglob("*.py"))
    ]
    for path in sorted(paths):
        if "forms" in path.parts or path.name in THAI_ONLY:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _in_user_errors(tree)
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.JoinedStr) and id(node) not in skip:
                parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
                if any(is_thai(str(p)) for p in parts):
                    fstrings.append(where)
                for value in node.values:
                    skip.add(id(value))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and is_thai(node.value)
            ):
                texts.setdefault(node.value, []).append(where)
    return texts, fstrings


def designer_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for path in sorted((ROOT / "ui").glob("*.ui")):
        for element in ET.parse(path).iter("string"):
            text = element.text or ""
            if is_thai(text) and element.get("notr") != "true":
                texts.setdefault(text, []).append(path.name)
    return texts


def missing() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from otop_desktop.i18n.translations_en import TABLE

    code, _ = code_texts()
    return sorted((set(code) | set(designer_texts())) - set(TABLE))


if __name__ == "__main__":
    for text in missing():
        print(repr(text))
