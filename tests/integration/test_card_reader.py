"""The ID card reader on the real PC/SC stack: pcscd, vpcd's virtual reader and a virtual Thai
card of our own (synthetic people), read through pyscard by the program and its command line."""

import json
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

from otop_desktop.cli import main
from otop_desktop.platform import card_reader
from otop_desktop.platform.card_reader import CardProblem, CardReadError, ReaderSnapshot
from otop_desktop.platform.card_reader import open_card_reader as real_open_card_reader
from tests.integration.test_cli import ok, one_line_error, run
from tests.virtual_thai_card import (
    BANGKOK,
    LONG_ADDRESS,
    OTHER_ATR,
    PHOTO,
    RURAL,
    VPCD_PORT,
    WRONG_CHECK_DIGIT,
    SyntheticPerson,
    ThaiIdApplet,
)

EXPIRED = SyntheticPerson(
    citizen_id=RURAL.citizen_id,
    thai_name=RURAL.thai_name,
    birth_date=RURAL.birth_date,
    address=RURAL.address,
    expiry="25600101",
)


@pytest.fixture
def reader() -> Any:
    from otop_desktop.platform.card_reader.pyscard_reader import PyscardCardReader

    return PyscardCardReader()


def test_card_read_json_prints_the_rural_person_with_the_id_masked(insert_card) -> None:
    insert_card(ThaiIdApplet.of(RURAL))
    found = json.loads(ok(run("card", "read", "--json")).stdout)
    assert found == {
        "citizen_id": "3-xxxx-xxxxx-xx-9",
        "prefix": "นาง",
        "first_name": "สมศรี",
        "last_name": "ทดลองใจดี",
        "birth_date": "1969-03-15",
        "address": {
            "line": "99/1 หมู่ที่ 3",
            "tambon": "บางคล้า",
            "amphoe": "บางคล้า",
            "province": "ฉะเชิงเทรา",
            "tambon_code": "240201",
        },
        "expired": False,
    }


def test_a_bangkok_card_with_ids_gives_khwaeng_khet_and_the_full_number(insert_card) -> None:
    insert_card(ThaiIdApplet.of(BANGKOK))
    found = json.loads(ok(run("card", "read", "--json", "--with-ids")).stdout)
    assert found["citizen_id"] == BANGKOK.citizen_id
    assert found["address"] == {
        "line": "15/234 ซอยพหลโยธิน 24 ถนนพหลโยธิน",
        "tambon": "จอมพล",
        "amphoe": "จตุจักร",
        "province": "กรุงเทพมหานคร",
        "tambon_code": "103004",
    }


def test_a_long_address_a_year_only_birth_date_and_a_lifelong_card(insert_card) -> None:
    applet = ThaiIdApplet.of(LONG_ADDRESS)
    insert_card(applet)
    found = json.loads(ok(run("card", "read", "--json")).stdout)
    assert found["address"]["line"].endswith("ถนนเฉลิมพระเกียรติร่วมใจ")
    assert found["address"]["tambon_code"] == "240101"
    assert (found["birth_date"], found["birth_year"], found["expired"]) == (None, 1997, False)
    assert (5497, 160) in applet.reads
    assert not any(offset in PHOTO for offset, _ in applet.reads)


def test_the_plain_listing_reads_as_a_person_would_say_it(insert_card) -> None:
    insert_card(ThaiIdApplet.of(EXPIRED))
    lines = ok(run("card", "read")).stdout.splitlines()
    assert lines == [
        "เลขประจำตัวประชาชน: 3-xxxx-xxxxx-xx-9",
        "ชื่อ-สกุล: นางสมศรี ทดลองใจดี",
        "วันเกิด: 15 มีนาคม 2512",
        "ที่อยู่: 99/1 หมู่ที่ 3 ตำบลบางคล้า อำเภอบางคล้า จังหวัดฉะเชิงเทรา (รหัสตำบล 240201)",
        "บัตรหมดอายุแล้ว",
    ]


def test_a_wrong_check_digit_is_refused_as_a_bad_read(insert_card) -> None:
    insert_card(ThaiIdApplet.of(WRONG_CHECK_DIGIT))
    error = one_line_error(run("card", "read", "--json"))
    assert error == "อ่านบัตรได้ไม่ถูกต้อง (เลขประจำตัวประชาชนผิด) ใส่บัตรใหม่แล้วอ่านอีกครั้ง"


def test_a_card_that_is_not_a_thai_id_card_is_named_so(insert_card) -> None:
    applet = ThaiIdApplet.of(RURAL, thai=False)
    insert_card(applet, atr=OTHER_ATR)
    error = one_line_error(run("card", "read"))
    assert error == "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ใส่บัตรประชาชนแทน"
    assert applet.reads == []  # nothing was read from it


def test_a_card_pulled_out_mid_read_says_so(insert_card, reader) -> None:
    card = insert_card(ThaiIdApplet.of(RURAL), pull_after=4)
    with pytest.raises(CardReadError) as raised:
        reader.read()
    assert raised.value.problem is CardProblem.REMOVED
    assert card.apdus == 5


def test_readers_are_listed_and_one_is_chosen_by_name(insert_card) -> None:
    assert ok(run("card", "readers")).stdout.splitlines() == [
        "Virtual PCD 00 00",
        "Virtual PCD 00 01",
    ]
    insert_card(ThaiIdApplet.of(BANGKOK), port=VPCD_PORT + 1, wait=False)
    deadline = time.monotonic() + 5
    while (done := run("card", "read", "--json", "--reader", "Virtual PCD 00 01")).returncode:
        assert time.monotonic() < deadline, done.stderr
    assert json.loads(done.stdout)["first_name"] == "ประเสริฐ"
    assert one_line_error(run("card", "read", "--reader", "Virtual PCD 00 00")) == (
        "ใส่บัตรประชาชนในเครื่องอ่านบัตร"
    )
    assert one_line_error(run("card", "read", "--reader", "USB")) == (
        "ไม่พบเครื่องอ่านบัตรชื่อ USB (ที่มีอยู่: Virtual PCD 00 00, Virtual PCD 00 01)"
    )


def test_a_reader_without_a_card_and_no_reader_at_all(pcsc) -> None:
    assert one_line_error(run("card", "read")) == "ใส่บัตรประชาชนในเครื่องอ่านบัตร"
    with pcsc.without_reader():
        assert one_line_error(run("card", "readers")) == (
            "เสียบเครื่องอ่านบัตร (ยังไม่พบเครื่องอ่านบัตรที่เครื่องนี้)"
        )
    # Windows stops its smart-card service with the last reader: the same, for the officer.
    with pcsc.without_service():
        assert one_line_error(run("card", "read")) == "เสียบเครื่องอ่านบัตร (ยังไม่พบเครื่องอ่านบัตรที่เครื่องนี้)"


def test_the_watch_reports_cards_in_and_out_and_survives_a_service_restart(
    pcsc, insert_card, reader
) -> None:
    seen: list[ReaderSnapshot] = []
    changed = threading.Event()

    def record(snapshot: ReaderSnapshot) -> None:
        seen.append(snapshot)
        changed.set()

    def next_snapshot() -> ReaderSnapshot:
        assert changed.wait(5), seen
        changed.clear()
        return seen[-1]

    watch = reader.watch(record)
    try:
        assert next_snapshot().with_card == frozenset()
        card = insert_card(ThaiIdApplet.of(RURAL), wait=False)
        assert next_snapshot().with_card == {"Virtual PCD 00 00"}
        card.pull()
        assert next_snapshot().with_card == frozenset()
        with pcsc.without_service():
            assert next_snapshot() == ReaderSnapshot()
        assert next_snapshot().readers == ("Virtual PCD 00 00", "Virtual PCD 00 01")
    finally:
        watch.stop()
    assert not watch.is_alive()


def test_without_pyscard_the_command_says_the_support_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(card_reader, "open_card_reader", real_open_card_reader)
    monkeypatch.setitem(sys.modules, "smartcard", None)
    monkeypatch.delitem(
        sys.modules, "otop_desktop.platform.card_reader.pyscard_reader", raising=False
    )
    assert main(["card", "read", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "เครื่องนี้ยังไม่ได้ติดตั้งส่วนอ่านบัตรประชาชน\n"
    monkeypatch.setenv("OTOP_LANG", "en")
    assert main(["card", "readers"]) == 1
    assert capsys.readouterr().err == "Card reader support is not installed on this computer.\n"


def test_the_card_commands_are_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "otop_desktop", "card", "read", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--json", "--with-ids", "--reader NAME"):
        assert option in done.stdout
