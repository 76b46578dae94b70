"""The command line over the same services as the GUI, for scripting and support (PRODUCT.md §4)."""

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from otop_desktop.cli_parser import EXIT_ERROR, build_parser
from otop_desktop.domain.messages import Language

EXIT_OK = 0


def _language() -> Language:
    return Language.EN if os.environ.get("OTOP_LANG", "").lower().startswith("en") else Language.TH


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
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
        office, _ = services.office.setup(
            args.district, officer_name=args.officer, officer_position=args.position
        )
        district = services.office.district()
        province = services.gazetteer.province(office.province_code)
        tambons = services.gazetteer.tambons(district.code)
        _out(
            f"ตั้งค่าแล้ว: {office.office_name} จังหวัด{province.name_th if province else ''} "
            f"({len(tambons)} ตำบล) ข้อมูลอยู่ที่ {services.folder.root}"
        )
    finally:
        services.close()
    return EXIT_OK


def _cmd_setup_province(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        office, _ = services.office.setup_province(
            args.province, officer_name=args.officer, officer_position=args.position
        )
        districts = services.gazetteer.districts(office.province_code)
        tambons = services.gazetteer.tambons(office.province_code)
        _out(
            f"ตั้งค่าแล้ว: {office.office_name} ระดับจังหวัด ({len(districts)} อำเภอ "
            f"{len(tambons)} ตำบล) ข้อมูลอยู่ที่ {services.folder.root}"
        )
    finally:
        services.close()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    language = _language()
    services = _open(args)
    try:
        report = services.importer.import_file(
            args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    finally:
        services.close()
    blocked = bool(report.problems) and not args.skip_invalid
    if blocked:
        rows = ", ".join(str(r) for r in report.invalid_rows)
        _err(
            f"ไม่ได้นำเข้าข้อมูลใด ๆ เพราะพบข้อผิดพลาดในแถวที่ {rows}"
            if language is Language.TH
            else f"Nothing was imported: rows {rows} have errors."
        )
    for problem in report.problems:
        _err(problem.describe(language))
    for problem in report.warnings:
        _err(("คำเตือน: " if language is Language.TH else "Warning: ") + problem.describe(language))
    for row, first in report.duplicates_in_file:
        _err(f"แถวที่ {row} ซ้ำกับแถวที่ {first} ในแฟ้มเดียวกัน จึงข้าม")
    _out(report.summary(language))
    return EXIT_ERROR if blocked and not args.dry_run else EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        if services.office.is_province():
            return _province_status(services, as_json=args.json)
        status = services.quota.district_status()
    finally:
        services.close()
    if args.json:
        _out(json.dumps(status.to_json(), ensure_ascii=False))
        return EXIT_OK
    missing_th = {"group": "ขาดกลุ่ม", "other": "ขาดประเภทอื่น", "total": "ขาดจำนวนรวม"}
    _out(f"อำเภอ{status.district.name_th}: ครบ {status.met_count} จาก {len(status.tambons)} ตำบล")
    _out(f"{'รหัส':<8}{'ตำบล':<20}{'กลุ่ม':>6}{'อื่น':>6}{'รวม':>6}  ผล")
    for t in status.tambons:
        result = "ครบ" if t.decision.met else ", ".join(missing_th[m] for m in t.decision.missing)
        _out(
            f"{t.tambon.code:<8}{t.tambon.name_th:<20}{t.counts.groups:>6}"
            f"{t.counts.others:>6}{t.counts.total:>6}  {result}"
        )
    return EXIT_OK


def _province_status(services, *, as_json: bool) -> int:  # type: ignore[no-untyped-def]
    from otop_desktop.services.quota.province_service import status_lines

    status = services.province.status()
    if as_json:
        _out(json.dumps(status.to_json(), ensure_ascii=False))
        return EXIT_OK
    for line in status_lines(status, services.province.duplicates()):
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
        from otop_desktop.ui.shell.application import save_screenshot

        _out(str(save_screenshot(folder, args.page, args.screenshot, key=key)))
        return EXIT_OK
    from otop_desktop.ui.shell.application import run_gui

    return run_gui(folder, benchmark_start=args.benchmark_start)


def _cmd_export(args: argparse.Namespace) -> int:
    # The PDF is drawn by Qt; only this command loads it.
    _offscreen_unless_display()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["otop-desktop"])
    services = _open(args)
    try:
        result = services.exports.export(
            args.out,
            with_ids=args.with_ids,
            thai_digits=args.thai_digits,
            template=args.template,
        )
    finally:
        services.close()
        del app
    for path in result.paths:
        _out(str(path))
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
    from otop_desktop.domain.thai_dates import format_thai_date
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
        f"กู้คืนข้อมูลจาก {result.restored.path.name} (สำรองเมื่อ {format_thai_date(taken.date())} "
        f"{taken:%H:%M} น.) ทะเบียน {result.restored.active_registrations} รายการ"
    )
    if result.previous is not None:
        _out(f"ข้อมูลก่อนกู้คืนเก็บไว้ที่ {result.previous}")
    return EXIT_OK


def _cmd_pack(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        result = services.exchange.pack(args.out)
    finally:
        services.close()
    _out(str(result.path))
    return EXIT_OK


def _cmd_password(args: argparse.Namespace) -> int:
    from otop_desktop.cli_password import cmd_password

    return cmd_password(args, _language(), _out)


def _cmd_merge(args: argparse.Namespace) -> int:
    from otop_desktop.services.exchange.exchange_merge import report_lines_th

    services = _open(args)
    try:
        report = services.exchange.merge(args.file)
        lines = report_lines_th(report, services.gazetteer.tambon_name)
    finally:
        services.close()
    for line in lines:
        _out(line)
    if report.conflicts:
        _out(
            "เลือกข้อมูลที่ถูกต้องได้ในโปรแกรม: เมนู แฟ้ม › ข้อมูลที่แก้ไขทั้งสองเครื่อง รอเลือก"
            if _language() is Language.TH
            else "Choose the right version in the program: File › Records edited on both computers"
        )
    return EXIT_OK


COMMANDS = {
    "setup": _cmd_setup,
    "import": _cmd_import,
    "status": _cmd_status,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "pack": _cmd_pack,
    "merge": _cmd_merge,
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
    _use_utf8_output()
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
        from otop_desktop.platform.data_folder import DataFolderError
        from otop_desktop.services.errors import UserError

        if isinstance(exc, UserError):
            _err(exc.message_en if _language() is Language.EN else exc.message_th)
        elif isinstance(exc, SchemaError | DataFolderError):
            _err(str(exc))
        else:
            log = _log_unexpected(args)
            where = f" รายละเอียดบันทึกไว้ที่ {log}" if log else ""
            _err(f"เกิดข้อผิดพลาดที่ไม่คาดคิด: {exc}.{where}")
        return EXIT_ERROR
