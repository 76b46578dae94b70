"""The card's APDU conversation, against the virtual card's applet in the same process: T=0
responses fetched with GET RESPONSE, lengths corrected, the refused SELECT of another card,
and only the fields the form needs read."""

from collections.abc import Sequence

import pytest

from otop_desktop.platform.card_reader import CardProblem, CardReadError, MissingCardSupport
from otop_desktop.platform.card_reader.card_port import ReaderSnapshot, choose_reader
from otop_desktop.platform.card_reader.thai_id_applet import ThaiIdApplet as Reader
from tests.virtual_thai_card import (
    LONG_ADDRESS,
    PHOTO,
    RURAL,
    THAI_ATR,
    WRONG_CHECK_DIGIT,
    ThaiIdApplet,
)


class Wire:
    """Carries APDUs to the applet and keeps the command bytes sent (never data received)."""

    def __init__(self, applet: ThaiIdApplet) -> None:
        self.applet = applet
        self.sent: list[list[int]] = []

    def __call__(self, apdu: Sequence[int]) -> tuple[Sequence[int], int, int]:
        self.sent.append(list(apdu))
        answer = self.applet.respond(bytes(apdu))
        return list(answer[:-2]), answer[-2], answer[-1]


def test_a_card_is_read_field_by_field_with_get_response() -> None:
    wire = Wire(ThaiIdApplet.of(RURAL))
    card = Reader(wire, THAI_ATR).read_card()
    assert (card.citizen_id, card.first_name, card.address.tambon) == (
        RURAL.citizen_id,
        "สมศรี",
        "บางคล้า",
    )
    assert wire.sent[0] == [0x00, 0xA4, 0x04, 0x00, 0x08, 0xA0, 0, 0, 0, 0x54, 0x48, 0x00, 0x01]
    assert wire.sent[1] == [0x80, 0xB0, 0x00, 0x04, 0x02, 0x00, 13]
    assert wire.sent[2] == [0x00, 0xC0, 0x00, 0x00, 13]


def test_only_the_fields_the_form_needs_are_read_never_the_photo() -> None:
    applet = ThaiIdApplet.of(RURAL)
    Reader(Wire(applet), THAI_ATR).read_card()
    assert applet.reads == [(4, 13), (17, 100), (217, 8), (367, 8), (5497, 160)]
    assert not any(offset in PHOTO for offset, _ in applet.reads)
    assert applet.selected_aids == [bytes.fromhex("A0 00 00 00 54 48 00 01")]


def test_a_long_address_is_read_whole_and_a_card_that_holds_100_bytes_still_reads() -> None:
    assert Reader(Wire(ThaiIdApplet.of(LONG_ADDRESS)), THAI_ATR).read_card().address.province == (
        "ฉะเชิงเทรา"
    )
    short = ThaiIdApplet.of(RURAL, address_limit=100)
    assert Reader(Wire(short), THAI_ATR).read_card().address.tambon == "บางคล้า"
    assert short.reads[-1] == (5497, 100)


def test_a_card_that_names_another_length_is_asked_again_with_it() -> None:
    applet = ThaiIdApplet.of(RURAL)
    answers = {"first": True}

    def wrong_length_once(apdu: Sequence[int]) -> tuple[Sequence[int], int, int]:
        if apdu[:2] == [0x00, 0xC0] and answers.pop("first", False):
            return [], 0x6C, apdu[-1]
        answer = applet.respond(bytes(apdu))
        return list(answer[:-2]), answer[-2], answer[-1]

    assert Reader(wrong_length_once, THAI_ATR).read_card().citizen_id == RURAL.citizen_id


def test_a_card_that_refuses_the_id_applet_is_not_a_thai_id_card() -> None:
    with pytest.raises(CardReadError) as raised:
        Reader(Wire(ThaiIdApplet.of(RURAL, thai=False)), THAI_ATR).read_card()
    assert raised.value.problem is CardProblem.NOT_THAI_CARD
    assert raised.value.message_th == "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ใส่บัตรประชาชนแทน"


def test_a_wrong_check_digit_is_a_bad_read() -> None:
    with pytest.raises(CardReadError) as raised:
        Reader(Wire(ThaiIdApplet.of(WRONG_CHECK_DIGIT)), THAI_ATR).read_card()
    assert raised.value.problem is CardProblem.BAD_READ


def test_a_read_the_card_refuses_is_a_failed_read() -> None:
    applet = ThaiIdApplet.of(RURAL)

    def unselected(apdu: Sequence[int]) -> tuple[Sequence[int], int, int]:
        answer = applet.respond(bytes(apdu))
        applet.selected = False  # the card forgets the applet after the SELECT
        return list(answer[:-2]), answer[-2], answer[-1]

    with pytest.raises(CardReadError) as raised:
        Reader(unselected, THAI_ATR).read_card()
    assert raised.value.problem is CardProblem.READ_FAILED


def test_the_reader_is_chosen_by_name_or_as_the_one_holding_a_card() -> None:
    both = ReaderSnapshot(("Reader A 00", "Reader B 01"), frozenset({"Reader B 01"}))
    assert choose_reader(both, None) == "Reader B 01"
    assert choose_reader(both, "Reader A 00") == "Reader A 00"
    assert choose_reader(both, "a 00") == "Reader A 00"
    with pytest.raises(CardReadError) as unknown:
        choose_reader(both, "Reader C")
    assert unknown.value.message_en == (
        "There is no card reader named Reader C (there are: Reader A 00, Reader B 01)."
    )
    with pytest.raises(CardReadError) as no_card:
        choose_reader(ReaderSnapshot(("Reader A 00",)), None)
    assert no_card.value.problem is CardProblem.NO_CARD
    with pytest.raises(CardReadError) as no_reader:
        choose_reader(ReaderSnapshot(), None)
    assert no_reader.value.message_th.startswith("เสียบเครื่องอ่านบัตร")


def test_without_pyscard_every_request_says_the_support_is_not_installed() -> None:
    missing = MissingCardSupport()
    assert not missing.installed
    with pytest.raises(CardReadError) as raised:
        missing.read()
    assert raised.value.problem is CardProblem.NOT_INSTALLED
