"""The registration table of PRODUCT.md §4: the columns both the importer and the report use."""

from enum import StrEnum

from otop_desktop.domain.thai_text import clean_text


class Column(StrEnum):
    TAMBON_CODE = "รหัสตำบล"
    TAMBON = "ตำบล"
    PRODUCER_TYPE = "ประเภทผู้ผลิต"
    PRODUCER_NAME = "ชื่อผู้ผลิต"
    CONTACT = "ชื่อ-สกุล ผู้ติดต่อ"
    NATIONAL_ID = "เลขประจำตัวประชาชน"
    JURISTIC_NO = "เลขทะเบียนนิติบุคคล"
    MEMBER_COUNT = "จำนวนสมาชิก"
    ADDRESS = "ที่อยู่"
    PHONE = "โทรศัพท์"
    PRODUCT_NAMES = "ชื่อผลิตภัณฑ์"
    PRODUCT_CATEGORY = "ประเภทผลิตภัณฑ์"
    RECEIVED_ON = "วันที่รับลงทะเบียน"
    NOTES = "หมายเหตุ"
    PHOTOS = "รูปภาพ"


# The report's detail sheet writes these; photos are files an import may name, not report data.
COLUMN_ORDER: tuple[Column, ...] = tuple(c for c in Column if c is not Column.PHOTOS)
REQUIRED_COLUMNS = frozenset(
    {
        Column.PRODUCER_TYPE,
        Column.PRODUCER_NAME,
        Column.PRODUCT_NAMES,
        Column.PRODUCT_CATEGORY,
        Column.RECEIVED_ON,
    }
)
PRODUCT_SEPARATOR = ";"
PHOTO_SEPARATOR = ";"

# Headers seen in district offices' own lists that mean the same column.
_ALIASES: dict[str, Column] = {
    "รหัส": Column.TAMBON_CODE,
    "ตำบลที่ตั้ง": Column.TAMBON,
    "ประเภท": Column.PRODUCER_TYPE,
    "ชื่อกลุ่ม/ผู้ผลิต": Column.PRODUCER_NAME,
    "ชื่อกลุ่ม": Column.PRODUCER_NAME,
    "ผู้ติดต่อ": Column.CONTACT,
    "ชื่อผู้ติดต่อ": Column.CONTACT,
    "ประธานกลุ่ม": Column.CONTACT,
    "เลขบัตรประชาชน": Column.NATIONAL_ID,
    "เลขประจำตัวประชาชน13หลัก": Column.NATIONAL_ID,
    "เลขนิติบุคคล": Column.JURISTIC_NO,
    "สมาชิก": Column.MEMBER_COUNT,
    "เบอร์โทรศัพท์": Column.PHONE,
    "เบอร์โทร": Column.PHONE,
    "โทร": Column.PHONE,
    "ผลิตภัณฑ์": Column.PRODUCT_NAMES,
    "วันที่รับ": Column.RECEIVED_ON,
    "วันที่ลงทะเบียน": Column.RECEIVED_ON,
    "รูป": Column.PHOTOS,
    "รูปถ่าย": Column.PHOTOS,
    "รูปถ่ายผลิตภัณฑ์": Column.PHOTOS,
    "แฟ้มรูปภาพ": Column.PHOTOS,
}


def header_key(text: object) -> str:
    return "".join(ch for ch in clean_text(str(text or "")) if ch not in " -–_.:()").casefold()


_BY_KEY: dict[str, Column] = {header_key(c.value): c for c in Column}
_BY_KEY.update({header_key(k): v for k, v in _ALIASES.items()})


def recognise_header(text: object) -> Column | None:
    return _BY_KEY.get(header_key(text))
