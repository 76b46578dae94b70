"""How much room a district's photos take: N registrations, each with a camera-sized product photo,
imported through the interchange table's `รูปภาพ` column, then the data folder measured before and
after one backup, and again after as many days of daily use as the program keeps automatic
backups (issue 17): each day a few registrations edited and one product photo retaken, then the
day's automatic backup, pruned as the program prunes them.

    python benchmarks/photo_storage.py --count 300             # prints the sizes
    python benchmarks/photo_storage.py --count 300 --keep /tmp/photos-300
    python benchmarks/photo_storage.py --count 300 --encrypted # with a password set first

The photos are made here (Pillow, which fpdf2 brings along): a few camera-like scenes of 12
megapixels (soft colour, shapes with edges, lettering, sensor noise), each photo a different crop
and brightness of one of them, saved as phone cameras save them (JPEG quality 90).
"""

import argparse
import csv
import datetime as dt
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import HEADERS, Generator, interchange_row, tambons_of
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from otop_desktop.app import Services, open_services
from otop_desktop.domain.photos import PhotoKind
from otop_desktop.platform.data_folder import DataFolder
from otop_desktop.services.backup.backup_service import DEFAULT_KEEP, BackupService

CAMERA = (4032, 3024)
CROP = (3600, 2700)
SCENES = 6


def scene(seed: int) -> Image.Image:
    rng = random.Random(seed)
    width, height = CAMERA
    channels = [
        Image.effect_noise((width // 200, height // 200), 50).resize(
            CAMERA, Image.Resampling.BICUBIC
        )
        for _ in range(3)
    ]
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        x, y, size = rng.randrange(width), rng.randrange(height), rng.randrange(80, 900)
        box = (x, y, x + size, y + size * rng.uniform(0.3, 1.5))
        colour = tuple(rng.randrange(256) for _ in range(3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape(box, fill=colour, outline=(0, 0, 0), width=6)
    for _ in range(120):
        colour = tuple(rng.randrange(256) for _ in range(3))
        where = (rng.randrange(width), rng.randrange(height))
        draw.text(
            where, f"OTOP {rng.randrange(1000)}", fill=colour, font_size=rng.randrange(30, 120)
        )
    image = image.filter(ImageFilter.GaussianBlur(1.5))
    return Image.blend(image, Image.effect_noise(CAMERA, 20).convert("RGB"), 0.10)


def write_photos(
    folder: Path, count: int, scenes: list[Image.Image], seed: int = 2566
) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = []
    for n in range(count):
        base = scenes[n % SCENES]
        left, top = rng.randrange(CAMERA[0] - CROP[0]), rng.randrange(CAMERA[1] - CROP[1])
        photo = base.crop((left, top, left + CROP[0], top + CROP[1]))
        photo = ImageEnhance.Brightness(photo).enhance(rng.uniform(0.85, 1.15))
        name = f"{n + 1:04d}.jpg"
        photo.save(folder / name, "JPEG", quality=90)
        names.append(f"{folder.name}/{name}")
    return names


def write_table(path: Path, district: str, photos: list[str]) -> None:
    tambons = tambons_of([district])
    names = {t.code: t.name_th for t in tambons}
    registrations = Generator(tambons).registrations(len(photos))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADERS, "รูปภาพ"])
        for reg, photo in zip(registrations, photos, strict=True):
            writer.writerow([*interchange_row(reg, names), photo])


def otop(data: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "otop_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout.strip()


def megabytes(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def photo_figures(database: Path) -> tuple[int, float, int]:
    connection = sqlite3.connect(database)
    try:
        count, total, largest = connection.execute(
            "SELECT count(*), sum(byte_size), max(byte_size) FROM photo"
        ).fetchone()
    finally:
        connection.close()
    return count, (total or 0) / 1_000_000, largest or 0


def daily_use(data: Path, retakes: Path, days: int, password: str) -> list[str]:
    """`days` days of work, each ending with the day's automatic backup; returns what each
    day's backup left in the data folder."""
    services = open_services(DataFolder(data))
    try:
        if password:
            services.password.set_password(password, password)
        day = dt.datetime.now().replace(hour=16, minute=30, second=0, microsecond=0)
        clock = Clock(day)
        backups = BackupService(services.folder, services.database, clock=clock)
        rows = services.registry.search()
        lines = []
        for n in range(days):
            clock.now = day + dt.timedelta(days=n + 1)
            work_one_day(services, rows, retakes / f"{n + 1:04d}.jpg", n)
            services.photos.remove_unused(now=clock.now)  # as the program does each day
            result = backups.backup_if_due()
            assert result is not None, "each day changed something"
            lines.append(
                f"  day {n + 1:2d}: {len(backups.backups())} backups,"
                f" data folder {megabytes(data):.1f} MB (open: with its -wal)"
            )
        return lines
    finally:
        services.close()


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def work_one_day(services: Services, rows: list, retake: Path, n: int) -> None:
    """Five registrations get a new phone number; one gets a new product photo."""
    for k in range(5):
        row = rows[(n * 5 + k) % len(rows)]
        current = services.registry.get(row.uuid)
        services.registry.update(current.with_changes(phone=f"08{n:02d}{k:02d}{n * 7 % 10000:04d}"))
    current = services.registry.get(rows[n % len(rows)].uuid)
    added = services.photos.add_files([retake], PhotoKind.PRODUCT).added
    services.registry.update(current.with_changes(photos=added + current.photos[1:]))


def folder_parts(data: Path) -> str:
    backups = data / "backups"
    store = backups / "photos"
    files = [p for p in backups.glob("*.sqlite3")]
    stored = list(store.iterdir()) if store.is_dir() else []
    return (
        f"database {megabytes(data / 'otop.sqlite3'):.1f} MB, {len(files)} backups"
        f" {sum(p.stat().st_size for p in files) / 1_000_000:.1f} MB"
        f" (largest {max((p.stat().st_size for p in files), default=0) / 1_000_000:.2f} MB),"
        f" photo store {len(stored)} files {megabytes(store) if stored else 0:.1f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--district", default="2402")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--days", type=int, default=DEFAULT_KEEP + 2)
    parser.add_argument("--encrypted", action="store_true", help="set a password before the days")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="otop-photos-"))
    try:
        started = time.perf_counter()
        scenes = [scene(n) for n in range(SCENES)]
        photos = write_photos(work / "รูป", args.count, scenes)
        write_photos(work / "retakes", args.days, scenes, seed=2567)
        write_table(work / "ทะเบียน.csv", args.district, photos)
        source = megabytes(work / "รูป")
        made = time.perf_counter() - started
        data = work / "data"
        otop(data, "setup", "--district", args.district)
        started = time.perf_counter()
        print(otop(data, "import", str(work / "ทะเบียน.csv")))
        imported = time.perf_counter() - started
        count, stored, largest = photo_figures(data / "otop.sqlite3")
        before = megabytes(data)
        backup = Path(otop(data, "backup"))
        print(
            f"photos made: {args.count} in {made:.0f} s, {source:.1f} MB as the camera saved them"
        )
        print(f"import with photos: {imported:.1f} s")
        print(
            f"stored: {count} photos, {stored:.1f} MB ({stored * 1000 / max(count, 1):.0f} KB"
            f" average, largest {largest // 1000} KB)"
        )
        print(f"data folder after the import: {before:.1f} MB")
        print(
            f"one backup: {megabytes(backup):.1f} MB, its photos in the store"
            f" {megabytes(data / 'backups' / 'photos'):.1f} MB;"
            f" data folder with it: {megabytes(data):.1f} MB"
        )
        backup.unlink()  # daily use starts from the imported office, as the officer meets it
        started = time.perf_counter()
        days = daily_use(data, work / "retakes", args.days, "รหัสผ่าน๒๕๖๖" if args.encrypted else "")
        used = time.perf_counter() - started
        print(
            f"{args.days} days of use ({'encrypted' if args.encrypted else 'plain'} office,"
            f" {DEFAULT_KEEP} automatic backups kept), {used:.0f} s:"
        )
        print("\n".join([*days[:2], "  ...", *days[-3:]] if len(days) > 5 else days))
        print(
            f"data folder after them, program closed: {megabytes(data):.1f} MB:"
            f" {folder_parts(data)}"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
