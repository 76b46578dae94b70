"""SQLAlchemy 2 tables. Rows are storage; the rest of the program sees domain dataclasses."""

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class OfficeRow(Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    office_name: Mapped[str] = mapped_column(String(200), default="")
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_position: Mapped[str] = mapped_column(String(200), default="")
    # "district" registers producers; "province" consolidates the districts' reports.
    scope: Mapped[str] = mapped_column(String(10), default="district", server_default="district")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class CampaignRow(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    letter_reference: Mapped[str] = mapped_column(String(200), default="")
    letter_date: Mapped[dt.date] = mapped_column(Date)
    window_start: Mapped[dt.date] = mapped_column(Date)
    window_end: Mapped[dt.date] = mapped_column(Date)
    registration_deadline: Mapped[dt.date] = mapped_column(Date)
    report_due: Mapped[dt.date] = mapped_column(Date)
    recipient_email: Mapped[str] = mapped_column(String(200), default="")
    min_groups: Mapped[int] = mapped_column(Integer, default=1)
    min_others: Mapped[int] = mapped_column(Integer, default=1)
    min_total: Mapped[int] = mapped_column(Integer, default=2)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, unique=True)


class RegistrationRow(Base):
    __tablename__ = "registration"
    __table_args__ = (
        Index("ix_registration_quota", "is_deleted", "tambon_code", "producer_type", "received_on"),
        Index("ix_registration_name_key", "tambon_code", "name_key"),
        # A district's counts and the registry's change check, from the index alone.
        Index(
            "ix_registration_area_quota",
            "district_code",
            "is_deleted",
            "tambon_code",
            "producer_type",
            "status",
            "received_on",
            "product_photos",
        ),
        Index("ix_registration_area_updated", "district_code", "updated_at"),
        Index("ix_registration_area_id", "district_code", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Every UPDATE also says "WHERE version = <the version read>": of two offices saving the same
    # record at the same moment on a shared server, the second finds no row and is told.
    __mapper_args__ = {  # noqa: RUF012 - SQLAlchemy declares it an instance attribute
        "version_id_col": version,
        "version_id_generator": False,
    }
    producer_type: Mapped[int] = mapped_column(Integer)
    producer_name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    contact_prefix: Mapped[str] = mapped_column(String(50), default="")
    contact_first_name: Mapped[str] = mapped_column(String(150), default="")
    contact_last_name: Mapped[str] = mapped_column(String(150), default="")
    national_id: Mapped[str] = mapped_column(String(13), default="", index=True)
    juristic_no: Mapped[str] = mapped_column(String(13), default="", index=True)
    community_enterprise_code: Mapped[str] = mapped_column(String(50), default="")
    member_count: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    line_id: Mapped[str] = mapped_column(String(100), default="")
    year_started: Mapped[int | None] = mapped_column(Integer)
    house_no: Mapped[str] = mapped_column(String(50), default="")
    moo: Mapped[str] = mapped_column(String(20), default="")
    village: Mapped[str] = mapped_column(String(150), default="")
    road: Mapped[str] = mapped_column(String(150), default="")
    address_text: Mapped[str] = mapped_column(String(500), default="")
    tambon_code: Mapped[str] = mapped_column(String(6))
    district_code: Mapped[str] = mapped_column(String(4), index=True)
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    received_on: Mapped[dt.date] = mapped_column(Date)
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_position: Mapped[str] = mapped_column(String(200), default="")
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    community_links: Mapped[list[str]] = mapped_column(JSON, default=list)
    proxy_name: Mapped[str] = mapped_column(String(200), default="")
    has_power_of_attorney: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="received")
    # Denormalised on every save so that lists of 100,000 rows need no join.
    main_product: Mapped[str] = mapped_column(String(300), default="")
    missing_documents: Mapped[int] = mapped_column(Integer, default=0)
    product_photos: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    products: Mapped[list["ProductRow"]] = relationship(
        back_populates="registration",
        cascade="all, delete-orphan",
        order_by="ProductRow.position",
        lazy="selectin",
    )
    photos: Mapped[list["RegistrationPhotoRow"]] = relationship(
        cascade="all, delete-orphan",
        order_by="RegistrationPhotoRow.position",
        lazy="selectin",
    )


class ProductRow(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[int | None] = mapped_column(Integer)
    sub_category: Mapped[str] = mapped_column(String(200), default="")
    brand: Mapped[str] = mapped_column(String(200), default="")
    standards: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    annual_sales: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))

    registration: Mapped[RegistrationRow] = relationship(back_populates="products")


class PhotoRow(Base):
    """A photo's bytes, stored once and named by their SHA-256: a JPEG of at most 1600 pixels
    a side without EXIF, as services/photos prepared it. Kept in the database so that backups,
    restores, packages, a shared server and an encrypted database carry photos like any record."""

    __tablename__ = "photo"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class RegistrationPhotoRow(Base):
    """A photo attached to a registration, in the order the officer added them."""

    __tablename__ = "registration_photo"

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    photo_sha256: Mapped[str] = mapped_column(ForeignKey("photo.sha256"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="product")


class ExchangePeerPhotoRow(Base):
    """A photo another computer is known to hold (its last package's records named it), so
    that a package to it need not carry the photo again."""

    __tablename__ = "exchange_peer_photo"

    peer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class SubCategoryRow(Base):
    """Sub-categories change from year to year, so they are data the officer edits."""

    __tablename__ = "product_sub_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[int] = mapped_column(Integer)
    name_th: Mapped[str] = mapped_column(String(200))


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DraftRow(Base):
    """The registration form as last typed, so a crash or power cut loses nothing."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_uuid: Mapped[str] = mapped_column(String(36), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class ExportRow(Base):
    """One report written: what it held, where, and the checksums of its files."""

    __tablename__ = "export_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    folder: Mapped[str] = mapped_column(Text)
    files: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    with_ids: Mapped[bool] = mapped_column(Boolean, default=False)
    # The fiscal year of the campaign the report was for (null only for none known).
    campaign_year: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReceivedReportRow(Base):
    """At a province office: the report of one district for one fiscal year that it holds, and
    the registrations it brought, so that a newer report of the same replaces it as a whole."""

    __tablename__ = "received_report"

    district_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    source_name: Mapped[str] = mapped_column(String(300))
    registration_uuids: Mapped[list[str]] = mapped_column(JSON, default=list)


class InstallationRow(Base):
    """This data folder's own identity, made once, so that exchange packages name their sender."""

    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    packages_sent: Mapped[int] = mapped_column(Integer, default=0)


class ExchangePeerRow(Base):
    """Another computer whose packages this one has received."""

    __tablename__ = "exchange_peer"

    peer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    district_code: Mapped[str] = mapped_column(String(4), default="")
    first_received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    last_received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    last_package_created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_package_number: Mapped[int] = mapped_column(Integer, default=0)


class ExchangeSeenRow(Base):
    """The state of a record both computers are known to have agreed on at the last exchange."""

    __tablename__ = "exchange_seen"

    peer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64))


class ExchangeConflictRow(Base):
    """A record edited here and on another computer, awaiting the officer's choice: the other
    computer's version as its package carried it (JSON), kept until the choice is made."""

    __tablename__ = "exchange_conflict"

    peer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    incoming: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class SettingRow(Base):
    """Settings that belong with the data (program password hash, idle lock, retention, backup
    mirror folder), so that a backup or another computer's copy carries them too."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
