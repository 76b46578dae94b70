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


def _ratio(value: float) -> str:
    return f"{value:.2f}× (≤ 1.5×) {_ok(value, 1.5)}"


def _spread(result: dict[str, Any], median: str, top: str) -> str:
    return f"median {result[median]:.0f} ms, max {result[top]:.0f} ms"


def _rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    start, d5, d100 = r["start"], r["dashboard_5k"], r["dashboard_100k"]
    search, export = r["search_100k"], r["export_5k"]
    imported, memory = r["import_10k"], r["memory_100k"]
    frozen = f"{start['frozen_s']:.2f} s" if "frozen_s" in start else "not built"
    bare = f"bare PySide6 + SQLAlchemy ORM + geothai window {start['bare_s']:.2f} s"
    n5, n100 = f"{d5['registrations']:,}", f"{d100['registrations']:,}"
    return [
        (
            "Cold start to the dashboard's first frame (5,000 registrations)",
            f"{start['app_s']:.2f} s",
            bare,
            _ratio(start["ratio"]),
        ),
        ("… the frozen program (dist/), same measure", frozen, "", ""),
        (
            f"Save → dashboard, {n5} registrations",
            f"{d5['save_to_dashboard_ms']:.0f} ms",
            "",
            f"≤ 50 ms {_ok(d5['save_to_dashboard_ms'], 50)}",
        ),
        (f"Save → every open page refreshed, {n5}", f"{d5['save_to_all_views_ms']:.0f} ms", "", ""),
        (
            f"Save → dashboard, {n100} registrations",
            f"{d100['save_to_dashboard_ms']:.0f} ms",
            "",
            "",
        ),
        (
            f"Save → every open page refreshed, {n100}",
            f"{d100['save_to_all_views_ms']:.0f} ms",
            "",
            "",
        ),
        (
            f"Search as you type, {search['registrations']:,} registrations: search and model "
            f"reset per keystroke ({search['keystrokes']} keystrokes)",
            _spread(search, "median_ms", "max_ms"),
            "",
            f"≤ 50 ms {_ok(search['max_ms'], 50)}",
        ),
        (
            "… with the visible rows repainted",
            _spread(search, "painted_median_ms", "painted_max_ms"),
            "",
            "",
        ),
        (
            "… until every match is found (the count beside the list)",
            _spread(search, "complete_median_ms", "complete_max_ms"),
            "",
            "",
        ),
        (
            f"Report workbook, {export['registrations']:,} registrations",
            f"{export['write_ms']:.0f} ms (+ {export['gather_ms']:.0f} ms reading them)",
            f"bare openpyxl write of the same cells {export['bare_ms']:.0f} ms",
            _ratio(export["ratio"]),
        ),
        (
            f"Import {imported['rows']:,} rows (CSV)",
            f"{imported['import_ms'] / 1000:.1f} s",
            f"{imported['rows_per_s']:,} rows/s",
            "",
        ),
        (
            f"Peak memory, registry page listing {memory['registrations']:,}",
            f"{memory['peak_rss_mib']:.0f} MiB",
            "",
            "",
        ),
    ]


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        f"Measured {r['started']} on {m['system']}, {m['cpu']}, {m['cores']} cores, "
        f"{m['memory']}, Python {m['python']} (load average {m['load_average']} at the start).",
        "",
        "| measure | result | baseline | target |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _rows(r)),
    ]
    return "\n".join(lines) + "\n"
