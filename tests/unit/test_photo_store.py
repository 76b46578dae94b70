"""The backups' photo store on its own: plain and sealed files, their names, conversion when the
password is set or removed, and what a sweep deletes."""

import hashlib
import os
import time
from pathlib import Path

import pytest

from otop_desktop.db.photo_store import PhotoStore, PhotoStoreError, seal_store, unseal_store

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(3000) + b"\xff\xd9"
SHA = hashlib.sha256(PHOTO).hexdigest()


def test_a_plain_store_keeps_the_photo_as_it_is_under_its_sha256(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    store.put(SHA, PHOTO)

    assert [p.name for p in store.folder.iterdir()] == [f"{SHA}.jpg"]
    assert store.read(SHA) == PHOTO


def test_a_sealed_store_hides_the_photo_and_its_sha256(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos", KEY)
    store.put(SHA, PHOTO)

    (sealed,) = store.folder.iterdir()
    assert sealed.suffix == ".enc" and SHA not in sealed.name
    assert PHOTO[:12] not in sealed.read_bytes() and PHOTO[500:540] not in sealed.read_bytes()
    assert store.read(SHA) == PHOTO
    with pytest.raises(PhotoStoreError):
        PhotoStore(store.folder, OTHER_KEY).read(SHA)
    # Another photo's sealed bytes under this photo's name fail their authentication.
    other = b"\xff\xd8\xff" + os.urandom(100)
    store.put(hashlib.sha256(other).hexdigest(), other)
    stolen = store.path_for(hashlib.sha256(other).hexdigest()).read_bytes()
    sealed.write_bytes(stolen)
    with pytest.raises(PhotoStoreError) as refused:
        store.read(SHA)
    assert refused.value.missing == (SHA,)


def test_a_damaged_file_is_not_read_and_the_next_put_repairs_it(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    store.put(SHA, PHOTO)
    store.path_for(SHA).write_bytes(PHOTO[:-10])

    assert not store.holds(SHA)
    store.put(SHA, PHOTO)
    assert store.read(SHA) == PHOTO


def test_setting_and_removing_the_password_converts_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    PhotoStore(folder).put(SHA, PHOTO)
    damaged = folder / f"{'0' * 64}.jpg"
    damaged.write_bytes(PHOTO[:100])
    (folder / f"{SHA}.jpg.123-abcd.partial").write_bytes(PHOTO[:50])

    seal_store(folder, KEY)

    assert all(p.suffix == ".enc" for p in folder.iterdir())
    assert len(list(folder.iterdir())) == 2  # the damaged file sealed too, never left plain
    assert PhotoStore(folder, KEY).read(SHA) == PHOTO
    foreign = PhotoStore(folder, OTHER_KEY)
    foreign.put(hashlib.sha256(b"x").hexdigest(), b"x")

    unseal_store(folder, KEY)

    assert PhotoStore(folder).read(SHA) == PHOTO
    assert sorted(p.suffix for p in folder.iterdir()) == [".enc", ".jpg", ".jpg"]
    assert foreign.read(hashlib.sha256(b"x").hexdigest()) == b"x"


def test_a_sweep_keeps_what_is_named_and_what_is_not_its_own(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    unused = b"\xff\xd8\xff" + os.urandom(200)
    store.put(SHA, PHOTO)
    store.put(hashlib.sha256(unused).hexdigest(), unused)
    PhotoStore(store.folder, KEY).put(SHA, PHOTO)  # left by an interrupted conversion
    young = store.folder / f"{SHA}.jpg.1-aaaa.partial"
    old = store.folder / f"{SHA}.jpg.2-bbbb.partial"
    young.write_bytes(b"being written")
    old.write_bytes(b"left by a crash")
    long_ago = time.time() - 3 * 24 * 3600
    os.utime(old, (long_ago, long_ago))

    assert store.sweep({SHA}) == 2

    names = sorted(p.name for p in store.folder.iterdir())
    assert f"{SHA}.jpg" in names and young.name in names and len(names) == 3
