"""Registrations as plain JSON values for exchange packages: written canonically, read strictly.

A package may come from anywhere, so reading checks every type, enum and length and never trusts
a value it did not check.
"""

import datetime as dt
import hashlib
import json
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from otop_desktop.domain.checklists import CommunityLink, Document
from otop_desktop.domain.photos import (
    MAX_PHOTOS_PER_REGISTRATION,
    PhotoKind,
    PhotoRef,
    is_photo_hash,
)
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

MAX_TEXT = 1_000
MAX_NOTES = 20_000
MAX_PRODUCTS = 100
MAX_LIST = 50

E = TypeVar("E", bound=Enum)


class CodecError(ValueError):
    """A value in a package that is not what a registration can hold; names the field."""

    def __init__(self, field: str, problem: str = "invalid") -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def decimal_text(value: Decimal | None) -> str | None:
    # One spelling per amount (25, not 25.00 or 2.5E+1), so equal records hash equally.
    return None if value is None else format(value.normalize(), "f")


def _product_json(product: Product) -> dict[str, Any]:
    return {
        "name": product.name,
        "category": int(product.category) if product.category is not None else None,
        "sub_category": product.sub_category,
        "brand": product.brand,
        "standards": [
            {"standard": s.standard.value, "number": s.number} for s in product.standards
        ],
        "unit_price": decimal_text(product.unit_price),
        "annual_sales": decimal_text(product.annual_sales),
    }


def registration_to_json(reg: Registration) -> dict[str, Any]:
    """Every field the officer recorded; uuid and version travel beside it, not inside."""
    found = _fields_json(reg)
    # Only when there are any: a record without photos keeps the fingerprint it had before
    # photos existed, so computers that agreed on it still agree after the upgrade.
    if reg.photos:
        found["photos"] = [{"sha256": p.sha256, "kind": p.kind.value} for p in reg.photos]
    return found


def _fields_json(reg: Registration) -> dict[str, Any]:
    site = reg.site
    return {
        "producer_type": int(reg.producer_type) if reg.producer_type is not None else None,
        "producer_name": reg.producer_name,
        "contact": {
            "prefix": reg.contact.prefix,
            "first_name": reg.contact.first_name,
            "last_name": reg.contact.last_name,
        },
        "national_id": reg.national_id,
        "juristic_no": reg.juristic_no,
        "community_enterprise_code": reg.community_enterprise_code,
        "member_count": reg.member_count,
        "phone": reg.phone,
        "email": reg.email,
        "line_id": reg.line_id,
        "year_started": reg.year_started,
        "site": {
            "tambon_code": site.tambon_code,
            "house_no": site.house_no,
            "moo": site.moo,
            "village": site.village,
            "road": site.road,
            "postal_code": site.postal_code,
            "free_text": site.free_text,
        },
        "received_on": reg.received_on.isoformat() if reg.received_on else None,
        "products": [_product_json(p) for p in reg.products],
        "officer_name": reg.officer_name,
        "officer_position": reg.officer_position,
        "documents": sorted(d.value for d in reg.documents),
        "community_links": sorted(c.value for c in reg.community_links),
        "proxy_name": reg.proxy_name,
        "has_power_of_attorney": reg.has_power_of_attorney,
        "notes": reg.notes,
        "status": reg.status.value,
    }


def fingerprint(reg: Registration, is_deleted: bool) -> str:
    """A hash of what the record says, without its version or timestamps: equal content, equal
    fingerprint, on any computer."""
    canonical = json.dumps(
        {"registration": registration_to_json(reg), "is_deleted": is_deleted},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading -------------------------------------------------------------------------------


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CodecError(field, "not an object")
    return value


def _text(data: dict[str, Any], key: str, field: str, limit: int = MAX_TEXT) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise CodecError(f"{field}{key}", "not text of the allowed length")
    return value


def _int(data: dict[str, Any], key: str, field: str, low: int, high: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CodecError(f"{field}{key}", "not a whole number in range")
    return value


def _enum(kind: type[E], value: object, field: str) -> E:
    try:
        return kind(value)
    except (ValueError, TypeError) as exc:
        raise CodecError(field, "unknown value") from exc


def _amount(data: dict[str, Any], key: str, field: str) -> Decimal | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 30:
        raise CodecError(f"{field}{key}", "not an amount")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise CodecError(f"{field}{key}", "not an amount") from exc
    if not amount.is_finite() or not Decimal(0) <= amount < Decimal(10) ** 14:
        raise CodecError(f"{field}{key}", "amount out of range")
    return amount


def _list(data: dict[str, Any], key: str, field: str, limit: int = MAX_LIST) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > limit:
        raise CodecError(f"{field}{key}", "not a list of the allowed length")
    return value


def _product(value: object, field: str) -> Product:
    data = _object(value, field)
    name = _text(data, "name", field)
    if not name:
        raise CodecError(f"{field}name", "empty")
    category = data.get("category")
    standards = []
    for n, item in enumerate(_list(data, "standards", field)):
        entry = _object(item, f"{field}standards[{n}]")
        standards.append(
            HeldStandard(
                _enum(Standard, entry.get("standard"), f"{field}standards[{n}].standard"),
                _text(entry, "number", f"{field}standards[{n}]."),
            )
        )
    return Product(
        name=name,
        category=None if category is None else _enum(ProductCategory, category, f"{field}category"),
        sub_category=_text(data, "sub_category", field),
        brand=_text(data, "brand", field),
        standards=tuple(standards),
        unit_price=_amount(data, "unit_price", field),
        annual_sales=_amount(data, "annual_sales", field),
    )


def _date(value: object, field: str) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise CodecError(field, "not a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CodecError(field, "not a date") from exc


def _site(value: object) -> SiteAddress:
    data = _object(value, "site")
    tambon = _text(data, "tambon_code", "site.")
    if len(tambon) != 6 or not tambon.isascii() or not tambon.isdigit():
        raise CodecError("site.tambon_code", "not a 6-digit tambon code")
    return SiteAddress(
        tambon_code=tambon,
        house_no=_text(data, "house_no", "site."),
        moo=_text(data, "moo", "site."),
        village=_text(data, "village", "site."),
        road=_text(data, "road", "site."),
        postal_code=_text(data, "postal_code", "site.", limit=5),
        free_text=_text(data, "free_text", "site."),
    )


def registration_from_json(value: object, *, uuid: str = "", version: int = 0) -> Registration:
    """The registration a package holds; CodecError names the first field that is wrong."""
    data = _object(value, "registration")
    contact = _object(data.get("contact", {}), "contact")
    products = _list(data, "products", "", limit=MAX_PRODUCTS)
    return Registration(
        producer_type=_enum(ProducerType, data.get("producer_type"), "producer_type"),
        producer_name=_text(data, "producer_name", ""),
        site=_site(data.get("site")),
        received_on=_date(data.get("received_on"), "received_on"),
        products=tuple(_product(p, f"products[{n}].") for n, p in enumerate(products)),
        contact=Person(
            _text(contact, "prefix", "contact."),
            _text(contact, "first_name", "contact."),
            _text(contact, "last_name", "contact."),
        ),
        national_id=_text(data, "national_id", "", limit=13),
        juristic_no=_text(data, "juristic_no", "", limit=13),
        community_enterprise_code=_text(data, "community_enterprise_code", ""),
        member_count=_int(data, "member_count", "", 0, 1_000_000),
        phone=_text(data, "phone", "", limit=20),
        email=_text(data, "email", ""),
        line_id=_text(data, "line_id", ""),
        year_started=_int(data, "year_started", "", 1800, 3000),
        officer_name=_text(data, "officer_name", ""),
        officer_position=_text(data, "officer_position", ""),
        documents=frozenset(_enum(Document, d, "documents") for d in _list(data, "documents", "")),
        community_links=frozenset(
            _enum(CommunityLink, c, "community_links") for c in _list(data, "community_links", "")
        ),
        proxy_name=_text(data, "proxy_name", ""),
        has_power_of_attorney=_bool(data, "has_power_of_attorney"),
        notes=_text(data, "notes", "", limit=MAX_NOTES),
        status=_enum(RegistrationStatus, data.get("status", "received"), "status"),
        photos=_photos(data),
        uuid=uuid,
        version=version,
    )


def _photos(data: dict[str, Any]) -> tuple[PhotoRef, ...]:
    found = []
    for n, item in enumerate(_list(data, "photos", "", limit=MAX_PHOTOS_PER_REGISTRATION)):
        entry = _object(item, f"photos[{n}]")
        sha = entry.get("sha256")
        if not is_photo_hash(sha):
            raise CodecError(f"photos[{n}].sha256", "not a photo's SHA-256")
        found.append(PhotoRef(str(sha), _enum(PhotoKind, entry.get("kind"), f"photos[{n}].kind")))
    if len({p.sha256 for p in found}) != len(found):
        raise CodecError("photos", "the same photo twice")
    return tuple(found)


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise CodecError(key, "not true or false")
    return value
