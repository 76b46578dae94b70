"""Registrations in a real SQLite file: round trips, edits, deletes, audit, search, counts."""

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from otop_desktop.app import Services
from otop_desktop.db.repositories import AuditRepository, RegistrationRepository
from otop_desktop.domain.campaign import letter_2566_campaign
from otop_desktop.domain.checklists import CommunityLink, Document
from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.producer_types import (
    ProducerType,
    ProductCategory,
    RegistrationStatus,
    Standard,
)
from otop_desktop.domain.quota import TambonCounts
from otop_desktop.domain.registration import (
    HeldStandard,
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.services.registry.registry_service import ConcurrentEditError
from tests.integration.support import EXPECTED_STATUS, OFFICER, POSITION

# Run again against a PostgreSQL server by .ci/run (OTOP_TEST_DATABASE_URL).
pytestmark = pytest.mark.postgres

_serial = itertools.count(100_000_001)


def new_national_id() -> str:
    return with_check_digit(f"3{next(_serial):011d}")


def registration(
    name: str = "นางสาวทดสอบ ระบบดี",
    *,
    producer_type: ProducerType = ProducerType.SINGLE_OWNER,
    tambon: str = "240212",
    received_on: dt.date = dt.date(2023, 5, 1),
    status: RegistrationStatus = RegistrationStatus.RECEIVED,
    product: str = "ขนมทดสอบ",
) -> Registration:
    """A registration that passes the form's checks."""
    return Registration(
        producer_type=producer_type,
        producer_name=name,
        site=SiteAddress(tambon_code=tambon, house_no="1", moo="2", postal_code="24110"),
        received_on=received_on,
        products=(Product(product, ProductCategory.FOOD),),
        contact=Person("นางสาว", "ทดสอบ", "ระบบดี"),
        national_id="" if producer_type is ProducerType.SME else new_national_id(),
        juristic_no=with_check_digit("024555000123") if producer_type is ProducerType.SME else "",
        member_count=12 if producer_type is ProducerType.GROUP else None,
        status=status,
    )


def full_registration() -> Registration:
    """Every field filled, Thai text throughout."""
    return Registration(
        producer_type=ProducerType.GROUP,
        producer_name="กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า",
        site=SiteAddress(
            tambon_code="240201",
            house_no="12/3",
            moo="1",
            village="บ้านบางคล้า",
            road="ถนนบางคล้า-ฉะเชิงเทรา",
            postal_code="24110",
            free_text="12/3 หมู่ 1 ถนนบางคล้า-ฉะเชิงเทรา",
        ),
        received_on=dt.date(2023, 1, 12),
        products=(
            Product(
                "กล้วยตาก",
                ProductCategory.FOOD,
                sub_category="ผลไม้แปรรูป",
                brand="Mae Somsri แม่สมศรี",
                standards=(
                    HeldStandard(Standard.FDA, "24-2-01234-2-0001"),
                    HeldStandard(Standard.OTOP_COMMUNITY, "มผช. ๑๓๖/๒๕๕๘"),
                ),
                unit_price=Decimal("35.50"),
                annual_sales=Decimal("1250000.75"),
            ),
            Product("ผ้าขาวม้ามัดย้อม", ProductCategory.TEXTILE, unit_price=Decimal("250.00")),
        ),
        contact=Person("นาง", "สมศรี", "ใจดี"),
        national_id="1173574507183",
        community_enterprise_code="2-2402-01-00012",
        member_count=25,
        phone="0812345678",
        email="maeban.bangkhla@example.com",
        line_id="@bangkhla",
        year_started=2015,
        officer_name=OFFICER,
        officer_position=POSITION,
        documents=frozenset(
            {
                Document.ID_CARD,
                Document.HOUSE_REGISTRATION,
                Document.PRODUCT_PHOTO,
                Document.MEMBER_LIST,
                Document.POWER_OF_ATTORNEY,
            }
        ),
        community_links=frozenset({CommunityLink.PRODUCTION, CommunityLink.BENEFIT}),
        proxy_name="นายสมปอง ใจดี",
        has_power_of_attorney=True,
        notes="ยื่นเอกสารแทนประธานกลุ่ม\nนัดรับใบรับรอง ๓ ต.ค.",
        status=RegistrationStatus.APPROVED,
    )


@pytest.fixture
def imported(services: Services, bang_khla_csv: Path) -> Iterator[Services]:
    report = services.importer.import_file(bang_khla_csv)
    assert report.added == 23
    yield services


def names(found: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(s.producer_name for s in found)


def audit_actions(services: Services, uuid: str) -> list[tuple[str, str]]:
    with services.database.reading() as session:
        rows = AuditRepository(session).recent(1000)
    return [(r.action, r.actor) for r in reversed(rows) if r.entity_uuid == uuid]


# --- round trips -------------------------------------------------------------------------------


def test_every_field_survives_saving_and_reading_back(services: Services) -> None:
    reg = full_registration()

    saved = services.registry.add(reg).registration

    assert saved.uuid
    assert saved.version == 1
    expected = reg.with_changes(uuid=saved.uuid, version=1)
    assert saved == expected
    assert services.registry.get(saved.uuid) == expected


def test_a_juristic_person_keeps_its_registration_number(services: Services) -> None:
    reg = registration("ห้างหุ้นส่วนจำกัด ทดสอบฟู้ดส์", producer_type=ProducerType.SME)

    saved = services.registry.add(reg).registration

    stored = services.registry.get(saved.uuid)
    assert stored.juristic_no == reg.juristic_no
    assert stored.national_id == ""
    assert stored.producer_type is ProducerType.SME


def test_the_record_survives_closing_and_reopening_the_program(
    services: Services, data_dir: Path
) -> None:
    from otop_desktop.app import open_services
    from otop_desktop.platform.data_folder import DataFolder

    saved = services.registry.add(full_registration()).registration
    services.close()

    reopened = open_services(DataFolder(data_dir, services.folder.database_url))
    try:
        assert reopened.registry.get(saved.uuid) == saved
    finally:
        reopened.close()


# --- edits -------------------------------------------------------------------------------------


def test_an_edit_bumps_the_version_and_a_stale_copy_is_refused(services: Services) -> None:
    opened_here = services.registry.add(registration()).registration
    opened_elsewhere = services.registry.get(opened_here.uuid)

    first = services.registry.update(opened_here.with_changes(phone="0899999999")).registration
    assert first.version == 2
    assert services.registry.get(first.uuid).phone == "0899999999"

    with pytest.raises(ConcurrentEditError):
        services.registry.update(opened_elsewhere.with_changes(notes="แก้จากเครื่องอื่น"))

    stored = services.registry.get(first.uuid)
    assert stored.version == 2
    assert stored.phone == "0899999999"
    assert stored.notes == ""

    second = services.registry.update(stored.with_changes(notes="แก้หลังเปิดใหม่")).registration
    assert second.version == 3
    assert services.registry.get(first.uuid).notes == "แก้หลังเปิดใหม่"


# --- delete and restore ------------------------------------------------------------------------


def test_a_deleted_registration_leaves_search_and_quota_and_restore_brings_it_back(
    imported: Services,
) -> None:
    services = imported
    group = next(s for s in services.registry.search("ท่าทองหลาง") if s.producer_type == 1)
    assert group.producer_name == "กลุ่มเกษตรกรทำสวนท่าทองหลาง"

    services.registry.delete(group.uuid)

    assert group.uuid not in {s.uuid for s in services.registry.search()}
    assert group.uuid not in {s.uuid for s in services.registry.search("ท่าทองหลาง")}
    assert services.registry.count() == 22
    status = services.quota.district_status()
    tambon = status.tambon("240210")
    assert tambon is not None
    assert (tambon.counts.groups, tambon.counts.others) == (0, 1)
    assert tambon.to_json()["missing"] == ["group"]
    assert (status.met_count, status.short_count) == (6, 3)
    deleted = [s for s in services.registry.search(include_deleted=True) if s.uuid == group.uuid]
    assert len(deleted) == 1 and deleted[0].is_deleted

    services.registry.restore(group.uuid)

    assert group.uuid in {s.uuid for s in services.registry.search("ท่าทองหลาง")}
    assert services.registry.count() == 23
    assert services.quota.district_status().to_json() == EXPECTED_STATUS


def test_every_write_leaves_an_audit_row(services: Services) -> None:
    saved = services.registry.add(registration()).registration
    services.registry.update(saved.with_changes(phone="0811111111"))
    services.registry.delete(saved.uuid)
    services.registry.restore(saved.uuid)

    assert audit_actions(services, saved.uuid) == [
        ("create", OFFICER),
        ("update", OFFICER),
        ("delete", OFFICER),
        ("restore", OFFICER),
    ]
    with services.database.reading() as session:
        update = next(
            r
            for r in AuditRepository(session).recent(1000)
            if r.entity_uuid == saved.uuid and r.action == "update"
        )
    assert "phone" in update.details["changed"]


def test_a_refused_edit_leaves_no_audit_row(services: Services) -> None:
    saved = services.registry.add(registration()).registration
    services.registry.update(saved.with_changes(phone="0811111111"))

    with pytest.raises(ConcurrentEditError):
        services.registry.update(saved.with_changes(phone="0822222222"))

    assert [a for a, _ in audit_actions(services, saved.uuid)] == ["create", "update"]


# --- search as you type ------------------------------------------------------------------------


def test_search_finds_producer_contact_product_and_tambon_names(imported: Services) -> None:
    search = imported.registry.search
    assert names(search("บางกระเจ็ด")) == [
        "กลุ่มทอผ้าบ้านบางกระเจ็ด",
        "นางสาวจันทร์เพ็ญ รุ่งเรือง",
        "นายวิชัย มั่นคง",
    ]
    assert names(search("ปลาสลิด")) == ["วิสาหกิจชุมชนปลาสลิดบ้านบางสวน"]
    # contact person only (the producer is named after the group)
    assert names(search("สมศรี")) == ["กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"]
    # the second of two products
    assert names(search("กล้วยฉาบ")) == ["กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"]
    # only the tambon name links นายสมหมาย to สาวชะโงก
    assert names(search("สาวชะโงก")) == ["กลุ่มวิสาหกิจชุมชนขนมไทยสาวชะโงก", "นายสมหมาย ชื่นใจ"]
    assert search("ไม่มีชื่อนี้ในทะเบียน") == []


def test_search_narrows_with_every_keystroke(imported: Services) -> None:
    target = "นายประเสริฐ ทองคำ"
    typed = "มะม่วงแช่อิ่ม"
    previous = len(imported.registry.search())
    for end in range(1, len(typed) + 1):
        found = imported.registry.search(typed[:end])
        assert target in names(found), typed[:end]
        assert len(found) <= previous
        previous = len(found)
    assert names(imported.registry.search(typed)) == [target]


def test_search_with_several_words_needs_all_of_them_in_any_order(imported: Services) -> None:
    search = imported.registry.search
    assert names(search("มะม่วง")) == ["กลุ่มเกษตรกรทำสวนท่าทองหลาง", "นายประเสริฐ ทองคำ"]
    assert names(search("มะม่วง ประเสริฐ")) == ["นายประเสริฐ ทองคำ"]
    assert names(search("  ประเสริฐ   มะม่วง ")) == ["นายประเสริฐ ทองคำ"]
    assert search("มะม่วง หัวไทร") == []


def test_search_treats_thai_and_arabic_digits_alike(services: Services) -> None:
    services.registry.add(registration("กลุ่มสตรีหมู่ 5", product="น้ำพริก ๓ รส"))

    for query in ("หมู่ 5", "หมู่ ๕", "๓ รส", "3 รส"):
        assert names(services.registry.search(query)) == ["กลุ่มสตรีหมู่ 5"], query
    assert services.registry.search("หมู่ 6") == []


def test_search_ignores_case_and_takes_wildcards_literally(services: Services) -> None:
    services.registry.add(full_registration())

    assert names(services.registry.search("mae SOMSRI")) == ["กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"]
    assert services.registry.search("%") == []
    assert services.registry.search("_") == []


# --- counting for the quota --------------------------------------------------------------------


def test_counts_respect_the_window_and_ignore_rejected_and_deleted(services: Services) -> None:
    add = services.registry.add
    campaign = letter_2566_campaign()
    start, end = campaign.window_start, campaign.window_end
    day = dt.timedelta(days=1)
    single, group, sme = ProducerType.SINGLE_OWNER, ProducerType.GROUP, ProducerType.SME
    add(registration("กลุ่มวันแรก", producer_type=group, received_on=start))
    add(registration("นายวันสุดท้าย นับได้", producer_type=single, received_on=end))
    add(
        registration(
            "กลุ่มอนุมัติแล้ว",
            producer_type=group,
            status=RegistrationStatus.APPROVED,
        )
    )
    add(
        registration(
            "นางเข้าระบบแล้ว ทดสอบ",
            producer_type=single,
            status=RegistrationStatus.IN_NATIONAL_SYSTEM,
        )
    )
    add(registration("บริษัท ก่อนเปิด จำกัด", producer_type=sme, received_on=start - day))
    add(registration("นายหลังปิด รับช้า", producer_type=single, received_on=end + day))
    add(registration("กลุ่มไม่ผ่าน", producer_type=group, status=RegistrationStatus.REJECTED))
    deleted = add(registration("นางลบแล้ว ทดสอบ", producer_type=single)).registration
    services.registry.delete(deleted.uuid)

    with services.database.reading() as session:
        counts = RegistrationRepository(session).counts_by_tambon("2402", start, end)

    assert counts == {"240212": TambonCounts(single_owners=2, groups=2, smes=0)}
    tambon = services.quota.district_status().tambon("240212")
    assert tambon is not None and tambon.decision.met
    # the registry itself still lists the rejected and out-of-window ones
    assert services.registry.count() == 7


def test_moving_the_campaign_window_recounts(imported: Services) -> None:
    campaign = imported.campaigns.active()
    later = campaign.window_end + dt.timedelta(days=1)

    imported.campaigns.save(replace(campaign, window_end=later))

    status = imported.quota.district_status()
    huai_sai = status.tambon("240214")
    assert huai_sai is not None
    assert (huai_sai.counts.groups, huai_sai.counts.others, huai_sai.decision.met) == (1, 1, True)
    assert (status.met_count, status.short_count) == (8, 1)


# --- possible duplicates -----------------------------------------------------------------------


def candidate(
    name: str, tambon: str = "240201", national_id: str = "", uuid: str = ""
) -> Registration:
    return Registration(
        producer_type=ProducerType.GROUP,
        producer_name=name,
        site=SiteAddress(tambon_code=tambon),
        received_on=dt.date(2023, 9, 1),
        national_id=national_id,
        uuid=uuid,
    )


BANG_KHLA_GROUP = "กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า"


@pytest.mark.parametrize(
    ("name", "tambon", "national_id"),
    [
        pytest.param("นางสมศรี ใจดี", "240204", "1173574507183", id="same-national-id"),
        pytest.param(BANG_KHLA_GROUP, "240201", "", id="same-name-same-tambon"),
        pytest.param("กลุ่มแม่บ้านเกษตรกร บ้านบางคล้า", "240201", "", id="spaced-name"),
        pytest.param("กลุ่มแม่บ้านเกศตรกรบ้านบางคล้า", "240201", "", id="one-letter-typo"),
        pytest.param("กลุ่มแม่บ้านเกษตรกรบ้านบางคลา", "240201", "", id="missing-tone-mark"),
    ],
)
def test_possible_duplicates_are_found(
    imported: Services, name: str, tambon: str, national_id: str
) -> None:
    found = imported.registry.possible_duplicates(candidate(name, tambon, national_id))
    assert names(found) == [BANG_KHLA_GROUP]


def test_unrelated_or_own_or_deleted_records_are_not_duplicates(imported: Services) -> None:
    registry = imported.registry
    assert registry.possible_duplicates(candidate("กลุ่มทอเสื่อกกบ้านหนองไม้แดง")) == []

    stored = next(s for s in registry.search(BANG_KHLA_GROUP))
    own = registry.get(stored.uuid)
    assert registry.possible_duplicates(own) == []

    registry.delete(stored.uuid)
    assert registry.possible_duplicates(candidate(BANG_KHLA_GROUP)) == []
