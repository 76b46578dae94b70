"""The registration form on paper: one A4 page per registration with both signature blocks,
the ID masked unless asked for, nothing outside the page's margins, a long form breaking so that
the signatures keep the declaration and the last lines above them, and the command line."""

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from otop_desktop.app import Services
from otop_desktop.db.repositories import AuditRepository
from otop_desktop.domain.producer_types import ProductCategory
from otop_desktop.domain.registration import Product
from otop_desktop.services.form_print.form_drawing import BoxOp, FormDocument, LineOp, TextOp
from otop_desktop.services.report.pdf.pdf_canvas import MARGINS
from tests.integration.test_cli import ok, one_line_error, run
from tests.integration.test_repositories import full_registration

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
BANG_KHLA_TAMBON = "240201"  # three registrations in the sample file


@pytest.fixture
def office(services: Services, bang_khla_csv: Path) -> Services:
    assert services.importer.import_file(bang_khla_csv).added == 23
    return services


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")[:-1]


def assert_inside_the_page(document: FormDocument) -> None:
    left, _top, right, bottom = MARGINS
    for page in document.pages:
        for op in page.ops:
            if isinstance(op, TextOp | BoxOp):
                assert op.x >= left - 0.5 and op.x + op.width <= page.width - right + 1.5, op
                assert op.y >= 0 and op.y + op.height <= page.height - bottom / 3, op
            elif isinstance(op, LineOp):
                assert left - 0.5 <= min(op.x1, op.x2) <= max(op.x1, op.x2) <= page.width - right


@needs_poppler
def test_a_tambons_forms_print_one_page_each_with_both_signatures(
    office: Services, tmp_path: Path
) -> None:
    uuids = office.form_print.tambon_registrations(BANG_KHLA_TAMBON)
    names = {office.registry.get(u).producer_name for u in uuids}

    document = office.form_print.write_pdf(uuids, tmp_path / "forms.pdf")

    pages = pdf_pages(tmp_path / "forms.pdf")
    assert len(uuids) == 3 and len(pages) == 3 and len(document.pages) == 3
    for page in pages:
        assert "แบบลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP" in page
        assert "ผู้ลงทะเบียน" in page and "ผู้รับลงทะเบียน" in page
        assert page.count("ลงชื่อ") == 2 and page.count("ตำแหน่ง") >= 2
        assert "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ" in page
        assert "สำนักงานพัฒนาชุมชนอำเภอบางคล้า" in page
    assert {next(n for n in names if n in page) for page in pages} == names
    assert "1-xxxx-xxxxx-xx-3" in pages[0] and "1173574507183" not in "".join(pages)
    assert "ประธานกลุ่ม" in pages[0] and "(นางสมศรี ใจดี)" in pages[0]
    assert "วันที่รับลงทะเบียน ๑๒ มกราคม ๒๕๖๖" in pages[0]
    assert_inside_the_page(document)
    data = (tmp_path / "forms.pdf").read_bytes()
    assert b"/BaseFont /" in data and b"Sarabun" in data


@needs_poppler
def test_full_ids_only_when_asked_and_every_printing_is_in_the_audit_log(
    office: Services, tmp_path: Path
) -> None:
    uuid = office.form_print.tambon_registrations(BANG_KHLA_TAMBON)[0]

    office.form_print.write_pdf([uuid], tmp_path / "full.pdf", with_ids=True)

    assert "1-1735-74507-18-3" in pdf_pages(tmp_path / "full.pdf")[0]
    with office.database.reading() as session:
        entry = AuditRepository(session).recent(1)[0]
    assert entry.action == "print-form" and entry.entity_uuid == uuid
    assert entry.details["with_ids"] is True
    assert entry.details["target"] == str(tmp_path / "full.pdf")


def long_registration(services: Services) -> str:
    products = tuple(
        Product(f"ผลิตภัณฑ์ทดลองลำดับที่ {n} ชนิดพิเศษ", ProductCategory.FOOD, unit_price=Decimal(n))
        for n in range(1, 19)
    )
    notes = "บันทึกการตรวจเยี่ยมกลุ่ม " * 60
    reg = full_registration().with_changes(products=products, notes=notes, proxy_name="นายมอบ ฉันทะ")
    return services.registry.add(reg).registration.uuid


@needs_poppler
def test_a_long_form_breaks_but_the_signatures_never_stand_alone(
    services: Services, tmp_path: Path
) -> None:
    uuid = long_registration(services)

    document = services.form_print.write_pdf([uuid], tmp_path / "long.pdf")

    pages = pdf_pages(tmp_path / "long.pdf")
    count = len(pages)
    assert count == len(document.pages) >= 2
    assert f"- {count} -" in pages[-1] and f"หน้า {count}/{count}" in pages[-1]
    assert f"หน้า 1/{count}" in pages[0]
    signed = [p for p in pages if "ผู้รับลงทะเบียน" in p]
    assert len(signed) == 1
    texts = document.pages[-1].texts()
    assert "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ" in texts
    above = texts[: texts.index("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")]
    assert len([t for t in above if "บันทึกการตรวจเยี่ยม" in t]) >= 1
    assert "ผู้รับมอบอำนาจ" in signed[0] and "(นายมอบ ฉันทะ)" in signed[0]
    assert_inside_the_page(document)


def test_print_form_on_the_command_line(office: Services, tmp_path: Path, data_dir: Path) -> None:
    uuid = office.form_print.tambon_registrations(BANG_KHLA_TAMBON)[0]
    office.close()

    done = ok(
        run(
            "print-form",
            "--tambon",
            BANG_KHLA_TAMBON,
            "--out",
            tmp_path / "t.pdf",
            data_dir=data_dir,
        )
    )
    assert done.stdout.strip() == str(tmp_path / "t.pdf")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    ok(
        run(
            "print-form",
            "--registration",
            uuid,
            "--out",
            tmp_path / "one.pdf",
            "--with-ids",
            data_dir=data_dir,
        )
    )
    assert (tmp_path / "one.pdf").is_file()

    assert "249999" in one_line_error(
        run("print-form", "--tambon", "249999", "--out", tmp_path / "x.pdf", data_dir=data_dir)
    )
    assert "ไม่พบรายการ" in one_line_error(
        run("print-form", "--registration", "nope", "--out", tmp_path / "x.pdf", data_dir=data_dir)
    )
    assert ".pdf" in one_line_error(
        run("print-form", "--tambon", BANG_KHLA_TAMBON, "--out", tmp_path, data_dir=data_dir)
    )
    assert not (tmp_path / "x.pdf").exists()


def test_printing_nothing_says_so(office: Services) -> None:
    from otop_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="ไม่มีรายการให้พิมพ์"):
        office.form_print.document([])
