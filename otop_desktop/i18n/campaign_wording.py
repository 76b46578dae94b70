"""Sentences about campaigns that the window and the command line both say."""

from otop_desktop.domain.campaign import Campaign
from otop_desktop.i18n.catalog import shown_date, tr


def campaign_heading(campaign: Campaign) -> str:
    return tr("ปีงบประมาณ {year}: นับวันรับลงทะเบียน {start} – {end}").format(
        year=campaign.year,
        start=shown_date(campaign.window_start, "abbr"),
        end=shown_date(campaign.window_end, "abbr"),
    )


def outside_every_window_text(count: int) -> str:
    return tr(
        "⚠ มีทะเบียน {n} รายที่วันรับลงทะเบียนไม่อยู่ในช่วงนับของการรับลงทะเบียนปีงบประมาณใด "
        "จึงไม่ถูกนับในรายงานใดเลย (แก้วันที่ หรือเพิ่มการรับลงทะเบียนของปีนั้น)"
    ).format(n=count)
