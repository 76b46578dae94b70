"""Producer types, product categories, Thai full names and name keys (PRODUCT.md §2, §4)."""

import pytest

from otop_desktop.domain.person_names import split_full_name
from otop_desktop.domain.producer_types import ProducerType, ProductCategory
from otop_desktop.domain.registration import Person
from otop_desktop.domain.thai_text import name_key

GROUP, SINGLE, SME = ProducerType.GROUP, ProducerType.SINGLE_OWNER, ProducerType.SME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", GROUP),
        ("2", SINGLE),
        ("3", SME),
        ("๑", GROUP),
        ("๒", SINGLE),
        ("๓", SME),
        ("1.0", GROUP),
        ("3.0", SME),
        (1, GROUP),
        (2.0, SINGLE),
        (" 2 ", SINGLE),
        ("กลุ่มผู้ผลิตชุมชน", GROUP),
        ("ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว", SINGLE),
        ("ผู้ผลิตที่เป็นวิสาหกิจขนาดกลางและขนาดย่อม", SME),
        ("  กลุ่มผู้ผลิตชุมชน ", GROUP),
        ("กลุ่ม", GROUP),
        ("รายเดียว", SINGLE),
        ("SMEs", SME),
        ("smes", SME),
        ("SME", SME),
        ("sme", SME),
    ],
)
def test_parse_accepted_spellings(text: object, expected: ProducerType) -> None:
    assert ProducerType.parse(text) is expected


@pytest.mark.parametrize("text", ["", "4", "0", "๔", "ร้านค้า", "บริษัท", "None", "1.5"])
def test_parse_unknown_is_none(text: str) -> None:
    assert ProducerType.parse(text) is None


@pytest.mark.parametrize(
    ("producer_type", "code", "name_th"),
    [
        (GROUP, 1, "กลุ่มผู้ผลิตชุมชน"),
        (SINGLE, 2, "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว"),
        (SME, 3, "ผู้ผลิตที่เป็นวิสาหกิจขนาดกลางและขนาดย่อม"),
    ],
)
def test_exact_thai_type_names(producer_type: ProducerType, code: int, name_th: str) -> None:
    assert producer_type.value == code
    assert producer_type.name_th == name_th
    assert ProducerType.parse(producer_type.name_th) is producer_type
    assert ProducerType.parse(producer_type.short_th) is producer_type
    assert producer_type.name_en


def test_only_the_group_type_counts_as_a_group() -> None:
    assert [t for t in ProducerType if t.counts_as_group] == [GROUP]


CATEGORIES = [
    (ProductCategory.FOOD, 1, "อาหาร"),
    (ProductCategory.BEVERAGE, 2, "เครื่องดื่ม"),
    (ProductCategory.TEXTILE, 3, "ผ้าและเครื่องแต่งกาย"),
    (ProductCategory.HOUSEWARE, 4, "ของใช้ ของตกแต่ง ของที่ระลึก"),
    (ProductCategory.HERBAL, 5, "สมุนไพรที่ไม่ใช่อาหาร"),
]


@pytest.mark.parametrize(("category", "number", "name_th"), CATEGORIES)
def test_exact_thai_category_names(category: ProductCategory, number: int, name_th: str) -> None:
    assert category.value == number
    assert category.name_th == name_th


@pytest.mark.parametrize(("category", "number", "name_th"), CATEGORIES)
def test_category_parse_by_name_or_number(
    category: ProductCategory, number: int, name_th: str
) -> None:
    assert ProductCategory.parse(name_th) is category
    assert ProductCategory.parse(f" {name_th} ") is category
    assert ProductCategory.parse(str(number)) is category
    assert ProductCategory.parse(number) is category
    assert ProductCategory.parse(f"{number}.0") is category
    assert ProductCategory.parse("๐๑๒๓๔๕"[number]) is category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ของใช้ของตกแต่งของที่ระลึก", ProductCategory.HOUSEWARE),
        ("ของใช้  ของตกแต่ง  ของที่ระลึก", ProductCategory.HOUSEWARE),
        ("Food", ProductCategory.FOOD),
        ("food", ProductCategory.FOOD),
    ],
)
def test_category_parse_other_spellings(text: str, expected: ProductCategory) -> None:
    assert ProductCategory.parse(text) is expected


@pytest.mark.parametrize("text", ["", "0", "6", "ขนม", "เสื้อผ้าแฟชั่น"])
def test_category_parse_unknown_is_none(text: str) -> None:
    assert ProductCategory.parse(text) is None


@pytest.mark.parametrize(
    ("text", "prefix", "first", "last"),
    [
        ("นางสาวสมใจ รักงาน", "นางสาว", "สมใจ", "รักงาน"),
        ("นายประเสริฐ ทองคำ", "นาย", "ประเสริฐ", "ทองคำ"),
        ("นางบุญมี ศรีสุข", "นาง", "บุญมี", "ศรีสุข"),
        ("นาย ประเสริฐ  ทองคำ ", "นาย", "ประเสริฐ", "ทองคำ"),
        ("สมชาย ใจดี", "", "สมชาย", "ใจดี"),
        ("สมชาย", "", "สมชาย", ""),
        ("", "", "", ""),
        # นาง + สาวิตรี: a Thai word cannot start with the vowel sign ิ, so this is not นางสาว.
        ("นางสาวิตรี ศรีสุข", "นาง", "สาวิตรี", "ศรีสุข"),
    ],
)
def test_split_full_name(text: str, prefix: str, first: str, last: str) -> None:
    assert split_full_name(text) == Person(prefix, first, last)


def test_split_full_name_with_abbreviated_prefix() -> None:
    person = split_full_name("น.ส.กาญจนา พึ่งบุญ")
    assert person.prefix in {"น.ส.", "นางสาว"}
    assert (person.first_name, person.last_name) == ("กาญจนา", "พึ่งบุญ")


def test_split_name_reads_back_as_the_full_name() -> None:
    assert split_full_name("นางสาวสมใจ รักงาน").full_name == "นางสาวสมใจ รักงาน"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("กลุ่มแม่บ้านบ้านนา", "กลุ่มแม่บ้าน บ้านนา"),
        ("กลุ่มแม่บ้าน บ้านนา", "กลุ่มแม่บ้าน   บ้านนา "),
        ('กลุ่มแม่บ้าน "บ้านนา"', "กลุ่มแม่บ้านบ้านนา"),
        ("กลุ่มแม่บ้าน “บ้านนา”", "กลุ่มแม่บ้าน 'บ้านนา'"),
        ("กลุ่มจักสาน หมู่ ๓", "กลุ่มจักสาน หมู่ 3"),
        ("กลุ่มจักสาน ม.3", "กลุ่มจักสาน ม 3"),
        ("OTOP Bang Khla", "otop bang-khla"),
        ("กลุ่มแม่บ้าน\u200bบ้านนา", "กลุ่มแม่บ้านบ้านนา"),
    ],
)
def test_name_key_treats_spelling_variants_alike(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("กลุ่มจักสาน หมู่ 3", "กลุ่มจักสาน หมู่ 4"),
        ("กลุ่มแม่บ้านบ้านนา", "กลุ่มแม่บ้านบ้านไร่"),
        ("กลุ่มจักสาน หมู่ ๓", "กลุ่มจักสาน หมู่ 13"),
    ],
)
def test_name_key_tells_different_names_apart(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)
