"""Converts between stored rows and the domain's registration dataclasses."""

from decimal import Decimal
from typing import Any

from otop_desktop.db.models import ProductRow, RegistrationPhotoRow, RegistrationRow
from otop_desktop.domain.checklists import CommunityLink, Document, required_documents
from otop_desktop.domain.photos import PhotoKind, PhotoRef, product_photo_count
from otop_desktop.domain.producer_types import (
    ProducerType,
    ProductCategory,
    RegistrationStatus,
    Standard,
)
from otop_desktop.domain.registration import (
    HeldStandard,
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_text import clean_text, name_key, to_arabic_digits


def missing_documents(reg: Registration) -> tuple[Document, ...]:
    if reg.producer_type is None:
        return ()
    needed = required_documents(
        reg.producer_type,
        has_proxy=bool(reg.proxy_name.strip()),
        has_standards=any(p.standards for p in reg.products),
    )
    received = reg.received_documents
    return tuple(d for d in needed if d not in received)


def search_text(reg: Registration, tambon_name: str) -> str:
    parts = [
        reg.producer_name,
        reg.contact.full_name,
        *(p.name for p in reg.products),
        *(p.brand for p in reg.products),
        tambon_name,
    ]
    # Empty parts left out: the joined text is then usually clean already, which is quick to see.
    return to_arabic_digits(clean_text(" ".join(p for p in parts if p))).casefold()


def _as_given(text: str) -> str:
    return text


def product_values(products: tuple[Product, ...], *, cleaned: bool = False) -> list[dict[str, Any]]:
    clean = _as_given if cleaned else clean_text
    return [
        {
            "position": index,
            "name": clean(p.name),
            "category": int(p.category) if p.category is not None else None,
            "sub_category": clean(p.sub_category),
            "brand": clean(p.brand),
            "standards": [{"standard": s.standard.value, "number": s.number} for s in p.standards],
            "unit_price": p.unit_price,
            "annual_sales": p.annual_sales,
        }
        for index, p in enumerate(products)
    ]


def registration_values(
    reg: Registration, tambon_name: str, *, cleaned: bool = False
) -> dict[str, Any]:
    """Every stored column of `reg`, including the denormalised list columns. `cleaned`: its
    texts are clean already (the importer cleans each cell once, as it reads it)."""
    assert reg.producer_type is not None and reg.received_on is not None
    contact, site = reg.contact, reg.site
    clean = _as_given if cleaned else clean_text
    producer_name = clean(reg.producer_name)
    return {
        "producer_type": int(reg.producer_type),
        "producer_name": producer_name,
        "name_key": name_key(producer_name),
        "contact_prefix": clean(contact.prefix),
        "contact_first_name": clean(contact.first_name),
        "contact_last_name": clean(contact.last_name),
        "national_id": reg.national_id,
        "juristic_no": reg.juristic_no,
        "community_enterprise_code": clean(reg.community_enterprise_code),
        "member_count": reg.member_count,
        "phone": reg.phone,
        "email": clean(reg.email),
        "line_id": clean(reg.line_id),
        "year_started": reg.year_started,
        "house_no": clean(site.house_no),
        "moo": clean(site.moo),
        "village": clean(site.village),
        "road": clean(site.road),
        "address_text": clean(site.free_text),
        "tambon_code": site.tambon_code,
        "district_code": site.tambon_code[:4],
        "postal_code": site.postal_code,
        "received_on": reg.received_on,
        "officer_name": clean(reg.officer_name),
        "officer_position": clean(reg.officer_position),
        "documents": sorted(d.value for d in reg.received_documents),
        "community_links": sorted(c.value for c in reg.community_links),
        "proxy_name": clean(reg.proxy_name),
        "has_power_of_attorney": reg.has_power_of_attorney,
        "notes": reg.notes.strip(),
        "status": reg.status.value,
        "main_product": clean(reg.products[0].name) if reg.products else "",
        "missing_documents": len(missing_documents(reg)),
        "product_photos": product_photo_count(reg.photos) if reg.photos else 0,
        "search_text": search_text(reg, tambon_name),
    }


def photo_values(photos: tuple[PhotoRef, ...]) -> list[dict[str, Any]]:
    return [
        {"position": index, "photo_sha256": p.sha256, "kind": p.kind.value}
        for index, p in enumerate(photos)
    ]


def fill_row(row: RegistrationRow, reg: Registration, tambon_name: str) -> None:
    """Copies every field of `reg` onto `row`, including the denormalised list columns."""
    for column, value in registration_values(reg, tambon_name).items():
        setattr(row, column, value)
    row.products = [ProductRow(**values) for values in product_values(reg.products)]
    if [(p.photo_sha256, p.kind) for p in row.photos] != [
        (p.sha256, p.kind.value) for p in reg.photos
    ]:
        row.photos = [RegistrationPhotoRow(**values) for values in photo_values(reg.photos)]


def _decimal(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def to_registration(row: RegistrationRow) -> Registration:
    return Registration(
        uuid=row.uuid,
        version=row.version,
        producer_type=ProducerType(row.producer_type),
        producer_name=row.producer_name,
        contact=Person(row.contact_prefix, row.contact_first_name, row.contact_last_name),
        national_id=row.national_id,
        juristic_no=row.juristic_no,
        community_enterprise_code=row.community_enterprise_code,
        member_count=row.member_count,
        phone=row.phone,
        email=row.email,
        line_id=row.line_id,
        year_started=row.year_started,
        site=SiteAddress(
            tambon_code=row.tambon_code,
            house_no=row.house_no,
            moo=row.moo,
            village=row.village,
            road=row.road,
            postal_code=row.postal_code,
            free_text=row.address_text,
        ),
        received_on=row.received_on,
        products=tuple(
            Product(
                name=p.name,
                category=ProductCategory(p.category) if p.category is not None else None,
                sub_category=p.sub_category,
                brand=p.brand,
                standards=tuple(
                    HeldStandard(Standard(s["standard"]), s.get("number", "")) for s in p.standards
                ),
                unit_price=_decimal(p.unit_price),
                annual_sales=_decimal(p.annual_sales),
            )
            for p in row.products
        ),
        officer_name=row.officer_name,
        officer_position=row.officer_position,
        documents=frozenset(Document(d) for d in row.documents),
        community_links=frozenset(CommunityLink(c) for c in row.community_links),
        proxy_name=row.proxy_name,
        has_power_of_attorney=row.has_power_of_attorney,
        notes=row.notes,
        status=RegistrationStatus(row.status),
        photos=tuple(PhotoRef(p.photo_sha256, PhotoKind(p.kind)) for p in row.photos),
    )


SUMMARY_COLUMNS = (
    RegistrationRow.uuid,
    RegistrationRow.version,
    RegistrationRow.producer_type,
    RegistrationRow.producer_name,
    RegistrationRow.contact_prefix,
    RegistrationRow.contact_first_name,
    RegistrationRow.contact_last_name,
    RegistrationRow.national_id,
    RegistrationRow.tambon_code,
    RegistrationRow.main_product,
    RegistrationRow.received_on,
    RegistrationRow.status,
    RegistrationRow.is_deleted,
    RegistrationRow.missing_documents,
    RegistrationRow.product_photos,
)


def to_summary(values: tuple) -> RegistrationSummary:
    (
        uuid,
        version,
        ptype,
        name,
        prefix,
        first,
        last,
        nid,
        tambon,
        product,
        received,
        status,
        deleted,
        missing,
        product_photos,
    ) = values
    return RegistrationSummary(
        uuid=uuid,
        version=version,
        producer_type=ProducerType(ptype),
        producer_name=name,
        contact_name=Person(prefix, first, last).full_name,
        national_id=nid,
        tambon_code=tambon,
        main_product=product,
        received_on=received,
        status=RegistrationStatus(status),
        is_deleted=bool(deleted),
        missing_documents=missing,
        product_photos=product_photos or 0,
    )
