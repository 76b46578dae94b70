"""What receiving a package did: records added, updated, deleted, and conflicts left to decide."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from otop_desktop.db.exchange_repository import StoredRecord
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.merge_rules import MergeAction
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.registration_codec import registration_to_json
from otop_desktop.services.changes import Change
from otop_desktop.services.exchange.exchange_package import (
    BadPackageError,
    Package,
    record_fingerprint,
)


@dataclass(frozen=True)
class MergedRecord:
    uuid: str
    producer_name: str
    tambon_code: str
    # The tambon before the merge, when the record moved; empty otherwise.
    previous_tambon_code: str = ""


@dataclass(frozen=True)
class Conflict:
    """A record edited on both computers since they last exchanged it. Both versions are kept
    here, and neither computer's copy was changed; ExchangeService.resolve applies a choice."""

    peer_id: str
    local: Registration
    local_deleted: bool
    incoming: StoredRecord
    incoming_fingerprint: str
    changed_fields: tuple[str, ...]

    @property
    def uuid(self) -> str:
        return self.local.uuid

    @property
    def incoming_registration(self) -> Registration:
        return self.incoming.registration

    @property
    def incoming_deleted(self) -> bool:
        return self.incoming.is_deleted

    @classmethod
    def of(cls, peer_id: str, local: StoredRecord, incoming: StoredRecord) -> "Conflict":
        mine = {**registration_to_json(local.registration), "is_deleted": local.is_deleted}
        theirs = {
            **registration_to_json(incoming.registration),
            "is_deleted": incoming.is_deleted,
        }
        names = [*mine, *(name for name in theirs if name not in mine)]
        changed = tuple(name for name in names if mine.get(name) != theirs.get(name))
        return cls(
            peer_id,
            local.registration,
            local.is_deleted,
            incoming,
            record_fingerprint(incoming),
            changed,
        )


@dataclass(frozen=True)
class MergeReport:
    sender_id: str
    package_created_at: dt.datetime
    added: tuple[MergedRecord, ...] = ()
    updated: tuple[MergedRecord, ...] = ()
    deleted: tuple[MergedRecord, ...] = ()
    unchanged: int = 0
    conflicts: tuple[Conflict, ...] = ()
    # At a province office: copies of the district's records that came from its report
    # workbook, set aside (deleted) because the package brought the same producers.
    superseded: tuple[MergedRecord, ...] = ()

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.superseded)

    @property
    def change(self) -> Change:
        merged = (*self.added, *self.updated, *self.deleted, *self.superseded)
        tambons = {m.tambon_code for m in merged} | {
            m.previous_tambon_code for m in merged if m.previous_tambon_code
        }
        return Change.registrations({m.uuid for m in merged}, tambons)

    def uuids(self) -> dict[str, list[str]]:
        return {
            "added": [m.uuid for m in self.added],
            "updated": [m.uuid for m in self.updated],
            "deleted": [m.uuid for m in self.deleted],
            "conflicts": [c.uuid for c in self.conflicts],
            "superseded": [m.uuid for m in self.superseded],
        }


@dataclass
class ReportBuilder:
    sender_id: str
    package_created_at: dt.datetime
    added: list[MergedRecord] = field(default_factory=list)
    updated: list[MergedRecord] = field(default_factory=list)
    deleted: list[MergedRecord] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    superseded: list[MergedRecord] = field(default_factory=list)

    def count(self, action: MergeAction, mine: StoredRecord | None, incoming: StoredRecord) -> None:
        reg = incoming.registration
        before = mine.registration.tambon_code if mine else ""
        moved_from = before if before != reg.tambon_code else ""
        merged = MergedRecord(reg.uuid, reg.producer_name, reg.tambon_code, moved_from)
        if action is MergeAction.ADD and not incoming.is_deleted:
            self.added.append(merged)
        elif action is MergeAction.TAKE_INCOMING and incoming.is_deleted:
            self.deleted.append(merged)
        elif action is MergeAction.TAKE_INCOMING:
            self.updated.append(merged)
        else:
            # Same on both sides, kept local, or a tombstone of a record never seen here.
            self.unchanged += 1

    def build(self) -> MergeReport:
        return MergeReport(
            self.sender_id,
            self.package_created_at,
            tuple(self.added),
            tuple(self.updated),
            tuple(self.deleted),
            self.unchanged,
            tuple(self.conflicts),
            tuple(self.superseded),
        )


def check_package(
    package: Package, path: Path, district_code: str, tambon_codes: frozenset[str]
) -> None:
    if package.district_code != district_code:
        raise UserError(
            f"แฟ้มนี้เป็นข้อมูลของอำเภอรหัส {package.district_code} ไม่ใช่อำเภอของเครื่องนี้ "
            f"({district_code}) จึงไม่ได้รับข้อมูลใด ๆ",
            f"This package holds district {package.district_code}, not this office's district "
            f"({district_code}); nothing was received.",
        )
    for record in package.records:
        if record.registration.tambon_code not in tambon_codes:
            raise BadPackageError(
                path,
                f"ตำบลรหัส {record.registration.tambon_code} ไม่อยู่ในอำเภอนี้",
                f"tambon {record.registration.tambon_code} is not in this district",
            )


def merge_summary_th(report: MergeReport) -> str:
    return (
        f"รับข้อมูลจากเครื่อง {report.sender_id[:8]}: เพิ่ม {len(report.added)} "
        f"แก้ไข {len(report.updated)} ลบ {len(report.deleted)} "
        f"ขัดแย้ง {len(report.conflicts)} รายการ{_superseded_th(report)}"
    )


def _superseded_th(report: MergeReport) -> str:
    if not report.superseded:
        return ""
    return f" (แทนรายการที่นำเข้าจากแฟ้มรายงาน {len(report.superseded)} รายการ)"
