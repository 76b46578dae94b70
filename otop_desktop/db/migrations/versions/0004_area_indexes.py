"""indexes for lists and counts of a whole district at 100,000 registrations

Revision ID: 0004_area_indexes
Revises: 0003_scope_settings
Create Date: 2026-11-25 23:30:00.000000

The quota counts and the registry's change check read only these columns of a district's rows;
with the district first, they are answered from an index alone (the check from its last entry)
instead of one table lookup per registration through ix_registration_quota.
"""

from alembic import op

revision = "0004_area_indexes"
down_revision = "0003_scope_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_registration_area_quota",
        "registration",
        ["district_code", "is_deleted", "tambon_code", "producer_type", "status", "received_on"],
    )
    op.create_index("ix_registration_area_updated", "registration", ["district_code", "updated_at"])
    op.create_index("ix_registration_area_id", "registration", ["district_code", "id"])


def downgrade() -> None:
    op.drop_index("ix_registration_area_id", table_name="registration")
    op.drop_index("ix_registration_area_updated", table_name="registration")
    op.drop_index("ix_registration_area_quota", table_name="registration")
