"""Checks of a registration, with Thai and English messages, for the Bang Khla district office."""

import datetime as dt
import string

import pytest

from otop_desktop.domain.checklists import CommunityLink
from otop_desktop.domain.messages import MESSAGES, Language
from otop_desktop.domain.producer_types import ProducerType, ProductCategory, Standard
from otop_desktop.domain.registration import (
    HeldStandard,
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.domain.validation import (
    Completeness,
    DistrictContext,
    FieldError,
    Severity,
    errors_only,
    validate_registration,
)

BANG_KHLA = DistrictContext(
    code="2402",
    name_th="บางคล้า",
    name_en="Bang Khla",
    tambon_codes=frozenset(
        {"240201", "240204", "240208", "240209", "240210", "240211", "240212", "240213", "240214"}
    ),
)
TODAY = dt.date(2023, 9, 29)
# 1-2345-67890-12-1 satisfies the check-digit rule (worked out in test_identifiers.py).
VALID_ID = "1234567890121"
BAD_CHECK_ID = "1234567890125"


def valid_group(**changes: object) -> Registration:
    registration = Registration(
        producer_type=ProducerType.GROUP,
        producer_name="กลุ่มแม่บ้านเกษตรกรบ้านบางคล้า",
        site=SiteAddress(tambon_code="240201", house_no="12", moo="3", postal_code="24110"),
        received_on=dt.date(2023, 9, 20),
        products=(
            Product(
                "มะม่วงแช่อิ่ม",
                ProductCategory.FOOD,
                standards=(HeldStandard(Standard.FDA, "24-2-00366-2-0001"),),
            ),
        ),
        contact=Person("นางสาว", "สมใจ", "รักงาน"),
        national_id=VALID_ID,
        member_count=25,
        phone="0812345678",
        community_links=frozenset({CommunityLink.PRODUCTION, CommunityLink.BENEFIT}),
    )
    return registration.with_changes(**changes)


def validate(
    registration: Registration, completeness: Completeness = Completeness.FORM
) -> list[FieldError]:
    return validate_registration(registration, BANG_KHLA, completeness=completeness, today=TODAY)


def found(
    problems: list[FieldError], field: str, code: str, severity: Severity
) -> FieldError | None:
    for problem in problems:
        if (problem.field, problem.code, problem.severity) == (field, code, severity):
            return problem
    return None


@pytest.mark.parametrize("completeness", list(Completeness))
def test_complete_group_record_has_no_errors_or_warnings(completeness: Completeness) -> None:
    assert validate(valid_group(), completeness) == []


@pytest.mark.parametrize("tambon", sorted(BANG_KHLA.tambon_codes))
def test_every_bang_khla_tambon_is_accepted(tambon: str) -> None:
    assert validate(valid_group(site=SiteAddress(tambon_code=tambon))) == []


def test_group_without_member_count_is_an_error_on_the_form() -> None:
    problems = validate(valid_group(member_count=None), Completeness.FORM)
    error = found(problems, "member_count", "member_count_required", Severity.ERROR)
    assert error is not None
    assert "จำนวนสมาชิก" in error.message_th


def test_group_without_member_count_is_only_a_warning_on_import() -> None:
    problems = validate(valid_group(member_count=None), Completeness.IMPORT)
    assert found(problems, "member_count", "member_count_required", Severity.WARNING)
    assert errors_only(problems) == []


@pytest.mark.parametrize(
    ("producer_type", "count"),
    [
        (ProducerType.GROUP, 0),
        (ProducerType.GROUP, -3),
        (ProducerType.SINGLE_OWNER, 0),
        (ProducerType.GROUP, 100_001),
        (ProducerType.SINGLE_OWNER, 9_223_372_036_854_775_808),  # 9.2e18 from a spreadsheet
    ],
)
def test_member_count_outside_one_to_100000_is_an_error(
    producer_type: ProducerType, count: int
) -> None:
    problems = validate(valid_group(producer_type=producer_type, member_count=count))
    assert found(problems, "member_count", "member_count_invalid", Severity.ERROR)


def test_sme_without_juristic_number_is_a_warning_only() -> None:
    sme = valid_group(
        producer_type=ProducerType.SME,
        producer_name="ห้างหุ้นส่วนจำกัด บางคล้าฟู้ด",
        member_count=None,
        national_id="",
        juristic_no="",
    )
    problems = validate(sme)
    assert errors_only(problems) == []
    warning = found(problems, "juristic_no", "sme_without_juristic", Severity.WARNING)
    assert warning is not None
    assert "นิติบุคคล" in warning.message_th


def test_sme_with_valid_juristic_number_is_clean() -> None:
    # 0-1055-36012-34-6: first digit 0, check digit 6 by the rule.
    sme = valid_group(
        producer_type=ProducerType.SME, member_count=None, juristic_no="0105536012346"
    )
    assert validate(sme) == []


def test_wrong_national_id_check_digit_is_an_error_in_both_languages() -> None:
    problems = validate(valid_group(national_id=BAD_CHECK_ID))
    error = found(problems, "national_id", "national_id_check_digit", Severity.ERROR)
    assert error is not None
    assert "เลขประจำตัวประชาชน" in error.message_th
    assert "ควรเป็น 1" in error.message_th
    assert error.message_en
    assert "national ID" in error.message_en
    assert error.message_en != error.message_th


def test_group_without_national_id_is_an_error_on_the_form_and_a_warning_on_import() -> None:
    form = validate(valid_group(national_id=""), Completeness.FORM)
    assert found(form, "national_id", "required", Severity.ERROR)
    imported = validate(valid_group(national_id=""), Completeness.IMPORT)
    assert found(imported, "national_id", "required", Severity.WARNING)
    assert errors_only(imported) == []


def test_tambon_outside_the_district_is_an_error_naming_the_district() -> None:
    problems = validate(valid_group(site=SiteAddress(tambon_code="240101")))
    error = found(problems, "site.tambon_code", "tambon_outside_district", Severity.ERROR)
    assert error is not None
    assert "บางคล้า" in error.message_th
    assert "Bang Khla" in error.message_en


def test_missing_tambon_is_an_error() -> None:
    problems = validate(valid_group(site=SiteAddress()))
    assert found(problems, "site.tambon_code", "tambon_required", Severity.ERROR)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"producer_type": None}, "producer_type", "type_required"),
        ({"producer_name": ""}, "producer_name", "required"),
        ({"producer_name": "   "}, "producer_name", "required"),
        ({"products": ()}, "products", "products_required"),
        ({"received_on": None}, "received_on", "received_on_required"),
        (
            {"products": (Product("", ProductCategory.TEXTILE),)},
            "products[0].name",
            "product_name_required",
        ),
        ({"products": (Product("ผ้าขาวม้า", None),)}, "products[0].category", "category_required"),
    ],
)
@pytest.mark.parametrize("completeness", list(Completeness))
def test_missing_essentials_are_errors_even_on_import(
    changes: dict[str, object], field: str, code: str, completeness: Completeness
) -> None:
    problems = validate(valid_group(**changes), completeness)
    error = found(problems, field, code, Severity.ERROR)
    assert error is not None
    assert error.message_th
    assert error.message_en


def test_missing_producer_name_message_names_the_field() -> None:
    problems = validate(valid_group(producer_name=""))
    error = found(problems, "producer_name", "required", Severity.ERROR)
    assert error is not None
    assert error.message_th == "กรุณากรอกชื่อผู้ผลิต"
    assert error.message_en == "Producer name is required"


def test_received_date_in_the_future_is_an_error() -> None:
    problems = validate(valid_group(received_on=TODAY + dt.timedelta(days=1)))
    assert found(problems, "received_on", "date_in_future", Severity.ERROR)


def test_received_today_is_fine() -> None:
    assert validate(valid_group(received_on=TODAY)) == []


@pytest.mark.parametrize("phone", ["12345", "812345678", "08123456789", "1812345678"])
def test_bad_phone_is_an_error(phone: str) -> None:
    problems = validate(valid_group(phone=phone))
    assert found(problems, "phone", "phone_invalid", Severity.ERROR)


def test_no_phone_is_fine() -> None:
    assert validate(valid_group(phone="")) == []


def test_bad_email_is_an_error() -> None:
    problems = validate(valid_group(email="somjai@"))
    assert found(problems, "email", "email_invalid", Severity.ERROR)


def test_bad_postal_code_is_an_error() -> None:
    problems = validate(valid_group(site=SiteAddress(tambon_code="240201", postal_code="2411")))
    assert found(problems, "site.postal_code", "postal_code_invalid", Severity.ERROR)


def test_proxy_without_power_of_attorney_is_a_warning() -> None:
    problems = validate(valid_group(proxy_name="นายสมศักดิ์ ใจดี"))
    assert found(problems, "proxy_name", "power_of_attorney_missing", Severity.WARNING)
    assert errors_only(problems) == []


def test_proxy_with_power_of_attorney_is_fine() -> None:
    assert validate(valid_group(proxy_name="นายสมศักดิ์ ใจดี", has_power_of_attorney=True)) == []


def test_community_enterprise_code_not_twelve_digits_is_a_warning() -> None:
    problems = validate(valid_group(community_enterprise_code="2-24-02-01/1-001"))
    assert found(problems, "community_enterprise_code", "enterprise_code_format", Severity.WARNING)
    assert errors_only(problems) == []
    assert validate(valid_group(community_enterprise_code="2-24-02-01/1-0001")) == []


def test_food_without_fda_permit_is_a_warning_on_the_form() -> None:
    problems = validate(valid_group(products=(Product("น้ำพริกเผา", ProductCategory.FOOD),)))
    assert found(problems, "products[0].standards", "fda_expected", Severity.WARNING)
    assert errors_only(problems) == []


def test_no_community_link_is_a_warning_on_the_form() -> None:
    problems = validate(valid_group(community_links=frozenset()))
    assert found(problems, "community_links", "no_community_link", Severity.WARNING)
    assert errors_only(problems) == []


SAMPLE_PARAMS = {
    "value": "บางคล้า",
    "count": "12",
    "expected": "1",
    "district": "บางคล้า",
    "district_en": "Bang Khla",
    "code": "240201",
    "start": "1 ต.ค. 2565",
    "end": "29 ก.ย. 2566",
    "limit": "8",
    "restored": "0245556000121",
    "characters": "abc",
    "digit": "6",
}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_renders_in_both_languages(code: str) -> None:
    names = (placeholders(MESSAGES[code][0]) | placeholders(MESSAGES[code][1])) - {
        "label",
        "label_en",
    }
    params = tuple((name, SAMPLE_PARAMS[name]) for name in sorted(names))
    error = FieldError("national_id", code, Severity.ERROR, params)

    thai = error.message(Language.TH)
    english = error.message(Language.EN)

    for text in (thai, english):
        assert text
        assert "{" not in text
        assert "}" not in text
    assert thai != english
    assert thai == error.message_th
    assert english == error.message_en


@pytest.mark.parametrize(
    ("field", "thai", "english"),
    [
        ("producer_name", "กรุณากรอกชื่อผู้ผลิต", "Producer name is required"),
        ("products[2]", "กรุณากรอกผลิตภัณฑ์", "Products is required"),
        ("not_a_known_field", "กรุณากรอกnot_a_known_field", "not_a_known_field is required"),
    ],
)
def test_message_label_comes_from_the_field(field: str, thai: str, english: str) -> None:
    error = FieldError(field, "required")
    assert (error.message_th, error.message_en) == (thai, english)


def test_a_date_outside_the_campaign_window_is_saved_with_a_warning():
    registration = valid_group(received_on=dt.date(2026, 11, 1))
    found = validate_registration(
        registration,
        BANG_KHLA,
        today=dt.date(2026, 11, 25),
        window=(dt.date(2022, 10, 1), dt.date(2023, 9, 29)),
    )
    outside = [f for f in found if f.code == "received_outside_window"]
    assert [f.severity for f in outside] == [Severity.WARNING]
    assert "29 ก.ย. 2566" in outside[0].message_th
    assert not [f for f in found if f.is_error]
