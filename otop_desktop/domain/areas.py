"""Administrative areas as the program sees them: DOPA codes, Thai and English names."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Province:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class District:
    code: str
    name_th: str
    name_en: str
    province_code: str


@dataclass(frozen=True)
class Tambon:
    code: str
    name_th: str
    name_en: str
    district_code: str
    postal_codes: tuple[str, ...]

    @property
    def default_postal_code(self) -> str:
        return self.postal_codes[0] if self.postal_codes else ""
