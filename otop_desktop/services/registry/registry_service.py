"""Add, edit, delete, restore and find registrations; every write is validated and audited."""

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.domain.campaign import Campaign, campaign_holding
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.producer_types import ProducerType, RegistrationStatus
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.domain.thai_text import name_key
from otop_desktop.domain.validation import FieldError, errors_only, validate_registration
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import AreaOfOffice, OfficeService
from otop_desktop.services.storage_errors import writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from otop_desktop.services.registry.registry_browser import RegistryBrowser

SIMILAR_NAME_RATIO = 0.85


class InvalidRegistrationError(UserError):
    def __init__(self, problems: list[FieldError]) -> None:
        lines_th = "; ".join(p.message_th for p in problems)
        lines_en = "; ".join(p.message_en for p in problems)
        super().__init__(f"บันทึกไม่ได้: {lines_th}", f"Not saved: {lines_en}")
        self.problems = problems


class ConcurrentEditError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "รายการนี้ถูกแก้ไขจากที่อื่นหลังจากที่เปิดไว้ จึงยังไม่ได้บันทึก "
            "กรุณาเปิดรายการใหม่เพื่อดูข้อมูลล่าสุด (ข้อมูลที่กรอกไว้ยังอยู่ในแบบฟอร์ม)",
            "This record was changed elsewhere after you opened it, so it was not saved; "
            "reopen it to see the latest version (what you typed is still in the form).",
        )


class RegistrationNotFoundError(UserError):
    def __init__(self) -> None:
        super().__init__("ไม่พบรายการนี้ในทะเบียน", "This registration is not in the registry.")


@dataclass(frozen=True)
class SaveResult:
    registration: Registration
    warnings: tuple[FieldError, ...]
    change: Change


class RegistryService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        campaigns: CampaignService,
        area: AreaOfOffice,
    ) -> None:
        """`area`: what registrations are checked against, as the composition root decides
        for the kind of office."""
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._campaigns = campaigns
        self._area = area

    def validate(self, reg: Registration) -> list[FieldError]:
        return validate_registration(reg, self._area(), windows=self._campaigns.windows())

    def _checked(self, reg: Registration) -> list[FieldError]:
        problems = self.validate(reg)
        errors = errors_only(problems)
        if errors:
            raise InvalidRegistrationError(errors)
        return problems

    def _actor(self) -> str:
        office = self._office.office()
        return office.officer_name if office else ""

    def add(self, reg: Registration, *, filled_from_card: bool = False) -> SaveResult:
        from otop_desktop.db.repositories import AuditRepository, RegistrationRepository

        warnings = self._checked(reg)
        with writing(self._db) as session:
            _require_photos(session, reg)
            saved = RegistrationRepository(session).add(
                reg, self._gazetteer.tambon_name(reg.tambon_code)
            )
            AuditRepository(session).record(
                "create", actor=self._actor(), entity_uuid=saved.uuid, summary=saved.producer_name
            )
            if filled_from_card:
                self._record_card_fill(session, saved)
        return SaveResult(
            saved, tuple(warnings), Change.registrations({saved.uuid}, {saved.tambon_code})
        )

    def _record_card_fill(self, session: "Session", saved: Registration) -> None:
        """That the card was read, never what it held."""
        from otop_desktop.db.repositories import AuditRepository

        AuditRepository(session).record(
            "card-fill", actor=self._actor(), entity_uuid=saved.uuid, summary=saved.producer_name
        )

    def update(self, reg: Registration, *, filled_from_card: bool = False) -> SaveResult:
        from otop_desktop.db.repositories import (
            AuditRepository,
            RecordNotFoundError,
            RegistrationRepository,
            StaleRecordError,
        )

        warnings = self._checked(reg)
        try:
            with writing(self._db) as session:
                _require_photos(session, reg)
                repository = RegistrationRepository(session)
                before = repository.get(reg.uuid)
                saved = repository.update(reg, self._gazetteer.tambon_name(reg.tambon_code))
                AuditRepository(session).record(
                    "update",
                    actor=self._actor(),
                    entity_uuid=saved.uuid,
                    summary=saved.producer_name,
                    details={"changed": _changed_fields(before, saved)},
                )
                if filled_from_card:
                    self._record_card_fill(session, saved)
        except StaleRecordError as exc:
            raise ConcurrentEditError() from exc
        except RecordNotFoundError as exc:
            raise RegistrationNotFoundError() from exc
        tambons = {before.tambon_code, saved.tambon_code}
        return SaveResult(saved, tuple(warnings), Change.registrations({saved.uuid}, tambons))

    def _set_deleted(self, uuid: str, deleted: bool) -> Change:
        from otop_desktop.db.repositories import (
            AuditRepository,
            RecordNotFoundError,
            RegistrationRepository,
            StaleRecordError,
        )

        try:
            with writing(self._db) as session:
                saved = RegistrationRepository(session).set_deleted(uuid, deleted)
                AuditRepository(session).record(
                    "delete" if deleted else "restore",
                    actor=self._actor(),
                    entity_uuid=uuid,
                    summary=saved.producer_name,
                )
        except StaleRecordError as exc:
            raise ConcurrentEditError() from exc
        except RecordNotFoundError as exc:
            raise RegistrationNotFoundError() from exc
        return Change.registrations({uuid}, {saved.tambon_code})

    def delete(self, uuid: str) -> Change:
        return self._set_deleted(uuid, True)

    def restore(self, uuid: str) -> Change:
        return self._set_deleted(uuid, False)

    def get(self, uuid: str) -> Registration:
        from otop_desktop.db.repositories import RecordNotFoundError, RegistrationRepository

        try:
            with self._db.reading() as session:
                return RegistrationRepository(session).get(uuid)
        except RecordNotFoundError as exc:
            raise RegistrationNotFoundError() from exc

    def search(
        self,
        query: str = "",
        *,
        tambon_code: str | None = None,
        producer_type: ProducerType | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[RegistrationSummary]:
        from otop_desktop.db.repositories import RegistrationRepository

        district = self._office.require_office().district_code
        with self._db.reading() as session:
            return RegistrationRepository(session).search(
                query,
                district_code=district,
                tambon_code=tambon_code,
                producer_type=producer_type,
                include_deleted=include_deleted,
                limit=limit,
            )

    def browser(self) -> "RegistryBrowser":
        """The list behind the registry page, for the office's whole area."""
        from otop_desktop.services.registry.registry_browser import RegistryBrowser

        return RegistryBrowser(self._db, self._office.require_office().area_code)

    def count(self) -> int:
        from otop_desktop.db.repositories import RegistrationRepository

        district = self._office.require_office().district_code
        with self._db.reading() as session:
            return RegistrationRepository(session).count(district)

    def possible_duplicates(self, reg: Registration) -> list[RegistrationSummary]:
        """Records that may be this producer: same ID, or a (nearly) equal name in the tambon."""
        from difflib import SequenceMatcher  # only here: start-up does not pay for it

        from otop_desktop.db.repositories import RegistrationRepository

        key = name_key(reg.producer_name)
        with self._db.reading() as session:
            repository = RegistrationRepository(session)
            found = {
                s.uuid: s
                for s in repository.find_same_producer(
                    national_id=reg.national_id,
                    juristic_no=reg.juristic_no,
                    tambon_code=reg.tambon_code,
                    key=key,
                    exclude_uuid=reg.uuid,
                )
            }
            if reg.tambon_code and len(key) >= 4:
                similar = [
                    uuid
                    for uuid, other_key, _name in repository.names_in_tambon(reg.tambon_code)
                    if uuid != reg.uuid
                    and uuid not in found
                    and SequenceMatcher(None, key, other_key).ratio() >= SIMILAR_NAME_RATIO
                ]
                if similar:
                    found.update(
                        (s.uuid, s)
                        for s in repository.search(tambon_code=reg.tambon_code)
                        if s.uuid in similar
                    )
        # The same producer in another campaign's window is registering again, not twice; a
        # date in no campaign's window decides nothing, so it is still shown.
        campaigns = self._campaigns.all()
        mine = _year_of(campaign_holding(campaigns, reg.received_on))
        if mine:
            found = {
                uuid: s
                for uuid, s in found.items()
                if _year_of(campaign_holding(campaigns, s.received_on)) in (0, mine)
            }
        return sorted(found.values(), key=lambda s: s.producer_name)

    def again_for_active_campaign(self, uuid: str) -> Registration:
        """An earlier registration as a new one for the active campaign: its producer, site and
        products copied, received today by today's officer, to check and save as usual."""
        earlier = self.get(uuid)
        office = self._office.require_office()
        today = self._campaigns.today()
        active = self._campaigns.active()
        received = today if active.holds(today) else active.window_start
        return replace(
            earlier,
            uuid="",
            version=0,
            received_on=received,
            status=RegistrationStatus.RECEIVED,
            officer_name=office.officer_name,
            officer_position=office.officer_position,
        )


def _year_of(campaign: Campaign | None) -> int:
    return campaign.year if campaign else 0


class PhotoGoneError(UserError):
    def __init__(self, count: int) -> None:
        super().__init__(
            f"รูปภาพ {count} รูปของแบบฟอร์มนี้ไม่มีในฐานข้อมูลแล้ว (เช่น หลังกู้คืนข้อมูลสำรอง) "
            "จึงยังไม่ได้บันทึก กรุณาลบรูปนั้นออกแล้วเพิ่มใหม่ (ข้อมูลอื่นที่กรอกไว้ยังอยู่ครบ)",
            f"{count} {'photo' if count == 1 else 'photos'} of this form "
            f"{'is' if count == 1 else 'are'} no longer in the database (e.g. after a restore), "
            "so nothing was saved; remove and add them again (everything else you typed is "
            "kept).",
        )


def _require_photos(session: "Session", reg: Registration) -> None:
    from otop_desktop.db.photo_repository import PhotoRepository

    wanted = {p.sha256 for p in reg.photos}
    if wanted:
        missing = wanted - PhotoRepository(session).stored(wanted)
        if missing:
            raise PhotoGoneError(len(missing))


def _changed_fields(before: Registration, after: Registration) -> list[str]:
    skip = {"version"}
    return [
        name
        for name in before.__dataclass_fields__
        if name not in skip and getattr(before, name) != getattr(after, name)
    ]
