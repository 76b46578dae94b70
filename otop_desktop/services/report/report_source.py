"""What a report is made from, whatever the office: a district's own report or a province's
consolidated one. The composition root gives ReportService the source its office has."""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from otop_desktop.domain.summary import RegistrationSummary
from otop_desktop.services.quota.status import TambonStatus
from otop_desktop.services.report.report_files import ExportOptions, PreparedReport, RecordedReport

if TYPE_CHECKING:
    from otop_desktop.services.report.email_message import EmailText


@dataclass(frozen=True)
class Preflight:
    short_tambons: tuple[TambonStatus, ...]
    missing_documents: tuple[RegistrationSummary, ...]
    unfinished_drafts: int
    # A province office's report: districts whose data has not come yet.
    missing_reports: tuple[str, ...] = ()
    # The campaign's letter number is not typed in: the report goes without its reference line.
    letter_missing: bool = False

    @property
    def all_clear(self) -> bool:
        return not (
            self.short_tambons
            or self.missing_documents
            or self.unfinished_drafts
            or self.missing_reports
            or self.letter_missing
        )


class ReportSource(Protocol):
    def report_data(
        self, *, today: dt.date | None = None, thai_digits: bool = False, with_ids: bool = False
    ) -> RecordedReport: ...

    def email_text(
        self, *, today: dt.date | None = None, thai_digits: bool = False
    ) -> "EmailText": ...

    def preflight(self) -> Preflight: ...

    def prepare_export(self, options: ExportOptions) -> PreparedReport: ...
