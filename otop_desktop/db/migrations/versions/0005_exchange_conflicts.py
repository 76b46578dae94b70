"""exchange conflicts kept until the officer decides

Revision ID: 0005_exchange_conflicts
Revises: 0004_area_indexes
Create Date: 2026-11-26 02:45:00.000000

Before this, a conflict lived only in the dialog shown after receiving a package; closing it
meant receiving the package again to see the conflict.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_exchange_conflicts"
down_revision = "0004_area_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_conflict",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "uuid"),
    )


def downgrade() -> None:
    op.drop_table("exchange_conflict")
