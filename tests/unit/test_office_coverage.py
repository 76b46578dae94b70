"""Which districts' packages and reports an office takes in."""

from otop_desktop.domain.office import Office, OfficeScope


def test_a_district_office_covers_only_its_own_district() -> None:
    office = Office(province_code="50", district_code="5001")
    assert office.covers_district("5001")
    assert not office.covers_district("5002")
    assert not office.covers_district("1001")


def test_a_province_office_covers_every_district_of_its_province_and_no_other() -> None:
    office = Office(province_code="50", district_code="5001", scope=OfficeScope.PROVINCE)
    assert office.covers_district("5001")
    assert office.covers_district("5025")
    assert not office.covers_district("5101")
    assert not office.covers_district("1050")
