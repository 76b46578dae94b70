"""Every message the rules can raise, in Thai first and English second."""

import datetime as dt
from enum import StrEnum

from otop_desktop.domain.thai_dates import format_be_date_en, format_thai_date


class Language(StrEnum):
    TH = "th"
    EN = "en"


MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("กรุณากรอก{label}", "{label_en} is required"),
    "type_required": ("กรุณาเลือกประเภทผู้ผลิต", "Choose the producer type"),
    "type_unknown": (
        'ไม่รู้จักประเภทผู้ผลิต "{value}" (ใช้ 1, 2, 3 หรือ กลุ่ม / รายเดียว / SMEs)',
        'Unknown producer type "{value}" (use 1, 2, 3 or กลุ่ม / รายเดียว / SMEs)',
    ),
    "national_id_length": (
        "เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา {count} หลัก)",
        "A national ID has 13 digits ({count} given)",
    ),
    "national_id_check_digit": (
        "เลขประจำตัวประชาชนไม่ถูกต้อง: หลักสุดท้ายควรเป็น {expected}",
        "The national ID is wrong: its last digit should be {expected}",
    ),
    "national_id_characters": (
        "เลขประจำตัวประชาชนมีอักขระที่ไม่ใช่ตัวเลข ({characters}) กรุณาตรวจสอบ (เว้นวรรคและขีดคั่นได้)",
        "The national ID holds characters that are not digits ({characters}); "
        "only spaces and dashes may separate its digits",
    ),
    "national_id_zero": (
        "เลขที่ขึ้นต้นด้วย 0 ไม่ใช่เลขประจำตัวประชาชนของคนไทย: เป็นเลขทะเบียนนิติบุคคล (บริษัท ห้างหุ้นส่วน) "
        "หรือเลขของผู้ไม่มีสถานะทางทะเบียน ถ้าเป็นนิติบุคคลให้กรอกในช่องเลขทะเบียนนิติบุคคล",
        "A number starting with 0 is not a Thai national's ID: it is a juristic registration "
        "number (a company or partnership) or the number of a person without registration "
        "status; a juristic person's number goes in the juristic registration number field",
    ),
    "national_id_nine": (
        "ไม่มีเลขประจำตัวประชาชนที่ขึ้นต้นด้วย 9 (ยังไม่มีการออกเลขกลุ่มนี้) กรุณาตรวจสอบหลักแรก",
        "No national ID starts with 9 (no such numbers are issued); please check the first digit",
    ),
    "national_id_non_thai": (
        "เลขที่ขึ้นต้นด้วย {digit} เป็นของผู้ที่ไม่ได้มีสัญชาติไทย (คนต่างด้าวที่อยู่ในประเทศไทยหรือบุตร) "
        "ผู้ผลิต ผู้ประกอบการ OTOP และสมาชิกกลุ่มต้องเป็นคนไทย กรุณาตรวจสอบ",
        "A number starting with {digit} belongs to someone who is not a Thai national (a foreigner "
        "living in Thailand, or their child); OTOP producers and group members must be Thai, "
        "please check",
    ),
    "juristic_characters": (
        "เลขทะเบียนนิติบุคคลมีอักขระที่ไม่ใช่ตัวเลข ({characters}) กรุณาตรวจสอบ (เว้นวรรคและขีดคั่นได้)",
        "The juristic registration number holds characters that are not digits ({characters}); "
        "only spaces and dashes may separate its digits",
    ),
    "leading_zero_restored": (
        "เติมเลข 0 นำหน้าที่ Excel ตัดไปแล้ว: อ่าน {value} เป็น {restored} (หลักตรวจสอบถูกต้อง)",
        "Restored the leading 0 that Excel dropped: {value} read as {restored} "
        "(its check digit holds)",
    ),
    "juristic_length": (
        "เลขทะเบียนนิติบุคคลต้องมี 13 หลัก (กรอกมา {count} หลัก)",
        "A juristic registration number has 13 digits ({count} given)",
    ),
    "juristic_check_digit": (
        "เลขทะเบียนนิติบุคคลไม่ถูกต้อง: หลักสุดท้ายควรเป็น {expected}",
        "The juristic registration number is wrong: its last digit should be {expected}",
    ),
    "juristic_not_zero": (
        "เลขนี้เป็นรูปแบบของเลขประจำตัวประชาชน เลขทะเบียนนิติบุคคลต้องขึ้นต้นด้วย 0",
        "This is the form of a national ID; a juristic registration number starts with 0",
    ),
    "sme_without_juristic": (
        "ผู้ผลิตประเภท SMEs ควรมีเลขทะเบียนนิติบุคคล",
        "An SME producer should have a juristic registration number",
    ),
    "enterprise_code_format": (
        "รหัสทะเบียนวิสาหกิจชุมชนปกติมี 12 หลัก กรุณาตรวจสอบ",
        "A community-enterprise code usually has 12 digits; please check it",
    ),
    "member_count_required": (
        "กลุ่มผู้ผลิตชุมชนต้องระบุจำนวนสมาชิก",
        "A community producer group needs its member count",
    ),
    "member_count_invalid": (
        "จำนวนสมาชิกต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100,000",
        "The member count must be a whole number from 1 to 100,000",
    ),
    "phone_invalid": (
        "หมายเลขโทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9–10 หลัก",
        "A phone number starts with 0 and has 9–10 digits",
    ),
    "email_invalid": ("อีเมลไม่ถูกต้อง", "The e-mail address is not valid"),
    "tambon_required": ("กรุณาเลือกตำบลที่ตั้งสถานที่ผลิต", "Choose the tambon of the production site"),
    "tambon_unknown": (
        'ไม่พบตำบล "{value}" ในอำเภอ{district}',
        'No tambon "{value}" in {district_en} district',
    ),
    "tambon_unknown_province": (
        'ไม่พบตำบล "{value}" ในจังหวัด{district}',
        'No tambon "{value}" in {district_en} province',
    ),
    "tambon_ambiguous": (
        'ชื่อตำบล "{value}" ตรงกับหลายตำบล กรุณาระบุรหัสตำบล',
        'The tambon name "{value}" fits several tambons; give the tambon code',
    ),
    "tambon_outside_district": (
        "ตำบลนี้ไม่ได้อยู่ในอำเภอ{district} สถานที่ผลิตต้องอยู่ในอำเภอที่รับลงทะเบียน",
        "This tambon is not in {district_en} district; the production site must be in the district",
    ),
    "tambon_outside_province": (
        "ตำบลนี้ไม่ได้อยู่ในจังหวัด{district} สถานที่ผลิตต้องอยู่ในจังหวัดที่รวบรวมรายงาน",
        "This tambon is not in {district_en} province; the production site must be in the province",
    ),
    "tambon_code_name_mismatch": (
        'รหัสตำบล {code} ไม่ตรงกับชื่อตำบล "{value}"',
        'Tambon code {code} does not match the tambon name "{value}"',
    ),
    "postal_code_invalid": (
        "รหัสไปรษณีย์ต้องมี 5 หลัก",
        "A postal code has 5 digits",
    ),
    "received_on_required": ("กรุณาระบุวันที่รับลงทะเบียน", "Give the date received"),
    "date_invalid": (
        'อ่านวันที่ "{value}" ไม่ได้ (ใช้ เช่น 26/9/2566 หรือ 26 ก.ย. 2566)',
        'Cannot read the date "{value}" (use e.g. 26/9/2566 or 26 ก.ย. 2566)',
    ),
    "received_in_no_campaign": (
        "วันที่นี้ไม่อยู่ในช่วงนับของการรับลงทะเบียนปีงบประมาณใดเลย จึงจะไม่ถูกนับ "
        "(เพิ่มการรับลงทะเบียนของปีนั้นได้ที่เมนู แฟ้ม)",
        "This date is in no campaign's counting window, so it will count nowhere "
        "(add that year's campaign from the File menu)",
    ),
    "received_outside_window": (
        "วันที่นี้อยู่นอกช่วงนับของการรับลงทะเบียน ({start} – {end}) จึงจะไม่นับในรายงาน",
        "This date is outside the campaign's counting window ({start} – {end}); it will not count",
    ),
    "date_in_future": (
        "วันที่รับลงทะเบียนอยู่ในอนาคต",
        "The date received is in the future",
    ),
    "products_required": (
        "กรุณาระบุผลิตภัณฑ์อย่างน้อย 1 รายการ",
        "Give at least one product",
    ),
    "product_name_required": ("กรุณากรอกชื่อผลิตภัณฑ์", "Give the product name"),
    "category_required": ("กรุณาเลือกประเภทผลิตภัณฑ์", "Choose the product category"),
    "category_unknown": (
        'ไม่รู้จักประเภทผลิตภัณฑ์ "{value}" (ใช้ชื่อหรือเลข 1–5)',
        'Unknown product category "{value}" (use a name or 1–5)',
    ),
    "number_invalid": ('"{value}" ไม่ใช่ตัวเลข', '"{value}" is not a number'),
    "year_started_invalid": (
        "ปีที่เริ่มดำเนินการไม่ถูกต้อง",
        "The year started is not valid",
    ),
    "power_of_attorney_missing": (
        "ผู้มาลงทะเบียนแทนต้องมีหนังสือมอบอำนาจ",
        "Someone registering on the producer's behalf needs a power of attorney",
    ),
    "no_community_link": (
        "ยังไม่ได้ระบุความเชื่อมโยงกับชุมชน (อย่างน้อย 1 ด้าน)",
        "No link to the community is ticked (at least one is expected)",
    ),
    "fda_expected": (
        "ผลิตภัณฑ์อาหารหรือเครื่องดื่มมักต้องมี อย. กรุณาตรวจสอบ",
        "Food and drink usually need an อย. permit; please check",
    ),
    "photos_too_many": (
        "แนบรูปภาพได้ไม่เกิน {limit} รูปต่อรายการ (มี {count} รูป)",
        "A registration keeps at most {limit} photos ({count} attached)",
    ),
    "photos_repeated": (
        "รูปภาพเดียวกันแนบซ้ำกันในรายการนี้",
        "The same photo is attached twice to this registration",
    ),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "producer_type": ("ประเภทผู้ผลิต", "Producer type"),
    "producer_name": ("ชื่อผู้ผลิต", "Producer name"),
    "contact.first_name": ("ชื่อผู้ติดต่อ", "Contact first name"),
    "contact.last_name": ("นามสกุลผู้ติดต่อ", "Contact last name"),
    "national_id": ("เลขประจำตัวประชาชน", "National ID"),
    "juristic_no": ("เลขทะเบียนนิติบุคคล", "Juristic registration number"),
    "community_enterprise_code": ("รหัสวิสาหกิจชุมชน", "Community-enterprise code"),
    "member_count": ("จำนวนสมาชิก", "Member count"),
    "phone": ("โทรศัพท์", "Phone"),
    "email": ("อีเมล", "E-mail"),
    "year_started": ("ปีที่เริ่มดำเนินการ", "Year started"),
    "site.tambon_code": ("ตำบล", "Tambon"),
    "site.postal_code": ("รหัสไปรษณีย์", "Postal code"),
    "received_on": ("วันที่รับลงทะเบียน", "Date received"),
    "products": ("ผลิตภัณฑ์", "Products"),
    "proxy_name": ("ผู้มาลงทะเบียนแทน", "Proxy"),
    "community_links": ("ความเชื่อมโยงกับชุมชน", "Community link"),
    "photos": ("รูปภาพ", "Photos"),
}


def render(message_code: str, language: Language = Language.TH, /, **params: object) -> str:
    thai, english = MESSAGES[message_code]
    template = thai if language is Language.TH else english
    # Dates are written as each language writes them, with the Buddhist-era year.
    shown = {
        name: (
            format_thai_date(value, "abbr") if language is Language.TH else format_be_date_en(value)
        )
        if isinstance(value, dt.date)
        else value
        for name, value in params.items()
    }
    return template.format(**shown)
