"""Hand-made ZIP files for the hostile-archive tests: every header field can lie, which
`zipfile` does not allow. Layout follows PKWARE APPNOTE 6.3 (local header, data, central
directory, optional ZIP64 end record and locator, end record)."""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass, field

REGULAR = (0o100644 << 16)
UNIX = 3 << 8 | 20


@dataclass
class Member:
    name: bytes | str
    data: bytes                      # the bytes written after the local header (compressed)
    method: int = 0
    size: int = 0                    # declared uncompressed size
    crc: int = 0
    flags: int = 0
    external_attr: int = REGULAR
    made_by: int = UNIX
    extra: bytes = b""               # central extra field
    local_extra: bytes | None = None  # None: same as `extra`
    local_name: bytes | None = None  # None: same as `name`
    local_method: int | None = None
    local_flags: int | None = None
    local_sizes: tuple[int, int, int] | None = None   # (crc, csize, usize) in the local header
    central_offset: int | None = None                 # lie about where the local header is
    zip64: bool = False              # sizes and offset in ZIP64 extra fields
    descriptor: bytes = b""          # written after the data (data descriptor)
    compressed_size: int | None = None  # None: len(data)
    offset: int = field(default=0, init=False)

    @property
    def raw_name(self) -> bytes:
        return self.name.encode("utf-8") if isinstance(self.name, str) else self.name


def member(name: bytes | str, plain: bytes, *, method: int = 0, **kw: object) -> Member:
    """A truthful member holding `plain` (deflated if method 8); keywords then lie."""
    data = plain
    if method == 8:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        data = packer.compress(plain) + packer.flush()
    fields = {"size": len(plain), "crc": zlib.crc32(plain)}
    fields.update(kw)
    return Member(name, data, method, **fields)  # type: ignore[arg-type]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def basic_members(extra: list[Member] | None = None) -> list[Member]:
    """manifest.json and manifest.sig (content is irrelevant to the container layer)."""
    return [member("manifest.json", b'{"format":"cchc-package"}', method=8),
            member("manifest.sig", b"\x01" * 64), *(extra or [])]


def build(members: list[Member], *, prefix: bytes = b"", comment: bytes = b"",
          total: int | None = None, cd_size: int | None = None, cd_offset: int | None = None,
          zip64_end: bool = False, suffix: bytes = b"",
          central_order: list[int] | None = None) -> bytes:
    out = bytearray(prefix)
    base = len(prefix)
    for m in members:
        m.offset = len(out) - base
        name = m.local_name if m.local_name is not None else m.raw_name
        csize = len(m.data) if m.compressed_size is None else m.compressed_size
        crc, csize, usize = m.local_sizes or (m.crc, csize, m.size)
        extra = m.local_extra if m.local_extra is not None else m.extra
        if m.zip64 and m.local_extra is None:
            extra = struct.pack("<HHQQ", 1, 16, usize, csize) + extra
            csize = usize = 0xFFFFFFFF
        method = m.local_method if m.local_method is not None else m.method
        flags = m.flags if m.local_flags is None else m.local_flags
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, 0, 33,
                           crc, csize, usize, len(name), len(extra))
        out += name + extra + m.data + m.descriptor
    start = len(out) - base
    directory = bytearray()
    for m in (members if central_order is None else [members[i] for i in central_order]):
        offset = m.offset if m.central_offset is None else m.central_offset
        csize = len(m.data) if m.compressed_size is None else m.compressed_size
        usize, extra = m.size, m.extra
        if m.zip64:
            extra = struct.pack("<HHQQQ", 1, 24, usize, csize, offset) + extra
            usize = csize = offset = 0xFFFFFFFF
        directory += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", m.made_by, 20, m.flags,
                                 m.method, 0, 33, m.crc, csize, usize, len(m.raw_name),
                                 len(extra), 0, 0, 0, m.external_attr, offset)
        directory += m.raw_name + extra
    out += directory
    count = len(members) if total is None else total
    size = len(directory) if cd_size is None else cd_size
    where = start if cd_offset is None else cd_offset
    if zip64_end:
        record_at = len(out) - base
        out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, UNIX, 45, 0, 0, count, count,
                           size, where)
        out += struct.pack("<4sIQI", b"PK\x06\x07", 0, record_at, 1)
        out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                           0xFFFFFFFF, len(comment))
    else:
        out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count & 0xFFFF, count & 0xFFFF,
                           size & 0xFFFFFFFF, where & 0xFFFFFFFF, len(comment))
    return bytes(out + comment + suffix)
