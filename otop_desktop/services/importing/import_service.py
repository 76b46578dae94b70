"""Imports the interchange table: all or nothing by default, never a duplicate on re-import."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.photo_repository import PhotoRepository, StoredPhoto
from otop_desktop.db.registration_bulk import add_many
from otop_desktop.db.repositories import (
    AuditRepository,
    RegistrationRepository,
    identity_keys_of,
    lookup_keys_of,
    with_district,
)
from otop_desktop.domain.campaign import campaign_holding
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.messages import Language
from otop_desktop.domain.registration import Registration
from otop_desktop.domain.thai_text import clean_text, name_key
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.importing.district_hints import DistrictHint
from otop_desktop.services.importing.district_report_intake import (
    DistrictReportIntake,
    IntakeResult,
)
from otop_desktop.services.importing.header_synonyms import HeaderMatch, match_headers
from otop_desktop.services.importing.interchange import REQUIRED_COLUMNS, Column
from otop_desktop.services.importing.photo_cells import (
    PhotoPreparer,
    prepared_photo,
    registration_with,
)
from otop_desktop.services.importing.report_identity import ReportIdentity
from otop_desktop.services.importing.row_parser import ParsedRow, RowParser, RowProblem
from otop_desktop.services.importing.table_reader import RawTable, read_table
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.storage_errors import writing

WRITE_CHUNK = 200
Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels the import, which then changes nothing."""


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__("ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกเพิ่ม", "Import cancelled; nothing was added.")


class MissingColumnsError(UserError):
    def __init__(self, missing: list[Column], unmatched: tuple[str, ...] = ()) -> None:
        names = ", ".join(f'"{c.value}"' for c in missing)
        others = ", ".join(f'"{h}"' for h in unmatched if h.strip())
        super().__init__(
            f"แฟ้มนี้ไม่มีคอลัมน์ที่จำเป็น: {names}" + (f" (หัวคอลัมน์ที่ไม่รู้จัก: {others})" if others else ""),
            f"The file lacks required columns: {names}"
            + (f" (headers not recognised: {others})" if others else ""),
        )
        self.missing = missing


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


@dataclass(frozen=True)
class _Plan:
    parsed: tuple[ParsedRow, ...]
    new: tuple[ParsedRow, ...]
    already_registered: tuple[int, ...]
    duplicates_in_file: tuple[tuple[int, int], ...]


def _keys(reg: Registration) -> tuple[tuple[str, ...], ...]:
    assert reg.producer_type is not None
    return identity_keys_of(
        reg.producer_type,
        reg.national_id,
        reg.juristic_no,
        reg.tambon_code,
        name_key(reg.producer_name),
    )


def _lookup_keys(reg: Registration) -> tuple[tuple[str, ...], ...]:
    assert reg.producer_type is not None
    return lookup_keys_of(
        reg.producer_type,
        reg.national_id,
        reg.juristic_no,
        reg.tambon_code,
        name_key(reg.producer_name),
    )


HintFinder = Callable[[RawTable], DistrictHint | None]


def _same_year(year: int, seen: set[int] | None) -> bool:
    if not seen:
        return False
    return year == 0 or 0 in seen or year in seen


class ImportService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        campaigns: CampaignService,
        district_hints: HintFinder | None = None,
        prepare_photo: PhotoPreparer | None = None,
        report_intake: DistrictReportIntake | None = None,
    ) -> None:
        """`district_hints`, at a province office, tells which district a row comes from;
        `prepare_photo` makes the photos a table names ready to store."""
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._campaigns = campaigns
        self._hints = district_hints
        self._prepare_photo = prepare_photo
        # At a province office: district reports replace their earlier versions as a whole.
        self._intake = report_intake

    def read(self, path: Path) -> RawTable:
        return read_table(path)

    def parse(
        self,
        table: RawTable,
        columns: dict[Column, int] | None = None,
        *,
        today: dt.date | None = None,
        tambon_choices: dict[str, str] | None = None,
    ) -> list[ParsedRow]:
        """`tambon_choices`: a tambon name as the file writes it -> the code the officer chose."""
        columns = columns if columns is not None else table.recognised_columns()
        missing = [c for c in Column if c in REQUIRED_COLUMNS and c not in columns]
        if Column.TAMBON not in columns and Column.TAMBON_CODE not in columns:
            missing.insert(0, Column.TAMBON)
        if missing:
            used = set(columns.values())
            raise MissingColumnsError(
                missing, tuple(h for i, h in enumerate(table.headers) if i not in used)
            )
        office = self._office.require_office()
        parser = RowParser(
            self._gazetteer,
            self._office.district_context(),
            columns,
            officer_name=office.officer_name,
            officer_position=office.officer_position,
            today=today,
            tambon_choices=tambon_choices,
            district_hint=self._district_hint(table),
            photo_folder=table.source.parent if table.source is not None else None,
        )
        return [parser.parse(n, row) for n, row in zip(table.row_numbers, table.rows, strict=True)]

    def unresolved_tambon_names(self, table: RawTable, columns: dict[Column, int]) -> list[str]:
        """Tambon names written in the file that fit no tambon of the district, or several."""
        name_at, code_at = columns.get(Column.TAMBON), columns.get(Column.TAMBON_CODE)
        if name_at is None:
            return []
        area = self._office.require_office().area_code
        hint = self._district_hint(table)
        found: list[str] = []
        for row in table.rows:
            code = clean_text(str(row[code_at] or "")) if code_at is not None else ""
            name = clean_text(str(row[name_at] or ""))
            if code or not name or name in found:
                continue
            matches = self._gazetteer.match_tambon(name, area)
            if len(matches) > 1 and hint is not None:
                matches = [t for t in matches if t.district_code == hint(row)] or matches
            if len(matches) != 1:
                found.append(name)
        return found

    def _district_hint(self, table: RawTable) -> DistrictHint | None:
        return self._hints(table) if self._hints else None

    def _campaign_years(self) -> Callable[[dt.date | None], int]:
        """The fiscal year of the campaign a received date counts for; 0 for none."""
        campaigns = self._campaigns.all()

        def year_of(received: dt.date | None) -> int:
            found = campaign_holding(campaigns, received)
            return found.year if found else 0

        return year_of

    def _plan(self, parsed: list[ParsedRow]) -> _Plan:
        area = self._office.require_office().area_code
        year_of = self._campaign_years()
        with self._db.reading() as session:
            registered = RegistrationRepository(session).identity_keys(area, year_of)
        first_row_of: dict[tuple[str, ...], int] = {}
        new: list[ParsedRow] = []
        already: list[int] = []
        in_file: list[tuple[int, int]] = []
        for row in parsed:
            if not row.valid or row.registration is None:
                continue
            keys, lookup = _keys(row.registration), _lookup_keys(row.registration)
            if len(area) == 2:
                keys = tuple(with_district(row.registration.tambon_code, keys))
                lookup = tuple(with_district(row.registration.tambon_code, lookup))
            # Registering again in another campaign's year is no duplicate; a date in no
            # campaign's window decides nothing.
            year = year_of(row.registration.received_on)
            if any(_same_year(year, registered.get(k)) for k in lookup):
                already.append(row.row)
                continue
            keys = tuple((str(year), *k) for k in keys)
            earlier = next((first_row_of[k] for k in keys if k in first_row_of), None)
            if earlier is not None:
                in_file.append((row.row, earlier))
                continue
            first_row_of.update((k, row.row) for k in keys)
            new.append(row)
        return _Plan(tuple(parsed), tuple(new), tuple(already), tuple(in_file))

    def import_rows(
        self,
        source: Path,
        parsed: list[ParsedRow],
        *,
        skip_invalid: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
        identity: ReportIdentity | None = None,
    ) -> ImportReport:
        """`identity`: the file is a district's report (at a province office, received as one)."""
        if identity is not None and self._intake is not None and not dry_run:
            return self._receive_report(source, parsed, identity, skip_invalid)
        plan = self._plan(parsed)
        problems = tuple(p for r in parsed for p in r.problems if p.is_error)
        warnings = tuple(p for r in parsed for p in r.problems if not p.is_error)
        report = ImportReport(
            source,
            len(parsed),
            tuple(r.row for r in plan.new),
            plan.already_registered,
            plan.duplicates_in_file,
            problems,
            warnings,
            dry_run=dry_run,
            photos=sum(len(r.photo_paths) for r in plan.new),
        )
        if dry_run or (problems and not skip_invalid) or not plan.new:
            return report
        rows = self._with_photos(plan.new, progress)
        added = self._write(source, rows, progress)
        change = Change.registrations({uuid for uuid, _ in added}, {tambon for _, tambon in added})
        return ImportReport(
            source,
            len(parsed),
            report.new_rows,
            plan.already_registered,
            plan.duplicates_in_file,
            problems,
            warnings,
            added=len(added),
            committed=True,
            change=change,
            photos=report.photos,
        )

    def _receive_report(
        self,
        source: Path,
        parsed: list[ParsedRow],
        identity: ReportIdentity,
        skip_invalid: bool,
    ) -> ImportReport:
        assert self._intake is not None
        self._intake.check_district(identity)
        problems = tuple(p for r in parsed for p in r.problems if p.is_error)
        warnings = tuple(p for r in parsed for p in r.problems if not p.is_error)
        valid = [r for r in parsed if r.valid and r.registration is not None]
        empty = ImportReport(source, len(parsed), (), (), (), problems, warnings)
        if problems and not skip_invalid:
            return empty
        result = self._intake.receive(
            source.name, identity, [(r.row, r.registration) for r in valid if r.registration]
        )
        shown = self._campaigns.viewed().year
        return replace(
            empty,
            new_rows=tuple(r.row for r in valid if r.row not in result.carried_rows),
            already_registered=result.carried_rows,
            added=result.added,
            committed=not result.already_held,
            change=result.change,
            district_report=result,
            other_year_than=shown if shown != result.fiscal_year else None,
        )

    def _with_photos(
        self, rows: tuple[ParsedRow, ...], progress: Progress | None
    ) -> tuple[tuple[ParsedRow, tuple[StoredPhoto, ...]], ...]:
        """Each row with its photos made ready, before anything is written: a photo that turns
        out undecodable refuses the whole import, naming its row."""
        total = sum(len(r.photo_paths) for r in rows) + len(rows)
        done, ready = 0, []
        for row in rows:
            photos = []
            for path in row.photo_paths:
                photos.append(prepared_photo(row.row, path, self._prepare_photo))
                done += 1
                if progress is not None and not progress(done, total):
                    raise ImportCancelledError()
            ready.append((row, tuple(photos)))
        return tuple(ready)

    def _write(
        self,
        source: Path,
        rows: tuple[tuple[ParsedRow, tuple[StoredPhoto, ...]], ...],
        progress: Progress | None,
    ) -> list[tuple[str, str]]:
        added: list[tuple[str, str]] = []
        actor = self._office.require_office().officer_name
        name = self._gazetteer.tambon_name
        before = sum(len(photos) for _row, photos in rows)
        total = before + len(rows)
        with writing(self._db) as session:
            photo_store = PhotoRepository(session)
            # Multi-row INSERTs a chunk at a time: one ORM flush per row took 5 ms a row.
            for start in range(0, len(rows), WRITE_CHUNK):
                chunk = [
                    registration_with(photo_store, row.registration, photos)
                    for row, photos in rows[start : start + WRITE_CHUNK]
                ]
                added += add_many(session, [(reg, name(reg.tambon_code)) for reg in chunk])
                if progress is not None and not progress(before + len(added), total):
                    raise ImportCancelledError()
            AuditRepository(session).record(
                "import",
                actor=actor,
                summary=source.name,
                details={
                    "file": str(source),
                    "added": len(added),
                    "rows": [r.row for r, _photos in rows],
                    "photos": before,
                },
            )
        return added

    def import_file(
        self,
        path: Path,
        *,
        skip_invalid: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        table = self.read(path)
        parsed = self.parse(table)
        report = self.import_rows(
            path,
            parsed,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
            identity=table.identity,
        )
        return replace(report, headers=tuple(match_headers(table.headers)))
