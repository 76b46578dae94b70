"""Send to another computer and receive from it: one package file each way, merged record by
record, with edits made on both sides left for the officer to decide."""

import datetime as dt
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from otop_desktop.db.database import Database
from otop_desktop.db.exchange_repository import ExchangeRepository, StoredRecord
from otop_desktop.db.models import utc_now
from otop_desktop.db.repositories import AuditRepository, lookup_keys_of, registered_keys_of
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.merge_rules import MergeAction, agreed_states, decide
from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.thai_text import name_key
from otop_desktop.services.changes import Change
from otop_desktop.services.exchange.exchange_merge import (
    Conflict,
    MergedRecord,
    MergeReport,
    ReportBuilder,
    check_package,
    merge_summary_th,
)
from otop_desktop.services.exchange.exchange_package import (
    EXTENSION,
    Package,
    encode_package,
    read_package,
    record_fingerprint,
    record_from_json,
    record_to_json,
)
from otop_desktop.services.exchange.exchange_photos import (
    PhotoIntake,
    held_everywhere,
    photos_to_send,
    require_photos,
    shown_photos,
)
from otop_desktop.services.exchange.exchange_roles import DistrictExchangeRole, ExchangeRole
from otop_desktop.services.exchange.package_crypto import PackageSealing
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import AreaOfOffice, OfficeService
from otop_desktop.services.storage_errors import writing

__all__ = ["Conflict", "ExchangeService", "MergeReport", "MergedRecord", "PackResult"]


@dataclass(frozen=True)
class PackResult:
    path: Path
    active: int
    deleted: int
    photos_carried: int = 0
    # Photos left out because every computer known to this one holds them already.
    photos_left_out: int = 0


class ExchangeService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        area: AreaOfOffice,
        role: ExchangeRole | None = None,
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._area = area
        self._role = role or DistrictExchangeRole()
        self._sealing = PackageSealing(database, office)

    def has_passphrase(self) -> bool:
        return self._sealing.has_passphrase()

    def set_passphrase(self, passphrase: str) -> None:
        """The exchange passphrase, the same on both computers: packages are sealed with it."""
        self._sealing.set_passphrase(passphrase)

    def installation_id(self) -> str:
        with writing(self._db) as session:
            return ExchangeRepository(session).installation_id()

    def default_package_name(self) -> str:
        district = self._office.require_office().district_code
        return f"otop-{district}-{dt.datetime.now():%Y%m%d-%H%M%S}{EXTENSION}"

    def photos_held_elsewhere(self) -> int:
        """How many photos a package would leave out unless asked for all of them."""
        district = self._office.require_office().district_code
        with self._db.reading() as session:
            records = ExchangeRepository(session).records(district).values()
            return len(shown_photos(records) & held_everywhere(session, district))

    def pack(self, out: Path, *, all_photos: bool = False) -> PackResult:
        """Writes every record of the district, deletions included, into one package file, with
        the photos a known computer may lack (every photo with `all_photos`, or when no computer
        is known yet). `out` may be a folder, which then gets a dated file name."""
        office = self._office.require_office()
        self._role.check_may_send()
        target = _free(out / self.default_package_name()) if out.is_dir() else out
        if not target.suffix:
            target = target.with_suffix(EXTENSION)
        with writing(self._db) as session:
            repository = ExchangeRepository(session)
            records = tuple(repository.records(office.district_code).values())
            carried, left_out = photos_to_send(
                session, records, office.district_code, all_photos=all_photos
            )
            package = Package(
                sender_id=repository.installation_id(),
                district_code=office.district_code,
                number=repository.next_package_number(),
                created_at=utc_now(),
                records=records,
                seen=repository.seen_by_peer(),
                photos=carried,
            )
            _write_file(target, self._sealing.seal(encode_package(package), office.district_code))
            deleted = sum(1 for r in package.records if r.is_deleted)
            AuditRepository(session).record(
                "exchange-send",
                actor=office.officer_name,
                summary=f"{target.name}: {len(package.records) - deleted} รายการ",
                details={
                    "file": str(target),
                    "package_number": package.number,
                    "photos": len(carried),
                },
            )
        return PackResult(target, len(package.records) - deleted, deleted, len(carried), left_out)

    def read(self, path: Path) -> Package:
        """A package checked and ready to preview (sender, time, records); nothing is merged."""
        return read_package(path, self._sealing.unsealer(path))

    def merge(self, path: Path) -> MergeReport:
        """Receives a package in one transaction: all of it, or nothing when it is refused."""
        office = self._office.require_office()
        package = read_package(path, self._sealing.unsealer(path))
        district = self._role.receiving_area(office, package.district_code)
        check_package(package, path, district, self._tambon_codes())
        with writing(self._db) as session:
            merge = _Merge(
                ExchangeRepository(session),
                package,
                self._gazetteer,
                PhotoIntake(session, package),
                supersede_reports=self._role.supersedes_reports,
            )
            report = merge.run(district)
            if merge.wrote:
                AuditRepository(session).record(
                    "exchange-receive",
                    actor=office.officer_name,
                    summary=merge_summary_th(report),
                    details={"file": str(path), **report.uuids()},
                )
        return report

    def resolve(self, conflict: Conflict, keep: Literal["local", "incoming"]) -> Change:
        """The officer's choice for one conflict; the other version stays in the audit log."""
        if keep not in ("local", "incoming"):
            raise ValueError(keep)
        office = self._office.require_office()
        with writing(self._db) as session:
            repository = ExchangeRepository(session)
            current = repository.record(conflict.uuid)
            if current is None or current.version != conflict.local.version:
                raise UserError(
                    "รายการนี้ถูกแก้ไขอีกหลังจากรับข้อมูล กรุณาเปิดเมนู แฟ้ม › "
                    "ข้อมูลที่แก้ไขทั้งสองเครื่อง รอเลือก อีกครั้งเพื่อดูความขัดแย้งล่าสุด",
                    "This record changed again after the package was received; open File › "
                    "Records edited on both computers again to see the conflict as it is now.",
                )
            incoming = conflict.incoming
            if keep == "incoming":
                require_photos(session, incoming)
                tambon = incoming.registration.tambon_code
                repository.put(incoming, self._gazetteer.tambon_name(tambon))
            repository.set_seen(
                conflict.peer_id, conflict.uuid, incoming.version, conflict.incoming_fingerprint
            )
            repository.drop_conflict(conflict.peer_id, conflict.uuid)
            AuditRepository(session).record(
                "exchange-resolve",
                actor=office.officer_name,
                entity_uuid=conflict.uuid,
                summary=f"{conflict.local.producer_name}: ใช้ข้อมูล"
                + ("ของเครื่องนี้" if keep == "local" else "ที่รับมา"),
                details={"peer": conflict.peer_id, "keep": keep, "other": conflict.changed_fields},
            )
        return Change.registrations(
            {conflict.uuid}, {conflict.local.tambon_code, incoming.registration.tambon_code}
        )

    def pending_conflicts(self) -> list[Conflict]:
        """Conflicts of earlier packages still awaiting a choice, each against this computer's
        record as it is now."""
        found: list[Conflict] = []
        with self._db.reading() as session:
            repository = ExchangeRepository(session)
            for peer_id, kept in repository.conflicts():
                incoming = record_from_json(json.loads(kept), "exchange_conflict.incoming")
                mine = repository.record(incoming.uuid)
                if mine is not None:
                    found.append(Conflict.of(peer_id, mine, incoming))
        return found

    def _tambon_codes(self) -> frozenset[str]:
        return self._area().tambon_codes


class _Merge:
    def __init__(
        self,
        repository: ExchangeRepository,
        package: Package,
        gazetteer: Gazetteer,
        photos: PhotoIntake,
        *,
        supersede_reports: bool = False,
    ) -> None:
        self._repository = repository
        self._package = package
        self._gazetteer = gazetteer
        self._photos = photos
        # A province may hold a district's report workbook and then receive its package: the
        # same producers, without their UUIDs. The package's copy, with full IDs, wins.
        self._supersede_reports = supersede_reports
        self._report_copies: dict[tuple[str, ...], StoredRecord] = {}
        self.wrote = False
        self._by_uuid: dict[str, list[tuple[str, str]]] = {}
        for peer, prints in package.seen.items():
            for uuid, print_ in prints.items():
                self._by_uuid.setdefault(uuid, []).append((peer, print_))

    def run(self, district_code: str) -> MergeReport:
        repository, package = self._repository, self._package
        own_id = repository.installation_id()
        check_not_older(repository, package, own_id)
        local = repository.records(district_code)
        seen = repository.seen()
        report = ReportBuilder(package.sender_id, package.created_at)
        copies: set[str] = set()
        if self._supersede_reports:
            self._report_copies = _never_exchanged(local, seen)
            copies = {record.uuid for record in self._report_copies.values()}
        self._photos.store_carried()
        for incoming in package.records:
            mine = local.get(incoming.uuid)
            if mine is None and not incoming.is_deleted:
                self._supersede_report_copy(incoming, report)
            elif mine is not None and mine.uuid in copies:
                # The district report's copy of this very record: the package's, with its
                # full ID numbers, replaces it without a question.
                self._take(incoming)
                reg = incoming.registration
                report.superseded.append(MergedRecord(reg.uuid, reg.producer_name, reg.tambon_code))
                if repository.set_seen(
                    package.sender_id, incoming.uuid, incoming.version, record_fingerprint(incoming)
                ):
                    self.wrote = True
                continue
            print_ = record_fingerprint(incoming)
            agreed = agreed_states(
                seen.get(incoming.uuid, {}),
                self._by_uuid.get(incoming.uuid, ()),
                sender_id=package.sender_id,
                own_id=own_id,
            )
            action = decide(
                record_fingerprint(mine) if mine else None,
                print_,
                agreed,
                local_deleted=mine.is_deleted if mine else False,
                incoming_deleted=incoming.is_deleted,
            )
            if action is MergeAction.CONFLICT and mine is not None:
                self._photos.need(incoming)
                report.conflicts.append(Conflict.of(package.sender_id, mine, incoming))
                kept = json.dumps(record_to_json(incoming), ensure_ascii=False)
                if repository.keep_conflict(package.sender_id, incoming.uuid, kept):
                    self.wrote = True
                continue
            if repository.drop_conflict(package.sender_id, incoming.uuid):
                self.wrote = True  # the computers agree again
            if action in (MergeAction.ADD, MergeAction.TAKE_INCOMING):
                self._take(incoming)
            report.count(action, mine, incoming)
            if repository.set_seen(package.sender_id, incoming.uuid, incoming.version, print_):
                self.wrote = True
        if self._photos.finish():
            self.wrote = True
        last = repository.last_package_from(package.sender_id)
        if last is None or (package.number, package.created_at) != last:
            repository.note_package(
                package.sender_id, package.district_code, package.number, package.created_at
            )
            self.wrote = True
        return report.build()

    def _take(self, incoming: StoredRecord) -> None:
        if not self._photos.need(incoming):
            return  # the merge is refused at its end, with every missing photo counted
        tambon = incoming.registration.tambon_code
        self._repository.put(incoming, self._gazetteer.tambon_name(tambon))
        self.wrote = True

    def _supersede_report_copy(self, incoming: StoredRecord, report: ReportBuilder) -> None:
        keys = lookup_keys_of(*_identity(incoming.registration))
        copy = next((self._report_copies[k] for k in keys if k in self._report_copies), None)
        if copy is None:
            return
        for key in registered_keys_of(*_identity(copy.registration)):
            self._report_copies.pop(key, None)
        now = utc_now()
        self._take(replace(copy, is_deleted=True, deleted_at=now, updated_at=now))
        reg = copy.registration
        report.superseded.append(MergedRecord(reg.uuid, reg.producer_name, reg.tambon_code))


def _identity(reg: Registration) -> tuple[ProducerType, str, str, str, str]:
    assert reg.producer_type is not None
    return (
        reg.producer_type,
        reg.national_id,
        reg.juristic_no,
        reg.tambon_code,
        name_key(reg.producer_name),
    )


def _never_exchanged(
    local: dict[str, StoredRecord], seen: dict[str, dict[str, str]]
) -> dict[tuple[str, ...], StoredRecord]:
    """The active records that no package ever carried (imported from a report, or typed
    here), by the keys they are found by."""
    found: dict[tuple[str, ...], StoredRecord] = {}
    for record in local.values():
        if record.is_deleted or record.uuid in seen:
            continue
        for key in registered_keys_of(*_identity(record.registration)):
            found.setdefault(key, record)
    return found


def check_not_older(repository: ExchangeRepository, package: Package, own_id: str) -> None:
    if package.sender_id == own_id:
        raise UserError(
            "แฟ้มนี้ส่งออกจากเครื่องนี้เอง จึงไม่ต้องรับเข้า (ให้นำไปรับที่เครื่องอื่น)",
            "This package was made on this computer; receive it on the other computer.",
        )
    last = repository.last_package_from(package.sender_id)
    # Older by both its number and its time: a restore or a wrong clock moves only one of them.
    if last is not None and package.number < last[0] and package.created_at < last[1]:
        raise UserError(
            "แฟ้มนี้เก่ากว่าแฟ้มที่รับจากเครื่องเดียวกันไปแล้ว จึงไม่ได้รับ เพื่อไม่ให้ข้อมูลใหม่ถูกแทนด้วยข้อมูลเก่า "
            "กรุณาใช้แฟ้มล่าสุด",
            "This package is older than one already received from the same computer, so it was "
            "not received (old data must not replace newer); use the latest package.",
        )


def _free(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _write_file(target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        make_private(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(
            f"เขียนแฟ้ม {target} ไม่ได้ ({exc.strerror or exc})",
            f"Cannot write {target}: {exc}",
        ) from exc
