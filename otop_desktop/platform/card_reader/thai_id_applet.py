"""The Ministry of Interior applet on the Thai ID card, spoken APDU by APDU (shared/SMARTCARD.md).

Only the fields the registration form needs are read: the citizen ID, the Thai name, the birth
date, the address and the expiry date. Never the photo, the fingerprint area or the health
insurance applet. Status words and lengths may be logged; the data never is.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from otop_desktop.domain.id_card import CardDataError, IdCard, parse_card
from otop_desktop.platform.card_reader.card_port import CardProblem, CardReadError

# One APDU out; the response data and the two status bytes back.
Transmit = Callable[[Sequence[int]], tuple[Sequence[int], int, int]]

log = logging.getLogger(__name__)

SELECT_MOI_APPLET = (0x00, 0xA4, 0x04, 0x00, 0x08, 0xA0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01)
GET_RESPONSE = (0x00, 0xC0, 0x00)
SUCCESS = (0x90, 0x00)
MORE_DATA = 0x61
WRONG_LENGTH = 0x6C


@dataclass(frozen=True)
class CardField:
    offset: int
    length: int


CITIZEN_ID = CardField(4, 13)
THAI_NAME = CardField(17, 100)
BIRTH_DATE = CardField(217, 8)
EXPIRY = CardField(367, 8)
# The address runs up to the card number at 5657, 160 bytes; some sources read only 100.
ADDRESS = CardField(5497, 160)
ADDRESS_SHORT = CardField(5497, 100)


class _StatusError(Exception):
    def __init__(self, sw1: int, sw2: int) -> None:
        super().__init__(f"{sw1:02X} {sw2:02X}")
        self.sw1, self.sw2 = sw1, sw2


class ThaiIdApplet:
    def __init__(self, transmit: Transmit, atr: Sequence[int]) -> None:
        self._transmit = transmit
        # Older readers' sources fetch responses with P2 = 01 for ATRs that start 3B 67.
        self._get_response_p2 = 0x01 if list(atr[:2]) == [0x3B, 0x67] else 0x00

    def _exchange(self, apdu: Sequence[int]) -> tuple[list[int], int, int]:
        data, sw1, sw2 = self._transmit(apdu)
        if sw1 == WRONG_LENGTH:
            # T=0: the card names the length it can give; ask again with it.
            data, sw1, sw2 = self._transmit([*apdu[:-1], sw2])
        return list(data), sw1, sw2

    def _command(self, apdu: Sequence[int]) -> list[int]:
        collected, sw1, sw2 = self._exchange(apdu)
        while sw1 == MORE_DATA:
            data, sw1, sw2 = self._exchange([*GET_RESPONSE, self._get_response_p2, sw2])
            collected += data
        if (sw1, sw2) != SUCCESS:
            raise _StatusError(sw1, sw2)
        return collected

    def select(self) -> None:
        _, sw1, sw2 = self._exchange(SELECT_MOI_APPLET)
        if (sw1, sw2) != SUCCESS and sw1 != MORE_DATA:
            log.info("the card refused the ID card applet: status %02X %02X", sw1, sw2)
            raise CardReadError(CardProblem.NOT_THAI_CARD)

    def read_field(self, field: CardField) -> bytes:
        apdu = (0x80, 0xB0, field.offset >> 8, field.offset & 0xFF, 0x02, 0x00, field.length)
        try:
            data = self._command(apdu)
        except _StatusError as exc:
            log.info(
                "the card answered %02X %02X to a read of %d bytes at %d",
                exc.sw1,
                exc.sw2,
                field.length,
                field.offset,
            )
            raise
        return bytes(data[: field.length])

    def read_address(self) -> bytes:
        try:
            return self.read_field(ADDRESS)
        except _StatusError:
            return self.read_field(ADDRESS_SHORT)

    def read_card(self) -> IdCard:
        self.select()
        try:
            citizen_id = self.read_field(CITIZEN_ID)
            name = self.read_field(THAI_NAME)
            birth = self.read_field(BIRTH_DATE)
            expiry = self.read_field(EXPIRY)
            address = self.read_address()
        except _StatusError as exc:
            raise CardReadError(CardProblem.READ_FAILED) from exc
        try:
            return parse_card(citizen_id, name, birth, address, expiry)
        except CardDataError as exc:
            log.info("a card read was rejected: %s", exc)
            raise CardReadError(CardProblem.BAD_READ) from exc
