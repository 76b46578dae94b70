"""The few fields of a registration that lists, searches and duplicate warnings show."""

import datetime as dt
from dataclasses import dataclass

from otop_desktop.domain.identifiers import mask_national_id
from otop_desktop.domain.producer_types import ProducerType, RegistrationStatus


@dataclass(frozen=True, slots=True)
class RegistrationSummary:
    uuid: str
    version: int
    producer_type: ProducerType
    producer_name: str
    contact_name: str
    national_id: str
    tambon_code: str
    main_product: str
    received_on: dt.date
    status: RegistrationStatus
    is_deleted: bool
    missing_documents: int = 0
    product_photos: int = 0

    @property
    def masked_id(self) -> str:
        return mask_national_id(self.national_id)
