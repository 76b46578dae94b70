"""The layering contracts in pyproject.toml hold: the proof that domain, db and services never
import PySide6, that the domain imports neither SQLAlchemy nor the layers above it, that the UI
receives its services rather than reaching for the composition root or the database, and that
no two service feature packages import each other."""

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = (
    "The core (domain, db, services) never imports Qt",
    "The domain imports neither SQLAlchemy nor the layers above it",
    "Layers: cli, app, ui, i18n, services, platform, db, domain",
    "The UI never imports the composition root or the database",
    "No import cycle among the service feature packages",
)


def _lint_imports() -> Path:
    bin_dir = Path(sys.executable).parent
    for name in ("lint-imports", "lint-imports.exe"):
        if (bin_dir / name).exists():
            return bin_dir / name
    raise AssertionError(f"lint-imports is not installed next to {sys.executable}")


def test_every_import_contract_is_kept() -> None:
    done = subprocess.run(
        [str(_lint_imports()), "--no-cache"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    report = done.stdout + done.stderr

    assert done.returncode == 0, report
    for contract in CONTRACTS:
        assert f"{contract} KEPT" in report, report
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in report
