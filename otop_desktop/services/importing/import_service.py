"""Imports the interchange table: all or nothing by default, never a duplicate on re-import."""

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.repositories import RegistrationRepository
from otop_desktop.domain.campaign import campaign_holding
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.thai_text import clean_text
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change
from otop_desktop.services.importing.district_hints import DistrictHint
from otop_desktop.services.importing.district_report_intake import (
    DistrictReportIntake,
)
from otop_desktop.services.importing.header_synonyms import match_headers
from otop_desktop.services.importing.import_report import ImportReport, report_of
from otop_desktop.services.importing.import_run import (
    ChunkWriter,
    DuplicateFinder,
    ImportCancelledError,
    Progress,
    RowStream,
    Tally,
    write_rows,
)
from otop_desktop.services.importing.interchange import REQUIRED_COLUMNS, Column
from otop_desktop.services.importing.photo_cells import PhotoPreparer
from otop_desktop.services.importing.report_identity import ReportIdentity
from otop_desktop.services.importing.row_parser import ParsedRow, RowParser
from otop_desktop.services.importing.table_reader import RawTable, read_table
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import AreaOfOffice, OfficeService
from otop_desktop.services.storage_errors import writing

__all__ = ["ImportCancelledError", "ImportReport", "ImportService", "MissingColumnsError"]


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


HintFinder = Callable[[RawTable], DistrictHint | None]


class ImportService:
    def __init__(
        self,
        database: Database,
        gazetteer: Gazetteer,
        office: OfficeService,
        campaigns: CampaignService,
        area: AreaOfOffice,
        district_hints: HintFinder | None = None,
        prepare_photo: PhotoPreparer | None = None,
        report_intake: DistrictReportIntake | None = None,
    ) -> None:
        """`area`: what rows are checked against; `district_hints`, at a province office,
        tells which district a row comes from; `prepare_photo` makes the photos a table names
        ready to store."""
        self._db = database
        self._gazetteer = gazetteer
        self._office = office
        self._area = area
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
        self._check_columns(table, columns)
        return list(self._parsed(table, columns, today=today, tambon_choices=tambon_choices))

    def _parsed(
        self,
        table: RawTable,
        columns: dict[Column, int],
        *,
        today: dt.date | None = None,
        tambon_choices: dict[str, str] | None = None,
    ) -> Iterator[ParsedRow]:
        """The table's rows, parsed one at a time as they are asked for."""
        office = self._office.require_office()
        parser = RowParser(
            self._gazetteer,
            self._area(),
            columns,
            officer_name=office.officer_name,
            officer_position=office.officer_position,
            today=today,
            tambon_choices=tambon_choices,
            district_hint=self._district_hint(table),
            photo_folder=table.source.parent if table.source is not None else None,
        )
        for number, row in zip(table.row_numbers, table.rows, strict=True):
            yield parser.parse(number, row)

    def _check_columns(self, table: RawTable, columns: dict[Column, int]) -> None:
        missing = [c for c in Column if c in REQUIRED_COLUMNS and c not in columns]
        if Column.TAMBON not in columns and Column.TAMBON_CODE not in columns:
            missing.insert(0, Column.TAMBON)
        if missing:
            used = set(columns.values())
            raise MissingColumnsError(
                missing, tuple(h for i, h in enumerate(table.headers) if i not in used)
            )

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

    def _finder(self) -> DuplicateFinder:
        area = self._office.require_office().area_code
        year_of = self._campaign_years()
        with self._db.reading() as session:
            registered = RegistrationRepository(session).identity_keys(area, year_of)
        return DuplicateFinder(registered, year_of, area)

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
        return self._import(
            source,
            RowStream(parsed, len(parsed)),
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
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

    def _import(
        self,
        source: Path,
        stream: RowStream,
        *,
        skip_invalid: bool,
        dry_run: bool,
        progress: Progress | None,
    ) -> ImportReport:
        finder = self._finder()
        if dry_run:
            tally = Tally()
            for row in stream.rows:
                tally.count(row, finder)
            return report_of(source, tally, dry_run=True)
        tally, writer = write_rows(
            lambda: writing(self._db),
            stream,
            finder,
            lambda session: ChunkWriter(session, self._prepare_photo, self._gazetteer.tambon_name),
            actor=self._office.require_office().officer_name,
            source=source,
            skip_invalid=skip_invalid,
            progress=progress,
        )
        if writer is None:
            return report_of(source, tally)
        added = writer.added
        change = Change.registrations({uuid for uuid, _ in added}, {tambon for _, tambon in added})
        return report_of(source, tally, added=len(added), change=change)

    def import_file(
        self,
        path: Path,
        *,
        skip_invalid: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Reads, checks and imports the file one row at a time (see import_run)."""
        table = self.read(path)
        if table.identity is not None and self._intake is not None and not dry_run:
            # A district's report at a province office is received whole (district_report_intake).
            report = self.import_rows(
                path, self.parse(table), skip_invalid=skip_invalid, identity=table.identity
            )
            return replace(report, headers=tuple(match_headers(table.headers)))
        columns = table.recognised_columns()
        self._check_columns(table, columns)
        report = self._import(
            path,
            RowStream(self._parsed(table, columns), len(table.rows)),
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
        )
        return replace(report, headers=tuple(match_headers(table.headers)))
