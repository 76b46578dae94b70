"""In-process measurements, one per subprocess so that each starts cold and alone.

    python benchmarks/cases.py dashboard --data-dir D
    python benchmarks/cases.py search --data-dir D
    python benchmarks/cases.py memory --data-dir D
    python benchmarks/cases.py export --data-dir D --out DIR
    python benchmarks/cases.py import --data-dir D --file F.csv
    python benchmarks/cases.py floor --data-dir SCRATCH --file F.csv   (or F.xlsx)

Each prints one JSON object on its last line.
"""

import argparse
import csv
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Typed letter by letter as an officer would: a product, a person's name, a group name.
QUERIES = ("มะม่วงกวน", "สมศรี ใจดี", "กลุ่มแม่บ้าน", "ผ้าทอ")


def _services(data_dir: Path):  # type: ignore[no-untyped-def]
    from otop_desktop.app import open_services
    from otop_desktop.cli_password import unlock_folder
    from otop_desktop.domain.messages import Language
    from otop_desktop.platform.data_folder import DataFolder

    folder = DataFolder(data_dir, os.environ.get("OTOP_DATABASE_URL", ""))
    # An encrypted copy (benchmarks/encryption.py) is opened with OTOP_PASSWORD, as the CLI does.
    return open_services(folder, unlock_folder(folder, Language.EN))


def _window(services):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from otop_desktop.app.windows import application, build_main_window
    from otop_desktop.ui.widgets.dialogs import QtDialogs

    application()
    window = build_main_window(services, QtDialogs(), "th")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    return window


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _new_registration(services, n: int):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).parent))
    from generate import Generator, tambons_of

    district = services.office.require_office().district_code
    gen = Generator(tambons_of([district]), seed=9000 + n)
    for _ in range(n + 1):
        reg = gen.registration()
    return reg


def case_dashboard(args: argparse.Namespace) -> dict[str, Any]:
    """A save as the form does it: the service writes, the bus tells every view, the dashboard
    model holds the new figures. Measured to the dashboard and to the end of all refreshes,
    after which Qt paints."""
    from PySide6.QtWidgets import QApplication

    from otop_desktop.ui.shell.main_window import Page

    services = _services(args.data_dir)
    window = _window(services)
    # The officer has looked at the registry and the export checks, and saves from the form.
    for page in (Page.REGISTRY, Page.REPORT, Page.FORM):
        window.show_page(page)
        QApplication.processEvents()
    dashboard_ms, total_ms, refresh_ms = [], [], []
    model = window.dashboard.model
    for n in range(args.repeat):
        reg = _new_registration(services, n)
        reached: list[float] = []
        mark = reached.append
        model.modelReset.connect(lambda mark=mark: mark(time.perf_counter()))
        model.dataChanged.connect(lambda *_, mark=mark: mark(time.perf_counter()))
        started = time.perf_counter()
        result = services.registry.add(reg)
        window.bus.publish(result.change)
        ended = time.perf_counter()
        model.modelReset.disconnect()
        model.dataChanged.disconnect()
        QApplication.processEvents()
        dashboard_ms.append(_ms((reached[0] if reached else ended) - started))
        total_ms.append(_ms(ended - started))
        began = time.perf_counter()
        window.dashboard.refresh()
        refresh_ms.append(_ms(time.perf_counter() - began))
    count = services.registry.count()
    services.close()
    return {
        "registrations": count,
        "save_to_dashboard_ms": statistics.median(dashboard_ms),
        "save_to_all_views_ms": statistics.median(total_ms),
        "dashboard_refresh_ms": statistics.median(refresh_ms),
    }


def case_search(args: argparse.Namespace) -> dict[str, Any]:
    """Per keystroke: the search and the table model's reset; then with the visible rows
    painted; then up to the last row found (the count beside the list), which a long search
    completes between keystrokes."""
    from PySide6.QtWidgets import QApplication

    from otop_desktop.ui.shell.main_window import Page

    services = _services(args.data_dir)
    window = _window(services)
    window.show_page(Page.REGISTRY)
    QApplication.processEvents()
    page = window.registry
    search_ms: list[float] = []
    shown_ms: list[float] = []
    complete_ms: list[float] = []
    first_letters: list[float] = []
    for query in QUERIES:
        page.search.clear()
        _settle(page)
        for end in range(1, len(query) + 1):
            if len(shown_ms) >= args.keystrokes:
                break
            page.search.setText(query[:end])
            page._search_timer.stop()  # the debounce is a wait, not work: time the work alone
            started = time.perf_counter()
            page.reload()
            search_ms.append(_ms(time.perf_counter() - started))
            page.table.viewport().repaint()
            shown_ms.append(_ms(time.perf_counter() - started))
            _settle(page)
            complete_ms.append(_ms(time.perf_counter() - started))
            if end == 1:
                first_letters.append(search_ms[-1])
    count = services.registry.count()
    services.close()
    return {
        "registrations": count,
        "keystrokes": len(shown_ms),
        "median_ms": statistics.median(search_ms),
        "p90_ms": sorted(search_ms)[int(len(search_ms) * 0.9) - 1],
        "max_ms": max(search_ms),
        "first_letter_ms": max(first_letters),
        "painted_median_ms": statistics.median(shown_ms),
        "painted_max_ms": max(shown_ms),
        "complete_median_ms": statistics.median(complete_ms),
        "complete_max_ms": max(complete_ms),
        "shown": page.count_label.text(),
    }


def _settle(page) -> None:  # type: ignore[no-untyped-def]
    """Lets a long search find its remaining rows, as it does between keystrokes."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    while page._scan is not None and not page._scan.done:
        page._scan_more()
    QApplication.processEvents()


def case_memory(args: argparse.Namespace) -> dict[str, Any]:
    """Peak resident memory with the main window open on the registry page listing them all."""
    from PySide6.QtWidgets import QApplication

    from otop_desktop.ui.shell.main_window import Page

    services = _services(args.data_dir)
    window = _window(services)
    window.show_page(Page.REGISTRY)
    QApplication.processEvents()
    table = window.registry.table
    table.scrollToBottom()
    QApplication.processEvents()
    shown = window.registry.count_label.text()
    count = services.registry.count()
    services.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"registrations": count, "peak_rss_mib": round(peak_kib / 1024, 1), "shown": shown}


def case_export(args: argparse.Namespace) -> dict[str, Any]:
    """The report workbook against openpyxl writing the same cells with no styling at all, both
    from the same gathered data; the gathering (reading every registration) is timed apart."""
    from otop_desktop.services.report.report_workbook import write_report_workbook

    services = _services(args.data_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    write, bare, gather = [], [], []
    for n in range(args.repeat):
        started = time.perf_counter()
        data = services.reports.report_data()
        gathered = time.perf_counter()
        write_report_workbook(data, args.out / f"report-{n}.xlsx")
        write.append(time.perf_counter() - gathered)
        gather.append(gathered - started)
        started = time.perf_counter()
        _bare_write(data, args.out / f"bare-{n}.xlsx")
        bare.append(time.perf_counter() - started)
    services.close()
    write_s, bare_s, gather_s = (statistics.median(v) for v in (write, bare, gather))
    return {
        "registrations": len(data.registrations),
        "write_ms": _ms(write_s),
        "gather_ms": _ms(gather_s),
        "report_ms": _ms(write_s + gather_s),
        "bare_ms": _ms(bare_s),
        "ratio": round(write_s / bare_s, 2),
    }


def _bare_write(data, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The baseline: the same values, appended row by row to a default openpyxl workbook."""
    import openpyxl

    from otop_desktop.services.importing.interchange import COLUMN_ORDER

    workbook = openpyxl.Workbook()
    summary = workbook.active
    for line in (*data.summary_rows(), data.total_row()):
        summary.append(
            [
                line.no,
                line.name,
                line.groups,
                line.single_owners,
                line.smes,
                line.total,
                line.minimum,
                line.result,
                line.remark,
            ]
        )
    details = workbook.create_sheet("details")
    details.append([c.value for c in COLUMN_ORDER])
    for row in data.interchange_rows():
        details.append(row)
    workbook.save(path)


def case_import(args: argparse.Namespace) -> dict[str, Any]:
    """The whole import of a file, as `otop-desktop import` runs it: reading, checking every
    row, matching against the registrations already held and the rows before it, writing,
    the audit entry; and the process's peak memory."""
    services = _services(args.data_dir)
    before = services.registry.count()
    # Its modules load before the clock starts, as the floor's csv and sqlite3 do.
    importer = services.importer
    started, cpu = time.perf_counter(), time.process_time()
    report = importer.import_file(args.file)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    services.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "rows": report.rows_read,
        "added": report.added,
        "registered_before": before,
        "import_ms": _ms(elapsed),
        "import_cpu_ms": _ms(cpu),
        "rows_per_s": round(report.rows_read / elapsed),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }


def case_floor(args: argparse.Namespace) -> dict[str, Any]:
    """The import's floor. CSV: the standard library reads the file and one executemany puts
    its rows into a new SQLite file (WAL, synchronous=FULL, as the program's) in one
    transaction. xlsx: openpyxl reads the workbook in read-only mode, and nothing more."""
    import sqlite3

    started, cpu = time.perf_counter(), time.process_time()
    if args.file.suffix.lower() == ".xlsx":
        import openpyxl

        workbook = openpyxl.load_workbook(args.file, read_only=True, data_only=True)
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
    else:
        with args.file.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        connection = sqlite3.connect(args.data_dir / "floor.sqlite3")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        width = len(rows[0])
        connection.execute(f"CREATE TABLE row ({', '.join(f'c{n} TEXT' for n in range(width))})")
        with connection:
            marks = ", ".join("?" * width)
            connection.executemany(f"INSERT INTO row VALUES ({marks})", rows[1:])
        connection.close()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"rows": len(rows) - 1, "floor_ms": _ms(elapsed), "floor_cpu_ms": _ms(cpu)}


def case_schema_floor(args: argparse.Namespace) -> dict[str, Any]:
    """SQLite's own share of an import: the rows the import would write (registrations with all
    their columns and indexes, and their products), prepared beforehand, written by one
    executemany each into the office's database in one transaction, as the CSV floor is."""
    import sqlite3
    import uuid

    from otop_desktop.db.mapping import product_values, registration_values
    from otop_desktop.db.models import utc_now

    services = _services(args.data_dir)
    parsed = services.importer.parse(services.importer.read(args.file))
    names = services.gazetteer.tambon_name
    now = utc_now().isoformat(" ")
    file = services.database.file
    services.close()
    assert file is not None
    connection = sqlite3.connect(file)
    first_id = (connection.execute("SELECT max(id) FROM registration").fetchone()[0] or 0) + 1
    registrations, products = [], []
    for number, row in enumerate(parsed, start=first_id):
        reg = row.registration
        assert reg is not None and reg.received_on is not None
        values = registration_values(reg, names(reg.tambon_code), cleaned=True)
        values |= {
            "id": number,
            "uuid": str(uuid.uuid4()),
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "is_deleted": 0,
            "received_on": reg.received_on.isoformat(),
            "documents": json.dumps(values["documents"]),
            "community_links": json.dumps(values["community_links"]),
        }
        registrations.append(values)
        for product in product_values(reg.products, cleaned=True):
            product |= {"registration_id": number, "standards": json.dumps(product["standards"])}
            product |= {"unit_price": None, "annual_sales": None}
            products.append(product)
    started = time.perf_counter()
    with connection:
        for table, rows in (("registration", registrations), ("product", products)):
            columns = list(rows[0])
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            connection.executemany(sql, [tuple(r[c] for c in columns) for r in rows])
    elapsed = time.perf_counter() - started
    connection.close()
    return {"rows": len(registrations), "products": len(products), "schema_floor_ms": _ms(elapsed)}


CASES = {
    "schema_floor": case_schema_floor,
    "floor": case_floor,
    "dashboard": case_dashboard,
    "search": case_search,
    "memory": case_memory,
    "export": case_export,
    "import": case_import,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--file", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keystrokes", type=int, default=1000, help="stop the search case early")
    args = parser.parse_args()
    print(json.dumps(CASES[args.case](args), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
