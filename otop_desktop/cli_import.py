"""What `otop-desktop import` says about a file's headers: which column each was taken for."""

from otop_desktop.i18n.catalog import tr
from otop_desktop.services.importing.header_synonyms import HeaderMatch


def header_lines(matches: tuple[HeaderMatch, ...]) -> list[str]:
    """Nothing when every header is the table's own name; else each header and its column."""
    if all(m.exact for m in matches if m.header.strip()):
        return []
    lines = [tr("อ่านหัวคอลัมน์ของแฟ้มดังนี้:")]
    for match in matches:
        if not match.header.strip():
            continue
        column = match.column.value if match.column is not None else tr("(ไม่ใช้)")
        lines.append(f'  "{match.header.strip()}" → {column}')
    return lines
