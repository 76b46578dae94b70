"""Property tests of the importer: random and garbled rows (garbage, formula-like text, huge
strings, control characters, Thai digits, odd cell types) never crash it and never import part
of a file. It imports every valid row (skip-invalid) or nothing, and raises only UserError."""

import csv
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from otop_desktop.app import Services
from otop_desktop.db.models import ProductRow, RegistrationRow
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.thai_dates import format_thai_date
from otop_desktop.domain.thai_text import to_thai_digits
from otop_desktop.services.importing.import_service import ImportReport
from otop_desktop.services.importing.interchange import Column
from otop_desktop.services.importing.table_reader import RawTable

TRIED: Counter[str] = Counter()  # outcomes, for the report printed at the end
SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
HEADERS = tuple(c.value for c in Column)
TAMBONS = (("240201", "บางคล้า"), ("240204", "บางสวน"), ("240214", "หัวไทร"), ("240212", "เสม็ดเหนือ"))
TYPES = {"1": ("กลุ่ม", "1", "๑"), "2": ("รายเดียว", "2", "๒"), "3": ("SMEs", "3", "๓")}

garbage = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"]), max_size=20),
    st.sampled_from(
        [
            "=1+1",
            '=HYPERLINK("http://x","y")',
            "=cmd|' /C calc'!A0",
            "+66",
            "-1",
            "@SUM(A1)",
            "\t=1",
        ]
    ),
    st.builds(lambda c, n: c * n, st.sampled_from("กข0=;\n\x00ﷺ"), st.integers(1000, 120_000)),
    st.sampled_from(["", " ", "\u200b", "None", "nan", "๑๒๓", "1-xxxx-xxxxx-xx-3"]),
)
digits12 = st.text(alphabet="0123456789", min_size=12, max_size=12)


def _id_styles(digits: str) -> st.SearchStrategy[str]:
    dashed = f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"
    return st.sampled_from([digits, dashed, to_thai_digits(digits), " ".join(digits)])


def dates() -> st.SearchStrategy[str]:
    days = st.dates(dt.date(2022, 10, 1), dt.date(2023, 9, 29))
    return st.one_of(
        st.builds(format_thai_date, days, st.sampled_from(["numeric", "abbr", "full"])),
        st.builds(lambda d: to_thai_digits(format_thai_date(d, "abbr")), days),
        st.builds(dt.date.isoformat, days),
    )


@st.composite
def valid_rows(draw: st.DrawFn) -> dict[Column, str]:
    """A row the importer accepts, its values written in any of the ways officers write them."""
    kind = draw(st.sampled_from(sorted(TYPES)))
    code, name = draw(st.sampled_from(TAMBONS))
    with_code = draw(st.booleans())
    person = with_check_digit("3" + draw(digits12)[1:])
    juristic = with_check_digit("0" + draw(digits12)[1:])
    return {
        Column.TAMBON_CODE: code if with_code else "",
        Column.TAMBON: draw(st.sampled_from([name, ""])) if with_code else name,
        Column.PRODUCER_TYPE: draw(st.sampled_from(TYPES[kind])),
        Column.PRODUCER_NAME: f"ผู้ผลิตทดสอบสมบัติ {draw(st.integers(0, 10**12))}",
        Column.CONTACT: draw(st.sampled_from(["นางสมศรี ใจดี", "นาย ประเสริฐ ทองคำ"])),
        Column.NATIONAL_ID: draw(_id_styles(person)) if kind != "3" else "",
        Column.JURISTIC_NO: juristic if kind == "3" else "",
        Column.MEMBER_COUNT: draw(st.sampled_from(["12", "๑๘"])) if kind == "1" else "",
        Column.ADDRESS: draw(st.sampled_from(["", "12 หมู่ 1", "99/9 ม.๒ ซ.สุขใจ"])),
        Column.PHONE: draw(st.sampled_from(["", "081-234-5678", "๐๘๙๘๗๖๕๔๓๒", "038541234"])),
        Column.PRODUCT_NAMES: draw(st.sampled_from(["กล้วยตาก", "น้ำพริก; ผ้าทอ", "ผ้าไหม;;"])),
        Column.PRODUCT_CATEGORY: draw(st.sampled_from(["อาหาร", "1", "๕", "ผ้าและเครื่องแต่งกาย"])),
        Column.RECEIVED_ON: draw(dates()),
        Column.NOTES: draw(st.text(max_size=30)),
        Column.PHOTOS: "",
    }


# Plausible mistakes: a wrong check digit, another province's tambon, an unknown type...
MISTAKES = st.sampled_from(
    ["3123456789013", "100101", "บางกะปิ", "4", "9", "-3", "31/2/2566", "12", "1-xxxx-xxxxx-xx-3"]
)


@st.composite
def tables(draw: st.DrawFn, odd: st.SearchStrategy[Any] = garbage) -> list[list[Any]]:
    """Valid rows in which now and then a cell is a mistake or something odd."""
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        row = draw(valid_rows())
        for column in Column:
            spoil = draw(st.integers(0, 49))
            if spoil == 0:
                row[column] = draw(odd)
            elif spoil == 1:
                row[column] = draw(MISTAKES)
        rows.append([row[column] for column in Column])
    return rows


odd_cells = st.one_of(
    garbage,
    st.none(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31)),
    st.dates(),
    st.booleans(),
    st.times(),
)


def _empty_registry(services: Services) -> None:
    """Each example starts from an empty registry, so that its valid rows are new."""
    with services.database.transaction() as session:
        session.execute(delete(ProductRow))
        session.execute(delete(RegistrationRow))


def _check(services: Services, attempt: Any, skip_invalid: bool) -> ImportReport | None:
    """Runs one import; checks that the registry changed by exactly what the report says."""
    _empty_registry(services)
    before = services.registry.count()
    imports_before = sum(1 for e in services.audit.recent() if e.action == "import")
    try:
        report: ImportReport = attempt()
    except UserError as exc:
        TRIED[f"refused: {type(exc).__name__}"] += 1
        assert exc.message_th and exc.message_en
        assert services.registry.count() == before
        return None
    added = services.registry.count() - before
    imports = sum(1 for e in services.audit.recent() if e.action == "import") - imports_before
    assert added == report.added
    assert imports == (1 if report.committed else 0)
    if report.problems and not skip_invalid:
        assert added == 0 and not report.committed
        TRIED["nothing imported: invalid rows"] += 1
    else:
        assert added == len(report.new_rows), "a valid row was left out"
        TRIED["imported" if added else "nothing new"] += 1
    valid_rows = set(report.new_rows) | set(report.already_registered)
    valid_rows |= {row for row, _first in report.duplicates_in_file}
    assert valid_rows.isdisjoint(report.invalid_rows)
    assert len(valid_rows) + len(report.invalid_rows) == report.rows_read
    return report


@settings(SETTINGS, max_examples=150)
@given(rows=tables(odd_cells), skip_invalid=st.booleans())
def test_garbled_cells_of_any_type_import_all_valid_rows_or_nothing(
    services: Services, rows: list[list[Any]], skip_invalid: bool
) -> None:
    table = RawTable(HEADERS, tuple(tuple(r) for r in rows), tuple(range(2, len(rows) + 2)))

    def attempt() -> ImportReport:
        parsed = services.importer.parse(table)
        return services.importer.import_rows(
            Path("garbled.xlsx"), parsed, skip_invalid=skip_invalid
        )

    TRIED["rows of odd cells"] += len(rows)
    _check(services, attempt, skip_invalid)


@settings(SETTINGS, max_examples=40)
@given(rows=tables(), skip_invalid=st.booleans(), as_xlsx=st.booleans())
def test_garbled_files_import_all_valid_rows_or_nothing(
    services: Services,
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    skip_invalid: bool,
    as_xlsx: bool,
) -> None:
    folder = tmp_path_factory.mktemp("garbled")
    path = _write_xlsx(folder, rows) if as_xlsx else _write_csv(folder, rows)
    TRIED["garbled files"] += 1
    TRIED["rows in garbled files"] += len(rows)
    _check(
        services,
        lambda: services.importer.import_file(path, skip_invalid=skip_invalid),
        skip_invalid,
    )


def _write_csv(folder: Path, rows: list[list[str]]) -> Path:
    path = folder / "garbled.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows([[str(c).replace("\x00", "") for c in r] for r in rows])
    return path


def _write_xlsx(folder: Path, rows: list[list[str]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        # Excel cells hold no control characters and at most 32,767 characters.
        sheet.append([_excel_text(c) for c in row])
    path = folder / "garbled.xlsx"
    workbook.save(path)
    return path


def _excel_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:32_767]


@settings(SETTINGS, max_examples=60)
@given(data=st.binary(min_size=1, max_size=4096), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_binary_junk_is_refused_with_a_message(
    services: Services, tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("junk") / f"junk{suffix}"
    path.write_bytes(data)
    TRIED[f"junk {suffix} files"] += 1
    _check(services, lambda: services.importer.import_file(path), False)


def test_huge_and_control_character_values_round_trip_as_text(services: Services) -> None:
    name = "กลุ่ม\u200b=SUM(A1)\tทดสอบ" + "ก" * 5000
    rows = [
        [
            "240201",
            "บางคล้า",
            "SMEs",
            name,
            "",
            "",
            with_check_digit("024555000123"),
            "",
            "",
            "",
            "น้ำพริก",
            "๑",
            "๒๖ ก.ย. ๒๕๖๖",
            "\x07",
        ]
    ]
    table = RawTable(HEADERS, (tuple(rows[0]),), (2,))
    report = services.importer.import_rows(Path("x.csv"), services.importer.parse(table))
    assert report.committed, [p.describe() for p in report.problems]
    stored = services.registry.search()[0]
    # Formula-looking text stays text; the invisible space is cleaned away, nothing else.
    assert stored.producer_name.startswith("กลุ่ม=SUM(A1)")
    assert len(stored.producer_name) > 5000


@pytest.fixture(autouse=True, scope="module")
def _report_what_was_tried() -> Iterator[None]:
    yield
    print("\nimport property outcomes:", dict(sorted(TRIED.items())))
