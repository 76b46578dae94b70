"""Campaigns, one per fiscal year, and which one is active."""

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from otop_desktop.db import core_queries
from otop_desktop.db.models import CampaignRow
from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.quota import QuotaRule


def _to_campaign(row: CampaignRow) -> Campaign:
    return Campaign(
        id=row.id,
        name=row.name,
        letter_reference=row.letter_reference,
        letter_date=row.letter_date,
        window_start=row.window_start,
        window_end=row.window_end,
        registration_deadline=row.registration_deadline,
        report_due=row.report_due,
        recipient_email=row.recipient_email,
        rule=QuotaRule(row.min_groups, row.min_others, row.min_total),
        fiscal_year=row.fiscal_year,
    )


class CampaignRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def active(self) -> Campaign | None:
        row = self._session.scalar(
            select(CampaignRow)
            .where(CampaignRow.is_active.is_(True))
            .order_by(CampaignRow.fiscal_year.desc())
        )
        return _to_campaign(row) if row is not None else None

    def all(self) -> list[Campaign]:
        """Every campaign, the latest fiscal year first."""
        return self.all_and_active()[0]

    def all_and_active(self) -> tuple[list[Campaign], int | None]:
        """Every campaign, the latest year first, and the active one's year: one query."""
        return core_queries.campaigns(core_queries.SqlAlchemyReads(self._session.connection()))

    def get(self, fiscal_year: int) -> Campaign | None:
        row = self._row(fiscal_year)
        return _to_campaign(row) if row is not None else None

    def _row(self, fiscal_year: int) -> CampaignRow | None:
        return self._session.scalar(
            select(CampaignRow).where(CampaignRow.fiscal_year == fiscal_year)
        )

    def activate(self, fiscal_year: int) -> None:
        self._session.execute(
            update(CampaignRow).values(is_active=CampaignRow.fiscal_year == fiscal_year)
        )

    def save(self, campaign: Campaign) -> Campaign:
        """Updates the campaign of its fiscal year, or adds it (inactive until activated)."""
        row = self._row(campaign.year)
        if row is None:
            row = CampaignRow(is_active=False, fiscal_year=campaign.year)
            self._session.add(row)
        row.name = campaign.name
        row.letter_reference = campaign.letter_reference
        row.letter_date = campaign.letter_date
        row.window_start = campaign.window_start
        row.window_end = campaign.window_end
        row.registration_deadline = campaign.registration_deadline
        row.report_due = campaign.report_due
        row.recipient_email = campaign.recipient_email
        row.min_groups = campaign.rule.min_groups
        row.min_others = campaign.rule.min_others
        row.min_total = campaign.rule.min_total
        self._session.flush()
        return _to_campaign(row)
