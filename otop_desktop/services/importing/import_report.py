"""What an import did, or would do, row by row: the report the dialog and the command line show."""

from dataclasses import dataclass, field
from pathlib import Path

from otop_desktop.domain.messages import Language
from otop_desktop.services.changes import Change
from otop_desktop.services.importing.district_report_intake import IntakeResult
from otop_desktop.services.importing.header_synonyms import HeaderMatch
from otop_desktop.services.importing.import_run import Tally
from otop_desktop.services.importing.row_parser import RowProblem


@dataclass(frozen=True)
class ImportReport:
    source: Path
    rows_read: int
    new_rows: tuple[int, ...]
    already_registered: tuple[int, ...]
    duplicates_in_file: tuple[tuple[int, int], ...]
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    added: int = 0
    committed: bool = False
    dry_run: bool = False
    change: Change | None = field(default=None, compare=False)
    # Photo files the new rows name.
    photos: int = 0
    # How the file's headers were read, for the command line to say (import_file fills it).
    headers: tuple[HeaderMatch, ...] = ()
    # At a province office: the district report this file was, and what receiving it did.
    district_report: IntakeResult | None = None
    # The fiscal year the province shows, when the report is of another one.
    other_year_than: int | None = None

    @property
    def invalid_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))

    def summary(self, language: Language = Language.TH) -> str:
        if self.district_report is not None:
            return _district_report_summary(self.district_report, self.other_year_than, language)
        if language is Language.TH:
            verb = "จะนำเข้า" if self.dry_run else ("นำเข้าแล้ว" if self.committed else "ไม่ได้นำเข้า")
            count = len(self.new_rows) if self.dry_run or not self.committed else self.added
            photos = f" พร้อมรูปภาพ {self.photos} รูป" if self.photos else ""
            return (
                f"{verb} {count} รายการ{photos} จาก {self.rows_read} แถว "
                f"(มีในทะเบียนแล้ว {len(self.already_registered)}, ซ้ำในแฟ้ม "
                f"{len(self.duplicates_in_file)}, แถวที่มีข้อผิดพลาด {len(self.invalid_rows)})"
            )
        verb = (
            "Would import"
            if self.dry_run
            else ("Imported" if self.committed else "Imported nothing of")
        )
        count = len(self.new_rows) if self.dry_run or not self.committed else self.added
        noun = "photo" if self.photos == 1 else "photos"
        photos = f" with {self.photos} {noun}" if self.photos else ""
        return (
            f"{verb} {count}{photos} of {self.rows_read} rows (already registered "
            f"{len(self.already_registered)}, duplicates in file {len(self.duplicates_in_file)}, "
            f"rows with errors {len(self.invalid_rows)})"
        )


def _district_report_summary(
    result: IntakeResult, other_year_than: int | None, language: Language
) -> str:
    name, year = result.district_name, result.fiscal_year
    if language is Language.TH:
        if result.already_held:
            text = f"รายงานอำเภอ{name} ปีงบประมาณ {year} ฉบับนี้ได้รับไว้แล้ว ไม่มีอะไรเปลี่ยน"
        else:
            text = (
                f"รับรายงานอำเภอ{name} ปีงบประมาณ {year} แทนฉบับเดิม: เพิ่ม {result.added} "
                f"ปรับตามรายงาน {result.replaced} ถอนออก {result.withdrawn} รายการ"
            )
        if other_year_than is not None:
            text += f" (เป็นรายงานของปีงบประมาณ {year} ไม่ใช่ปีที่แสดงอยู่ {other_year_than})"
        return text
    if result.already_held:
        text = f"This report of {name} for fiscal year {year} is held already; nothing changed"
    else:
        text = (
            f"Received the report of {name} for fiscal year {year} in place of the earlier "
            f"one: {result.added} added, {result.replaced} updated, {result.withdrawn} withdrawn"
        )
    if other_year_than is not None:
        text += f" (a fiscal year {year} report, not the year shown, {other_year_than})"
    return text


def report_of(
    source: Path,
    tally: Tally,
    *,
    dry_run: bool = False,
    added: int = 0,
    change: Change | None = None,
) -> ImportReport:
    return ImportReport(
        source,
        tally.rows_read,
        tuple(tally.new_rows),
        tuple(tally.already_registered),
        tuple(tally.duplicates_in_file),
        tuple(tally.problems),
        tuple(tally.warnings),
        added=added,
        committed=change is not None,
        dry_run=dry_run,
        change=change,
        photos=tally.photos,
    )
