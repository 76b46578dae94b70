"""Checks a registration and returns field errors and warnings with Thai and English messages."""

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from otop_desktop.domain.checklists import CommunityLink
from otop_desktop.domain.identifiers import (
    IdHolder,
    IdProblem,
    check_digit,
    community_enterprise_code_ok,
    juristic_number_problem,
    national_id_holder,
    national_id_problem,
    phone_ok,
    stray_characters,
)
from otop_desktop.domain.messages import FIELD_LABELS, Language, render
from otop_desktop.domain.photos import MAX_PHOTOS_PER_REGISTRATION
from otop_desktop.domain.producer_types import ProducerType, ProductCategory, Standard
from otop_desktop.domain.registration import MEMBER_COUNT_MAX, Registration


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Completeness(StrEnum):
    """How complete a record must be: the form asks for everything, imported lists are often thin.

    The interchange format marks contact, ID and member count as optional columns, so an old
    Excel list without them must still import; the officer completes such records later.
    """

    FORM = "form"
    IMPORT = "import"


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    severity: Severity = Severity.ERROR
    # Values as given: a date is written by each language its own way when rendered.
    params: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language = Language.TH) -> str:
        label_th, label_en = FIELD_LABELS.get(self.field.split("[")[0], (self.field, self.field))
        return render(self.code, language, label=label_th, label_en=label_en, **dict(self.params))

    @property
    def message_th(self) -> str:
        return self.message(Language.TH)

    @property
    def message_en(self) -> str:
        return self.message(Language.EN)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class DistrictContext:
    """What validation needs to know about the office: its district and tambons.

    A province office's context is its province: `code` and the names are the province's.
    """

    code: str
    name_th: str
    name_en: str
    tambon_codes: frozenset[str]
    # A province office's context words some messages for its province (message code -> code).
    message_variants: Mapping[str, str] = field(default_factory=dict, hash=False)

    def message_code(self, code: str) -> str:
        return self.message_variants.get(code, code)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _error(field: str, code: str, **params: object) -> FieldError:
    return FieldError(field, code, Severity.ERROR, _params(params))


def _warning(field: str, code: str, **params: object) -> FieldError:
    return FieldError(field, code, Severity.WARNING, _params(params))


def _params(params: dict[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple((k, v if isinstance(v, dt.date) else str(v)) for k, v in params.items())


def _missing(field: str, completeness: Completeness, code: str = "required") -> FieldError:
    if completeness is Completeness.FORM:
        return _error(field, code)
    return _warning(field, code)


def validate_national_id(digits: str, field: str = "national_id") -> list[FieldError]:
    """A malformed number first (a typo is likelier than a wrong kind of number), then whose it is."""
    problem = national_id_problem(digits)
    if problem is IdProblem.CHARACTERS:
        return [_error(field, "national_id_characters", characters=stray_characters(digits))]
    if problem is IdProblem.LENGTH:
        return [_error(field, "national_id_length", count=len(digits))]
    if problem is IdProblem.CHECK_DIGIT:
        return [_error(field, "national_id_check_digit", expected=check_digit(digits[:12]))]
    holder = national_id_holder(digits)
    if holder is IdHolder.ZERO:
        return [_error(field, "national_id_zero")]
    if holder is IdHolder.NOT_ISSUED:
        return [_error(field, "national_id_nine")]
    if holder is IdHolder.NON_THAI:
        return [_warning(field, "national_id_non_thai", digit=digits[0])]
    return []


def validate_juristic_number(digits: str, field: str = "juristic_no") -> list[FieldError]:
    problem = juristic_number_problem(digits)
    if problem is IdProblem.CHARACTERS:
        return [_error(field, "juristic_characters", characters=stray_characters(digits))]
    if problem is IdProblem.LENGTH:
        return [_error(field, "juristic_length", count=len(digits))]
    if problem is IdProblem.CHECK_DIGIT:
        return [_error(field, "juristic_check_digit", expected=check_digit(digits[:12]))]
    if problem is IdProblem.NOT_JURISTIC:
        return [_error(field, "juristic_not_zero")]
    return []


def _validate_producer(reg: Registration, completeness: Completeness) -> list[FieldError]:
    found: list[FieldError] = []
    if reg.producer_type is None:
        found.append(_error("producer_type", "type_required"))
    if not reg.producer_name.strip():
        found.append(_error("producer_name", "required"))
    if not reg.contact.first_name.strip():
        found.append(_missing("contact.first_name", completeness))
    if reg.national_id:
        found += validate_national_id(reg.national_id)
    elif reg.producer_type is not ProducerType.SME:
        found.append(_missing("national_id", completeness))
    if reg.juristic_no:
        found += validate_juristic_number(reg.juristic_no)
    elif reg.producer_type is ProducerType.SME:
        found.append(_warning("juristic_no", "sme_without_juristic"))
    if reg.community_enterprise_code and not community_enterprise_code_ok(
        reg.community_enterprise_code
    ):
        found.append(_warning("community_enterprise_code", "enterprise_code_format"))
    if reg.producer_type is ProducerType.GROUP:
        if reg.member_count is None:
            found.append(_missing("member_count", completeness, "member_count_required"))
        elif not 1 <= reg.member_count <= MEMBER_COUNT_MAX:
            found.append(_error("member_count", "member_count_invalid"))
    elif reg.member_count is not None and not 1 <= reg.member_count <= MEMBER_COUNT_MAX:
        found.append(_error("member_count", "member_count_invalid"))
    if reg.phone and not phone_ok(reg.phone):
        found.append(_error("phone", "phone_invalid"))
    if reg.email and not _EMAIL.match(reg.email):
        found.append(_error("email", "email_invalid"))
    if reg.year_started is not None and not 2400 < reg.year_started + 543 <= 2700:
        found.append(_error("year_started", "year_started_invalid"))
    return found


def _validate_site(reg: Registration, district: DistrictContext) -> list[FieldError]:
    code = reg.site.tambon_code
    if not code:
        return [_error("site.tambon_code", "tambon_required")]
    found: list[FieldError] = []
    if code not in district.tambon_codes:
        found.append(
            _error(
                "site.tambon_code",
                district.message_code("tambon_outside_district"),
                district=district.name_th,
                district_en=district.name_en,
            )
        )
    postal = reg.site.postal_code
    if postal and not (len(postal) == 5 and postal.isdigit()):
        found.append(_error("site.postal_code", "postal_code_invalid"))
    return found


def _validate_products(reg: Registration, completeness: Completeness) -> list[FieldError]:
    if not reg.products:
        return [_error("products", "products_required")]
    found: list[FieldError] = []
    for index, product in enumerate(reg.products):
        if not product.name.strip():
            found.append(_error(f"products[{index}].name", "product_name_required"))
        if product.category is None:
            found.append(_error(f"products[{index}].category", "category_required"))
        held = {s.standard for s in product.standards}
        if (
            completeness is Completeness.FORM
            and product.category in (ProductCategory.FOOD, ProductCategory.BEVERAGE)
            and Standard.FDA not in held
        ):
            found.append(_warning(f"products[{index}].standards", "fda_expected"))
    return found


def _validate_receipt(
    reg: Registration, completeness: Completeness, today: dt.date
) -> list[FieldError]:
    found: list[FieldError] = []
    if reg.received_on is None:
        found.append(_error("received_on", "received_on_required"))
    elif reg.received_on > today:
        found.append(_error("received_on", "date_in_future"))
    if reg.proxy_name.strip() and not reg.has_power_of_attorney:
        found.append(_warning("proxy_name", "power_of_attorney_missing"))
    if completeness is Completeness.FORM and not (reg.community_links & set(CommunityLink)):
        found.append(_warning("community_links", "no_community_link"))
    return found


def _validate_photos(reg: Registration) -> list[FieldError]:
    found: list[FieldError] = []
    if len(reg.photos) > MAX_PHOTOS_PER_REGISTRATION:
        found.append(
            _error(
                "photos",
                "photos_too_many",
                limit=MAX_PHOTOS_PER_REGISTRATION,
                count=len(reg.photos),
            )
        )
    if len({p.sha256 for p in reg.photos}) != len(reg.photos):
        found.append(_error("photos", "photos_repeated"))
    return found


def validate_registration(
    reg: Registration,
    district: DistrictContext,
    *,
    completeness: Completeness = Completeness.FORM,
    today: dt.date | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    windows: Sequence[tuple[dt.date, dt.date]] | None = None,
) -> list[FieldError]:
    """`window` is one campaign's counting window, `windows` every campaign's: a date outside
    it (or outside all of them) is saved but warned about."""
    today = today or dt.date.today()
    found = [
        *_validate_producer(reg, completeness),
        *_validate_site(reg, district),
        *_validate_products(reg, completeness),
        *_validate_receipt(reg, completeness, today),
        *_validate_photos(reg),
    ]
    received = reg.received_on
    if window and received and not window[0] <= received <= window[1]:
        start, end = window
        found.append(_warning("received_on", "received_outside_window", start=start, end=end))
    if windows is not None and received and not any(s <= received <= e for s, e in windows):
        found.append(_warning("received_on", "received_in_no_campaign"))
    return found


def errors_only(found: list[FieldError]) -> list[FieldError]:
    return [f for f in found if f.is_error]
