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


def header_key(text: object) -> str:
    """A header as compared: spacing, dashes, dots, colons, brackets and stars do not count, and
    sara am typed as nikhahit + sara aa (as older Thai fonts needed) is sara am."""
    text = clean_text(str(text or "")).replace("\u0e4d\u0e32", "\u0e33")
    return "".join(ch for ch in text if ch not in " -–_.:()*").casefold()
