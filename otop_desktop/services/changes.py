"""What a write changed, so that views refresh once and only what they show."""

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    REGISTRATIONS = "registrations"
    OFFICE = "office"
    CAMPAIGN = "campaign"
    EXPORTS = "exports"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    uuids: frozenset[str] = frozenset()
    tambon_codes: frozenset[str] = frozenset()

    @classmethod
    def registrations(cls, uuids: set[str], tambon_codes: set[str]) -> "Change":
        return cls(ChangeKind.REGISTRATIONS, frozenset(uuids), frozenset(tambon_codes))
