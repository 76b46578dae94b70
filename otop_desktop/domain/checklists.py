"""Documents received with a registration, and the ways a producer links to its community."""

from enum import StrEnum

from otop_desktop.domain.producer_types import ProducerType


class Document(StrEnum):
    ID_CARD = "id_card"
    HOUSE_REGISTRATION = "house_registration"
    POWER_OF_ATTORNEY = "power_of_attorney"
    PRODUCT_PHOTO = "product_photo"
    GROUP_FORMATION_RECORD = "group_formation_record"
    MEETING_MINUTES = "meeting_minutes"
    MEMBER_LIST = "member_list"
    COMPANY_CERTIFICATE = "company_certificate"
    PERMITS = "permits"

    @property
    def label_th(self) -> str:
        return _DOCUMENT_TH[self]

    @property
    def label_en(self) -> str:
        return _DOCUMENT_EN[self]


_DOCUMENT_TH = {
    Document.ID_CARD: "สำเนาบัตรประจำตัวประชาชน",
    Document.HOUSE_REGISTRATION: "สำเนาทะเบียนบ้าน",
    Document.POWER_OF_ATTORNEY: "หนังสือมอบอำนาจ",
    Document.PRODUCT_PHOTO: "รูปถ่ายผลิตภัณฑ์",
    Document.GROUP_FORMATION_RECORD: "หลักฐานการจัดตั้งกลุ่ม",
    Document.MEETING_MINUTES: "รายงานการประชุม",
    Document.MEMBER_LIST: "รายชื่อสมาชิก",
    Document.COMPANY_CERTIFICATE: "หนังสือรับรองนิติบุคคล",
    Document.PERMITS: "ใบอนุญาตและใบรับรองมาตรฐาน",
}
_DOCUMENT_EN = {
    Document.ID_CARD: "Copy of national ID card",
    Document.HOUSE_REGISTRATION: "Copy of house registration",
    Document.POWER_OF_ATTORNEY: "Power of attorney",
    Document.PRODUCT_PHOTO: "Product photo",
    Document.GROUP_FORMATION_RECORD: "Group formation record",
    Document.MEETING_MINUTES: "Meeting minutes",
    Document.MEMBER_LIST: "Member list",
    Document.COMPANY_CERTIFICATE: "Company certificate",
    Document.PERMITS: "Permits and standard certificates",
}

_COMMON = (Document.ID_CARD, Document.HOUSE_REGISTRATION, Document.PRODUCT_PHOTO)


def required_documents(
    producer_type: ProducerType, *, has_proxy: bool, has_standards: bool
) -> tuple[Document, ...]:
    docs = list(_COMMON)
    if producer_type is ProducerType.GROUP:
        docs += [Document.GROUP_FORMATION_RECORD, Document.MEETING_MINUTES, Document.MEMBER_LIST]
    if producer_type is ProducerType.SME:
        docs.append(Document.COMPANY_CERTIFICATE)
    if has_proxy:
        docs.append(Document.POWER_OF_ATTORNEY)
    if has_standards:
        docs.append(Document.PERMITS)
    return tuple(docs)


class CommunityLink(StrEnum):
    PRODUCTION = "production"
    MANAGEMENT = "management"
    BENEFIT = "benefit"

    @property
    def label_th(self) -> str:
        return {
            CommunityLink.PRODUCTION: "ชุมชนมีส่วนร่วมในการผลิต (แรงงานหรือวัตถุดิบในท้องถิ่น)",
            CommunityLink.MANAGEMENT: "ชุมชนมีส่วนร่วมในการบริหารจัดการ",
            CommunityLink.BENEFIT: "ชุมชนได้รับประโยชน์",
        }[self]

    @property
    def label_en(self) -> str:
        return {
            CommunityLink.PRODUCTION: "Community takes part in production (labour, materials)",
            CommunityLink.MANAGEMENT: "Community takes part in management",
            CommunityLink.BENEFIT: "Community benefits",
        }[self]
