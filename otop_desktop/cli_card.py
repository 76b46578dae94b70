"""`card readers` and `card read`: what the ID card reader sees, for support (PRODUCT.md §4)."""

import argparse
import datetime as dt
import json

from otop_desktop.domain.errors import UserError
from otop_desktop.domain.id_card import IdCard
from otop_desktop.domain.identifiers import format_national_id, mask_national_id
from otop_desktop.i18n.catalog import shown_date, tr
from otop_desktop.platform import card_reader
from otop_desktop.platform.card_reader import CardProblem, CardReadError
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.registry.card_fill import area_text, card_json, card_tambon

EXIT_OK = 0


def run_card_command(args: argparse.Namespace) -> int:
    try:
        if args.card_command == "readers":
            return _readers()
        return _read(args)
    except CardReadError as exc:
        raise UserError(exc.message_th, exc.message_en) from exc


def _readers() -> int:
    readers = card_reader.open_card_reader().readers()
    if not readers:
        raise CardReadError(CardProblem.NO_READER)
    for reader in readers:
        print(reader)
    return EXIT_OK


def _read(args: argparse.Namespace) -> int:
    card = card_reader.open_card_reader().read(args.reader)
    today = dt.date.today()
    gazetteer = Gazetteer()
    if args.json:
        found = card_json(card, gazetteer, with_ids=args.with_ids, today=today)
        print(json.dumps(found, ensure_ascii=False))
        return EXIT_OK
    for line in _lines(card, gazetteer, with_ids=args.with_ids, today=today):
        print(line)
    return EXIT_OK


def _lines(card: IdCard, gazetteer: Gazetteer, *, with_ids: bool, today: dt.date) -> list[str]:
    shown_id = format_national_id if with_ids else mask_national_id
    birth = card.birth_date
    born = birth.as_date() if birth else None
    if born is not None:
        birth_text = shown_date(born, "full")
    else:
        birth_text = tr("ปี พ.ศ. {year}").format(year=birth.year_be) if birth else "-"
    tambon = card_tambon(gazetteer, card.address)
    address = " ".join(p for p in (card.address.line, area_text(card.address)) if p)
    lines = [
        tr("เลขประจำตัวประชาชน: {id}").format(id=shown_id(card.citizen_id)),
        tr("ชื่อ-สกุล: {name}").format(name=f"{card.prefix}{card.first_name} {card.last_name}"),
        tr("วันเกิด: {date}").format(date=birth_text),
        tr("ที่อยู่: {address} (รหัสตำบล {code})").format(address=address, code=tambon.code)
        if tambon
        else tr("ที่อยู่: {address}").format(address=address),
    ]
    if card.is_expired(today):
        lines.append(tr("บัตรหมดอายุแล้ว"))
    return lines
