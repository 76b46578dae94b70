"""Turns one row of the interchange table into a registration, or into problems named by column."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from otop_desktop.domain.areas import Tambon
from otop_desktop.domain.identifiers import (
    is_masked_id,
    normalize_id,
    normalize_phone,
    restore_leading_zero,
)
from otop_desktop.domain.messages import Language, render
from otop_desktop.domain.person_names import split_full_name
from otop_desktop.domain.producer_types import ProducerType, ProductCategory
from otop_desktop.domain.registration import Product, Registration
from otop_desktop.domain.thai_text import clean_text, digits_only
from otop_desktop.domain.validation import Completeness, DistrictContext, validate_registration
from otop_desktop.services.importing.cell_values import (
    cell_text,
    date_or_none,
    parse_address,
    whole_number,
)
from otop_desktop.services.importing.interchange import PRODUCT_SEPARATOR, Column
from otop_desktop.services.importing.photo_cells import photo_paths
from otop_desktop.services.office.gazetteer import Gazetteer

FIELD_COLUMNS: dict[str, Column] = {
    "producer_type": Column.PRODUCER_TYPE,
    "producer_name": Column.PRODUCER_NAME,
    "contact.first_name": Column.CONTACT,
    "contact.last_name": Column.CONTACT,
    "national_id": Column.NATIONAL_ID,
    "juristic_no": Column.JURISTIC_NO,
    "member_count": Column.MEMBER_COUNT,
    "phone": Column.PHONE,
    "site.tambon_code": Column.TAMBON,
    "site.postal_code": Column.ADDRESS,
    "products": Column.PRODUCT_NAMES,
    "received_on": Column.RECEIVED_ON,
}


# A province office checks against its province, and says so.
@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message_th: str
    message_en: str
    is_error: bool = True

    def describe(self, language: Language = Language.TH) -> str:
        if language is Language.TH:
            return f'แถวที่ {self.row} คอลัมน์ "{self.column}": {self.message_th}'
        return f'Row {self.row}, column "{self.column}": {self.message_en}'


@dataclass(frozen=True)
class ParsedRow:
    row: int
    registration: Registration | None
    problems: tuple[RowProblem, ...]
    # The photo files the row names, checked; stored with the registration when it is imported.
    photo_paths: tuple[Path, ...] = ()

    @property
    def valid(self) -> bool:
        return self.registration is not None and not any(p.is_error for p in self.problems)


class RowParser:
    def __init__(
        self,
        gazetteer: Gazetteer,
        district: DistrictContext,
        columns: dict[Column, int],
        *,
        officer_name: str = "",
        officer_position: str = "",
        today: dt.date | None = None,
        tambon_choices: dict[str, str] | None = None,
        district_hint: Callable[[tuple[object, ...]], str] | None = None,
        photo_folder: Path | None = None,
    ) -> None:
        """`district_hint` names a row's district where a tambon name fits tambons of several;
        photo paths are relative to `photo_folder`, the imported file's folder."""
        self._gazetteer = gazetteer
        self._photo_folder = photo_folder
        self._district_hint = district_hint
        self._tambon_choices = {clean_text(k): v for k, v in (tambon_choices or {}).items()}
        self._district = district
        self._columns = columns
        self._officer = (clean_text(officer_name), clean_text(officer_position))
        self._today = today or dt.date.today()
        # A file names the same few tambons on every row: each is looked up once.
        self._tambons: dict[str, Tambon | None] = {}
        self._matches: dict[tuple[str, str], tuple[Tambon, ...]] = {}
        # Types, categories and dates repeat down a file: each spelling is read once.
        self._types: dict[str, ProducerType | None] = {}
        self._categories: dict[str, ProductCategory | None] = {}
        self._dates: dict[str, dt.date | None] = {}

    def _cells(self, row: tuple[object, ...]) -> dict[Column, str]:
        """The row's cells as text, each cleaned once (whitespace, invisible characters)."""
        size = len(row)
        return {
            column: cell_text(row[index]) if index < size else ""
            for column, index in self._columns.items()
        }

    def _raw(self, row: tuple[object, ...], column: Column) -> object:
        index = self._columns.get(column)
        return row[index] if index is not None and index < len(row) else None

    def _tambon_of(self, code: str) -> Tambon | None:
        if code not in self._tambons:
            self._tambons[code] = self._gazetteer.tambon(code)
        return self._tambons[code]

    def _matching(self, name: str, area: str) -> tuple[Tambon, ...]:
        key = (name, area)
        if key not in self._matches:
            self._matches[key] = tuple(self._gazetteer.match_tambon(name, area))
        return self._matches[key]

    def _problem(self, number: int, column: Column, code: str, /, **params: object) -> RowProblem:
        # Positional-only: a message may itself take a "code" (the tambon code) parameter.
        code = self._district.message_code(code)
        params = {
            "district": self._district.name_th,
            "district_en": self._district.name_en,
            **params,
        }
        return RowProblem(
            number,
            column.value,
            render(code, Language.TH, **params),
            render(code, Language.EN, **params),
        )

    def _tambon(
        self, number: int, row: tuple[object, ...], cells: dict[Column, str]
    ) -> tuple[str, list[RowProblem]]:
        code_text = digits_only(cells.get(Column.TAMBON_CODE, ""))
        name = cells.get(Column.TAMBON, "")
        if code_text:
            tambon = self._tambon_of(code_text)
            if tambon is None:
                return "", [
                    self._problem(number, Column.TAMBON_CODE, "tambon_unknown", value=code_text)
                ]
            if name and tambon.code not in {
                t.code for t in self._matching(name, tambon.district_code)
            }:
                return "", [
                    self._problem(
                        number,
                        Column.TAMBON,
                        "tambon_code_name_mismatch",
                        code=code_text,
                        value=name,
                    )
                ]
            return tambon.code, []
        if not name:
            return "", [self._problem(number, Column.TAMBON, "tambon_required")]
        if name in self._tambon_choices:
            return self._tambon_choices[name], []
        matches = list(self._matching(name, self._district.code))
        if len(matches) > 1 and self._district_hint is not None:
            hinted = self._district_hint(row)
            matches = [t for t in matches if t.district_code == hinted] or matches
        if len(matches) == 1:
            return matches[0].code, []
        if len(matches) > 1:
            return "", [self._problem(number, Column.TAMBON, "tambon_ambiguous", value=name)]
        return "", [self._problem(number, Column.TAMBON, "tambon_unknown", value=name)]

    def _received_on(
        self, number: int, row: tuple[object, ...], cells: dict[Column, str]
    ) -> tuple[dt.date | None, list[RowProblem]]:
        text = cells.get(Column.RECEIVED_ON, "")
        if not text:
            return None, []
        value = self._raw(row, Column.RECEIVED_ON)
        # A spreadsheet's date cell is read as a date; text is read as typed (cleaned).
        found = self._date(text) if isinstance(value, str) else date_or_none(value)
        if found is None:
            return None, [self._problem(number, Column.RECEIVED_ON, "date_invalid", value=text)]
        return found, []

    def _date(self, text: str) -> dt.date | None:
        if text not in self._dates:
            self._dates[text] = date_or_none(text)
        return self._dates[text]

    def _producer_type(
        self, number: int, cells: dict[Column, str]
    ) -> tuple[ProducerType | None, list[RowProblem]]:
        text = cells.get(Column.PRODUCER_TYPE, "")
        if not text:
            return None, []
        if text not in self._types:
            self._types[text] = ProducerType.parse(text)
        parsed = self._types[text]
        if parsed is None:
            return None, [self._problem(number, Column.PRODUCER_TYPE, "type_unknown", value=text)]
        return parsed, []

    def _products(
        self, number: int, cells: dict[Column, str]
    ) -> tuple[tuple[Product, ...], list[RowProblem]]:
        names = [
            clean_text(n) for n in cells.get(Column.PRODUCT_NAMES, "").split(PRODUCT_SEPARATOR)
        ]
        category_text = cells.get(Column.PRODUCT_CATEGORY, "")
        if category_text and category_text not in self._categories:
            self._categories[category_text] = ProductCategory.parse(category_text)
        category = self._categories[category_text] if category_text else None
        problems = []
        if category_text and category is None:
            problems.append(
                self._problem(
                    number, Column.PRODUCT_CATEGORY, "category_unknown", value=category_text
                )
            )
        elif not category_text:
            problems.append(self._problem(number, Column.PRODUCT_CATEGORY, "category_required"))
        # The table carries one category per row; it is the main product's and, lacking better,
        # the category the other products of the row are filed under.
        return tuple(Product(name, category) for name in names if name), problems

    def _id_number(
        self, number: int, column: Column, text: str, *, masked: bool = False
    ) -> tuple[str, list[RowProblem]]:
        """The number as the cell holds it; a masked ID means "not given". A juristic number
        that lost its leading 0 in a number cell gets it back, and the report says so."""
        if masked:
            return "", []
        digits = normalize_id(text)
        restored = restore_leading_zero(digits)
        if restored == digits:
            return digits, []
        note = self._problem(
            number, column, "leading_zero_restored", value=digits, restored=restored
        )
        return restored, [replace(note, is_error=False)]

    def parse(self, number: int, row: tuple[object, ...]) -> ParsedRow:
        cells = self._cells(row)
        text = cells.get
        problems: list[RowProblem] = []
        producer_type, found = self._producer_type(number, cells)
        problems += found
        tambon_code, found = self._tambon(number, row, cells)
        problems += found
        received_on, found = self._received_on(number, row, cells)
        problems += found
        products, found = self._products(number, cells)
        problems += found
        member_count = None
        try:
            member_count = whole_number(text(Column.MEMBER_COUNT, ""))
        except ValueError:
            problems.append(
                self._problem(
                    number,
                    Column.MEMBER_COUNT,
                    "number_invalid",
                    value=text(Column.MEMBER_COUNT, ""),
                )
            )
        id_text = text(Column.NATIONAL_ID, "")
        masked = is_masked_id(id_text)
        national_id, found = self._id_number(number, Column.NATIONAL_ID, id_text, masked=masked)
        problems += found
        juristic_no, found = self._id_number(
            number, Column.JURISTIC_NO, text(Column.JURISTIC_NO, "")
        )
        problems += found
        tambon = self._tambon_of(tambon_code) if tambon_code else None
        registration = Registration(
            producer_type=producer_type,
            producer_name=text(Column.PRODUCER_NAME, ""),
            contact=split_full_name(text(Column.CONTACT, "")),
            national_id=national_id,
            juristic_no=juristic_no,
            member_count=member_count,
            phone=normalize_phone(text(Column.PHONE, "")),
            site=parse_address(
                text(Column.ADDRESS, ""),
                tambon_code,
                tambon.default_postal_code if tambon else "",
            ),
            products=products,
            received_on=received_on,
            notes=text(Column.NOTES, ""),
            officer_name=self._officer[0],
            officer_position=self._officer[1],
        )
        problems += self._validation_problems(number, registration, problems, masked_id=masked)
        photos = text(Column.PHOTOS, "")
        if not photos:
            return ParsedRow(number, registration, tuple(problems))
        paths, found_th_en = photo_paths(photos, self._photo_folder)
        problems += [RowProblem(number, Column.PHOTOS.value, th, en) for th, en in found_th_en]
        return ParsedRow(number, registration, tuple(problems), paths)

    def _validation_problems(
        self, number: int, reg: Registration, already: list[RowProblem], *, masked_id: bool = False
    ) -> list[RowProblem]:
        """Rule checks, except where reading the cell already reported a more specific problem.

        A masked ID was withheld on purpose (a district's report), so it is not warned about."""
        reported = {p.column for p in already if p.is_error}
        if masked_id:
            reported.add(Column.NATIONAL_ID.value)
        if Column.TAMBON_CODE.value in reported:
            reported.add(Column.TAMBON.value)
        found = []
        for error in validate_registration(
            reg, self._district, completeness=Completeness.IMPORT, today=self._today
        ):
            column = _column_for(error.field)
            if column is None or column.value in reported:
                continue
            found.append(
                RowProblem(number, column.value, error.message_th, error.message_en, error.is_error)
            )
        return found


def _column_for(field: str) -> Column | None:
    if field.startswith("products["):
        if field.endswith(".category"):
            return Column.PRODUCT_CATEGORY
        return None if field.endswith(".standards") else Column.PRODUCT_NAMES
    return FIELD_COLUMNS.get(field)
