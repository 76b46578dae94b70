"""The machine a run was made on, and the results as the Markdown table the README shows."""

import os
import platform
from typing import Any


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages * size / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f"{os.getloadavg()[0]:.1f}"
    return {
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "load_average": load,
    }


def _ok(value: float, limit: float) -> str:
    return "✔" if value <= limit else "✘"


def _x(value: float, limit: float) -> tuple[str, str]:
    """The ratio column and the target column of a measure against a baseline."""
    return f"{value:.2f}×", f"≤ {limit:g}× {_ok(value, limit)}"


def _of(value: float, limit: float, unit: str) -> tuple[str, str]:
    """A measure with a fixed limit: its share of the limit, and the limit."""
    return f"{value / limit:.2f}×", f"≤ {limit:g} {unit} {_ok(value, limit)}"


def _spread(result: dict[str, Any], median: str, top: str) -> str:
    return f"median {result[median]:.0f} ms, max {result[top]:.0f} ms"


Row = tuple[str, str, str, str, str]


def _phases(start: dict[str, Any]) -> str:
    ends = start.get("phase_ends_s", {})
    names = (
        ("modules", "interpreter and modules"),
        ("data", "application, lock and data"),
        ("window", "dashboard and window built"),
        ("painted", "first paint"),
    )
    parts, before = [], 0.0
    for key, label in names:
        if key in ends:
            parts.append(f"{label} {1000 * (ends[key] - before):.0f} ms")
            before = ends[key]
    parts.append(f"frame shown {1000 * (start['app_s'] - before):.0f} ms")
    return "; ".join(parts)


def _start_rows(r: dict[str, Any]) -> list[Row]:
    start, frozen, status = r["start"], r.get("frozen", {}), r["status_20k"]
    rows: list[Row] = [
        (
            "Cold start to the dashboard's first frame (5,000 registrations)",
            f"{start['app_s']:.2f} s",
            f"bare window importing PySide6 widgets, SQLAlchemy ORM, geothai {start['bare_s']:.2f} s",
            *_x(start["ratio"], 1.25),
        ),
        (f"… where its time goes (medians): {_phases(start)}", "", "", "", ""),
    ]
    if frozen.get("built"):
        rows.append(
            ("Frozen program folder (dist/)", f"{frozen['folder_mb']:.0f} MB "
             f"({frozen['folder_mib']:.0f} MiB)", "limit 120 MB", *_of(frozen["folder_mb"], 120, "MB"))
        )  # fmt: skip
        if "start_s" in frozen:
            rows.append(
                ("Frozen program, cold start to the first frame (5,000)",
                 f"{frozen['start_s']:.2f} s", "limit 1.0 s", *_of(frozen["start_s"], 1.0, "s"))
            )  # fmt: skip
    else:
        rows.append(("Frozen program", "not built (python tools/build.py)", "", "", ""))
    rows.append(
        (
            "`status --json`, 20,000 registrations, whole process",
            f"{status['status_s']:.2f} s",
            f'python -c "import sqlalchemy" {status["bare_s"]:.2f} s',
            *_x(status["ratio"], 2),
        )
    )
    return rows


def _import_rows(r: dict[str, Any]) -> list[Row]:
    csv_, xlsx, memory = r["import_csv_20k"], r["import_xlsx_20k"], r["import_memory_100k"]
    held = f"{csv_['registered_before']:,}"
    return [
        (
            f"Import {csv_['rows']:,} rows (CSV) into a district holding {held}",
            f"{csv_['import_ms'] / 1000:.2f} s",
            f"csv read + one executemany into SQLite {csv_['floor_ms'] / 1000:.2f} s",
            *_x(csv_["ratio"], 3),
        ),
        *_schema_row(csv_),
        (
            f"Import {xlsx['rows']:,} rows (xlsx), same",
            f"{xlsx['import_ms'] / 1000:.2f} s",
            f"openpyxl read-only read {xlsx['floor_ms'] / 1000:.2f} s",
            *_x(xlsx["ratio"], 3),
        ),
        (
            f"Peak memory importing {memory['rows']:,} rows (CSV)",
            f"{memory['peak_rss_mib']:.0f} MiB ({memory['import_ms'] / 1000:.1f} s)",
            "limit 400 MiB",
            *_of(memory["peak_rss_mib"], 400, "MiB"),
        ),
    ]


def _schema_row(imported: dict[str, Any]) -> list[Row]:
    """SQLite's own share: the same registrations and products, values ready, written by one
    executemany each into the office's database (its 45 columns and 9 indexes)."""
    if "schema_floor_ms" not in imported:
        return []
    seconds, floor = imported["schema_floor_ms"] / 1000, imported["floor_ms"] / 1000
    return [
        (
            "… of which SQLite's own work in our schema (the same rows ready-made, one executemany "
            "each into registration and product)",
            f"{seconds:.2f} s",
            f"the floor above {floor:.2f} s",
            f"{seconds / floor:.2f}×",
            "",
        )
    ]


def _other_rows(r: dict[str, Any]) -> list[Row]:
    d5, d100 = r["dashboard_5k"], r["dashboard_100k"]
    search, export, memory = r["search_100k"], r["export_5k"], r["memory_100k"]
    n5, n100 = f"{d5['registrations']:,}", f"{d100['registrations']:,}"
    return [
        (
            f"Save → dashboard, {n5} registrations",
            f"{d5['save_to_dashboard_ms']:.0f} ms",
            "limit 50 ms",
            *_of(d5["save_to_dashboard_ms"], 50, "ms"),
        ),
        (f"Save → every open page refreshed, {n5}", f"{d5['save_to_all_views_ms']:.0f} ms", "", "", ""),
        (f"Save → dashboard, {n100}", f"{d100['save_to_dashboard_ms']:.0f} ms", "", "", ""),
        (f"Save → every open page refreshed, {n100}", f"{d100['save_to_all_views_ms']:.0f} ms", "", "", ""),
        (
            f"Search as you type, {search['registrations']:,} registrations, per keystroke "
            f"({search['keystrokes']} keystrokes)",
            _spread(search, "median_ms", "max_ms"),
            "limit 50 ms",
            *_of(search["max_ms"], 50, "ms"),
        ),
        ("… with the visible rows repainted", _spread(search, "painted_median_ms", "painted_max_ms"), "", "", ""),
        ("… until every match is found", _spread(search, "complete_median_ms", "complete_max_ms"), "", "", ""),
        (
            f"Report workbook, {export['registrations']:,} registrations",
            f"{export['write_ms']:.0f} ms (+ {export['gather_ms']:.0f} ms reading them)",
            f"bare openpyxl write of the same cells {export['bare_ms']:.0f} ms",
            *_x(export["ratio"], 1.5),
        ),
        (
            f"Peak memory, registry page listing {memory['registrations']:,}",
            f"{memory['peak_rss_mib']:.0f} MiB",
            "",
            "",
            "",
        ),
    ]  # fmt: skip


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    rows = [*_start_rows(r), *_import_rows(r), *_other_rows(r)]
    lines = [
        f"Measured {r['started']} on {m['system']}, {m['cpu']}, {m['cores']} cores, "
        f"{m['memory']}, Python {m['python']} (load average {m['load_average']} at the start). "
        "Medians of alternated runs; each ratio is the result over its baseline from the same run.",
        "",
        "| measure | result | baseline | ratio | target |",
        "|---|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows),
    ]
    return "\n".join(lines) + "\n"


def readme_table(r: dict[str, Any]) -> str:
    """The README's version: each measure as its ratio to its baseline (or to its limit), since
    seconds depend on the machine and ratios much less (latest.md has the seconds)."""
    m = r["machine"]
    rows = [*_start_rows(r), *_import_rows(r), *_other_rows(r)]
    lines = [
        f"Measured {r['started']} on {m['cores']} cores, {m['cpu']} (load average "
        f"{m['load_average']} at the start); the seconds are in `benchmarks/results/latest.md`.",
        "",
        "| measure | against | ratio | target |",
        "|---|---|---|---|",
        *(
            f"| {name} | {_baseline_name(base)} | {ratio} | {target} |"
            for name, _result, base, ratio, target in rows
            if ratio
        ),
    ]
    return "\n".join(lines) + "\n"


def _baseline_name(baseline: str) -> str:
    """The baseline without its time: its words up to the first number."""
    if baseline.startswith("limit"):
        return "its limit"
    words = []
    for word in baseline.split():
        if word[:1].isdigit():
            break
        words.append(word)
    return " ".join(words)
