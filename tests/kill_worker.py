"""A program to be killed: saves registrations and imports files into a data folder, printing a
line before each write starts and after it commits, so that the test knows what was committed.

    python tests/kill_worker.py zygote DATA_DIR      reads "run SEED" lines from stdin; forks a
        child per line that opens the services and writes until it is killed; prints
        "child PID" and, once the child has ended, "reaped PID STATUS". Forking from a warm
        process makes each kill point cost milliseconds instead of a second of imports.
    python tests/kill_worker.py write DATA_DIR SEED N  prints "open", waits for a line on stdin,
        then saves N registrations, waiting for another line after the first, and exits (used
        to write from two processes at once).

Lines: "PID begin save NAME", "PID done save NAME", "PID begin import PREFIX COUNT",
"PID done import PREFIX COUNT". A write begun but not done may or may not be in the database,
but only whole.
"""

import csv
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from otop_desktop.app import Services, open_services  # noqa: E402
from otop_desktop.domain.identifiers import with_check_digit  # noqa: E402
from otop_desktop.domain.producer_types import ProducerType, ProductCategory  # noqa: E402
from otop_desktop.domain.registration import (  # noqa: E402
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.platform.data_folder import DataFolder  # noqa: E402

TAMBONS = ("240201", "240204", "240208", "240209", "240210", "240211", "240212", "240213")
HEADER = [
    "รหัสตำบล",
    "ประเภทผู้ผลิต",
    "ชื่อผู้ผลิต",
    "จำนวนสมาชิก",
    "เลขประจำตัวประชาชน",
    "ชื่อผลิตภัณฑ์",
    "ประเภทผลิตภัณฑ์",
    "วันที่รับลงทะเบียน",
]


def say(text: str) -> None:
    # One write() per line: lines from several processes on one pipe never interleave.
    os.write(1, f"{os.getpid()} {text}\n".encode())


def national_id(seed: int, step: int, n: int = 999) -> str:
    """Unique for each (seed, step, n): no write is ever taken for a duplicate."""
    return with_check_digit(f"1{seed % 10_000:04d}{step % 10_000:04d}{n:03d}")


def registration(name: str, nid: str, rng: random.Random) -> Registration:
    return Registration(
        producer_type=ProducerType.GROUP,
        producer_name=name,
        site=SiteAddress(tambon_code=rng.choice(TAMBONS), house_no="1", moo="2"),
        received_on=dt.date(2023, 5, 1),
        products=(Product("ขนมทดสอบ", ProductCategory.FOOD),),
        contact=Person("นาง", "ทดสอบ", "ระบบดี"),
        member_count=10,
        national_id=nid,
    )


def import_file(folder: Path, seed: int, step: int, count: int, rng: random.Random) -> Path:
    prefix = f"import-{seed}-{step}"
    path = folder / f"{prefix}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(count):
            nid = national_id(seed, step, n)
            tambon = rng.choice(TAMBONS)
            writer.writerow([tambon, "กลุ่ม", f"{prefix}-{n}", "10", nid, "ผ้าทอ", "3", "1/5/2566"])
    return path


def work(services: Services, seed: int, scratch: Path) -> None:
    rng = random.Random(seed)
    for step in range(10_000):
        if rng.random() < 0.6:
            name = f"save-{seed}-{step}"
            say(f"begin save {name}")
            services.registry.add(registration(name, national_id(seed, step), rng))
            say(f"done save {name}")
        else:
            count = rng.randint(3, 25)
            path = import_file(scratch, seed, step, count, rng)
            prefix = path.stem
            say(f"begin import {prefix} {count}")
            report = services.importer.import_file(path)
            assert report.committed and report.added == count, report.summary()
            say(f"done import {prefix} {count}")


def child(data_dir: Path, seed: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="kill-worker-"))
    services = open_services(DataFolder(data_dir))
    say("open")
    work(services, seed, scratch)


def zygote(data_dir: Path) -> None:
    warm = open_services(DataFolder(data_dir))
    warm.gazetteer.tambons("2402")
    warm.close()  # no connection may cross the fork
    say("ready")
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(data_dir, int(argument))
            finally:
                os._exit(0)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {status}")


def write(data_dir: Path, seed: int, count: int) -> None:
    services = open_services(DataFolder(data_dir))
    rng = random.Random(seed)
    say("open")
    sys.stdin.readline()  # "go": the writers start together, however slowly each one opened
    for n in range(count):
        services.registry.add(registration(f"write-{seed}-{n}", national_id(seed, n), rng))
        say(f"done save write-{seed}-{n} {time.monotonic():.6f}")
        if n == 0:
            # "go" again once every writer has saved once: their writes overlap on any machine.
            sys.stdin.readline()
    services.close()


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "zygote":
        zygote(folder)
    else:
        write(folder, int(sys.argv[3]), int(sys.argv[4]))
