"""Producer types, product categories, standards and registration statuses with their Thai names."""

from enum import IntEnum, StrEnum

from otop_desktop.domain.thai_text import clean_text, to_arabic_digits


class ProducerType(IntEnum):
    GROUP = 1
    SINGLE_OWNER = 2
    SME = 3

    @property
    def name_th(self) -> str:
        return _TYPE_NAMES_TH[self]

    @property
    def name_en(self) -> str:
        return _TYPE_NAMES_EN[self]

    @property
    def short_th(self) -> str:
        return _TYPE_SHORT_TH[self]

    @property
    def short_en(self) -> str:
        return ("Group", "Single owner", "SME")[self - 1]

    @property
    def explanation_th(self) -> str:
        return _TYPE_EXPLANATIONS_TH[self]

    @property
    def explanation_en(self) -> str:
        return _TYPE_EXPLANATIONS_EN[self]

    @property
    def counts_as_group(self) -> bool:
        return self is ProducerType.GROUP

    @classmethod
    def parse(cls, text: object) -> "ProducerType | None":
        """Reads a type as written in a file: its Thai name, 1/2/3, or a short form."""
        key = clean_text(to_arabic_digits(str(text))).replace(" ", "").casefold()
        if key.endswith(".0"):
            key = key[:-2]
        return _TYPE_BY_KEY.get(key)


_TYPE_NAMES_TH = {
    ProducerType.GROUP: "กลุ่มผู้ผลิตชุมชน",
    ProducerType.SINGLE_OWNER: "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว",
    ProducerType.SME: "ผู้ผลิตที่เป็นวิสาหกิจขนาดกลางและขนาดย่อม",
}
_TYPE_NAMES_EN = {
    ProducerType.GROUP: "Community producer group",
    ProducerType.SINGLE_OWNER: "Single-owner community producer",
    ProducerType.SME: "SME producer",
}
_TYPE_SHORT_TH = {
    ProducerType.GROUP: "กลุ่ม",
    ProducerType.SINGLE_OWNER: "รายเดียว",
    ProducerType.SME: "SMEs",
}
_TYPE_EXPLANATIONS_TH = {
    ProducerType.GROUP: "กลุ่มแม่บ้าน กลุ่มเยาวชน หรือวิสาหกิจชุมชน ที่ร่วมกันผลิต",
    ProducerType.SINGLE_OWNER: "บุคคลในชุมชนที่ผลิตเองโดยไม่ได้รวมกลุ่ม",
    ProducerType.SME: "นิติบุคคล เช่น ห้างหุ้นส่วน หรือบริษัท ที่จดทะเบียนแล้ว",
}
_TYPE_EXPLANATIONS_EN = {
    ProducerType.GROUP: "A housewives' or youth group or a community enterprise producing together",
    ProducerType.SINGLE_OWNER: "A person in the community producing alone, without a group",
    ProducerType.SME: "A registered juristic person: a partnership or a company",
}
_TYPE_BY_KEY: dict[str, ProducerType] = {}
for _t in ProducerType:
    for _k in (str(_t.value), _t.name_th, _t.short_th, _t.name_en, _t.name.lower()):
        _TYPE_BY_KEY[_k.replace(" ", "").casefold()] = _t
_TYPE_BY_KEY.update(
    {
        "sme": ProducerType.SME,
        "เจ้าของรายเดียว": ProducerType.SINGLE_OWNER,
        "กลุ่มผู้ผลิต": ProducerType.GROUP,
        "วิสาหกิจชุมชน": ProducerType.GROUP,
    }
)


class ProductCategory(IntEnum):
    FOOD = 1
    BEVERAGE = 2
    TEXTILE = 3
    HOUSEWARE = 4
    HERBAL = 5

    @property
    def name_th(self) -> str:
        return _CATEGORY_NAMES_TH[self]

    @property
    def name_en(self) -> str:
        return _CATEGORY_NAMES_EN[self]

    @classmethod
    def parse(cls, text: object) -> "ProductCategory | None":
        key = clean_text(to_arabic_digits(str(text))).replace(" ", "")
        if key.endswith(".0"):
            key = key[:-2]
        return _CATEGORY_BY_KEY.get(key.casefold())


_CATEGORY_NAMES_TH = {
    ProductCategory.FOOD: "อาหาร",
    ProductCategory.BEVERAGE: "เครื่องดื่ม",
    ProductCategory.TEXTILE: "ผ้าและเครื่องแต่งกาย",
    ProductCategory.HOUSEWARE: "ของใช้ ของตกแต่ง ของที่ระลึก",
    ProductCategory.HERBAL: "สมุนไพรที่ไม่ใช่อาหาร",
}
_CATEGORY_NAMES_EN = {
    ProductCategory.FOOD: "Food",
    ProductCategory.BEVERAGE: "Beverages",
    ProductCategory.TEXTILE: "Textiles and garments",
    ProductCategory.HOUSEWARE: "Houseware, decorations and souvenirs",
    ProductCategory.HERBAL: "Non-food herbal products",
}
_CATEGORY_BY_KEY: dict[str, ProductCategory] = {}
for _c in ProductCategory:
    for _k in (str(_c.value), _c.name_th, _c.name_en):
        _CATEGORY_BY_KEY[_k.replace(" ", "").casefold()] = _c
_CATEGORY_BY_KEY.update(
    {
        "ผ้า": ProductCategory.TEXTILE,
        "ผ้าเครื่องแต่งกาย": ProductCategory.TEXTILE,
        "ของใช้": ProductCategory.HOUSEWARE,
        "ของใช้ของตกแต่งของที่ระลึก": ProductCategory.HOUSEWARE,
        "สมุนไพร": ProductCategory.HERBAL,
    }
)


class Standard(StrEnum):
    FDA = "อย."
    OTOP_COMMUNITY = "มผช."
    TISI = "มอก."
    GAP = "GAP"
    GMP = "GMP"
    HACCP = "HACCP"
    Q_MARK = "Q"
    ORGANIC = "organic"
    HALAL = "halal"
    OTHER = "other"

    @property
    def label_th(self) -> str:
        return {
            Standard.Q_MARK: "เครื่องหมาย Q",
            Standard.ORGANIC: "เกษตรอินทรีย์",
            Standard.HALAL: "ฮาลาล",
            Standard.OTHER: "อื่น ๆ",
        }.get(self, self.value)

    @property
    def label_en(self) -> str:
        return {
            Standard.FDA: "FDA (อย.)",
            Standard.OTOP_COMMUNITY: "Community product standard (มผช.)",
            Standard.TISI: "TISI (มอก.)",
            Standard.Q_MARK: "Q mark",
            Standard.ORGANIC: "Organic",
            Standard.HALAL: "Halal",
            Standard.OTHER: "Other",
        }.get(self, self.value)


class RegistrationStatus(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    REJECTED = "rejected"
    IN_NATIONAL_SYSTEM = "national"

    @property
    def label_th(self) -> str:
        return _STATUS_TH[self]

    @property
    def label_en(self) -> str:
        return _STATUS_EN[self]

    @property
    def counts_for_quota(self) -> bool:
        return self is not RegistrationStatus.REJECTED


_STATUS_TH = {
    RegistrationStatus.RECEIVED: "รับลงทะเบียนแล้ว",
    RegistrationStatus.APPROVED: "คณะกรรมการอำเภออนุมัติ",
    RegistrationStatus.REJECTED: "ไม่ผ่านการพิจารณา",
    RegistrationStatus.IN_NATIONAL_SYSTEM: "บันทึกในระบบแล้ว",
}
_STATUS_EN = {
    RegistrationStatus.RECEIVED: "Received",
    RegistrationStatus.APPROVED: "Approved by district committee",
    RegistrationStatus.REJECTED: "Rejected",
    RegistrationStatus.IN_NATIONAL_SYSTEM: "Entered in the national system",
}
