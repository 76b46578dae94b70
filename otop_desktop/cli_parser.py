"""The command line's grammar: every command and option of PRODUCT.md §4, with Thai errors."""

import argparse
from pathlib import Path
from typing import NoReturn

from otop_desktop import __version__
from otop_desktop.cli_campaign import add_campaign_commands
from otop_desktop.i18n.catalog import tr

EXIT_ERROR = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_ERROR,
            tr("otop-desktop: คำสั่งไม่ถูกต้อง ({message}); ดูวิธีใช้ด้วย --help").format(message=message)
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="otop-desktop",
        description=tr("ทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ระดับอำเภอ"),
    )
    parser.add_argument("--version", action="version", version=f"otop-desktop {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: OTOP_DATA_DIR, then the profile)")
    parser.add_argument("--database-url", help="SQLAlchemy URL of a shared database server")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="save a 1280x800 picture of the main window and exit",
    )
    parser.add_argument(
        "--page",
        default="dashboard",
        choices=("dashboard", "registry", "form", "report", "export", "settings"),
        help="the page --screenshot shows",
    )
    parser.add_argument(
        "--benchmark-start",
        action="store_true",
        help="print the time the dashboard is first drawn, then exit",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check the installed program in a temporary folder and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    setup = commands.add_parser("setup", help="set the office's district and officer")
    where = setup.add_mutually_exclusive_group(required=True)
    where.add_argument("--district", help="4-digit DOPA district code, e.g. 2402")
    where.add_argument("--province", help="2-digit province code: a province office, e.g. 24")
    setup.add_argument("--officer", help="officer's full name")
    setup.add_argument("--position", help="officer's position")

    importing = commands.add_parser("import", help="import registrations from .xlsx or .csv")
    importing.add_argument("file", type=Path)
    importing.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    importing.add_argument("--dry-run", action="store_true", help="check the file, change nothing")

    status = commands.add_parser("status", help="which tambons meet the quota")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.add_argument("--campaign", type=int, metavar="YEAR", help="this fiscal year's campaign")

    export = commands.add_parser("export", help="write the report: .xlsx, .pdf and .eml")
    export.add_argument(
        "--out", type=Path, help="base folder (default: the report folder under Documents)"
    )
    export.add_argument("--with-ids", action="store_true", help="full national ID numbers")
    export.add_argument("--thai-digits", action="store_true", help="Thai digits in headings")
    export.add_argument("--template", type=Path, help="the province's .xlsx template")
    export.add_argument("--campaign", type=int, metavar="YEAR", help="this fiscal year's report")

    add_campaign_commands(commands)

    backup = commands.add_parser("backup", help="back up the database now and print the file")
    backup.add_argument("--to", type=Path, help="write the backup into this folder too (USB)")

    restore = commands.add_parser("restore", help="restore a backup; backs up the current first")
    restore.add_argument("file", type=Path)

    pack = commands.add_parser("pack", help="write a package to send to another computer")
    pack.add_argument("--out", type=Path, default=Path(), help="file or folder (default: here)")
    pack.add_argument(
        "--all-photos",
        action="store_true",
        help="carry every photo, also those the computers known to this one have",
    )

    merge = commands.add_parser("merge", help="receive a package from another computer")
    merge.add_argument("file", type=Path)

    forms = commands.add_parser("print-form", help="write registration forms to sign, as a PDF")
    which = forms.add_mutually_exclusive_group(required=True)
    which.add_argument("--registration", metavar="UUID", help="one registration")
    which.add_argument("--tambon", metavar="CODE", help="every registration of a tambon")
    forms.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF")
    forms.add_argument("--with-ids", action="store_true", help="full national ID numbers")

    card = commands.add_parser("card", help="the Thai national ID card reader, for support")
    card_commands = card.add_subparsers(dest="card_command", metavar="readers|read", required=True)
    card_commands.add_parser("readers", help="list the card readers plugged in")
    read = card_commands.add_parser("read", help="print what the ID card in a reader holds")
    read.add_argument("--json", action="store_true", help="print one JSON object")
    read.add_argument("--with-ids", action="store_true", help="the full national ID number")
    read.add_argument("--reader", metavar="NAME", help="the reader to use (default: the first)")

    password = commands.add_parser(
        "password", help="set, change or remove the password that encrypts the data"
    )
    password.add_argument(
        "action",
        choices=("set", "change", "remove", "exchange"),
        help="exchange: the passphrase of packages sent between the office's computers",
    )
    return parser
