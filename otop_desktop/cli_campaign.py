"""`campaign list | new | use`: the office's campaigns, one per fiscal year (PRODUCT.md §4)."""

import argparse
import datetime as dt
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from otop_desktop.domain.campaign import Campaign
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.quota import QuotaRule
from otop_desktop.domain.thai_dates import ThaiDateError, parse_thai_date
from otop_desktop.i18n.catalog import shown_date, tr

if TYPE_CHECKING:
    from otop_desktop.services.campaign.campaign_service import CampaignService

EXIT_OK = 0
DATE_OPTIONS = (
    ("letter_date", "--letter-date"),
    ("window_start", "--window-start"),
    ("window_end", "--window-end"),
    ("registration_deadline", "--deadline"),
    ("report_due", "--report-due"),
)


def campaign_json(campaign: Campaign, active_year: int) -> dict[str, Any]:
    return {
        "year": campaign.year,
        "name": campaign.name,
        "letter_reference": campaign.letter_reference,
        "letter_date": campaign.letter_date.isoformat(),
        "window_start": campaign.window_start.isoformat(),
        "window_end": campaign.window_end.isoformat(),
        "registration_deadline": campaign.registration_deadline.isoformat(),
        "report_due": campaign.report_due.isoformat(),
        "recipient": campaign.recipient_email,
        "rule": {
            "min_groups": campaign.rule.min_groups,
            "min_others": campaign.rule.min_others,
            "min_total": campaign.rule.min_total,
        },
        "active": campaign.year == active_year,
    }


def campaign_line(campaign: Campaign, active_year: int) -> str:
    return tr("{mark} ปีงบประมาณ {year}: {name} นับ {start} – {end} ส่งรายงานถึง {recipient}").format(
        mark="*" if campaign.year == active_year else " ",
        year=campaign.year,
        name=campaign.name,
        start=shown_date(campaign.window_start),
        end=shown_date(campaign.window_end),
        recipient=campaign.recipient_email,
    )


def run_campaign_command(args: argparse.Namespace, campaigns: "CampaignService") -> int:
    if args.campaign_command == "new":
        created, _ = campaigns.create(_new_campaign(args, campaigns))
        print(tr("เพิ่มและใช้การรับลงทะเบียนปีงบประมาณ {year} แล้ว").format(year=created.year))
        print(campaign_line(created, created.year))
        return EXIT_OK
    if args.campaign_command == "use":
        campaigns.activate(args.year)
        print(tr("ใช้การรับลงทะเบียนปีงบประมาณ {year} แล้ว").format(year=args.year))
        return EXIT_OK
    active = campaigns.active().year
    if args.json:
        print(json.dumps([campaign_json(c, active) for c in campaigns.all()], ensure_ascii=False))
    else:
        for campaign in campaigns.all():
            print(campaign_line(campaign, active))
    return EXIT_OK


def _new_campaign(args: argparse.Namespace, campaigns: "CampaignService") -> Campaign:
    """The fiscal year's defaults (campaign_for_year), with what the options give instead."""
    campaign = campaigns.proposal(args.year)
    given: dict[str, Any] = {
        key: _date(getattr(args, key), option)
        for key, option in DATE_OPTIONS
        if getattr(args, key) is not None
    }
    for key, value in (
        ("name", args.name),
        ("letter_reference", args.letter_ref),
        ("recipient_email", args.recipient),
    ):
        if value is not None:
            given[key] = value.strip()
    rule = campaign.rule
    given["rule"] = QuotaRule(
        rule.min_groups if args.min_groups is None else args.min_groups,
        rule.min_others if args.min_others is None else args.min_others,
        rule.min_total if args.min_total is None else args.min_total,
    )
    return replace(campaign, **given)


def _date(text: str, option: str) -> dt.date:
    try:
        return parse_thai_date(text)
    except ThaiDateError as exc:
        raise UserError(
            f'{option}: อ่านวันที่ "{text}" ไม่ได้ (ใช้ เช่น 1/10/2569, 1 ต.ค. 2569 หรือ 2026-10-01)',
            f'{option}: cannot read the date "{text}" (use e.g. 1/10/2569 or 2026-10-01)',
        ) from exc


def add_campaign_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    campaign = commands.add_parser("campaign", help="the office's campaigns, one per fiscal year")
    verbs = campaign.add_subparsers(dest="campaign_command", metavar="list|new|use", required=True)
    listing = verbs.add_parser("list", help="every campaign; * marks the active one")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    new = verbs.add_parser("new", help="add a fiscal year's campaign and make it active")
    new.add_argument("--year", type=int, required=True, help="the B.E. fiscal year, e.g. 2570")
    new.add_argument("--name", metavar="T")
    new.add_argument("--letter-ref", metavar="T")
    for key, option in DATE_OPTIONS:
        new.add_argument(option, dest=key, metavar="D", help="a date: 1/10/2569 or 2026-10-01")
    new.add_argument("--recipient", metavar="E", help="the report's e-mail recipient")
    for name in ("--min-groups", "--min-others", "--min-total"):
        new.add_argument(name, type=int, metavar="N")
    use = verbs.add_parser("use", help="make a fiscal year's campaign the active one")
    use.add_argument("year", type=int)
