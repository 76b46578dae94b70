"""What an ID card gives a registration: the contact person, the ID number and, when the card's
address lies in the office's area, the production site's address. Also the command line's view
of a card (`card read --json`)."""

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.id_card import CardAddress, IdCard
from otop_desktop.domain.identifiers import mask_national_id
from otop_desktop.domain.registration import Person, SiteAddress
from otop_desktop.services.office.gazetteer import Gazetteer


@dataclass(frozen=True)
class CardFill:
    contact: Person
    national_id: str
    site: SiteAddress | None  # None: the card's address is outside the office's tambons
    card_area: str  # the card's tambon, district and province, to tell the officer
    expired: bool


def card_tambon(gazetteer: Gazetteer, address: CardAddress) -> Tambon | None:
    return gazetteer.match_address(address.tambon, address.amphoe, address.province)


def area_text(address: CardAddress) -> str:
    bangkok = address.province == "กรุงเทพมหานคร"
    return " ".join(
        (
            ("แขวง" if bangkok else "ตำบล") + address.tambon,
            ("เขต" if bangkok else "อำเภอ") + address.amphoe,
            address.province if bangkok else "จังหวัด" + address.province,
        )
    )


def fill_from_card(
    card: IdCard, gazetteer: Gazetteer, office_tambons: Collection[str], today: dt.date
) -> CardFill:
    tambon = card_tambon(gazetteer, card.address)
    site = None
    if tambon is not None and tambon.code in office_tambons:
        site = SiteAddress(
            tambon_code=tambon.code,
            house_no=card.address.house_no,
            moo=card.address.moo,
            village=card.address.village,
            road=card.address.road,
            postal_code=tambon.default_postal_code,
        )
    return CardFill(
        contact=Person(card.prefix, card.first_name, card.last_name),
        national_id=card.citizen_id,
        site=site,
        card_area=area_text(card.address),
        expired=card.is_expired(today),
    )


def card_json(
    card: IdCard, gazetteer: Gazetteer, *, with_ids: bool, today: dt.date
) -> dict[str, Any]:
    """`card read --json`: the card in the form's terms; the ID masked unless asked for."""
    tambon = card_tambon(gazetteer, card.address)
    birth = card.birth_date
    born = birth.as_date() if birth else None
    found: dict[str, Any] = {
        "citizen_id": card.citizen_id if with_ids else mask_national_id(card.citizen_id),
        "prefix": card.prefix,
        "first_name": card.first_name,
        "last_name": card.last_name,
        "birth_date": born.isoformat() if born else None,
    }
    if birth is not None and born is None:
        found["birth_year"] = birth.year_ce
    found["address"] = {
        "line": card.address.line,
        "tambon": card.address.tambon,
        "amphoe": card.address.amphoe,
        "province": card.address.province,
        "tambon_code": tambon.code if tambon else None,
    }
    found["expired"] = card.is_expired(today)
    return found
