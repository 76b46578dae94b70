"""A registration as the officer records it, independent of how it is stored."""

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from otop_desktop.domain.checklists import CommunityLink, Document
from otop_desktop.domain.photos import PhotoKind, PhotoRef
from otop_desktop.domain.producer_types import (
    ProducerType,
    ProductCategory,
    RegistrationStatus,
    Standard,
)


@dataclass(frozen=True)
class HeldStandard:
    standard: Standard
    number: str = ""


@dataclass(frozen=True)
class Product:
    name: str
    category: ProductCategory | None
    sub_category: str = ""
    brand: str = ""
    standards: tuple[HeldStandard, ...] = ()
    unit_price: Decimal | None = None
    annual_sales: Decimal | None = None


@dataclass(frozen=True)
class Person:
    prefix: str = ""
    first_name: str = ""
    last_name: str = ""

    @property
    def full_name(self) -> str:
        given = f"{self.prefix}{self.first_name}".strip()
        return " ".join(part for part in (given, self.last_name) if part)


# The most members a community producer group is recorded with: the form's limit, and the check
# on imported numbers (a spreadsheet's 9.2e18 would not fit the database's integer column).
MEMBER_COUNT_MAX = 100_000


@dataclass(frozen=True)
class SiteAddress:
    tambon_code: str = ""
    house_no: str = ""
    moo: str = ""
    village: str = ""
    road: str = ""
    postal_code: str = ""
    free_text: str = ""


@dataclass(frozen=True)
class Registration:
    """One producer's registration. `uuid` is empty until the registry assigns one."""

    producer_type: ProducerType | None
    producer_name: str
    site: SiteAddress
    received_on: dt.date | None
    products: tuple[Product, ...] = ()
    contact: Person = field(default_factory=Person)
    national_id: str = ""
    juristic_no: str = ""
    community_enterprise_code: str = ""
    member_count: int | None = None
    phone: str = ""
    email: str = ""
    line_id: str = ""
    year_started: int | None = None
    officer_name: str = ""
    officer_position: str = ""
    documents: frozenset[Document] = frozenset()
    community_links: frozenset[CommunityLink] = frozenset()
    proxy_name: str = ""
    has_power_of_attorney: bool = False
    notes: str = ""
    status: RegistrationStatus = RegistrationStatus.RECEIVED
    photos: tuple[PhotoRef, ...] = ()
    uuid: str = ""
    version: int = 0

    @property
    def main_product(self) -> Product | None:
        return self.products[0] if self.products else None

    @property
    def tambon_code(self) -> str:
        return self.site.tambon_code

    @property
    def has_product_photo(self) -> bool:
        return any(p.kind is PhotoKind.PRODUCT for p in self.photos)

    @property
    def received_documents(self) -> frozenset[Document]:
        """The documents ticked, and the product photo whenever a photo file is kept."""
        if self.has_product_photo:
            return self.documents | {Document.PRODUCT_PHOTO}
        return self.documents

    def with_changes(self, **changes: object) -> "Registration":
        return replace(self, **changes)  # type: ignore[arg-type]
