"""A database made by the previous release (0.1.0 at commit 422147b: Bang Khla's sample registry
imported, its one campaign edited by the officer, one report exported) opens upgraded: its
campaign becomes fiscal year 2566's, active, and every record, report and audit entry stays."""

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from otop_desktop.app import open_services
from otop_desktop.platform.data_folder import DataFolder

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_DATABASE = DATA / "release-0.1.0-422147b.sqlite3"
# What `status --json` of that release printed for this database.
OLD_STATUS = DATA / "release-0.1.0-422147b-status.json"


def _old_office(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "office")
    folder.create()
    shutil.copyfile(OLD_DATABASE, folder.database_path)
    return folder


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_the_previous_releases_database_opens_with_its_campaign_as_fiscal_year_2566(
    tmp_path: Path,
) -> None:
    folder = _old_office(tmp_path)
    before = {t: _count(folder.database_path, t) for t in ("registration", "audit_log")}
    services = open_services(folder)
    try:
        campaigns = services.campaigns.all()
        assert [(c.year, c.name) for c in campaigns] == [
            (2566, "รับลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปีงบประมาณ 2566")
        ]
        active = services.campaigns.active()
        # What the officer had edited into the one campaign stays as it was.
        assert active.letter_reference == "นข ๐๐๑๙/ว ๕๔๖๕ (แก้ไขโดยสำนักงาน)"
        assert active.recipient_email == "otop.province@example.go.th"
        assert services.registry.count() == before["registration"] == 23
        history = services.reports.history()
        assert len(history) == 1 and history[0].campaign_year == 2566
        old = json.loads(OLD_STATUS.read_text(encoding="utf-8"))
        now = services.quota.district_status().to_json()
        # Every figure of that release, unchanged; later releases only add keys.
        assert {k: now[k] for k in old if k != "tambons"} == {
            k: v for k, v in old.items() if k != "tambons"
        }
        assert [
            {k: t[k] for k in old_t}
            for t, old_t in zip(now["tambons"], old["tambons"], strict=True)
        ] == old["tambons"]
        assert now["campaign"]["year"] == 2566
    finally:
        services.close()
    assert _count(folder.database_path, "audit_log") >= before["audit_log"] == 2
    # The upgrade kept a copy of the file as the previous release left it.
    assert any(folder.backups.glob("*.sqlite3"))


def test_an_upgraded_office_adds_this_years_campaign_beside_its_old_one(tmp_path: Path) -> None:
    services = open_services(_old_office(tmp_path))
    services.campaigns.today = lambda: dt.date(2026, 12, 3)  # fiscal year 2570
    try:
        # Years after its last letter, the office is offered the year it is in, not 2567.
        proposal = services.campaigns.proposal()
        assert proposal.year == 2570 and proposal.recipient_email == "otop.province@example.go.th"
        assert proposal.window_start == dt.date(2026, 10, 1)
        services.campaigns.create(proposal)
        assert services.campaigns.active().year == 2570
        assert services.campaigns.proposal().year == 2571
        assert services.campaigns.get(2566).letter_reference.endswith("(แก้ไขโดยสำนักงาน)")
        assert services.quota.district_status(services.campaigns.get(2566)).to_json()["met"] == 7
        assert services.quota.district_status().to_json()["met"] == 0
    finally:
        services.close()
