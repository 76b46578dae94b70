"""The e-mail draft: an unsent message to the province with the workbook attached."""

import email
import email.policy
import re
import shutil
import subprocess
from dataclasses import replace
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desktop.domain.quota import QuotaRule
from otop_desktop.services.report.email_draft import email_text
from otop_desktop.services.report.report_workbook import SUMMARY_SHEET
from tests.integration.export_support import (
    REPORT_DATE,
    REPORT_DATE_TH,
    SHORT_TAMBONS,
    cell_texts,
    full_ids_in_text,
    load_bang_khla,
)


@pytest.fixture
def bang_khla(services: Any, bang_khla_csv: Path) -> Any:
    return load_bang_khla(services, bang_khla_csv)


def _export(services: Any, folder: Path, **options: Any) -> Any:
    return services.reports.export(folder, today=REPORT_DATE, **options)


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _attachment_workbook(message: EmailMessage) -> Any:
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    return openpyxl.load_workbook(BytesIO(attachments[0].get_content()))


def test_draft_is_addressed_unsent_and_thai(bang_khla: Any, qapp: Any, tmp_path: Path) -> None:
    result = _export(bang_khla, tmp_path)
    message = _read(result.email)
    assert message["To"] == "cd8rew@gmail.com"
    assert message["X-Unsent"] == "1"
    subject = str(message["Subject"])
    assert subject.startswith("รายงานการรับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ 2566 อำเภอบางคล้า")
    assert REPORT_DATE_TH in subject
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "เรียน พัฒนาการจังหวัดฉะเชิงเทรา" in text
    assert "รับลงทะเบียนรวม 20 ราย" in text
    assert "ครบตามเกณฑ์ 7 ตำบล จากทั้งหมด 9 ตำบล" in text
    for tambon in SHORT_TAMBONS:
        assert f"ตำบล{tambon} (ขาด" in text
    assert "ตำบลบางคล้า (" not in text
    assert "นางสาวสมใจ รักงาน" in text


def test_attachment_is_the_report_workbook(bang_khla: Any, qapp: Any, tmp_path: Path) -> None:
    result = _export(bang_khla, tmp_path)
    message = _read(result.email)
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == result.workbook.name
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert attachment.get_content() == result.workbook.read_bytes()
    workbook = _attachment_workbook(message)
    assert workbook[SUMMARY_SHEET]["A1"].value.startswith("แบบรายงาน")


def test_no_full_national_id_in_the_mail_by_default(
    bang_khla: Any, qapp: Any, tmp_path: Path
) -> None:
    message = _read(_export(bang_khla, tmp_path).email)
    body = message.get_body(("plain",))
    assert body is not None and not full_ids_in_text(body.get_content())
    texts = [t for _, _, t in cell_texts(_attachment_workbook(message))]
    assert [t for t in texts if full_ids_in_text(t)] == []
    with_ids = _attachment_workbook(_read(_export(bang_khla, tmp_path, with_ids=True).email))
    assert sum(1 for _, _, t in cell_texts(with_ids) if full_ids_in_text(t)) == 16


def test_clipboard_text_is_the_drafts_text(bang_khla: Any) -> None:
    text = bang_khla.reports.email_text(today=REPORT_DATE)
    data = bang_khla.reports.report_data(today=REPORT_DATE)
    assert text == email_text(data)
    assert text.recipient == "cd8rew@gmail.com"
    assert all(tambon in text.body for tambon in SHORT_TAMBONS)


def test_body_with_nothing_short_or_everything_short(services: Any) -> None:
    data = services.reports.report_data(today=REPORT_DATE)
    assert "ตำบลที่ยังไม่ครบตามเกณฑ์ 9 ตำบล" in email_text(data).body
    campaign = services.campaigns.active()
    services.campaigns.save(replace(campaign, rule=QuotaRule(0, 0, 0)))
    body = email_text(services.reports.report_data(today=REPORT_DATE)).body
    assert "ดำเนินการครบตามเกณฑ์ทุกตำบลแล้ว" in body and "ยังไม่ครบ" not in body


def test_message_has_an_id_a_date_and_a_plain_attachment_name(
    bang_khla: Any, tmp_path: Path
) -> None:
    result = _export(bang_khla, tmp_path)
    message = _read(result.email)
    assert message["Message-ID"].endswith("@otop-desktop.invalid>") and message["Date"]
    raw = result.email.read_bytes()
    plain = result.workbook.name.encode("utf-8")
    assert b'filename="' + plain + b'"' in raw and b'name="' + plain + b'"' in raw
    assert b"filename*=utf-8''" in raw


@pytest.mark.skipif(shutil.which("munpack") is None, reason="munpack (mpack) is not installed")
def test_an_independent_mail_tool_saves_the_attachment_under_its_thai_name(
    bang_khla: Any, tmp_path: Path
) -> None:
    result = _export(bang_khla, tmp_path / "out")
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["munpack", "-q", "-C", str(unpacked), str(result.email)], check=True)
    # munpack takes the name from the plain filename= (with only RFC 2231 it saved "part1"),
    # and writes each byte outside ASCII as X, whatever the locale: the Thai letters' places.
    expected = re.sub(r"[^\x00-\x7f]", "X" * 3, result.workbook.name)
    saved = unpacked / expected
    assert saved.read_bytes() == result.workbook.read_bytes()


def test_a_full_id_report_says_so_in_subject_and_file_name(bang_khla: Any, tmp_path: Path) -> None:
    result = _export(bang_khla, tmp_path, with_ids=True)
    assert all("มีเลขประจำตัวเต็ม" in path.name for path in result.paths)
    assert str(_read(result.email)["Subject"]).startswith("[มีเลขประจำตัวประชาชนเต็ม")
    plain = _read(_export(bang_khla, tmp_path).email)
    assert "มีเลขประจำตัว" not in str(plain["Subject"])
