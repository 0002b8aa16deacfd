"""Builders of the workbooks the criteria-workbook tests read: realistic province tables and
hostile files (zip bombs, XML entity bombs, renamed Word files, sheets of a million rows).
Everything is generated here so no binary fixture lives in the repository."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

CONTENT_TYPES = "[Content_Types].xml"
SHARED_STRINGS_TYPE = ("application/vnd.openxmlformats-officedocument.spreadsheetml."
                       "sharedStrings+xml")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

BILLION_LAUGHS = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>"""

EXTERNAL_ENTITY = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&secret;</t></si></sst>"""


def table_workbook(path: Path, rows: Iterable[Iterable[object]], *,
                   sheet: str = "Bộ tiêu chí",
                   info: Iterable[tuple[object, object]] | None = None) -> Path:
    """A plain workbook: `rows` from row 1 of `sheet`, and an info sheet when given."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    if info is not None:
        info_ws = workbook.create_sheet("Thông tin")
        for key, value in info:
            info_ws.append([key, value])
    workbook.save(path)
    return path


def rewrite_zip(path: Path, change: Callable[[str, bytes], bytes | None],
                add: dict[str, bytes] | None = None) -> Path:
    """Rewrite the members of a zip through `change(name, data)` (None drops the member) and
    add members."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            new = change(name, data)
            if new is not None:
                target.writestr(name, new)
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return path


def with_shared_strings(path: Path, strings_xml: str | None = None) -> Path:
    """Turn the inline strings openpyxl writes into a shared-string table, as Excel and
    LibreOffice save them; or install `strings_xml` as the table (for the entity bombs)."""
    table: list[str] = []

    def share(match: re.Match[str]) -> str:
        text = match.group(2)
        table.append(text)
        return f'{match.group(1)} t="s"><v>{len(table) - 1}</v></c>'

    def change(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/") and strings_xml is None:
            xml = data.decode("utf-8")
            xml = re.sub(r'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>',
                         share, xml, flags=re.DOTALL)
            return xml.encode("utf-8")
        if name == CONTENT_TYPES:
            override = (f'<Override PartName="/xl/sharedStrings.xml" '
                        f'ContentType="{SHARED_STRINGS_TYPE}"/>')
            return data.replace(b"</Types>", override.encode() + b"</Types>")
        return data

    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    changed = [(name, change(name, data)) for name, data in members]
    if strings_xml is None:
        items = "".join(f"<si>{text}</si>" for text in table)
        strings_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN_NS}" '
                       f'count="{len(table)}" uniqueCount="{len(table)}">{items}</sst>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in changed:
            target.writestr(name, data)
        target.writestr("xl/sharedStrings.xml", strings_xml.encode("utf-8"))
    return path


def set_cached_value(path: Path, formula: str, value: str) -> Path:
    """Give a formula the result a spreadsheet program would have saved with it."""
    def change(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/"):
            return data.replace(f"<f>{formula}</f><v />".encode(),
                                f"<f>{formula}</f><v>{value}</v>".encode())
        return data
    return rewrite_zip(path, change)


def replace_sheet(path: Path, write_sheet: Callable[[Callable[[bytes], None]], None]) -> Path:
    """Replace the first worksheet by XML streamed from `write_sheet(write)`, deflated into the
    zip as it is produced (the uncompressed sheet never exists on disk or in memory)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name, data in members:
            if name == "xl/worksheets/sheet1.xml":
                with target.open(name, "w", force_zip64=True) as stream:
                    write_sheet(stream.write)
            else:
                target.writestr(name, data)
    return path


def sheet_xml(write: Callable[[bytes], None], body: Iterable[bytes],
              dimension: str = "A1:D1") -> None:
    write(f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN_NS}">'
          f'<dimension ref="{dimension}"/><sheetData>'.encode())
    header = "".join(f'<c r="{col}1" t="inlineStr"><is><t>{text}</t></is></c>'
                     for col, text in zip("ABCD", ("Mã", "Tiêu chí", "Điểm tối đa", "Quy tắc"),
                                          strict=True))
    write(f'<row r="1">{header}</row>'.encode())
    buffer: list[bytes] = []
    for piece in body:
        buffer.append(piece)
        if len(buffer) >= 10_000:
            write(b"".join(buffer))
            buffer.clear()
    write(b"".join(buffer))
    write(b"</sheetData></worksheet>")


def zeros_member(path: Path, name: str, size: int) -> Path:
    """Add a member of `size` zero bytes, deflated (about 1000:1)."""
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        with target.open(name, "w", force_zip64=True) as stream:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                stream.write(chunk)
    return path


def lie_about_size(path: Path, name: str, declared: int) -> Path:
    """Patch the central directory so `name` claims to be `declared` bytes uncompressed (a
    zip bomb that lies about its size)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46: position + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, position + 24, declared)
            path.write_bytes(bytes(data))
            return path
        position += 4
    raise AssertionError(f"{name} not in the central directory")


def docx_file(path: Path) -> Path:
    """A minimal Word document (what a renamed .docx looks like inside)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(CONTENT_TYPES, (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'))
        target.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        target.writestr("word/document.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bộ tiêu '
            'chí</w:t></w:r></w:p></w:body></w:document>'))
    return path
