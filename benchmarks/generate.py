"""Synthetic OTOP registrations: seeded, reproducible, on real tambons, with valid ID numbers.

    python benchmarks/generate.py --rows 100000 --district 2401 --data-dir /tmp/otop-100k
    python benchmarks/generate.py --rows 10000 --province 24 --csv registrations.csv
    python benchmarks/generate.py --rows 5000 --country --xlsx registrations.xlsx

With --data-dir the rows go straight into the database through the repository layer (bulk
inserts); the office is set up for the first district. --csv/--xlsx write the interchange table
of PRODUCT.md §4, which `otop-desktop import` reads.
"""

import argparse
import csv
import datetime as dt
import random
import sys
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import geothai
from thai_words import (
    BRAND_WORDS,
    CATEGORY_WEIGHTS,
    FEMALE_GIVEN,
    GROUP_PATTERNS,
    MALE_GIVEN,
    PRODUCTS,
    ROADS,
    SME_PATTERNS,
    SURNAMES,
    VILLAGE_WORDS,
)

from otop_desktop.domain.checklists import CommunityLink, required_documents
from otop_desktop.domain.identifiers import format_phone, with_check_digit
from otop_desktop.domain.producer_types import (
    ProducerType,
    ProductCategory,
    RegistrationStatus,
    Standard,
)
from otop_desktop.domain.registration import (
    HeldStandard,
    Person,
    Product,
    Registration,
    SiteAddress,
)
from otop_desktop.domain.thai_dates import BE_OFFSET

WINDOW = (dt.date(2022, 10, 1), dt.date(2023, 9, 29))
TYPE_WEIGHTS = {ProducerType.GROUP: 55, ProducerType.SINGLE_OWNER: 43, ProducerType.SME: 2}
STATUS_WEIGHTS = {
    RegistrationStatus.RECEIVED: 70,
    RegistrationStatus.APPROVED: 18,
    RegistrationStatus.IN_NATIONAL_SYSTEM: 10,
    RegistrationStatus.REJECTED: 2,
}
OFFICER = ("นางสาวสมใจ รักงาน", "นักวิชาการพัฒนาชุมชนชำนาญการ")
CHUNK = 2000


def tambons_of(districts: Sequence[str] = (), province: str = "", country: bool = False) -> list:
    """Real tambons (geothai subdistricts) of the chosen districts, province or whole country."""
    if country:
        codes = [d.code for p in geothai.provinces() for d in geothai.districts(p.code)]
    elif province:
        codes = [d.code for d in geothai.districts(province)]
    else:
        codes = list(districts)
    found = [s for code in codes for s in geothai.subdistricts(code)]
    if not found:
        raise SystemExit(f"no tambons found for {districts or province}")
    return found


class Generator:
    def __init__(self, tambons: list, seed: int = 2566) -> None:
        self._tambons = tambons
        self._rng = random.Random(seed)
        self._id_offset = self._rng.randrange(10**10)
        self._serial = 0
        self._categories = list(CATEGORY_WEIGHTS)
        self._category_weights = list(CATEGORY_WEIGHTS.values())

    def _pick(self, weights: dict) -> object:
        return self._rng.choices(list(weights), weights=list(weights.values()))[0]

    def _national_id(self) -> str:
        # An odd multiplier coprime to 10 walks all 11-digit bodies once: every ID is unique.
        self._serial += 1
        body = (self._id_offset + self._serial * 7919) % 10**11
        return with_check_digit(f"{self._rng.choice('13')}{body:011d}")

    def _juristic_no(self, province: str, year: int) -> str:
        self._serial += 1
        kind = self._rng.choice("35")  # 3 partnership, 5 company
        return with_check_digit(f"0{province}{kind}{year % 100:02d}{self._serial % 10**6:06d}")

    def _person(self) -> Person:
        if self._rng.random() < 0.6:
            return Person(
                self._rng.choice(("นาง", "นางสาว")),
                self._rng.choice(FEMALE_GIVEN),
                self._rng.choice(SURNAMES),
            )
        return Person("นาย", self._rng.choice(MALE_GIVEN), self._rng.choice(SURNAMES))

    def _products(self) -> tuple[Product, ...]:
        category = self._rng.choices(self._categories, weights=self._category_weights)[0]
        count = self._rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
        chosen = self._rng.sample(PRODUCTS[category], k=min(count, len(PRODUCTS[category])))
        brand = f"{self._rng.choice(BRAND_WORDS)}{self._rng.choice(FEMALE_GIVEN)}"
        products = []
        for name, price in chosen:
            standards: tuple[HeldStandard, ...] = ()
            if category in (1, 2) and self._rng.random() < 0.4:
                standards = (HeldStandard(Standard.FDA, f"{self._rng.randrange(10**12):013d}"),)
            elif self._rng.random() < 0.25:
                standards = (HeldStandard(Standard.OTOP_COMMUNITY, f"{self._rng.randrange(9999)}"),)
            sales = self._rng.randrange(20, 2000) * 1000 if self._rng.random() < 0.5 else None
            products.append(
                Product(
                    name,
                    ProductCategory(category),
                    brand=brand if self._rng.random() < 0.5 else "",
                    standards=standards,
                    unit_price=Decimal(price),
                    annual_sales=Decimal(sales) if sales else None,
                )
            )
        return tuple(products)

    def _name(self, ptype: ProducerType, person: Person, products: tuple[Product, ...]) -> str:
        village = self._rng.choice(VILLAGE_WORDS)
        if ptype is ProducerType.GROUP:
            pattern = self._rng.choice(GROUP_PATTERNS)
            return pattern.format(village=village, product=products[0].name)
        if ptype is ProducerType.SME:
            return self._rng.choice(SME_PATTERNS).format(word=village)
        return person.full_name

    def _house_no(self) -> str:
        number = str(self._rng.randrange(1, 300))
        return f"{number}/{self._rng.randrange(1, 9)}" if self._rng.random() < 0.2 else number

    def registration(self) -> Registration:
        rng = self._rng
        tambon = rng.choice(self._tambons)
        ptype = ProducerType(self._pick(TYPE_WEIGHTS))
        person, products = self._person(), self._products()
        received = WINDOW[0] + dt.timedelta(days=rng.randrange((WINDOW[1] - WINDOW[0]).days + 1))
        has_standards = any(p.standards for p in products)
        documents = set(required_documents(ptype, has_proxy=False, has_standards=has_standards))
        if rng.random() < 0.15:
            documents.discard(rng.choice(sorted(documents)))
        mobile = f"0{rng.choice('689')}{rng.randrange(10**8):08d}"
        return Registration(
            producer_type=ptype,
            producer_name=self._name(ptype, person, products),
            site=SiteAddress(
                tambon_code=tambon.code,
                house_no=self._house_no(),
                moo=str(rng.randrange(1, 16)),
                village=f"บ้าน{rng.choice(VILLAGE_WORDS)}",
                road=rng.choice(ROADS),
                postal_code=tambon.postal_codes[0] if tambon.postal_codes else "",
            ),
            received_on=received,
            products=products,
            contact=person,
            national_id="" if ptype is ProducerType.SME else self._national_id(),
            juristic_no=self._juristic_no(tambon.province_code, received.year - rng.randrange(8))
            if ptype is ProducerType.SME
            else "",
            member_count=rng.randrange(7, 61) if ptype is ProducerType.GROUP else None,
            phone=mobile,
            year_started=received.year - rng.randrange(0, 15),
            officer_name=OFFICER[0],
            officer_position=OFFICER[1],
            documents=frozenset(documents),
            community_links=frozenset(rng.sample(list(CommunityLink), k=rng.randrange(1, 4))),
            status=RegistrationStatus(self._pick(STATUS_WEIGHTS)),
        )

    def registrations(self, count: int) -> Iterator[Registration]:
        for _ in range(count):
            yield self.registration()


HEADERS = (
    "รหัสตำบล",
    "ตำบล",
    "ประเภทผู้ผลิต",
    "ชื่อผู้ผลิต",
    "ชื่อ-สกุล ผู้ติดต่อ",
    "เลขประจำตัวประชาชน",
    "เลขทะเบียนนิติบุคคล",
    "จำนวนสมาชิก",
    "ที่อยู่",
    "โทรศัพท์",
    "ชื่อผลิตภัณฑ์",
    "ประเภทผลิตภัณฑ์",
    "วันที่รับลงทะเบียน",
    "หมายเหตุ",
)


def interchange_row(reg: Registration, tambon_names: dict[str, str]) -> list[object]:
    """One row of the import table, written as a district office would type it."""
    assert reg.producer_type is not None and reg.received_on is not None
    site = reg.site
    address = " ".join(p for p in (site.house_no, f"หมู่ {site.moo}", site.village, site.road) if p)
    main = reg.products[0]
    date = reg.received_on
    return [
        site.tambon_code,
        tambon_names.get(site.tambon_code, ""),
        reg.producer_type.short_th,
        reg.producer_name,
        reg.contact.full_name,
        reg.national_id,
        reg.juristic_no,
        reg.member_count or "",
        address,
        format_phone(reg.phone),
        "; ".join(p.name for p in reg.products),
        main.category.name_th if main.category else "",
        f"{date.day}/{date.month}/{date.year + BE_OFFSET}",
        reg.notes,
    ]


def write_csv(regs: Iterator[Registration], path: Path, tambon_names: dict[str, str]) -> int:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        rows = [interchange_row(reg, tambon_names) for reg in regs]
        writer.writerows(rows)
    return len(rows)


def write_xlsx(regs: Iterator[Registration], path: Path, tambon_names: dict[str, str]) -> int:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("ทะเบียน")
    sheet.append(HEADERS)
    rows = 0
    for reg in regs:
        sheet.append(interchange_row(reg, tambon_names))
        rows += 1
    workbook.save(path)
    return rows


def insert(
    regs: Iterator[Registration], data_dir: Path, district: str, database_url: str = ""
) -> int:
    """Sets up the office and adds the rows in bulk inserts through the repository layer."""
    from otop_desktop.app import open_services
    from otop_desktop.db.registration_bulk import add_many
    from otop_desktop.platform.data_folder import DataFolder

    services = open_services(DataFolder(data_dir, database_url))
    try:
        services.office.setup(district, officer_name=OFFICER[0], officer_position=OFFICER[1])
        names = services.gazetteer.tambon_name
        total = 0
        batch: list[Registration] = []
        for reg in regs:
            batch.append(reg)
            if len(batch) == CHUNK:
                total += _insert_batch(services, batch, names, add_many)
        total += _insert_batch(services, batch, names, add_many)
        return total
    finally:
        services.close()


def _insert_batch(services, batch, names, add_many) -> int:  # type: ignore[no-untyped-def]
    if not batch:
        return 0
    with services.database.transaction() as session:
        add_many(session, [(reg, names(reg.tambon_code)) for reg in batch])
    done = len(batch)
    batch.clear()
    return done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2566)
    area = parser.add_mutually_exclusive_group()
    area.add_argument("--district", action="append", default=[], help="4-digit code; repeatable")
    area.add_argument("--province", default="", help="2-digit code: all its districts")
    area.add_argument("--country", action="store_true", help="every tambon in Thailand")
    parser.add_argument("--csv", type=Path)
    parser.add_argument("--xlsx", type=Path)
    parser.add_argument("--data-dir", type=Path, help="insert into this data folder")
    parser.add_argument("--database-url", default="", help="insert into this database instead")
    args = parser.parse_args(argv)
    districts = args.district or ([] if args.province or args.country else ["2401"])
    tambons = tambons_of(districts, args.province, args.country)
    names = {t.code: t.name_th for t in tambons}
    started = time.perf_counter()
    for target, write in ((args.csv, write_csv), (args.xlsx, write_xlsx)):
        if target is not None:
            rows = write(Generator(tambons, args.seed).registrations(args.rows), target, names)
            print(f"{target}: {rows} rows")
    if args.data_dir is not None:
        office_district = tambons[0].district_code
        rows = insert(
            Generator(tambons, args.seed).registrations(args.rows),
            args.data_dir,
            office_district,
            args.database_url,
        )
        print(f"{args.data_dir}: {rows} registrations (office district {office_district})")
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
