"""Provinces, districts and tambons from geothai, converted to the domain's area types."""

import json
from functools import cache
from importlib.resources import files

import geothai

from otop_desktop.domain.areas import District, Province, Tambon
from otop_desktop.domain.thai_text import clean_text, digits_only


def _tambon(s: geothai.types.Subdistrict) -> Tambon:
    return Tambon(s.code, s.name_th, s.name_en, s.district_code, tuple(s.postal_codes))


def _district_rows(district_code: str) -> tuple[Tambon, ...] | None:
    """One district's tambons read from geothai's own table (the file its build ships, see
    build.spec) without building all 7,436 of geothai's tambon objects first, which costs the
    dashboard's first frame about 10 ms. None when the table is not as expected: geothai's
    functions then answer (a test checks both agree for every district)."""
    try:
        text = files("geothai").joinpath("_data/subdistricts.json").read_text(encoding="utf-8")
        rows = json.loads(text)
        found = tuple(
            Tambon(code, name_th, name_en, code[:4], tuple(postal.split(" ")))
            for code, name_th, name_en, postal in rows
            if code[:4] == district_code
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return found or None


class Gazetteer:
    def provinces(self) -> list[Province]:
        return [Province(p.code, p.name_th, p.name_en) for p in geothai.provinces()]

    def province(self, code: str) -> Province | None:
        p = geothai.province(code)
        return Province(p.code, p.name_th, p.name_en) if p else None

    def districts(self, province_code: str) -> list[District]:
        return [
            District(d.code, d.name_th, d.name_en, d.province_code)
            for d in geothai.districts(province_code)
        ]

    def district(self, code: str) -> District | None:
        d = geothai.district(code)
        return District(d.code, d.name_th, d.name_en, d.province_code) if d else None

    @cache  # noqa: B019 - one Gazetteer lives as long as the program; the data never changes.
    def tambons(self, district_code: str) -> tuple[Tambon, ...]:
        """The district's tambons; given a 2-digit province code, the whole province's."""
        if len(district_code) == 2:
            return tuple(t for d in self.districts(district_code) for t in self.tambons(d.code))
        found = _district_rows(district_code)
        if found is not None:
            return found
        return tuple(_tambon(s) for s in geothai.subdistricts(district_code))

    def tambon(self, code: str) -> Tambon | None:
        s = geothai.subdistrict(code)
        return _tambon(s) if s else None

    def tambon_name(self, code: str) -> str:
        found = self.tambon(code)
        return found.name_th if found else code

    def match_tambon(self, name: str, district_code: str) -> list[Tambon]:
        """Tambons of the district whose name fits a hand-typed one (ต.บางคล้า, Bang Khla...).

        A 2-digit province code searches the whole province."""
        name = clean_text(name)
        if not name:
            return []
        return [
            _tambon(a.subdistrict)
            for a in geothai.match(name)
            if a.subdistrict.district_code[: len(district_code)] == district_code
        ]

    def match_address(self, tambon: str, district: str, province: str) -> Tambon | None:
        """The one tambon named by a written address (ตำบลบางคล้า อำเภอบางคล้า จังหวัดฉะเชิงเทรา,
        or แขวง and เขต in Bangkok); None when no tambon, or more than one, fits."""
        if not clean_text(tambon):
            return None
        found = geothai.match(
            clean_text(tambon), district=clean_text(district), province=clean_text(province)
        )
        return _tambon(found[0].subdistrict) if len(found) == 1 else None

    def tambon_from_code_text(self, text: str) -> Tambon | None:
        code = digits_only(text)
        return self.tambon(code) if len(code) == 6 else None
