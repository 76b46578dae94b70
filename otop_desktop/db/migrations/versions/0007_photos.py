"""photos of the product and the production site, kept in the database

Revision ID: 0007_photos
Revises: 0006_campaigns
Create Date: 2026-12-03 15:00:00.000000

Photo bytes live in `photo`, named by their SHA-256, so that backups, restores, exchange packages,
a shared server and an encrypted database carry them with the records; `registration_photo`
links them to registrations; `registration.product_photos` counts a record's product photos so
that lists and counts need no join; `exchange_peer_photo` remembers which photos another computer
already holds, so a package to it carries only new ones.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_photos"
down_revision = "0006_campaigns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "registration_photo",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["registration_id"], ["registration.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["photo_sha256"], ["photo.sha256"]),
        sa.PrimaryKeyConstraint("registration_id", "position"),
    )
    op.create_index("ix_registration_photo_photo_sha256", "registration_photo", ["photo_sha256"])
    op.create_table(
        "exchange_peer_photo",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "sha256"),
    )
    with op.batch_alter_table("registration") as batch:
        batch.add_column(
            sa.Column("product_photos", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.drop_column("product_photos")
    op.drop_table("exchange_peer_photo")
    op.drop_index("ix_registration_photo_photo_sha256", table_name="registration_photo")
    op.drop_table("registration_photo")
    op.drop_table("photo")
