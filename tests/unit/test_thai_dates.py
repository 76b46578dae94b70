"""Buddhist-era dates as offices write them, and the Thai fiscal year (PRODUCT.md §2)."""

import datetime as dt

import pytest

from otop_desktop.domain.thai_dates import (
    ThaiDateError,
    fiscal_year,
    fiscal_year_bounds,
    format_thai_date,
    from_spreadsheet_value,
    parse_thai_date,
)

LETTER_DATE = dt.date(2023, 9, 26)  # 26 September 2566 B.E.


@pytest.mark.parametrize(
    "text",
    [
        "26/9/2566",
        "26/09/2566",
        "26-9-2566",
        "26.9.2566",
        " 26 / 9 / 2566 ",
        "26/9/66",
        "26 ก.ย. 2566",
        "26 ก.ย.2566",
        "26 กย 2566",
        "26 ก.ย. 66",
        "26 กันยายน 2566",
        "26 กันยายน พ.ศ. 2566",
        "26 ก.ย. พ.ศ. 2566",
        "วันที่ 26 กันยายน 2566",
        "วันที่ 26/9/2566",
        "๒๖ ก.ย. ๒๕๖๖",
        "๒๖/๙/๒๕๖๖",
        "วันที่ ๒๖ กันยายน พ.ศ. ๒๕๖๖",
        "2023-09-26",
        "2023-9-26",
        "2023-09-26 00:00:00",
        "2566-09-26",
    ],
)
def test_accepted_forms_of_26_september_2566(text: str) -> None:
    assert parse_thai_date(text) == LETTER_DATE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/1/2566", dt.date(2023, 1, 1)),
        ("29 ก.พ. 2567", dt.date(2024, 2, 29)),
        ("1 พ.ค. 2566", dt.date(2023, 5, 1)),
        ("30 พฤศจิกายน 2565", dt.date(2022, 11, 30)),
        ("31 ธ.ค. 2565", dt.date(2022, 12, 31)),
        ("1/10/65", dt.date(2022, 10, 1)),
    ],
)
def test_other_dates(text: str, expected: dt.date) -> None:
    assert parse_thai_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/2/2566",  # no 31 February
        "29 ก.พ. 2566",  # 2023 is not a leap year
        "0/9/2566",
        "26/13/2566",
        "26/9/2023",  # a C.E. year in a B.E. form is refused
        "26 กันยายน 2023",
        "2023-02-30",
        "26 เดือนหน้า 2566",  # unknown month
        "26 xyz 2566",
        "",
        "   ",
        "ไม่ทราบ",
        "26/9",
        "2566",
        "abc/def/ghij",
    ],
)
def test_refused_text_raises_thai_date_error(text: str) -> None:
    with pytest.raises(ThaiDateError):
        parse_thai_date(text)


def test_thai_date_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="2023"):
        parse_thai_date("26/9/2023")


@pytest.mark.parametrize(
    ("style", "thai_digits", "expected"),
    [
        ("numeric", False, "26/9/2566"),
        ("abbr", False, "26 ก.ย. 2566"),
        ("full", False, "26 กันยายน 2566"),
        ("numeric", True, "๒๖/๙/๒๕๖๖"),
        ("abbr", True, "๒๖ ก.ย. ๒๕๖๖"),
        ("full", True, "๒๖ กันยายน ๒๕๖๖"),
    ],
)
def test_format_thai_date(style: str, thai_digits: bool, expected: str) -> None:
    assert format_thai_date(LETTER_DATE, style, thai_digits=thai_digits) == expected


def test_format_defaults_to_numeric() -> None:
    assert format_thai_date(dt.date(2022, 10, 1)) == "1/10/2565"


def test_format_refuses_an_unknown_style() -> None:
    with pytest.raises(ValueError):
        format_thai_date(LETTER_DATE, "long")


@pytest.mark.parametrize(
    "value",
    [
        dt.date(2023, 9, 26),
        dt.datetime(2023, 9, 26),
        dt.datetime(2023, 9, 26, 14, 30),
        # Thai Excel may store the B.E. year itself in a date cell.
        dt.date(2566, 9, 26),
        dt.datetime(2566, 9, 26, 8, 0),
        "26/9/2566",
        "26 ก.ย. 2566",
    ],
)
def test_from_spreadsheet_value(value: object) -> None:
    result = from_spreadsheet_value(value)
    assert result == LETTER_DATE
    assert type(result) is dt.date


def test_from_spreadsheet_value_refuses_text_that_is_not_a_date() -> None:
    with pytest.raises(ThaiDateError):
        from_spreadsheet_value("ไม่ระบุ")


def test_from_spreadsheet_value_refuses_a_be_date_cell_that_does_not_exist() -> None:
    # 29 February 2568 is a real day in Excel's calendar (2568 is a leap year there),
    # but 29 February 2568 B.E. would be 29 February 2025, which does not exist.
    with pytest.raises(ThaiDateError):
        from_spreadsheet_value(dt.date(2568, 2, 29))


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2023, 9, 30), 2566),
        (dt.date(2023, 10, 1), 2567),
        (dt.date(2022, 10, 1), 2566),
        (dt.date(2023, 1, 1), 2566),
        (dt.date(2022, 9, 30), 2565),
        (dt.date(2023, 12, 31), 2567),
    ],
)
def test_fiscal_year(date: dt.date, expected: int) -> None:
    assert fiscal_year(date) == expected


def test_fiscal_year_bounds_of_2566() -> None:
    assert fiscal_year_bounds(2566) == (dt.date(2022, 10, 1), dt.date(2023, 9, 30))


@pytest.mark.parametrize("year", [2565, 2566, 2567, 2570])
def test_fiscal_year_bounds_fall_in_that_fiscal_year(year: int) -> None:
    start, end = fiscal_year_bounds(year)
    assert fiscal_year(start) == year
    assert fiscal_year(end) == year
    assert fiscal_year(start - dt.timedelta(days=1)) == year - 1
    assert fiscal_year(end + dt.timedelta(days=1)) == year + 1
