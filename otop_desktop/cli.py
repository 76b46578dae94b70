"""The command line over the same services as the GUI, for scripting and support (PRODUCT.md §4)."""

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from otop_desktop.cli_parser import EXIT_ERROR, build_parser
from otop_desktop.domain.messages import Language
from otop_desktop.i18n.catalog import pick, tr, user_message

if TYPE_CHECKING:
    from otop_desktop.app import Services

EXIT_OK = 0


def _language() -> Language:
    return Language.EN if os.environ.get("OTOP_LANG", "").lower().startswith("en") else Language.TH


def _open(args: argparse.Namespace) -> "Services":
    from otop_desktop.app import open_services
    from otop_desktop.cli_password import unlock_folder
    from otop_desktop.platform.data_folder import resolve_data_folder

    folder = resolve_data_folder(args.data_dir, database_url=args.database_url)
    return open_services(folder, unlock_folder(folder, _language()))


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _cmd_setup(args: argparse.Namespace) -> int:
    if args.province is not None:
        return _cmd_setup_province(args)
    services = _open(args)
    try:
        fresh = services.office.office() is None
        office, _ = services.office.setup(
            args.district, officer_name=args.officer, officer_position=args.position
        )
        district = services.office.district()
        province = services.gazetteer.province(office.province_code)
        tambons = services.gazetteer.tambons(district.code)
        _out(
            tr("ตั้งค่าแล้ว: {office} จังหวัด{province} ({tambons} ตำบล) ข้อมูลอยู่ที่ {folder}").format(
                office=office.office_name,
                province=pick(province.name_th, province.name_en) if province else "",
                tambons=len(tambons),
                folder=services.folder.root,
            )
        )
        _start_campaign(services, fresh)
    finally:
        services.close()
    return EXIT_OK


def _start_campaign(services: "Services", fresh: bool) -> None:
    """A new office starts in the fiscal year it is in; the active campaign is said either way."""
    from otop_desktop.cli_campaign import campaign_line

    if fresh:
        services.campaigns.start_current_year()
    active = services.campaigns.active()
    _out(tr("การรับลงทะเบียนที่ใช้งาน:"))
    _out(campaign_line(active, active.year))


def _cmd_setup_province(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        fresh = services.office.office() is None
        office, _ = services.office.setup_province(
            args.province, officer_name=args.officer, officer_position=args.position
        )
        districts = services.gazetteer.districts(office.province_code)
        tambons = services.gazetteer.tambons(office.province_code)
        _out(
            tr(
                "ตั้งค่าแล้ว: {office} ระดับจังหวัด ({districts} อำเภอ {tambons} ตำบล) ข้อมูลอยู่ที่ {folder}"
            ).format(
                office=office.office_name,
                districts=len(districts),
                tambons=len(tambons),
                folder=services.folder.root,
            )
        )
        _start_campaign(services, fresh)
    finally:
        services.close()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from otop_desktop.cli_import import header_lines

    language = _language()
    services = _open(args)
    try:
        report = services.importer.import_file(
            args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    finally:
        services.close()
    for line in header_lines(report.headers):
        _out(line)
    blocked = bool(report.problems) and not args.skip_invalid
    if blocked:
        rows = ", ".join(str(r) for r in report.invalid_rows)
        _err(tr("ไม่ได้นำเข้าข้อมูลใด ๆ เพราะพบข้อผิดพลาดในแถวที่ {rows}").format(rows=rows))
    for problem in report.problems:
        _err(problem.describe(language))
    for problem in report.warnings:
        _err(tr("คำเตือน: {problem}").format(problem=problem.describe(language)))
    for row, first in report.duplicates_in_file:
        _err(tr("แถวที่ {row} ซ้ำกับแถวที่ {first} ในแฟ้มเดียวกัน จึงข้าม").format(row=row, first=first))
    _out(report.summary(language))
    return EXIT_ERROR if blocked and not args.dry_run else EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from otop_desktop.cli_status import status_lines

    services = _open(args)
    try:
        if args.campaign is not None:
            services.campaigns.view(args.campaign)
        status = services.status.current_status()
        duplicates = services.cross_district_duplicates()
    finally:
        services.close()
    if args.json:
        _out(json.dumps(status.to_json(), ensure_ascii=False))
        return EXIT_OK
    for line in status_lines(status, duplicates):
        _out(line)
    return EXIT_OK


def _offscreen_unless_display() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cmd_gui(args: argparse.Namespace) -> int:
    from otop_desktop.platform.data_folder import resolve_data_folder

    folder = resolve_data_folder(args.data_dir, database_url=args.database_url)
    if args.screenshot:
        _offscreen_unless_display()
        from otop_desktop.app import open_services
        from otop_desktop.cli_password import unlock_folder

        key = unlock_folder(folder, _language())
        services = open_services(folder, key)
        try:
            services.office.require_office()
        finally:
            services.close()
        from otop_desktop.app.windows import save_screenshot

        _out(str(save_screenshot(folder, args.page, args.screenshot, key=key)))
        return EXIT_OK
    from otop_desktop.app.start_check import start_integrity_check

    # Under way while the windows' modules load (see start_check).
    early_check = start_integrity_check(folder)
    from otop_desktop.app.windows import run_gui

    # What has loaded (modules, classes, functions) lives as long as the program: Python's full
    # collections need not walk it again. One fell on an encrypted start's first paint (10 ms),
    # and each later one would pause the officer's work as long.
    gc.freeze()
    return run_gui(folder, benchmark_start=args.benchmark_start, early_check=early_check)


def _cmd_export(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        if args.campaign is not None:
            services.campaigns.view(args.campaign)
        unchanged = services.reports.changes_since_last_export()
        result = services.reports.export(
            args.out,
            with_ids=args.with_ids,
            thai_digits=args.thai_digits,
            template=args.template,
        )
    finally:
        services.close()
    for path in result.paths:
        _out(str(path))
    last = unchanged.last
    if not unchanged.any and last is not None and last.with_ids == args.with_ids:
        # A script gets the files it asked for; the person running it learns they are a copy.
        _err(
            tr("ไม่มีอะไรเปลี่ยนตั้งแต่รายงานครั้งล่าสุด ({folder}) ชุดนี้จึงเป็นสำเนาของรายงานเดิม").format(
                folder=last.folder
            )
        )
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        result = services.backups.backup_now(to=args.to)
    finally:
        services.close()
    _out(str(result.copies[0] if args.to is not None else result.path))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    # The database must not be open while its file is replaced: no open_services() here.
    from otop_desktop.cli_password import unlock_folder
    from otop_desktop.i18n.catalog import shown_date
    from otop_desktop.platform.data_folder import resolve_data_folder
    from otop_desktop.platform.instance_lock import InstanceLock
    from otop_desktop.services.backup.backup_service import BackupService
    from otop_desktop.services.privacy.data_encryption import PASSWORD_ENV

    folder = resolve_data_folder(args.data_dir, database_url=args.database_url)
    # Replacing the file under an open window would undo the officer's work there.
    with InstanceLock(folder.root):
        key = unlock_folder(folder, _language(), strict=False)
        # A backup of other encrypted data opens with its own password or recovery key.
        secret = os.environ.get(PASSWORD_ENV, "")
        result = BackupService(folder, key=key).restore(args.file, secret)
    taken = result.restored.taken_at
    _out(
        tr("กู้คืนข้อมูลจาก {file} (สำรองเมื่อ {date} {time} น.) ทะเบียน {count} รายการ").format(
            file=result.restored.path.name,
            date=shown_date(taken.date()),
            time=f"{taken:%H:%M}",
            count=result.restored.active_registrations,
        )
    )
    if result.previous is not None:
        _out(tr("ข้อมูลก่อนกู้คืนเก็บไว้ที่ {path}").format(path=result.previous))
    return EXIT_OK


def _cmd_pack(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        result = services.exchange.pack(args.out, all_photos=args.all_photos)
    finally:
        services.close()
    _out(str(result.path))
    return EXIT_OK


def _cmd_password(args: argparse.Namespace) -> int:
    from otop_desktop.cli_password import cmd_password

    return cmd_password(args, _language(), _out)


def _cmd_merge(args: argparse.Namespace) -> int:
    from otop_desktop.ui.transfer.merge_wording import merge_lines

    services = _open(args)
    try:
        report = services.exchange.merge(args.file)
        lines = merge_lines(report, services.gazetteer.tambon_name)
    finally:
        services.close()
    for line in lines:
        _out(line)
    if report.conflicts:
        _out(tr("เลือกข้อมูลที่ถูกต้องได้ในโปรแกรม: เมนู แฟ้ม › ข้อมูลที่แก้ไขทั้งสองเครื่อง รอเลือก"))
    return EXIT_OK


def _cmd_campaign(args: argparse.Namespace) -> int:
    from otop_desktop.cli_campaign import run_campaign_command

    services = _open(args)
    try:
        return run_campaign_command(args, services.campaigns)
    finally:
        services.close()


def _cmd_print_form(args: argparse.Namespace) -> int:
    out: Path = args.out
    services = _open(args)
    try:
        forms = services.form_print
        uuids = (
            [args.registration] if args.registration else forms.tambon_registrations(args.tambon)
        )
        forms.write_pdf(uuids, out, with_ids=args.with_ids)
    finally:
        services.close()
    _out(str(out))
    return EXIT_OK


def _cmd_card(args: argparse.Namespace) -> int:
    from otop_desktop.cli_card import run_card_command

    return run_card_command(args)


COMMANDS = {
    "setup": _cmd_setup,
    "import": _cmd_import,
    "status": _cmd_status,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "pack": _cmd_pack,
    "merge": _cmd_merge,
    "print-form": _cmd_print_form,
    "card": _cmd_card,
    "campaign": _cmd_campaign,
    "password": _cmd_password,
}


def _log_unexpected(args: argparse.Namespace | None) -> Path | None:
    from otop_desktop.platform.crash_log import write_crash_log
    from otop_desktop.platform.data_folder import resolve_data_folder

    folder = resolve_data_folder(getattr(args, "data_dir", None))
    command = getattr(args, "command", "") or "gui"
    return write_crash_log(folder.logs, *sys.exc_info(), context=f"command {command}")


def _use_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    from otop_desktop.i18n.catalog import set_catalog_language

    _use_utf8_output()
    set_catalog_language(_language())
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        if args.smoke_test:
            from otop_desktop.smoke_test import run as run_smoke_test

            return run_smoke_test()
        handler = COMMANDS.get(args.command or "", _cmd_gui)
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`status --json | head`): nothing is wrong with the data. Python
        # would complain again when it flushes stdout at exit, so stdout goes nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        from otop_desktop.db.schema import SchemaError
        from otop_desktop.domain.errors import UserError
        from otop_desktop.platform.data_folder import DataFolderError

        if isinstance(exc, UserError):
            _err(user_message(exc))
        elif isinstance(exc, SchemaError | DataFolderError):
            _err(str(exc))
        else:
            log = _log_unexpected(args)
            if log:
                _err(
                    tr("เกิดข้อผิดพลาดที่ไม่คาดคิด: {error} รายละเอียดบันทึกไว้ที่ {log}").format(
                        error=exc, log=log
                    )
                )
            else:
                _err(tr("เกิดข้อผิดพลาดที่ไม่คาดคิด: {error}").format(error=exc))
        return EXIT_ERROR
