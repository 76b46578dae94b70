"""`otop-desktop --smoke-test`: boots the whole program in a throw-away data folder and exits.

It follows a normal start (data folder, Qt application and font, services, migrations on a fresh
database), then does the officer's job once (set up district 2402, import a tiny registration
list, write the report) and shows the main window offscreen. Run it on a frozen build before
anything is packaged: a missing data file, plugin or module fails here instead of on an office PC.

Exit 0 when everything worked. Otherwise exit 1 with the reason as one line on stderr; the details
also go to a log file in the system's temporary folder, because a windowed Windows program has
no stderr anyone can see.
"""

import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
DISTRICT = "2402"
TAMBON = "240201"
LOG_NAME = "otop-desktop-smoke-test.log"
_PASSWORD = "smoke-test-password"

_HEADER = ["รหัสตำบล", "ตำบล", "ประเภทผู้ผลิต", "ชื่อผู้ผลิต", "ชื่อผลิตภัณฑ์", "ประเภทผลิตภัณฑ์", "วันที่รับลงทะเบียน"]
_ROWS = [
    [TAMBON, "บางคล้า", "กลุ่ม", "กลุ่มแม่บ้านทดสอบระบบ", "กล้วยตาก", "อาหาร", "26/9/2566"],
    [TAMBON, "บางคล้า", "รายเดียว", "นายทดสอบ ระบบดี", "มะม่วงแช่อิ่ม", "1", "๒๖ ก.ย. ๒๕๖๖"],
]


class SmokeTestFailure(Exception):
    pass


def log_path() -> Path:
    return Path(tempfile.gettempdir()) / LOG_NAME


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SmokeTestFailure(reason)


def _write_registration_list(path: Path) -> Path:
    # An .xlsx rather than a .csv, so that reading a workbook (openpyxl, defusedxml) is exercised.
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(_HEADER)
    for row in _ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


class _Run:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.step = "start"
        self.done: list[str] = []
        self.qt_messages: list[str] = []

    def at(self, step: str) -> None:
        self.step = step

    def boot(self) -> None:
        from otop_desktop.platform.data_folder import resolve_data_folder

        self.at("Qt application and Sarabun font")
        self._capture_qt_messages()
        from PySide6.QtGui import QFontDatabase

        from otop_desktop.app import resources_dir
        from otop_desktop.app.windows import application, build_main_window
        from otop_desktop.ui.shell.fonts import FAMILY
        from otop_desktop.ui.widgets.dialogs import QtDialogs

        app = application()
        _check(FAMILY in QFontDatabase.families(), f"the {FAMILY} font files were not found")
        _check((resources_dir() / "app.png").is_file(), f"no app.png in {resources_dir()}")
        _check(
            (resources_dir() / "privacy_notice_th.md").is_file(),
            f"no privacy_notice_th.md in {resources_dir()}",
        )

        self.at("printing and the program password's key derivation")
        import importlib.util

        _check(
            importlib.util.find_spec("PySide6.QtPrintSupport") is not None,
            "QtPrintSupport is missing: the privacy notice cannot be printed",
        )
        _check(
            importlib.util.find_spec("_hashlib") is not None,
            "OpenSSL's _hashlib is missing: the program password's PBKDF2 would be slow",
        )
        from otop_desktop.platform.scrypt import scrypt_function

        _check(
            scrypt_function().__name__ == "libsodium",
            "libsodium (PyNaCl) is missing: an encrypted start would wait longer for scrypt",
        )

        self.at("the ID card reader's support")
        from otop_desktop.platform.card_reader import open_card_reader

        bundled = importlib.util.find_spec("smartcard") is not None
        _check(bundled or sys.platform != "win32", "pyscard is missing: no ID card can be read")
        if bundled:
            _check(open_card_reader().installed, "pyscard does not load: no ID card can be read")
            self.done.append("ID card reader support")

        self.at("data folder and database migrations")
        from otop_desktop.app import open_services
        from otop_desktop.db.schema import SCHEMA_HEAD, SchemaOutcome, stored_revision

        folder = resolve_data_folder(str(self.root / "data"))
        services = open_services(folder)
        try:
            _check(
                services.database.schema_outcome is SchemaOutcome.CREATED,
                f"a fresh database was {services.database.schema_outcome}, not created",
            )
            with services.database.engine.connect() as connection:
                revision = stored_revision(connection)
            _check(revision == SCHEMA_HEAD, f"schema at {revision}, expected {SCHEMA_HEAD}")
            self.done.append(f"migrated to {revision}")

            self.at(f"setting up district {DISTRICT}")
            services.office.setup(
                DISTRICT, officer_name="นางสาวทดสอบ ระบบ", officer_position="นักวิชาการ"
            )
            tambons = services.gazetteer.tambons(DISTRICT)
            _check(tambons, f"the gazetteer knows no tambon of district {DISTRICT}")
            self.done.append(f"district {DISTRICT} with {len(tambons)} tambons")

            self.at("importing a registration list")
            source = _write_registration_list(self.root / "registrations.xlsx")
            report = services.importer.import_file(source)
            _check(
                report.committed and report.added == len(_ROWS),
                f"import added {report.added} of {len(_ROWS)} rows: "
                + "; ".join(p.describe() for p in report.problems),
            )
            tambon = services.quota.district_status().tambon(TAMBON)
            _check(tambon is not None and tambon.decision.met, f"tambon {TAMBON} is not met")
            self.done.append(f"imported {report.added}")

            self.at("encrypting the data with a password (SQLCipher, cryptography)")
            self._encrypt(services, folder, report.added)

            self.at("writing the report")
            result = services.reports.export(self.root / "reports")
            for path in result.paths:
                _check(path.is_file() and path.stat().st_size > 0, f"{path.name} is empty")
            _check(result.workbook.read_bytes()[:2] == b"PK", "the workbook is not an .xlsx")
            pdf = result.pdf.read_bytes()
            _check(pdf.startswith(b"%PDF"), "the report PDF is not a PDF")
            _check(FAMILY.encode() in pdf, f"the report PDF does not embed {FAMILY}")
            self.done.append(f"exported {len(result.paths)} files")
            self._photo_and_printed_form(services)

            self.at("showing the main window")
            from PySide6.QtWidgets import QApplication

            from otop_desktop.ui.shell.main_window import Page

            window = build_main_window(services, QtDialogs())
            window.resize(1024, 700)
            window.show()
            QApplication.processEvents()
            _check(window.isVisible(), "the main window did not show")
            # Pages are built when first shown: show each, so that all of them are checked.
            for page in Page:
                self.at(f"showing the {page.name.lower()} page")
                window.show_page(page)
                QApplication.processEvents()
                _check(not window.grab().isNull(), f"the {page.name.lower()} page did not paint")
            self.at("closing the main window")
            window.close()
            QApplication.processEvents()
            window.deleteLater()
            QApplication.processEvents()
            self.done.append(f"main window shown with its {len(Page)} pages")
        finally:
            services.close()
        del app

    def _photo_and_printed_form(self, services: Any) -> None:
        """A photo through Qt's JPEG plugin into a registration, and its form as a PDF."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        from otop_desktop.domain.photos import PhotoKind
        from otop_desktop.ui.shell.fonts import FAMILY

        self.at("adding a product photo (Qt's JPEG plugin)")
        image = QImage(2400, 1800, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkGreen)
        source = self.root / "photo.jpg"
        _check(image.save(str(source)), "Qt cannot write JPEG: its image plugin is missing")
        added = services.photos.add_files([source], PhotoKind.PRODUCT)
        _check(added.added and not added.refused, f"the photo was refused: {added.refused}")
        uuid = services.registry.add(_complete_registration(added.added)).registration.uuid
        self.done.append("a product photo added")

        self.at("printing a registration form as a PDF")
        target = self.root / "form.pdf"
        document = services.form_print.write_pdf([uuid], target)
        pdf = target.read_bytes()
        _check(pdf.startswith(b"%PDF") and len(document.pages) == 1, "the form is not one PDF page")
        _check(FAMILY.encode() in pdf, f"the form's PDF does not embed {FAMILY}")
        self.done.append("a registration form printed")

    def _encrypt(self, services: Any, folder: Any, rows: int) -> None:
        from otop_desktop.db.cipher import file_is_encrypted
        from otop_desktop.services.privacy.data_encryption import DataEncryption

        recovery = services.password.set_password(_PASSWORD, _PASSWORD)
        _check(recovery is not None, "setting the password did not encrypt the data")
        _check(file_is_encrypted(folder.database_path), "the database file is still plain")
        _check(services.registry.count() == rows, "the encrypted database lost records")
        key = DataEncryption(folder).unlock(recovery.text)
        _check(key == services.database.key, "the recovery key does not open the data")
        package = services.exchange
        package.set_passphrase(_PASSWORD)
        sealed = package.pack(self.root / "package.otoppack").path
        _check(sealed.read_bytes().startswith(b"OTOPPACK-SEALED"), "the package is not sealed")
        self.done.append("encrypted")

    def _capture_qt_messages(self) -> None:
        """Keeps Qt's offscreen chatter off stderr; it goes to the log file instead."""
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def handler(kind: QtMsgType, _context: Any, message: str) -> None:
            self.qt_messages.append(f"{kind.name}: {message}")
            if kind == QtMsgType.QtFatalMsg:
                # Qt aborts right after this; say why while there is still time.
                _report(f"Qt fatal error: {message}", "\n".join(self.qt_messages))

        self._handler: Callable[..., None] = handler
        qInstallMessageHandler(handler)


def _complete_registration(photos: tuple[Any, ...]) -> Any:
    import datetime as dt

    from otop_desktop.domain.identifiers import with_check_digit
    from otop_desktop.domain.producer_types import ProducerType, ProductCategory
    from otop_desktop.domain.registration import Person, Product, Registration, SiteAddress

    return Registration(
        producer_type=ProducerType.GROUP,
        producer_name="กลุ่มทดสอบรูปภาพ",
        site=SiteAddress(tambon_code=TAMBON, house_no="1", moo="2", postal_code="24110"),
        received_on=dt.date(2023, 9, 26),
        products=(Product("ขนมทดสอบ", ProductCategory.FOOD),),
        contact=Person("นาง", "ทดสอบ", "ระบบดี"),
        national_id=with_check_digit("310170020345"),
        member_count=12,
        photos=photos,
    )


def _say(text: str, stream: Any) -> None:
    # A windowed Windows program has no stdout or stderr: they are None.
    if stream is not None:
        print(text, file=stream, flush=True)


def _report(line: str, details: str) -> None:
    _say(line, sys.stderr)
    with contextlib.suppress(OSError):
        log_path().write_text(f"{line}\n\n{details}\n", encoding="utf-8")


def run() -> int:
    """Runs the smoke test and returns the exit code."""
    started = time.perf_counter()
    # Offscreen for the smoke test only: it must pass on a build machine without a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    root = Path(tempfile.mkdtemp(prefix="otop-smoke-"))
    run = _Run(root)
    try:
        run.boot()
    except BaseException as exc:
        text = str(exc).strip()
        reason = text.splitlines()[0] if text else ""
        if not isinstance(exc, SmokeTestFailure):
            reason = f"{type(exc).__name__}: {reason}".rstrip(": ")
        line = (
            f"otop-desktop --smoke-test: FAILED at {run.step}: {reason} (details in {log_path()})"
        )
        _report(line, traceback.format_exc() + "\nQt messages:\n" + "\n".join(run.qt_messages))
        return EXIT_FAILED
    finally:
        shutil.rmtree(root, ignore_errors=True)
    seconds = time.perf_counter() - started
    line = f"otop-desktop --smoke-test: passed in {seconds:.1f} s ({', '.join(run.done)})"
    _say(line, sys.stdout)
    with contextlib.suppress(OSError):
        log_path().write_text(line + "\n", encoding="utf-8")
    return EXIT_OK
