"""Headers that district offices' own lists use for the columns of the registration table.

One table for the command line and the import dialog alike: a header written here is matched
without asking, and the dialog remembers only what an officer had to match by hand beyond it.
Keys are compared after `interchange.header_key` (spaces, dashes, dots, colons, brackets and
stars dropped, case folded), so "ชื่อ - สกุล" and "ชื่อ-สกุล" are one entry.
"""

from dataclasses import dataclass

from otop_desktop.services.importing.interchange import Column, header_key

SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.TAMBON_CODE: ("รหัส", "รหัสพื้นที่ตำบล"),
    Column.TAMBON: ("ตำบลที่ตั้ง", "ชื่อตำบล", "ต."),
    Column.PRODUCER_TYPE: (
        "ประเภท",
        "ประเภทผู้ประกอบการ",
        "ประเภทผู้ผลิตผู้ประกอบการ",
        "ประเภทผู้ผลิต/ผู้ประกอบการ",
    ),
    Column.PRODUCER_NAME: (
        "ชื่อกลุ่ม",
        "ชื่อกลุ่ม/ผู้ผลิต",
        "ชื่อกลุ่ม/ผู้ประกอบการ",
        "ชื่อกลุ่มหรือผู้ประกอบการ",
        "ชื่อผู้ประกอบการ",
        "ชื่อผู้ผลิต/ผู้ประกอบการ",
        "ผู้ผลิต/ผู้ประกอบการ",
        "ชื่อวิสาหกิจชุมชน",
    ),
    Column.CONTACT: (
        "ผู้ติดต่อ",
        "ชื่อผู้ติดต่อ",
        "ประธานกลุ่ม",
        "ประธานกลุ่ม/เจ้าของ",
        "ชื่อประธานกลุ่ม/เจ้าของ",
        "ชื่อ-สกุล",
        "ชื่อ-นามสกุล",
        "ชื่อเจ้าของ",
    ),
    Column.NATIONAL_ID: (
        "เลขบัตรประชาชน",
        "เลขที่บัตรประชาชน",
        "เลขบัตรประจำตัวประชาชน",
        "บัตรประชาชน",
        "เลขประจำตัวประชาชน 13 หลัก",
        "เลขบัตรประชาชน 13 หลัก",
    ),
    Column.JURISTIC_NO: (
        "เลขนิติบุคคล",
        "เลขที่นิติบุคคล",
        "ทะเบียนนิติบุคคล",
        "เลขทะเบียนนิติบุคคล 13 หลัก",
        "เลขทะเบียนบริษัท",
    ),
    Column.MEMBER_COUNT: ("สมาชิก", "จำนวนสมาชิก (คน)", "สมาชิก (คน)"),
    Column.ADDRESS: ("ที่ตั้ง", "ที่อยู่สถานที่ผลิต", "ที่ตั้งสถานที่ผลิต"),
    Column.PHONE: (
        "เบอร์โทรศัพท์",
        "เบอร์โทร",
        "โทร",
        "หมายเลขโทรศัพท์",
        "โทรศัพท์มือถือ",
        "เบอร์ติดต่อ",
    ),
    Column.PRODUCT_NAMES: ("ผลิตภัณฑ์", "ชื่อสินค้า", "สินค้า", "ผลิตภัณฑ์/สินค้า"),
    Column.PRODUCT_CATEGORY: ("ประเภทสินค้า", "หมวดผลิตภัณฑ์", "กลุ่มผลิตภัณฑ์"),
    Column.RECEIVED_ON: ("วันที่รับ", "วันที่ลงทะเบียน", "วันที่ยื่น", "วันที่สมัคร"),
    Column.PHOTOS: ("รูป", "รูปถ่าย", "รูปถ่ายผลิตภัณฑ์", "แฟ้มรูปภาพ"),
}

_BY_KEY: dict[str, Column] = {header_key(c.value): c for c in Column}
_BY_KEY.update({header_key(s): c for c, synonyms in SYNONYMS.items() for s in synonyms})


def recognise_header(text: object) -> Column | None:
    return _BY_KEY.get(header_key(text))


@dataclass(frozen=True)
class HeaderMatch:
    """One header of a file and the column it was taken for (None: not used)."""

    index: int
    header: str
    column: Column | None

    @property
    def exact(self) -> bool:
        return self.column is not None and header_key(self.header) == header_key(self.column.value)


def match_headers(headers: tuple[str, ...]) -> list[HeaderMatch]:
    """Each header with its column; a column written twice is taken from its first header."""
    taken: set[Column] = set()
    matches = []
    for index, header in enumerate(headers):
        column = recognise_header(header)
        if column in taken:
            column = None
        if column is not None:
            taken.add(column)
        matches.append(HeaderMatch(index, header, column))
    return matches
