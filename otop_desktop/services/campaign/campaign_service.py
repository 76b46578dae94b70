"""Campaigns, one per fiscal year: listed, proposed, created, edited, made active, and the one the
views show now (the campaign chooser), which is the active one until the officer picks another."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from otop_desktop.db import core_queries
from otop_desktop.db.database import Database
from otop_desktop.domain.campaign import (
    Campaign,
    campaign_for_year,
    campaign_holding,
    current_fiscal_year,
)
from otop_desktop.domain.errors import UserError
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.storage_errors import writing

FIRST_YEAR, LAST_YEAR = 2500, 2700


class CampaignService:
    def __init__(self, database: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = database
        self.today = today
        self._viewed: int | None = None

    # --- reading -----------------------------------------------------------------------------

    def _all_and_active(self) -> tuple[list[Campaign], int | None]:
        with self._db.connection() as reads:
            return core_queries.campaigns(reads)

    def all(self) -> list[Campaign]:
        """Every campaign, the latest fiscal year first."""
        return self._all_and_active()[0]

    def active(self) -> Campaign:
        campaigns, active = self._all_and_active()
        campaign = next((c for c in campaigns if c.year == active), None)
        if campaign is None:
            raise UserError(
                "ไม่พบข้อมูลการรับลงทะเบียน (campaign)", "No registration campaign is set up."
            )
        return campaign

    def get(self, year: int) -> Campaign:
        campaign = next((c for c in self.all() if c.year == year), None)
        if campaign is None:
            raise UserError(
                f"ไม่มีการรับลงทะเบียนของปีงบประมาณ {year}",
                f"There is no campaign for fiscal year {year}.",
            )
        return campaign

    def viewed(self) -> Campaign:
        """The campaign the dashboard, the registry and the report show now."""
        return self.viewed_and_windows()[0]

    def viewed_and_windows(self) -> tuple[Campaign, list[tuple[dt.date, dt.date]]]:
        """The campaign shown now and every campaign's counting window, from one query."""
        campaigns, active = self._all_and_active()
        wanted = self._viewed if self._viewed is not None else active
        shown = next((c for c in campaigns if c.year == wanted), None)
        shown = shown or next((c for c in campaigns if c.year == active), None)
        if shown is None:
            raise UserError(
                "ไม่พบข้อมูลการรับลงทะเบียน (campaign)", "No registration campaign is set up."
            )
        return shown, [(c.window_start, c.window_end) for c in campaigns]

    def chosen_view(self) -> int | None:
        """The year chosen in the chooser, or None while the active campaign is shown."""
        return self._viewed

    def view(self, year: int | None) -> Change:
        """Shows another campaign in every view (None: the active one again)."""
        if year is not None:
            self.get(year)
        self._viewed = year
        return Change(ChangeKind.CAMPAIGN)

    def holding(self, received_on: dt.date | None) -> Campaign | None:
        """The campaign a received date counts for, or None when it counts for none."""
        return campaign_holding(self.all(), received_on)

    def windows(self) -> list[tuple[dt.date, dt.date]]:
        return [(c.window_start, c.window_end) for c in self.all()]

    # --- writing -----------------------------------------------------------------------------

    def proposal(self, year: int | None = None) -> Campaign:
        """A new campaign as the dialog first shows it: the next fiscal year after the latest,
        or this fiscal year when the latest is older (an office upgraded years after its last
        letter), or the given year; with the latest campaign's rules and recipient."""
        campaigns = self.all()
        if not campaigns:
            raise UserError("ไม่พบข้อมูลการรับลงทะเบียน (campaign)", "No campaign is set up.")
        latest = campaigns[0]
        today = self.today()
        year = year or max(latest.year + 1, current_fiscal_year(today))
        return campaign_for_year(year, latest, today)

    def start_current_year(self) -> tuple[Campaign, Change]:
        """A new office starts in the fiscal year it is in: that year's campaign, from the latest
        letter, becomes active; earlier campaigns stay beside it."""
        year = current_fiscal_year(self.today())
        existing = next((c for c in self.all() if c.year == year), None)
        if existing is None:
            return self.create(self.proposal(year))
        return existing, self.activate(year)

    def create(self, campaign: Campaign) -> tuple[Campaign, Change]:
        """Adds a fiscal year's campaign and makes it the active one; a year held already is
        refused."""
        check(campaign)
        from otop_desktop.db.campaign_repository import CampaignRepository

        with writing(self._db) as session:
            campaigns = CampaignRepository(session)
            if campaigns.get(campaign.year) is not None:
                raise UserError(
                    f"มีการรับลงทะเบียนของปีงบประมาณ {campaign.year} อยู่แล้ว แก้ไขได้ที่หน้าตั้งค่า หรือเลือกปีอื่น",
                    f"Fiscal year {campaign.year} already has a campaign; edit it in Settings "
                    "or choose another year.",
                )
            saved = campaigns.save(replace(campaign, fiscal_year=campaign.year, id=None))
            campaigns.activate(saved.year)
        self._viewed = None
        return saved, Change(ChangeKind.CAMPAIGN)

    def save(self, campaign: Campaign) -> tuple[Campaign, Change]:
        """Saves an edited campaign of a year held already; its year does not change."""
        check(campaign)
        from otop_desktop.db.campaign_repository import CampaignRepository

        with writing(self._db) as session:
            campaigns = CampaignRepository(session)
            if campaigns.get(campaign.year) is None:
                raise UserError(
                    f"ไม่มีการรับลงทะเบียนของปีงบประมาณ {campaign.year}",
                    f"There is no campaign for fiscal year {campaign.year}.",
                )
            saved = campaigns.save(campaign)
        return saved, Change(ChangeKind.CAMPAIGN)

    def activate(self, year: int) -> Change:
        self.get(year)
        from otop_desktop.db.campaign_repository import CampaignRepository

        with writing(self._db) as session:
            CampaignRepository(session).activate(year)
        self._viewed = None
        return Change(ChangeKind.CAMPAIGN)


def check(campaign: Campaign) -> None:
    """Refuses what no campaign can be: a year out of range, no name, a window backwards."""
    if not FIRST_YEAR <= campaign.year <= LAST_YEAR:
        raise UserError(
            f"ปีงบประมาณ {campaign.year} ไม่ถูกต้อง (ใช้ปี พ.ศ. เช่น 2570)",
            f"Fiscal year {campaign.year} is not valid (use the B.E. year, e.g. 2570).",
        )
    if not campaign.name.strip():
        raise UserError("กรุณาตั้งชื่อการรับลงทะเบียน", "The campaign needs a name.")
    if campaign.window_end < campaign.window_start:
        raise UserError(
            "วันสิ้นสุดการนับต้องไม่อยู่ก่อนวันเริ่มนับ",
            "The counting window must not end before it starts.",
        )
    rule = campaign.rule
    if min(rule.min_groups, rule.min_others, rule.min_total) < 0:
        raise UserError("เกณฑ์ขั้นต่ำต้องไม่ติดลบ", "Quota minimums cannot be negative.")
