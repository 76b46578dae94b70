"""office scope (district or province) and settings kept with the data

Revision ID: 0003_scope_settings
Revises: 0002_exchange
Create Date: 2026-11-25 23:00:30.042594
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_scope_settings"
down_revision = "0002_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scope", sa.String(length=10), server_default="district", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_column("scope")

    op.drop_table("app_setting")
