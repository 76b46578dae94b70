"""The ID card's fields as the card stores them (TIS-620, fixed width, `#` parts, B.E. dates),
read into the form's terms. No reader or pcscd needed."""

import datetime as dt

import pytest

from otop_desktop.domain.id_card import (
    CardAddress,
    CardDataError,
    CardDate,
    decode_text,
    parse_address,
    parse_card,
    parse_date,
    parse_name,
)
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.registry.card_fill import card_json, fill_from_card
from tests.virtual_thai_card import BANGKOK, LONG_ADDRESS, RURAL, WRONG_CHECK_DIGIT, tis620

TODAY = dt.date(2026, 12, 3)
BANG_KHLA_TAMBONS = {t.code for t in Gazetteer().tambons("2402")}


def fields(person, *, expiry: str | None = None) -> tuple[bytes, ...]:  # type: ignore[no-untyped-def]
    return (
        tis620(person.citizen_id, 13),
        tis620(person.thai_name, 100),
        tis620(person.birth_date, 8),
        tis620(person.address, 160),
        tis620(expiry or person.expiry, 8),
    )


def test_a_field_is_tis620_with_its_padding_of_spaces_or_nuls_dropped() -> None:
    assert decode_text("นาย#สมชาย##ใจดี".encode("tis_620") + b"    \x00\x00") == "นาย#สมชาย##ใจดี"


def test_a_name_splits_on_hashes_and_a_short_prefix_is_written_in_full() -> None:
    assert parse_name("นาย#สมชาย##ใจดี") == ("นาย", "สมชาย", "ใจดี")
    assert parse_name("น.ส.#วิไล##สกุลดี") == ("นางสาว", "วิไล", "สกุลดี")
    # A middle name stays with the first name rather than being lost.
    assert parse_name("Mr.#John#Paul#Smith") == ("Mr.", "John Paul", "Smith")


def test_a_rural_address_gives_house_number_moo_and_its_tambon_district_province() -> None:
    address = parse_address("99/1#หมู่ที่ 3####ตำบลบางคล้า#อำเภอบางคล้า#จังหวัดฉะเชิงเทรา")
    assert address == CardAddress(
        house_no="99/1", moo="3", tambon="บางคล้า", amphoe="บางคล้า", province="ฉะเชิงเทรา"
    )
    assert address.line == "99/1 หมู่ที่ 3"


def test_a_bangkok_address_reads_khwaeng_and_khet_and_keeps_lane_and_road() -> None:
    address = parse_address(BANGKOK.address)
    assert (address.house_no, address.moo, address.road) == (
        "15/234",
        "",
        "ซอยพหลโยธิน 24 ถนนพหลโยธิน",
    )
    assert (address.tambon, address.amphoe, address.province) == (
        "จอมพล",
        "จตุจักร",
        "กรุงเทพมหานคร",
    )


def test_a_village_name_is_not_mistaken_for_the_village_number() -> None:
    address = parse_address(LONG_ADDRESS.address)
    assert address.moo == "12"
    assert address.village == "หมู่บ้านเอื้ออาทรสุขสันต์วิลเลจ"


def test_an_address_without_its_tambon_district_and_province_is_a_bad_read() -> None:
    with pytest.raises(CardDataError):
        parse_address("99/1#หมู่ที่ 3")


@pytest.mark.parametrize(
    ("text", "expected", "as_date"),
    [
        ("25120315", CardDate(2512, 3, 15), dt.date(1969, 3, 15)),
        ("25400000", CardDate(2540), None),  # only the year is known
        ("25400300", CardDate(2540, 3), None),
        ("25400231", CardDate(2540), None),  # no 31 February: the year is still right
        ("        ", None, None),
        ("2540ABCD", None, None),
    ],
)
def test_dates_are_buddhist_era_with_00_for_an_unknown_month_or_day(
    text: str, expected: CardDate | None, as_date: dt.date | None
) -> None:
    found = parse_date(text)
    assert found == expected
    assert (found.as_date() if found else None) == as_date


def test_a_whole_card_is_read_and_a_lifelong_card_never_expires() -> None:
    card = parse_card(*fields(LONG_ADDRESS))
    assert (card.citizen_id, card.prefix, card.first_name, card.last_name) == (
        "3609900112236",
        "นางสาว",
        "วิไลวรรณ",
        "สมมุติสกุลยาว",
    )
    assert card.birth_date == CardDate(2540)
    assert len(LONG_ADDRESS.address.encode("tis_620")) > 100
    assert card.address.province == "ฉะเชิงเทรา"  # the end of the long address is there
    assert card.expires is None and not card.is_expired(dt.date(2600, 1, 1))


def test_expiry_only_says_whether_the_card_has_expired() -> None:
    assert parse_card(*fields(RURAL, expiry="25691202")).is_expired(TODAY)
    assert not parse_card(*fields(RURAL, expiry="25691203")).is_expired(TODAY)
    assert parse_card(*fields(RURAL, expiry="25680000")).is_expired(TODAY)
    assert not parse_card(*fields(RURAL, expiry="25690000")).is_expired(TODAY)


def test_a_citizen_id_that_fails_its_check_digit_is_a_bad_read() -> None:
    with pytest.raises(CardDataError):
        parse_card(*fields(WRONG_CHECK_DIGIT))


def test_a_card_from_the_district_fills_contact_id_and_the_production_site() -> None:
    fill = fill_from_card(parse_card(*fields(RURAL)), Gazetteer(), BANG_KHLA_TAMBONS, TODAY)
    assert fill.contact.full_name == "นางสมศรี ทดลองใจดี"
    assert fill.national_id == RURAL.citizen_id
    assert fill.site is not None
    assert (fill.site.tambon_code, fill.site.house_no, fill.site.moo, fill.site.postal_code) == (
        "240201",
        "99/1",
        "3",
        "24110",
    )
    assert not fill.expired


def test_a_card_from_outside_the_district_leaves_the_production_site_to_the_officer() -> None:
    fill = fill_from_card(parse_card(*fields(BANGKOK)), Gazetteer(), BANG_KHLA_TAMBONS, TODAY)
    assert fill.site is None
    assert fill.card_area == "แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร"
    assert fill.national_id == BANGKOK.citizen_id


def test_the_command_lines_json_masks_the_id_unless_asked_and_gives_the_year_alone() -> None:
    card = parse_card(*fields(LONG_ADDRESS))
    found = card_json(card, Gazetteer(), with_ids=False, today=TODAY)
    assert found == {
        "citizen_id": "3-xxxx-xxxxx-xx-6",
        "prefix": "นางสาว",
        "first_name": "วิไลวรรณ",
        "last_name": "สมมุติสกุลยาว",
        "birth_date": None,
        "birth_year": 1997,
        "address": {
            "line": "1234/5678 หมู่ที่ 12 หมู่บ้านเอื้ออาทรสุขสันต์วิลเลจ "
            "ซอยเทศบาลสามัคคีพัฒนา 17 ถนนเฉลิมพระเกียรติร่วมใจ",
            "tambon": "หน้าเมือง",
            "amphoe": "เมืองฉะเชิงเทรา",
            "province": "ฉะเชิงเทรา",
            "tambon_code": "240101",
        },
        "expired": False,
    }
    assert card_json(card, Gazetteer(), with_ids=True, today=TODAY)["citizen_id"] == (
        "3609900112236"
    )
