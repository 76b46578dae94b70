"""A smaller ICU data library for the Linux program folder (build.spec calls this).

PySide6's Qt for Linux links ICU 73, whose data library (libicudata.so.73) is 30 MiB: every
locale's names for currencies, units, time zones and languages, Chinese and Khmer dictionaries,
transliterators, hundreds of legacy character sets. Qt uses ICU for collation (sorting in its
file dialog), case mapping and time zones; the program's words, numbers and dates are its own
and Qt's. This keeps the data ICU needs for the root, Thai and English locales and writes them
as a library of the same name with the one symbol libicuuc takes them from (icudtNN_dat),
assembled with the system's C compiler. Windows needs none of it: Qt uses the system's ICU there.

    python tools/icu_subset.py LIBICUDATA OUTPUT_DIR     (prints the new library's path)
"""

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Locales kept in every per-locale tree: the root, Thai and English (with their regions).
LOCALE = re.compile(r"^(root|th|th_.*|en|en_.*|res_index|pool)\.res$")
# Trees ICU looks locale data up in that Qt may use: break rules, collation, time zone names.
# Left out whole: the names of currencies, languages, regions and units, number spell-out, and
# transliteration, which only ICU's own formatting APIs read (Qt has its own locale data).
LOCALE_TREES = {"brkitr", "coll", "zone"}
KEEP_IN_TREES = {
    "coll": re.compile(r"^ucadata\.icu$"),
    "brkitr": re.compile(r"^(.*\.brk|thaidict\.dict)$"),
}
# Thai legacy encodings (TIS-620 / Windows-874), should Qt be asked to convert them.
KEEP_CONVERTERS = re.compile(r"^(ibm-874_.*|windows-874-.*)\.cnv$")
ALIGN = 16


def _elf_symbol(data: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the dynamic symbol whose name starts with `prefix`, in a
    64-bit little-endian ELF shared library."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for n in range(dynsym[5] // dynsym[9]):
        name_at, _info, _other, index, value, size = struct.unpack_from(
            "<IBBHQQ", data, dynsym[4] + n * dynsym[9]
        )
        start = strtab[4] + name_at
        name = data[start : data.index(b"\0", start)]
        if name.startswith(prefix) and index:
            section = sections[index]
            return name, section[4] + (value - section[3]), size
    raise ValueError("no ICU data symbol")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes), as ICU's common data format has them."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return package[:header_size], items


def wanted(name: str) -> bool:
    parts = name.split("/")[1:]  # without the "icudt73l" prefix
    if len(parts) == 1:
        leaf = parts[0]
        if leaf.endswith(".cnv"):
            return bool(KEEP_CONVERTERS.match(leaf))
        return leaf != "unames.icu" and (not leaf.endswith(".res") or _not_a_locale(leaf))
    tree, leaf = parts[0], parts[-1]
    if tree not in LOCALE_TREES:
        return False
    keep = KEEP_IN_TREES.get(tree)
    return bool(LOCALE.match(leaf) or (keep is not None and keep.match(leaf)))


def _not_a_locale(leaf: str) -> bool:
    """Top-level .res files that are tables (zoneinfo64, supplementalData...) rather than a
    locale's data (th.res, de_CH.res, zh_Hant_TW.res) are kept; of locales, root/th/en."""
    if LOCALE.match(leaf):
        return True
    return not re.match(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$", leaf)


def subset_package(package: bytes) -> bytes:
    header, items = _items(package)
    kept = [(name, data) for name, data in items if wanted(name)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    data_at = toc_size + len(names)
    data_at += -(len(header) + data_at) % ALIGN
    entries, body, name_at = [], b"", toc_size
    for name, data in kept:
        entries.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += data + b"\0" * (-len(data) % ALIGN)
    toc = struct.pack("<I", len(kept)) + b"".join(entries) + names
    toc += b"\0" * (data_at - len(toc))
    return header + toc + body


def build_library(source: Path, output_dir: Path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler to assemble the ICU data library")
    data = source.read_bytes()
    symbol, offset, size = _elf_symbol(data, b"icudt")
    output_dir.mkdir(parents=True, exist_ok=True)
    blob = output_dir / "icudata-subset.dat"
    blob.write_bytes(subset_package(data[offset : offset + size]))
    name = symbol.decode("ascii")
    assembly = output_dir / "icudata.S"
    assembly.write_text(
        f"\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n"
        f'\t.incbin "{blob}"\n\t.size {name}, . - {name}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = output_dir / source.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(target),
         str(assembly)],
        check=True,
    )  # fmt: skip
    return target


if __name__ == "__main__":
    print(build_library(Path(sys.argv[1]), Path(sys.argv[2])))
