"""What the printed registration form says for one registration: every text of the page, in
Thai as an official form is written (B.E. dates, Thai digits in headings and dates), with the
national ID masked unless the officer asks for it whole."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from otop_desktop.domain.checklists import CommunityLink, Document, required_documents
from otop_desktop.domain.identifiers import format_national_id, format_phone, mask_national_id
from otop_desktop.domain.photos import PhotoKind, of_kind
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.registration import Product, Registration
from otop_desktop.domain.thai_dates import fiscal_year, format_thai_date
from otop_desktop.domain.thai_text import to_thai_digits

TITLE = "แบบลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP"
BLANK = "." * 30
DECLARATION = "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ"
APPLICANT_ROLE = {
    ProducerType.GROUP: "ประธานกลุ่ม",
    ProducerType.SINGLE_OWNER: "เจ้าของกิจการ",
    ProducerType.SME: "ผู้มีอำนาจลงนาม",
}
NAME_LABEL = {
    ProducerType.GROUP: "ชื่อกลุ่ม",
    ProducerType.SINGLE_OWNER: "ชื่อผู้ผลิต",
    ProducerType.SME: "ชื่อกิจการ",
}


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Choice:
    label: str
    checked: bool


@dataclass(frozen=True)
class Signer:
    role: str  # ผู้ลงทะเบียน / ผู้รับลงทะเบียน
    name: str
    position: str
    date: str


@dataclass(frozen=True)
class Places:
    """The names of the registration's tambon, district and province, and its office."""

    tambon: str
    district: str
    province: str


@dataclass(frozen=True)
class FormSheet:
    uuid: str
    producer_name: str
    headings: tuple[str, ...]
    received: str
    types: tuple[Choice, ...]
    producer: tuple[Field, ...]
    site: tuple[Field, ...]
    products: tuple[tuple[str, ...], ...]
    links: tuple[Choice, ...]
    documents: tuple[Choice, ...]
    documents_note: str
    receipt: tuple[Field, ...]
    applicant: Signer
    officer: Signer
    footer: str


def thai_date(date: dt.date | None) -> str:
    return format_thai_date(date, "full", thai_digits=True) if date else BLANK


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else "-"


def _product_row(number: int, product: Product) -> tuple[str, ...]:
    category = product.category.name_th if product.category else "-"
    if product.sub_category:
        category += f" ({product.sub_category})"
    standards = ", ".join(f"{s.standard.label_th} {s.number}".strip() for s in product.standards)
    return (
        str(number),
        product.name,
        category,
        product.brand or "-",
        standards or "-",
        _money(product.unit_price),
        _money(product.annual_sales),
    )


def _producer_fields(reg: Registration, with_ids: bool) -> tuple[Field, ...]:
    kind = reg.producer_type or ProducerType.SINGLE_OWNER
    nid = format_national_id(reg.national_id) if with_ids else mask_national_id(reg.national_id)
    found = [
        Field(NAME_LABEL[kind], reg.producer_name),
        Field(
            APPLICANT_ROLE[kind] if kind is not ProducerType.SME else "ผู้ติดต่อ",
            reg.contact.full_name or BLANK,
        ),
        Field("เลขประจำตัวประชาชน", nid or "-"),
    ]
    if kind is ProducerType.SME or reg.juristic_no:
        found.append(Field("เลขทะเบียนนิติบุคคล", reg.juristic_no or "-"))
    if reg.community_enterprise_code:
        found.append(Field("รหัสทะเบียนวิสาหกิจชุมชน", reg.community_enterprise_code))
    if kind is ProducerType.GROUP:
        members = f"{reg.member_count} คน" if reg.member_count else BLANK
        found.append(Field("จำนวนสมาชิก", members))
    if reg.year_started:
        found.append(Field("เริ่มดำเนินการ พ.ศ.", to_thai_digits(str(reg.year_started + 543))))
    found.append(Field("โทรศัพท์", format_phone(reg.phone) if reg.phone else "-"))
    if reg.email:
        found.append(Field("อีเมล", reg.email))
    if reg.line_id:
        found.append(Field("ไลน์", reg.line_id))
    return tuple(found)


def _site_fields(reg: Registration, places: Places) -> tuple[Field, ...]:
    site = reg.site
    found = [
        Field("บ้านเลขที่", site.house_no or "-"),
        Field("หมู่ที่", site.moo or "-"),
    ]
    if site.village:
        found.append(Field("หมู่บ้าน", site.village))
    if site.road:
        found.append(Field("ซอย/ถนน", site.road))
    found += [
        Field("ตำบล", places.tambon),
        Field("อำเภอ", places.district),
        Field("จังหวัด", places.province),
        Field("รหัสไปรษณีย์", site.postal_code or "-"),
    ]
    if site.free_text and not site.house_no:
        found.insert(0, Field("ที่อยู่", site.free_text))
    return tuple(found)


def _documents(reg: Registration) -> tuple[tuple[Choice, ...], str]:
    kind = reg.producer_type or ProducerType.SINGLE_OWNER
    needed = required_documents(
        kind,
        has_proxy=bool(reg.proxy_name.strip()),
        has_standards=any(p.standards for p in reg.products),
    )
    received = reg.received_documents
    shown = list(needed) + [d for d in Document if d in received and d not in needed]
    choices = tuple(Choice(d.label_th, d in received) for d in shown)
    missing = [d.label_th for d in needed if d not in received]
    note = "เอกสารที่ยังขาด: " + ", ".join(missing) if missing else "ได้รับเอกสารครบถ้วน"
    products, sites = of_kind(reg.photos, PhotoKind.PRODUCT), of_kind(reg.photos, PhotoKind.SITE)
    if reg.photos:
        note += to_thai_digits(
            f" (รูปถ่ายเก็บไว้ในโปรแกรม: ผลิตภัณฑ์ {len(products)} รูป สถานที่ผลิต {len(sites)} รูป)"
        )
    return choices, note


def _receipt_fields(reg: Registration) -> tuple[Field, ...]:
    found = []
    if reg.proxy_name.strip():
        attorney = "มีหนังสือมอบอำนาจ" if reg.has_power_of_attorney else "ยังไม่มีหนังสือมอบอำนาจ"
        found.append(Field("ผู้มาลงทะเบียนแทน", f"{reg.proxy_name} ({attorney})"))
    found.append(Field("สถานะ", reg.status.label_th))
    if reg.notes.strip():
        found.append(Field("หมายเหตุ", reg.notes.strip()))
    return tuple(found)


def form_sheet(
    reg: Registration,
    places: Places,
    *,
    office_name: str,
    fallback_officer: tuple[str, str],
    with_ids: bool = False,
    printed_on: dt.date | None = None,
) -> FormSheet:
    kind = reg.producer_type or ProducerType.SINGLE_OWNER
    received = thai_date(reg.received_on)
    year = to_thai_digits(str(fiscal_year(reg.received_on))) if reg.received_on else BLANK
    if reg.proxy_name.strip():
        applicant = Signer("ผู้ลงทะเบียน", reg.proxy_name, "ผู้รับมอบอำนาจ", received)
    else:
        applicant = Signer(
            "ผู้ลงทะเบียน", reg.contact.full_name or BLANK, APPLICANT_ROLE[kind], received
        )
    officer = Signer(
        "ผู้รับลงทะเบียน",
        reg.officer_name or fallback_officer[0] or BLANK,
        reg.officer_position or fallback_officer[1] or BLANK,
        received,
    )
    documents, documents_note = _documents(reg)
    printed = format_thai_date(printed_on or dt.date.today(), "abbr", thai_digits=True)
    return FormSheet(
        uuid=reg.uuid,
        producer_name=reg.producer_name,
        headings=(f"ประจำปีงบประมาณ พ.ศ. {year}", f"{office_name} จังหวัด{places.province}"),
        received=f"วันที่รับลงทะเบียน {received}",
        types=tuple(Choice(t.name_th, t is reg.producer_type) for t in ProducerType),
        producer=_producer_fields(reg, with_ids),
        site=_site_fields(reg, places),
        products=tuple(_product_row(n, p) for n, p in enumerate(reg.products, start=1)),
        links=tuple(Choice(c.label_th, c in reg.community_links) for c in CommunityLink),
        documents=documents,
        documents_note=documents_note,
        receipt=_receipt_fields(reg),
        applicant=applicant,
        officer=officer,
        footer=f"พิมพ์จาก OTOP Desktop เมื่อ {printed} · รหัสรายการ {reg.uuid[:8]}",
    )
