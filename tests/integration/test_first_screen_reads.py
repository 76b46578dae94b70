"""The first screen and `status` read an up-to-date office file without SQLAlchemy (its own
DB-API connection); once the engine exists they read through it. Both must give the same
answers, and the gazetteer's quick read of one district must equal geothai's own."""

from pathlib import Path
from typing import Any

import geothai

from otop_desktop.db import core_queries
from otop_desktop.db.cipher import connect
from otop_desktop.services.office.gazetteer import _district_rows, _tambon


def _answers(reads: core_queries.Reads, windows: list[Any]) -> tuple[Any, ...]:
    campaigns, active = core_queries.campaigns(reads)
    shown = next(c for c in campaigns if c.year == active)
    return (
        core_queries.office(reads),
        campaigns,
        active,
        core_queries.quota_counts(reads, "2402", shown.window_start, shown.window_end),
        core_queries.quota_counts(reads, "24", shown.window_start, shown.window_end),
        core_queries.outside_windows_count(reads, "2402", windows),
        core_queries.outside_windows_count(reads, "2402", []),
        core_queries.has_active_campaign(reads),
        core_queries.has_draft(reads),
        core_queries.setting(reads, "no such setting"),
    )


def test_the_file_and_the_engine_give_the_same_answers(
    services: Any, bang_khla_csv: Path, data_dir: Path
) -> None:
    services.importer.import_file(bang_khla_csv)
    services.registry.delete(services.registry.search()[0].uuid)
    services.drafts.save({"texts": {"producer_name": "ยังไม่เสร็จ"}})
    windows = [(c.window_start, c.window_end) for c in services.campaigns.all()]

    with services.database.engine.connect() as connection:
        through_engine = _answers(core_queries.SqlAlchemyReads(connection), windows)
    raw = connect(data_dir / "otop.sqlite3", None)
    try:
        through_file = _answers(core_queries.DbapiReads(raw), windows)
    finally:
        raw.close()

    assert through_file == through_engine
    office, campaigns, active, counts = through_file[:4]
    assert office is not None and office.district_code == "2402"
    assert active == 2566 and {c.year for c in campaigns} >= {2566}
    shown = next(c for c in campaigns if c.year == active)
    counted = [
        s
        for s in services.registry.search(include_deleted=True)
        if shown.counts(s.received_on, s.status, s.is_deleted)
    ]
    assert sum(c.total for c, _lacking in counts.values()) == len(counted) > 0
    assert through_file[7:9] == (True, True)


def test_a_district_read_from_geothai_data_equals_geothai_for_every_district() -> None:
    districts = [d for p in geothai.provinces() for d in geothai.districts(p.code)]
    assert len(districts) > 900
    for district in districts:
        expected = tuple(_tambon(s) for s in geothai.subdistricts(district.code))
        assert _district_rows(district.code) == expected, district.code


class _Plans(core_queries.DbapiReads):
    """Keeps SQLite's plan for each SELECT and answers it with no rows."""

    plans: list[str]

    def rows(self, sql: str, params: core_queries.Params | None = None) -> list[tuple[Any, ...]]:
        steps = super().rows("EXPLAIN QUERY PLAN " + sql, params)
        self.plans.append(" | ".join(str(step[-1]) for step in steps))
        return []


def test_the_dashboard_counts_come_from_an_index_alone(
    services: Any, bang_khla_csv: Path, data_dir: Path
) -> None:
    """At 100,000 registrations one table lookup per row makes save → dashboard 4 times slower;
    the counts, the photo count included, must be answered from the district quota index."""
    services.importer.import_file(bang_khla_csv)
    shown = services.campaigns.viewed()
    raw = connect(data_dir / "otop.sqlite3", None)
    try:
        reads = _Plans(raw)
        reads.plans = []
        for area in ("2402", "24"):
            core_queries.quota_counts(reads, area, shown.window_start, shown.window_end)
    finally:
        raw.close()
    assert len(reads.plans) == 2
    for plan in reads.plans:
        assert "COVERING INDEX ix_registration_area_quota" in plan, plan
