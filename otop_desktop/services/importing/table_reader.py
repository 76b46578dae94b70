"""Reads the rows of an .xlsx or .csv file an officer chose, refusing hostile or broken files early.

Limits are checked before a parser sees the file: a small zip can inflate to gigabytes, and
openpyxl takes seconds and memory in proportion to the inflated size.
"""

import csv
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree.ElementTree import ParseError

from otop_desktop.domain.errors import UserError
from otop_desktop.services.importing.header_synonyms import match_headers, recognise_header
from otop_desktop.services.importing.interchange import Column
from otop_desktop.services.importing.report_identity import ReportIdentity, read_identity

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 15
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnreadableFileError(UserError):
    pass


@dataclass(frozen=True)
class RawTable:
    """Cells as found; `row_numbers` are the numbers Excel shows beside each row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    row_numbers: tuple[int, ...]
    sheet_name: str = ""
    # Title lines above the header row: they may name the office or district the list is from.
    preamble: tuple[tuple[object, ...], ...] = ()
    # The file read: photo paths in the table are relative to its folder.
    source: Path | None = None
    # A district's report workbook says which district, year and registrations it holds.
    identity: ReportIdentity | None = None

    def recognised_columns(self) -> dict[Column, int]:
        return {m.column: m.index for m in match_headers(self.headers) if m.column is not None}


def _refuse(th: str, en: str) -> UnreadableFileError:
    return UnreadableFileError(th, en)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            f"เปิดแฟ้ม {path.name} ไม่ได้: {exc.strerror}", f"Cannot open {path.name}."
        ) from exc
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"แฟ้ม {path.name} ใหญ่เกินไป ({size // (1024 * 1024)} MB; รับได้ไม่เกิน "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
            f"{path.name} is too large.",
        )
    if size == 0:
        raise _refuse(f"แฟ้ม {path.name} ว่างเปล่า", f"{path.name} is empty.")


def _header_index(rows: list[tuple[object, ...]]) -> int | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        recognised = {recognise_header(cell) for cell in row} - {None}
        # Three known headers make a header row even when the officer's own list names the
        # others differently; the import dialog maps those by hand.
        if len(recognised) >= 3:
            return index
    return None


def _table_from_rows(
    rows: list[tuple[object, ...]], first_row_number: int, sheet_name: str = ""
) -> RawTable | None:
    header_at = _header_index(rows)
    if header_at is None:
        return None
    headers = tuple("" if c is None else str(c) for c in rows[header_at])
    body: list[tuple[object, ...]] = []
    numbers: list[int] = []
    for offset, row in enumerate(rows[header_at + 1 :], start=header_at + 1):
        if all(c is None or str(c).strip() == "" for c in row):
            continue
        body.append(tuple(row) + (None,) * (len(headers) - len(row)))
        numbers.append(first_row_number + offset)
    end = _table_end(headers, body)
    return RawTable(
        headers, tuple(body[:end]), tuple(numbers[:end]), sheet_name, tuple(rows[:header_at])
    )


def _table_end(headers: tuple[str, ...], body: list[tuple[object, ...]]) -> int:
    """Rows at the end that name no tambon, type, producer or product are what stands under a
    table (a signature, a total, a note), not registrations."""
    key = {
        Column.TAMBON_CODE,
        Column.TAMBON,
        Column.PRODUCER_TYPE,
        Column.PRODUCER_NAME,
        Column.PRODUCT_NAMES,
    }
    columns = [i for i, h in enumerate(headers) if recognise_header(h) in key]
    end = len(body)
    while end and all(_blank(body[end - 1][i]) for i in columns):
        end -= 1
    return end


def _blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _no_headers(path: Path) -> UnreadableFileError:
    return _refuse(
        f'ไม่พบแถวหัวตารางในแฟ้ม {path.name} (ต้องมีอย่างน้อย "ชื่อผู้ผลิต" "ประเภทผู้ผลิต" และ "ชื่อผลิตภัณฑ์")',
        f"No header row found in {path.name}.",
    )


def _too_many_rows(path: Path) -> UnreadableFileError:
    return _refuse(
        f"แฟ้ม {path.name} มีเกิน {MAX_ROWS:,} แถว จึงไม่ได้นำเข้า",
        f"{path.name} has more than {MAX_ROWS:,} rows.",
    )


def _decode_csv(data: bytes, path: Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Older Thai Windows programs save CSV in TIS-620, which cp874 extends.
        return data.decode("cp874")
    except UnicodeDecodeError as exc:
        raise _refuse(
            f"อ่านตัวอักษรในแฟ้ม {path.name} ไม่ได้ (ไม่ใช่ UTF-8 หรือ TIS-620)",
            f"{path.name} is neither UTF-8 nor TIS-620 text.",
        ) from exc


def _csv_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data:  # binary, UTF-16 or damaged: no CSV an officer saves holds NUL bytes
        raise _refuse(f"แฟ้ม {path.name} ไม่ใช่แฟ้มข้อความ CSV", f"{path.name} is not a CSV file.")
    return _decode_csv(data, path)


def _lines(text: str) -> Iterator[str]:
    """The text's lines as io.StringIO gives them (split after each "\n" only), one at a time:
    a StringIO holds a second copy of the whole file at four bytes a character."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end + 1
        yield text[start:end]
        start = end


def read_csv(path: Path) -> RawTable:
    _check_size(path)
    text = _csv_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[tuple[object, ...]] = []
    try:
        for row in csv.reader(_lines(text), dialect):
            rows.append(tuple(row))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows(path)
    except csv.Error as exc:
        raise _refuse(f"แฟ้ม CSV {path.name} มีรูปแบบผิด: {exc}", f"Malformed CSV: {exc}") from exc
    table = _table_from_rows(rows, 1)
    if table is None:
        raise _no_headers(path)
    return table


def _check_workbook_container(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_SIGNATURE:
        raise _refuse(
            f"แฟ้ม {path.name} ตั้งรหัสผ่านไว้ หรือเป็นแฟ้ม Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel "
            "แล้วบันทึกเป็น .xlsx โดยไม่ตั้งรหัสผ่าน",
            f"{path.name} is password-protected or an old .xls file; "
            "save it as .xlsx without a password.",
        )
    if not head.startswith(b"PK"):
        raise _refuse(
            f"แฟ้ม {path.name} ไม่ใช่แฟ้ม Excel (.xlsx)", f"{path.name} is not an .xlsx workbook."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(f"แฟ้ม {path.name} เสียหาย เปิดไม่ได้", f"{path.name} is damaged.") from exc
    inflated = sum(p.file_size for p in parts)
    packed = sum(p.compress_size for p in parts) or 1
    if inflated > MAX_UNCOMPRESSED_BYTES or inflated / packed > MAX_COMPRESSION_RATIO:
        raise _refuse(
            f"แฟ้ม {path.name} เมื่อคลายออกมีขนาดผิดปกติ ({inflated // (1024 * 1024)} MB) "
            "จึงไม่ได้เปิดเพื่อความปลอดภัย",
            f"{path.name} inflates to an abnormal size and was not opened.",
        )
    if not any(p.filename == "xl/workbook.xml" for p in parts):
        raise _refuse(
            f"แฟ้ม {path.name} ไม่ใช่แฟ้ม Excel (.xlsx)", f"{path.name} is not an .xlsx workbook."
        )


def _hostile(path: Path) -> UnreadableFileError:
    return _refuse(
        f"แฟ้ม {path.name} มีโครงสร้างที่อาจเป็นอันตราย จึงไม่ได้เปิด",
        f"{path.name} has a hostile structure and was not opened.",
    )


def _first_table(workbook: object, path: Path) -> RawTable | None:
    for sheet in workbook.worksheets:  # type: ignore[attr-defined]
        rows: list[tuple[object, ...]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(tuple(row))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows(path)
        table = _table_from_rows(rows, 1, sheet.title)
        if table is not None:
            return table
    return None


def read_xlsx(path: Path) -> RawTable:
    _check_size(path)
    _check_workbook_container(path)
    import openpyxl

    # We own the handle: openpyxl leaves a sheet it failed to parse open until garbage
    # collection, which on Windows would keep the officer's file locked.
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except ParseError as exc:
            raise _hostile(path) from exc
        except Exception as exc:  # openpyxl raises many kinds for a damaged part
            raise _refuse(f"แฟ้ม {path.name} เสียหาย เปิดไม่ได้", f"{path.name} is damaged.") from exc
        try:
            table = _first_table(workbook, path)
            if table is not None:
                table = replace(table, identity=read_identity(workbook))
        except UnreadableFileError:
            raise
        except ParseError as exc:
            raise _hostile(path) from exc
        except Exception as exc:  # a damaged sheet part fails in zlib, XML or openpyxl itself
            raise _refuse(f"แฟ้ม {path.name} เสียหาย อ่านไม่ได้", f"{path.name} is damaged.") from exc
        finally:
            workbook.close()
    if table is None:
        raise _no_headers(path)
    return table


READERS: dict[str, Callable[[Path], RawTable]] = {
    ".csv": read_csv,
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
}


def read_table(path: Path) -> RawTable:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise _refuse(
            f"ไม่รองรับแฟ้มชนิด {path.suffix or '(ไม่มีนามสกุล)'} ใช้ได้เฉพาะ .xlsx หรือ .csv",
            f"Only .xlsx and .csv files can be imported, not {path.suffix}.",
        )
    if not path.is_file():
        raise _refuse(f"ไม่พบแฟ้ม {path}", f"File not found: {path}")
    return replace(reader(path), source=path)
