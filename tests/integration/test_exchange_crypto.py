"""Sealed .otoppack packages: only a computer with the same exchange passphrase opens one, a
changed byte anywhere is refused, and another office's package does not open here."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from otop_desktop.domain.errors import UserError
from tests.integration.export_support import open_office

PASSPHRASE = "แลกเปลี่ยนบางคล้า"


@pytest.fixture
def sealed(make_services: Callable[[str], Any], bang_khla_csv: Path, tmp_path: Path) -> Path:
    office = make_services("office")
    office.importer.import_file(bang_khla_csv)
    office.exchange.set_passphrase(PASSPHRASE)
    return office.exchange.pack(tmp_path / "office.otoppack").path


def _refusal(services: Any, package: Path) -> str:
    before = services.registry.count()
    with pytest.raises(UserError) as refused:
        services.exchange.merge(package)
    assert services.registry.count() == before  # nothing was received
    return refused.value.message_th


def test_the_same_passphrase_opens_it_and_another_does_not(
    sealed: Path, make_services: Callable[[str], Any]
) -> None:
    laptop = make_services("laptop")
    assert "ยังไม่ได้ตั้ง" in _refusal(laptop, sealed)
    laptop.exchange.set_passphrase("รหัสอื่นที่ไม่ตรงกัน")
    assert "ไม่ตรงกับเครื่องที่สร้างแฟ้ม" in _refusal(laptop, sealed)
    laptop.exchange.set_passphrase(PASSPHRASE)
    assert len(laptop.exchange.merge(sealed).added) == 23


@pytest.mark.parametrize("where", ["magic", "district", "salt", "check", "body", "tag", "cut"])
def test_a_changed_byte_anywhere_is_refused(
    sealed: Path, make_services: Callable[[str], Any], tmp_path: Path, where: str
) -> None:
    laptop = make_services("laptop")
    laptop.exchange.set_passphrase(PASSPHRASE)
    data = bytearray(sealed.read_bytes())
    header_end = data.index(b"}") + 1
    positions = {
        "magic": 3,
        "district": data.index(b"2402") + 3,
        "salt": data.index(b'"salt": "') + 12,
        "check": data.index(b'"check": "') + 14,
        "body": (header_end + len(data)) // 2,
        "tag": len(data) - 3,
    }
    if where == "cut":
        data = data[:-100]
    elif where in ("salt", "check"):
        # Another valid base64 letter: a flipped bit could make an invalid one, which is
        # refused as damage, not as the other passphrase this case is about.
        at = positions[where]
        data[at] = ord("B") if data[at] == ord("A") else ord("A")
    else:
        data[positions[where]] ^= 0x01
    tampered = tmp_path / "tampered.otoppack"
    tampered.write_bytes(bytes(data))
    message = _refusal(laptop, tampered)
    expected = {
        "magic": "ถูกแก้ไขหรือเสียหาย",
        "district": "สำนักงานอื่น",
        "salt": "ไม่ตรงกับเครื่องที่สร้างแฟ้ม",
        "check": "ไม่ตรงกับเครื่องที่สร้างแฟ้ม",
        "body": "ถูกแก้ไขหรือเสียหาย",
        "tag": "ถูกแก้ไขหรือเสียหาย",
        "cut": "ถูกแก้ไขหรือเสียหาย",
    }[where]
    assert expected in message


def test_another_offices_package_cannot_be_opened_even_with_the_same_passphrase(
    sealed: Path, tmp_path: Path
) -> None:
    with open_office(tmp_path / "phanom", district="2403") as other:
        other.exchange.set_passphrase(PASSPHRASE)
        message = _refusal(other, sealed)
    assert "ข้อมูลของสำนักงานอื่น" in message and "2402" in message


def test_a_computer_with_a_passphrase_refuses_an_unsealed_package(
    make_services: Callable[[str], Any], bang_khla_csv: Path, tmp_path: Path
) -> None:
    office = make_services("office")
    office.importer.import_file(bang_khla_csv)
    plain = office.exchange.pack(tmp_path / "plain.otoppack").path
    assert plain.read_bytes().lstrip().startswith(b"{")
    laptop = make_services("laptop")
    laptop.exchange.set_passphrase(PASSPHRASE)
    assert "ไม่ได้เข้ารหัส" in _refusal(laptop, plain)


def test_the_province_office_receives_its_districts_sealed_packages(
    sealed: Path, tmp_path: Path
) -> None:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    province = open_services(DataFolder(tmp_path / "province"))
    try:
        province.office.setup_province("24", officer_name="นางจันทร์เพ็ญ รวบรวมดี")
        province.exchange.set_passphrase(PASSPHRASE)
        assert len(province.exchange.merge(sealed).added) == 23
    finally:
        province.close()
