"""One-click export: the workbook, its PDF and the e-mail draft in a new dated folder, recorded,
and what the report page shows before it: the pre-flight checks and the changes since the last.

What the report says comes from a ReportSource, the district's or the province's.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.db.database import Database
from otop_desktop.db.export_repository import ExportRecord, ExportRepository
from otop_desktop.services.campaign.campaign_service import CampaignService
from otop_desktop.services.changes import Change, ChangeKind
from otop_desktop.services.report.report_files import (
    ExportOptions,
    RecordedReport,
    ReportFiles,
    export_report,
)
from otop_desktop.services.report.report_repeat import (
    edited_since,
    files_of,
    fingerprint,
    heading_digest,
    same_report,
)
from otop_desktop.services.report.report_source import Preflight, ReportSource

if TYPE_CHECKING:
    from otop_desktop.services.report.email_message import EmailText

DEFAULT_FOLDER_NAME = "OTOP รายงาน"


def default_base_folder() -> Path:
    from platformdirs import user_documents_path

    return user_documents_path() / DEFAULT_FOLDER_NAME


@dataclass(frozen=True)
class ExportResult(ReportFiles):
    record: ExportRecord
    change: Change


@dataclass(frozen=True)
class TambonChange:
    code: str
    name_th: str
    total_before: int
    total_now: int
    met_before: bool
    met_now: bool


@dataclass(frozen=True)
class ChangesSinceExport:
    last: ExportRecord | None
    tambons: tuple[TambonChange, ...]
    new_registrations: int
    removed_registrations: int
    # Registrations in both whose details were edited (0 when the last export kept no versions).
    edited_registrations: int = 0
    # The office or the campaign letter the heading names.
    heading_changed: bool = False

    @property
    def any(self) -> bool:
        return self.last is None or bool(
            self.tambons
            or self.new_registrations
            or self.removed_registrations
            or self.edited_registrations
            or self.heading_changed
        )


@dataclass(frozen=True)
class RepeatedReport:
    """The last report, still on the disk, that a report written now would repeat."""

    record: ExportRecord
    files: ReportFiles


class ReportService:
    """Reports of the campaign the views show: a past year's is made again with its own rules,
    window and recipient, and its history and changes are its own."""

    def __init__(
        self, database: Database, source: ReportSource, campaigns: CampaignService
    ) -> None:
        self._db = database
        self._source = source
        self._campaigns = campaigns

    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> RecordedReport:
        return self._source.report_data(today=today, thai_digits=thai_digits, with_ids=with_ids)

    def email_text(self, *, today: dt.date | None = None, thai_digits: bool = False) -> "EmailText":
        """The draft's subject and body, for copying to the clipboard."""
        return self._source.email_text(today=today, thai_digits=thai_digits)

    def preflight(self) -> Preflight:
        return self._source.preflight()

    def campaign_year(self) -> int:
        """The fiscal year of the campaign whose report is made now (the one shown)."""
        return self._campaigns.viewed().year

    def history(self, limit: int = 50) -> list[ExportRecord]:
        """The reports written for the campaign shown, the latest first."""
        year = self._campaigns.viewed().year
        with self._db.reading() as session:
            return ExportRepository(session).recent(limit, year)

    def changes_since_last_export(self) -> ChangesSinceExport:
        data = self._source.report_data()
        with self._db.reading() as session:
            last = ExportRepository(session).last(data.campaign.year)
        now = data.figures()
        if last is None:
            return ChangesSinceExport(None, (), now["registrations"], 0)
        before_tambons = last.figures.get("tambons", {})
        changed = []
        for code, figures in now["tambons"].items():
            before = before_tambons.get(code, {})
            total_before, met_before = int(before.get("total", 0)), bool(before.get("met", False))
            if (total_before, met_before) != (figures["total"], figures["met"]):
                changed.append(
                    TambonChange(
                        code,
                        figures["name_th"],
                        total_before,
                        figures["total"],
                        met_before,
                        figures["met"],
                    )
                )
        uuids_before = set(last.figures.get("registration_uuids", []))
        uuids_now = set(now["registration_uuids"])
        heading = last.figures.get("heading")
        return ChangesSinceExport(
            last,
            tuple(changed),
            len(uuids_now - uuids_before),
            len(uuids_before - uuids_now),
            edited_since(last, now["registration_versions"]) or 0,
            heading is not None and heading != heading_digest(data),
        )

    def repeat_of_last(
        self, *, with_ids: bool = False, thai_digits: bool = False, template: Path | None = None
    ) -> RepeatedReport | None:
        """The last report when one written now with these options would say exactly the same
        and its files are still there; None when anything differs or cannot be told."""
        data = self._source.report_data(thai_digits=thai_digits, with_ids=with_ids)
        with self._db.reading() as session:
            last = ExportRepository(session).last(data.campaign.year)
        if last is None:
            return None
        options = ExportOptions(with_ids, thai_digits, template)
        if not same_report(last, {**data.figures(), **fingerprint(data, options)}):
            return None
        files = files_of(last)
        return RepeatedReport(last, files) if files is not None else None

    def export(
        self,
        base_folder: Path | None = None,
        *,
        with_ids: bool = False,
        thai_digits: bool = False,
        template: Path | None = None,
        today: dt.date | None = None,
    ) -> ExportResult:
        options = ExportOptions(with_ids, thai_digits, template, today)
        report = self._source.prepare_export(options)
        files, record = export_report(
            self._db,
            base_folder or default_base_folder(),
            report,
            extra_figures=fingerprint(report.data, options),
        )
        return ExportResult(
            files.folder, files.workbook, files.pdf, files.email, record, Change(ChangeKind.EXPORTS)
        )
