"""The speed benchmark of PRODUCT.md §5 and issue 18: each measure against its baseline, in one
run on one machine.

    python benchmarks/run.py            # about 6 minutes the first time (it generates the data)
    python benchmarks/run.py --quick    # fewer repeats, for a quick look

Writes benchmarks/results/latest.json and latest.md (the table the README shows). The frozen
program is measured when `python tools/build.py` has built it into dist/. What a password
(encryption) costs: benchmarks/encryption.py. Generated data are cached in the temporary folder,
keyed by the generator's source and the schema, so later runs start at once.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import (
    HERE,
    RESULTS,
    ROOT,
    case,
    compile_bytecode,
    dataset,
    env,
    first_frame,
    setup_office,
    working_copy,
)
from measures import (
    measure_frozen,
    measure_import,
    measure_import_memory,
    measure_start,
    measure_status,
)
from report import machine, markdown, readme_table

DISTRICT = "2401"  # Mueang Chachoengsao: 19 tambons
IMPORT_DISTRICT = "2402"
IMPORT_SEED = "7001"  # other people than the 5,000 already registered in DISTRICT
README_START, README_END = "<!-- speed-table", "<!-- /speed-table -->"

# The names benchmarks/encryption.py takes from here.
_dataset, _env, _first_frame = dataset, env, first_frame
__all__ = ["DISTRICT", "HERE", "IMPORT_DISTRICT", "RESULTS", "ROOT", "case", "compile_bytecode"]


def datasets(large: int) -> dict[str, Path]:
    print("datasets", flush=True)
    rows = ("--rows",)
    return {
        "district": dataset("district-5k", *rows, "5000", "--district", DISTRICT, "--data-dir", "data"),
        "district_20k": dataset(
            "district-20k", *rows, "20000", "--district", DISTRICT, "--data-dir", "data"
        ),
        "national": dataset(
            "national-100k", *rows, str(large), "--district", DISTRICT, "--data-dir", "data"
        ),
        "table_20k": dataset(
            "import-20k", *rows, "20000", "--district", DISTRICT, "--seed", IMPORT_SEED,
            "--csv", "registrations.csv", "--xlsx", "registrations.xlsx",
        ),
        "table_100k": dataset(
            "import-100k", *rows, "100000", "--district", IMPORT_DISTRICT,
            "--csv", "registrations.csv",
        ),
    }  # fmt: skip


def run_imports(data: dict[str, Path], scratch: Path, runs: int) -> dict[str, Any]:
    """20,000 new rows into the district that holds the 5,000 (so each row is matched against
    them), CSV and xlsx against their floors; then 100,000 rows into an empty office for the
    peak memory."""

    def office_with_5000(name: str) -> Path:
        return working_copy(data["district"], name, scratch)

    table = data["table_20k"]
    results = {
        "import_csv_20k": measure_import(
            table / "registrations.csv", office_with_5000, scratch, runs
        ),
        "import_xlsx_20k": measure_import(
            table / "registrations.xlsx", office_with_5000, scratch, max(1, runs - 1)
        ),
    }
    empty = setup_office(scratch / "import-100k", IMPORT_DISTRICT)
    results["import_memory_100k"] = measure_import_memory(
        data["table_100k"] / "registrations.csv", empty
    )
    return results


def run(args: argparse.Namespace) -> dict[str, Any]:
    data = datasets(args.large)
    scratch = Path(tempfile.mkdtemp(prefix="otop-bench-run-"))
    repeat = 3 if args.quick else 7
    results: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M")}
    try:
        compile_bytecode()
        print("start", flush=True)
        start_copy = working_copy(data["district"], "start", scratch)
        results["start"] = measure_start(start_copy, repeat)
        print("frozen program", flush=True)
        results["frozen"] = measure_frozen(start_copy, repeat)
        print("status --json", flush=True)
        results["status_20k"] = measure_status(data["district_20k"] / "data", repeat)
        print("import", flush=True)
        results |= run_imports(data, scratch, 2 if args.quick else 3)
        print("dashboard", flush=True)
        results["dashboard_5k"] = case(
            "dashboard", working_copy(data["district"], "d5", scratch), "--repeat", str(repeat)
        )
        results["dashboard_100k"] = case(
            "dashboard", working_copy(data["national"], "d100", scratch), "--repeat", "3"
        )
        print("search", flush=True)
        results["search_100k"] = case("search", data["national"] / "data")
        print("export", flush=True)
        results["export_5k"] = case(
            "export", data["district"] / "data", "--out", str(scratch / "export"), "--repeat", "3"
        )
        print("memory", flush=True)
        results["memory_100k"] = case("memory", data["national"] / "data")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results


def _update_readme(table: str) -> None:
    """Puts the table between the README's speed-table markers, when it has them."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start = text.find(README_START)
    end = text.find(README_END)
    if start < 0 or end < start:
        return
    start = text.index("\n", start) + 1
    readme.write_text(text[:start] + table + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="OTOP Desktop speed benchmark")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--large", type=int, default=100_000, help="rows of the national set")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.json/.md")
    parser.add_argument("--render", action="store_true", help="rewrite latest.md from latest.json")
    args = parser.parse_args()
    if args.render:
        results = json.loads((args.out / "latest.json").read_text(encoding="utf-8"))
    else:
        results = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    table = markdown(results)
    (args.out / "latest.md").write_text(table, encoding="utf-8")
    _update_readme(readme_table(results))
    print(table)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
