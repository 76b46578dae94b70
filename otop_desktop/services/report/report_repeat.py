"""Whether a report written now would say what the last one said (issue 14: one report per
change). Each export keeps, beside its figures, each registration's version, a digest of the
office and campaign its heading names, and the options it was written with."""

import hashlib
from pathlib import Path
from typing import Any

from otop_desktop.db.export_repository import ExportRecord
from otop_desktop.services.report.report_files import (
    ExportOptions,
    RecordedReport,
    ReportFiles,
    sha256_of,
)

# What makes two reports the same report; the date they were written on does not.
SAME_REPORT_KEYS = ("tambons", "registration_versions", "heading", "options")


def heading_digest(data: RecordedReport) -> str:
    """The office and campaign as the report's heading, signature and e-mail name them."""
    return hashlib.sha256(repr((data.office, data.campaign)).encode("utf-8")).hexdigest()


def options_figures(options: ExportOptions) -> dict[str, Any]:
    template = options.template
    return {
        "with_ids": options.with_ids,
        "thai_digits": options.thai_digits,
        # The province's form counts by its content: the same form under another name is the same.
        "template": sha256_of(template) if template is not None and template.is_file() else "",
    }


def fingerprint(data: RecordedReport, options: ExportOptions) -> dict[str, Any]:
    """What an export keeps beyond the report's own figures."""
    return {"heading": heading_digest(data), "options": options_figures(options)}


def edited_since(last: ExportRecord, versions_now: dict[str, int]) -> int | None:
    """Registrations in both reports whose version changed; None for a record made before
    versions were kept, which cannot tell."""
    before = last.figures.get("registration_versions")
    if not isinstance(before, dict):
        return None
    return sum(1 for uuid, version in versions_now.items() if before.get(uuid, version) != version)


def same_report(last: ExportRecord, figures_now: dict[str, Any]) -> bool:
    """True only when every key is kept in the record and equal: an older record says no."""
    return all(
        k in last.figures and last.figures[k] == figures_now.get(k) for k in SAME_REPORT_KEYS
    )


def files_of(record: ExportRecord) -> ReportFiles | None:
    """The last report's three files, or None when any of them has gone from the disk."""
    folder = Path(record.folder)
    paths = [folder / str(f.get("name", "")) for f in record.files]
    by_suffix = {p.suffix.lower(): p for p in paths}
    found = [by_suffix.get(s) for s in (".xlsx", ".pdf", ".eml")]
    if any(p is None or not p.is_file() for p in found):
        return None
    workbook, pdf, email = (p for p in found if p is not None)
    return ReportFiles(folder, workbook, pdf, email)
