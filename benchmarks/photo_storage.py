"""How much room a district's photos take: N registrations, each with a camera-sized product photo,
imported through the interchange table's `รูปภาพ` column, then the data folder measured before and
after one backup.

    python benchmarks/photo_storage.py --count 300             # prints the sizes
    python benchmarks/photo_storage.py --count 300 --keep /tmp/photos-300

The photos are made here (Pillow, which fpdf2 brings along): a few camera-like scenes of 12
megapixels (soft colour, shapes with edges, lettering, sensor noise), each photo a different crop
and brightness of one of them, saved as phone cameras save them (JPEG quality 90).
"""

import argparse
import csv
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


def write_photos(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    scenes = [scene(n) for n in range(SCENES)]
    rng = random.Random(2566)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--district", default="2402")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="otop-photos-"))
    try:
        started = time.perf_counter()
        photos = write_photos(work / "รูป", args.count)
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
            f"one backup: {megabytes(backup):.1f} MB; data folder with it: {megabytes(data):.1f} MB"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
