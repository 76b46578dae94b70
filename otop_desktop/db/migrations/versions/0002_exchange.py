"""exchange between computers: this folder's id, the peers and the record states agreed with them

Revision ID: 0002_exchange
Revises: 0001_initial
Create Date: 2026-11-25 22:41:18.051524
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_exchange"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_peer",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("first_received_at", sa.DateTime(), nullable=False),
        sa.Column("last_received_at", sa.DateTime(), nullable=False),
        sa.Column("last_package_created_at", sa.DateTime(), nullable=False),
        sa.Column("last_package_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id"),
    )
    op.create_table(
        "exchange_seen",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "uuid"),
    )
    op.create_table(
        "installation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("packages_sent", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("installation")
    op.drop_table("exchange_seen")
    op.drop_table("exchange_peer")
