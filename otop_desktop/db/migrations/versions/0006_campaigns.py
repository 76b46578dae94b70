"""campaigns across fiscal years

Revision ID: 0006_campaigns
Revises: 0005_exchange_conflicts
Create Date: 2026-12-03 15:00:00.000000

Before this, the office held one campaign, edited in place. Each campaign now names its fiscal
year (B.E.), one per year; the one held so far becomes its own year's campaign, active, exactly
as the officer left it. Each report written names the campaign it was for, so that a past
campaign's history and "changes since the last report" stay its own. A province office keeps,
per district and year, which district report it holds.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006_campaigns"
down_revision = "0005_exchange_conflicts"
branch_labels = None
depends_on = None

BE_OFFSET = 543


def _fiscal_year(day: dt.date) -> int:
    return (day.year + 1 if day.month >= 10 else day.year) + BE_OFFSET


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("fiscal_year", sa.Integer(), nullable=True))
    with op.batch_alter_table("export_record") as batch:
        batch.add_column(sa.Column("campaign_year", sa.Integer(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, window_end, is_active FROM campaign ORDER BY id DESC")
    ).fetchall()
    taken: set[int] = set()
    active_year = None
    for row_id, window_end, is_active in rows:
        year = _fiscal_year(_as_date(window_end))
        if year in taken:
            # An older copy of a year already placed: the newest row is the officer's latest.
            connection.execute(sa.text("DELETE FROM campaign WHERE id = :id"), {"id": row_id})
            continue
        taken.add(year)
        connection.execute(
            sa.text("UPDATE campaign SET fiscal_year = :year WHERE id = :id"),
            {"year": year, "id": row_id},
        )
        if is_active and active_year is None:
            active_year = year
    if active_year is not None:
        connection.execute(
            sa.text("UPDATE campaign SET is_active = (fiscal_year = :year)"), {"year": active_year}
        )
        # Every report written so far was written for the one campaign there was.
        connection.execute(
            sa.text("UPDATE export_record SET campaign_year = :year"), {"year": active_year}
        )
    with op.batch_alter_table("campaign") as batch:
        batch.alter_column("fiscal_year", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint("uq_campaign_fiscal_year", ["fiscal_year"])
    op.create_table(
        "received_report",
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("source_name", sa.String(length=300), nullable=False),
        sa.Column("registration_uuids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("district_code", "fiscal_year"),
    )


def downgrade() -> None:
    op.drop_table("received_report")
    with op.batch_alter_table("export_record") as batch:
        batch.drop_column("campaign_year")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_constraint("uq_campaign_fiscal_year", type_="unique")
        batch.drop_column("fiscal_year")
