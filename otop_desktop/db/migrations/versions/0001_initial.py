"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-25 22:16:30.288165
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_uuid"), ["entity_uuid"], unique=False)

    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("letter_reference", sa.String(length=200), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_end", sa.Date(), nullable=False),
        sa.Column("registration_deadline", sa.Date(), nullable=False),
        sa.Column("report_due", sa.Date(), nullable=False),
        sa.Column("recipient_email", sa.String(length=200), nullable=False),
        sa.Column("min_groups", sa.Integer(), nullable=False),
        sa.Column("min_others", sa.Integer(), nullable=False),
        sa.Column("min_total", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_uuid", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("with_ids", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("officer_position", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "product_sub_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.Integer(), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("producer_type", sa.Integer(), nullable=False),
        sa.Column("producer_name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("contact_prefix", sa.String(length=50), nullable=False),
        sa.Column("contact_first_name", sa.String(length=150), nullable=False),
        sa.Column("contact_last_name", sa.String(length=150), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=False),
        sa.Column("juristic_no", sa.String(length=13), nullable=False),
        sa.Column("community_enterprise_code", sa.String(length=50), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("line_id", sa.String(length=100), nullable=False),
        sa.Column("year_started", sa.Integer(), nullable=True),
        sa.Column("house_no", sa.String(length=50), nullable=False),
        sa.Column("moo", sa.String(length=20), nullable=False),
        sa.Column("village", sa.String(length=150), nullable=False),
        sa.Column("road", sa.String(length=150), nullable=False),
        sa.Column("address_text", sa.String(length=500), nullable=False),
        sa.Column("tambon_code", sa.String(length=6), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("officer_position", sa.String(length=200), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("community_links", sa.JSON(), nullable=False),
        sa.Column("proxy_name", sa.String(length=200), nullable=False),
        sa.Column("has_power_of_attorney", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("main_product", sa.String(length=300), nullable=False),
        sa.Column("missing_documents", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_district_code"), ["district_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_registration_juristic_no"), ["juristic_no"], unique=False
        )
        batch_op.create_index("ix_registration_name_key", ["tambon_code", "name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_registration_national_id"), ["national_id"], unique=False
        )
        batch_op.create_index(
            "ix_registration_quota",
            ["is_deleted", "tambon_code", "producer_type", "received_on"],
            unique=False,
        )

    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("category", sa.Integer(), nullable=True),
        sa.Column("sub_category", sa.String(length=200), nullable=False),
        sa.Column("brand", sa.String(length=200), nullable=False),
        sa.Column("standards", sa.JSON(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("annual_sales", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.ForeignKeyConstraint(["registration_id"], ["registration.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_registration_id"))

    op.drop_table("product")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index("ix_registration_quota")
        batch_op.drop_index(batch_op.f("ix_registration_national_id"))
        batch_op.drop_index("ix_registration_name_key")
        batch_op.drop_index(batch_op.f("ix_registration_juristic_no"))
        batch_op.drop_index(batch_op.f("ix_registration_district_code"))

    op.drop_table("registration")
    op.drop_table("product_sub_category")
    op.drop_table("office")
    op.drop_table("export_record")
    op.drop_table("draft")
    op.drop_table("campaign")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_uuid"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
