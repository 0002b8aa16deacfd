"""The container of a package (docs/package-format.md §1 and §8): a ZIP file read with
suspicion and written so the same content always gives the same bytes.

This layer knows ZIP structures only — no manifest, no signature. `open_checked` reads the End
Of Central Directory, the central directory and every local header itself (never
`zipfile`'s forgiving reader) and refuses, before any member's content is read:

- anything that is not exactly  [local header, data, (descriptor)]…  central directory
  [ZIP64 end record, locator]  end record  — no byte before, between or after, no comment;
- more entries or a bigger central directory than the limits, judged from the end record
  before the directory is even read (a million tiny entries cost nothing);
- a name outside `MEMBER_NAME` (so no `../`, absolute, drive-letter, backslash, device or
  over-long name), a name seen twice, a directory, link or special entry, an encrypted entry,
  a compression method other than stored (0) or deflate (8), unknown flags or extra fields;
- a declared size over the limits, entries whose data overlap, a local header that disagrees
  with its central record, and members out of the canonical order
  (`manifest.json`, `manifest.sig`, `data/…`, `files/…`).

Reading a member then streams it in 1 MiB pieces, counting what comes out: a deflate stream
that inflates past its declared size is stopped there, and every byte goes through CRC-32 and,
for `copy_member`, SHA-256. Memory stays flat whatever the size.

Every refusal is `InvalidInput(code, path=…, member=…, …)`; nothing else escapes for any input
file. Programming errors (a bad name given to `write_package`) are `ValueError`.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import struct
import zipfile
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.models.durable import atomic_write
from desktop.models.errors import InvalidInput
from desktop.models.store import translate_os_error

MiB = 1024 * 1024
GiB = 1024 * MiB
CHUNK = MiB
OVERLAP_FROM = 4 * MiB  # members this large are written on a second thread (copy_member)
IN_FLIGHT = 4           # … with at most this many pieces (of CHUNK bytes) waiting

MEMBER_NAME = re.compile(
    r"^(manifest\.json|manifest\.sig|data/[0-9a-f]{64}\.json|files/[0-9a-f]{64})$")
SIGNATURE_BYTES = 64          # manifest.sig is one raw Ed25519 signature
FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED


@dataclass(frozen=True)
class Limits:
    """§8: the most a package may hold. Checked from the central directory before any
    content is read, then again while streaming."""
    members: int = 20_000
    manifest_bytes: int = 16 * MiB
    json_bytes: int = 64 * MiB
    file_bytes: int = 2 * GiB
    total_bytes: int = 8 * GiB
    central_directory_bytes: int = 8 * MiB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Entry:
    """One member to write: its archive name, its bytes (in memory or a file streamed from
    disk) and whether to deflate it (evidence files are stored as they are)."""
    name: str
    source: bytes | Path
    compress: bool


@dataclass(frozen=True)
class MemberInfo:
    """One checked member. `size` is the declared uncompressed size (already within the
    limits); reading it never yields more."""
    name: str
    size: int
    compressed_size: int
    method: int                # 0 stored, 8 deflate
    crc32: int
    header_offset: int
    data_offset: int           # first byte of the (compressed) data


@dataclass(frozen=True)
class _Central:
    """A central directory record, sizes resolved, before its local header is checked."""
    name: str
    size: int
    compressed_size: int
    method: int
    crc32: int
    header_offset: int
    flags: int


# -- ZIP records (PKWARE APPNOTE 6.3) ------------------------------------------------------

_LOCAL = struct.Struct("<4sHHHHHIIIHH")             # 30 bytes
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")     # 46 bytes
_EOCD = struct.Struct("<4sHHHHIIH")                 # 22 bytes
_LOCATOR64 = struct.Struct("<4sIQI")                # 20 bytes
_EOCD64 = struct.Struct("<4sQHHIIQQQQ")             # 56 bytes
LOCAL_SIG, CENTRAL_SIG = b"PK\x03\x04", b"PK\x01\x02"
EOCD_SIG, EOCD64_SIG, LOCATOR64_SIG = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
DESCRIPTOR_SIG = b"PK\x07\x08"
U16, U32 = 0xFFFF, 0xFFFFFFFF

FLAG_ENCRYPTED, FLAG_DESCRIPTOR, FLAG_UTF8 = 0x0001, 0x0008, 0x0800
FLAG_STRONG_ENCRYPTION, FLAG_MASKED_HEADERS = 0x0040, 0x2000
# Deflate options (bits 1-2), data descriptor, UTF-8 names: everything else is refused.
ALLOWED_FLAGS = 0x0002 | 0x0004 | FLAG_DESCRIPTOR | FLAG_UTF8
EXTRA_ZIP64 = 0x0001
# ZIP64 sizes, extended timestamp (UT), Unix uid/gid (ux), NTFS times. Notably refused: the
# Info-ZIP Unicode path field (0x7075), which would let unzip see another name than we do.
ALLOWED_EXTRAS = frozenset({EXTRA_ZIP64, 0x5455, 0x7875, 0x000A})
DOS_DIRECTORY = 0x10


def _rank(name: str) -> int:
    if name == "manifest.json":
        return 0
    if name == "manifest.sig":
        return 1
    return 2 if name.startswith("data/") else 3


def _show(raw: bytes | str) -> str:
    """A member name as it can safely appear in a sentence: decoded, escaped, bounded."""
    text = raw.decode("utf-8", "backslashreplace") if isinstance(raw, bytes) else raw
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return text if len(text) <= 80 else text[:77] + "…"


# -- writing --------------------------------------------------------------------------------

def check_names(names: list[str]) -> None:
    """The names of a package in the order they will be written: each matches
    `MEMBER_NAME`, none twice, `manifest.json` then `manifest.sig` then `data/` then `files/`.
    A failure here is a bug in the sender (ValueError)."""
    seen: set[str] = set()
    for index, name in enumerate(names):
        if not isinstance(name, str) or not MEMBER_NAME.fullmatch(name):
            raise ValueError(f"not a package member name: {name!r}")
        if name in seen:
            raise ValueError(f"member written twice: {name}")
        seen.add(name)
        if index < 2 and name != ("manifest.json", "manifest.sig")[index]:
            raise ValueError("a package starts with manifest.json then manifest.sig")
        if index and _rank(name) < _rank(names[index - 1]):
            raise ValueError(f"member out of order: {name} (data/ comes before files/)")
    if len(names) < 2:
        raise ValueError("a package holds at least manifest.json and manifest.sig")


def write_package(path: Path, entries: list[Entry]) -> None:
    """Write `entries` as a ZIP at `path`, atomically: a temp file in the same folder, the
    members in the order given (file sources streamed 1 MiB at a time), fsync, rename onto
    `path`, fsync the folder. On any failure the temp file is removed and `path` is as it
    was. Timestamps are fixed, so the same entries always give the same bytes."""
    path = Path(path)
    check_names([entry.name for entry in entries])

    def write(handle: BinaryIO) -> None:
        with zipfile.ZipFile(handle, "w", allowZip64=True) as zf:
            for entry in entries:
                _write_entry(zf, entry)

    atomic_write(path, write, translate_os_error)


def _write_entry(zf: zipfile.ZipFile, entry: Entry) -> None:
    info = zipfile.ZipInfo(entry.name, date_time=FIXED_DATE_TIME)
    info.compress_type = DEFLATED if entry.compress else STORED
    info.create_system = 3                            # Unix, on every OS: same bytes
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    source = entry.source
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source).cast("B")
        info.file_size = len(view)
        with zf.open(info, "w") as out:
            for start in range(0, len(view), CHUNK):
                out.write(view[start:start + CHUNK])
        return
    source = Path(source)
    try:
        src = open(source, "rb")  # noqa: SIM115 - closed below, errors told apart
    except FileNotFoundError as exc:
        raise InvalidInput("file_missing", path=str(source), details=str(exc)) from exc
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(source), details=str(exc)) from exc
    with src:
        try:
            info.file_size = expected = os.fstat(src.fileno()).st_size
        except OSError as exc:
            raise InvalidInput("file_unreadable", path=str(source), details=str(exc)) from exc
        written = 0
        with zf.open(info, "w") as out:
            while True:
                try:
                    chunk = src.read(CHUNK)
                except OSError as exc:
                    raise InvalidInput("file_unreadable", path=str(source),
                                       details=str(exc)) from exc
                if not chunk:
                    break
                written += len(chunk)
                if written > expected:
                    break
                out.write(chunk)
        if written != expected:
            raise InvalidInput("package_source_changed", path=str(source),
                               details=f"{expected} bytes when opened, {written} read")




# -- reading --------------------------------------------------------------------------------

class _File:
    """Positioned reads on the open package; an OS failure is the user's unreadable file."""

    def __init__(self, handle: BinaryIO, path: Path, size: int) -> None:
        self.handle, self.path, self.size = handle, path, size

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to `length` bytes at `offset` (fewer only at the end of the file)."""
        if offset < 0 or length < 0 or offset >= self.size:
            return b""
        length = min(length, self.size - offset)
        try:
            self.handle.seek(offset)
            parts, left = [], length
            while left:
                piece = self.handle.read(left)
                if not piece:
                    break
                parts.append(piece)
                left -= len(piece)
        except OSError as exc:
            raise InvalidInput("file_unreadable", path=str(self.path), details=str(exc)) from exc
        return b"".join(parts)


def open_checked(path: Path, limits: Limits = DEFAULT_LIMITS) -> CheckedArchive:
    """Open a package file and check its whole structure (see the module text) from the end
    record, the central directory and the local headers, reading no member content."""
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    try:
        # Looked at before opening: opening a FIFO or a device could block or never end.
        kind = os.stat(path).st_mode
    except FileNotFoundError as exc:
        raise InvalidInput("file_missing", path=str(path), details=str(exc)) from exc
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(path), details=str(exc)) from exc
    if stat.S_ISDIR(kind):
        raise InvalidInput("file_is_directory", path=str(path))
    if not stat.S_ISREG(kind):
        raise InvalidInput("file_not_regular", path=str(path))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - owned by the CheckedArchive
    except FileNotFoundError as exc:
        raise InvalidInput("file_missing", path=str(path), details=str(exc)) from exc
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(path), details=str(exc)) from exc
    try:
        try:
            mode = os.fstat(handle.fileno())
        except OSError as exc:
            raise InvalidInput("file_unreadable", path=str(path), details=str(exc)) from exc
        if not stat.S_ISREG(mode.st_mode):
            raise InvalidInput("file_not_regular", path=str(path))
        file = _File(handle, path, mode.st_size)
        members = _Checker(file, limits).run()
        return CheckedArchive(file, members, limits)
    except BaseException:
        handle.close()
        raise


class _Checker:
    def __init__(self, file: _File, limits: Limits) -> None:
        self.file, self.limits, self.where = file, limits, str(file.path)

    def structure(self, reason: str, member: str = "", details: str = "") -> InvalidInput:
        return InvalidInput("package_bad_structure", path=self.where, reason=reason,
                            member=member, details=details)

    def run(self) -> list[MemberInfo]:
        total, cd_size, cd_offset, cd_end = self._end_records()
        entries = self._central_directory(total, cd_size, cd_offset)
        self._check_names(entries)
        return self._check_layout(entries, cd_offset, cd_end)

    # The end records ------------------------------------------------------------------------

    def _end_records(self) -> tuple[int, int, int, int]:
        """(entries, central directory size, its offset, where it must end)."""
        size = self.file.size
        tail = self.file.read_at(size - _EOCD.size, _EOCD.size) if size >= _EOCD.size else b""
        if len(tail) != _EOCD.size or not tail.startswith(EOCD_SIG):
            raise self._why_no_end_record()
        (_, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment) = _EOCD.unpack(tail)
        if comment:
            raise self.structure("comment")
        eocd_at = size - _EOCD.size
        cd_end = eocd_at
        locator = self.file.read_at(eocd_at - _LOCATOR64.size, _LOCATOR64.size) \
            if eocd_at >= _LOCATOR64.size else b""
        if locator.startswith(LOCATOR64_SIG):
            (_, z_disk, z_offset, disks) = _LOCATOR64.unpack(locator)
            record = self.file.read_at(z_offset, _EOCD64.size)
            if (z_disk != 0 or disks != 1 or len(record) != _EOCD64.size
                    or not record.startswith(EOCD64_SIG)):
                raise self.structure("zip64")
            (_, rec_size, _, _, disk64, cd_disk64, on_disk64, total64, cd_size64,
             cd_offset64) = _EOCD64.unpack(record)
            if rec_size != _EOCD64.size - 12 or z_offset + _EOCD64.size != eocd_at - _LOCATOR64.size:
                raise self.structure("zip64")
            pairs = ((disk, disk64, U16), (cd_disk, cd_disk64, U16), (on_disk, on_disk64, U16),
                     (total, total64, U16), (cd_size, cd_size64, U32),
                     (cd_offset, cd_offset64, U32))
            if any(small not in (big, mask) for small, big, mask in pairs):
                raise self.structure("zip64")
            disk, cd_disk, on_disk, total = disk64, cd_disk64, on_disk64, total64
            cd_size, cd_offset, cd_end = cd_size64, cd_offset64, z_offset
        if disk != 0 or cd_disk != 0 or on_disk != total:
            raise self.structure("multi_disk")
        # The limits, from the end record alone, before the directory is read.
        if total > self.limits.members:
            raise InvalidInput("package_too_many_members", path=self.where, count=total,
                               limit=self.limits.members)
        if cd_size > self.limits.central_directory_bytes:
            raise self.structure("central_directory_too_big",
                                 details=f"{cd_size} bytes, limit "
                                         f"{self.limits.central_directory_bytes}")
        if cd_size < _CENTRAL.size * total or (total == 0) != (cd_size == 0):
            raise self.structure("central_directory")
        if cd_offset + cd_size != cd_end:
            # Less: bytes before the archive (junk or a program prepended) or after the
            # directory. More: the directory claims bytes that are not there.
            raise self.structure("unexpected_data" if cd_offset + cd_size < cd_end
                                 else "central_directory")
        return total, cd_size, cd_offset, cd_end

    def _why_no_end_record(self) -> InvalidInput:
        size = self.file.size
        window = self.file.read_at(max(0, size - _EOCD.size - U16 - 64), _EOCD.size + U16 + 64)
        at = window.rfind(EOCD_SIG)
        if at >= 0:
            # An end record cut short, followed by its comment, or by bytes appended after it.
            record = window[at:at + _EOCD.size]
            after = len(window) - at - _EOCD.size
            if len(record) < _EOCD.size or _EOCD.unpack(record)[-1] > after:
                return InvalidInput("package_truncated", path=self.where)
            return self.structure("comment" if _EOCD.unpack(record)[-1] == after
                                  else "trailing_data")
        if self.file.read_at(0, 4) == LOCAL_SIG:
            return InvalidInput("package_truncated", path=self.where)
        return InvalidInput("package_not_zip", path=self.where)

    # The central directory --------------------------------------------------------------------

    def _central_directory(self, total: int, cd_size: int, cd_offset: int) -> list[_Central]:
        cd = self.file.read_at(cd_offset, cd_size)
        if len(cd) != cd_size:
            raise InvalidInput("package_truncated", path=self.where)
        entries: list[_Central] = []
        seen: set[str] = set()
        total_bytes = 0
        pos = 0
        for _ in range(total):
            if pos + _CENTRAL.size > cd_size:
                raise self.structure("central_directory")
            (sig, _made_by, _needed, flags, method, _time, _date, crc, csize, usize, name_len,
             extra_len, comment_len, disk, _internal, external, offset) = \
                _CENTRAL.unpack_from(cd, pos)
            if sig != CENTRAL_SIG:
                raise self.structure("central_directory")
            start = pos + _CENTRAL.size
            pos = start + name_len + extra_len + comment_len
            if pos > cd_size:
                raise self.structure("central_directory")
            raw_name = cd[start:start + name_len]
            shown = _show(raw_name)
            if comment_len:                  # never written by us; a place to hide text
                raise self.structure("comment", shown)
            extras = self._extras(cd[start + name_len:start + name_len + extra_len], shown)
            usize, csize, offset, disk = self._zip64_central(
                extras.get(EXTRA_ZIP64), usize, csize, offset, disk, shown)
            name = self._check_entry(raw_name, shown, flags, method, external, disk)
            if name in seen:
                raise InvalidInput("package_duplicate_member", path=self.where, member=name)
            seen.add(name)
            limit = self._size_limit(name)
            if usize > limit:
                raise InvalidInput("package_member_too_large", path=self.where, member=name,
                                   size=usize, limit=limit)
            if method == STORED and csize != usize:
                raise self.structure("sizes", name)
            total_bytes += usize
            if total_bytes > self.limits.total_bytes:
                raise InvalidInput("package_too_large", path=self.where, size=total_bytes,
                                   limit=self.limits.total_bytes)
            entries.append(_Central(name, usize, csize, method, crc, offset, flags))
        if pos != cd_size:
            raise self.structure("central_directory")
        return entries

    def _check_entry(self, raw_name: bytes, shown: str, flags: int, method: int, external: int,
                     disk: int) -> str:
        """The per-entry rules of §1; returns the (valid) name."""
        mode = external >> 16
        kind = stat.S_IFMT(mode)
        if raw_name.endswith((b"/", b"\\")) or kind == stat.S_IFDIR or external & DOS_DIRECTORY:
            raise InvalidInput("package_directory_member", path=self.where, member=shown)
        if kind not in (0, stat.S_IFREG):
            raise InvalidInput("package_link_member", path=self.where, member=shown,
                               details=f"mode {mode:o}")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            name = ""
        if not MEMBER_NAME.fullmatch(name):
            raise InvalidInput("package_bad_member_name", path=self.where, member=shown)
        if flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS):
            raise InvalidInput("package_encrypted_member", path=self.where, member=name)
        if method not in (STORED, DEFLATED):
            raise InvalidInput("package_bad_compression", path=self.where, member=name,
                               method=method)
        if flags & ~ALLOWED_FLAGS:
            raise self.structure("flags", name, f"flags {flags:#06x}")
        if disk != 0:
            raise self.structure("multi_disk", name)
        return name

    def _extras(self, raw: bytes, member: str) -> dict[int, bytes]:
        """The extra fields of a header: well formed, each at most once, all known."""
        found: dict[int, bytes] = {}
        pos = 0
        while pos < len(raw):
            if pos + 4 > len(raw):
                raise self.structure("extra_field", member)
            tag, length = struct.unpack_from("<HH", raw, pos)
            data = raw[pos + 4:pos + 4 + length]
            if len(data) != length or tag in found or tag not in ALLOWED_EXTRAS:
                raise self.structure("extra_field", member, f"field {tag:#06x}")
            found[tag] = data
            pos += 4 + length
        return found

    def _zip64_central(self, data: bytes | None, usize: int, csize: int, offset: int, disk: int,
                       member: str) -> tuple[int, int, int, int]:
        """Sizes, offset and disk with the ZIP64 field applied: it holds exactly the values
        whose 32/16-bit field is saturated, in APPNOTE order."""
        wanted = [usize == U32, csize == U32, offset == U32, disk == U16]
        if data is None:
            if any(wanted):
                raise self.structure("zip64", member)
            return usize, csize, offset, disk
        if len(data) != 8 * sum(wanted[:3]) + 4 * wanted[3]:
            raise self.structure("zip64", member)
        values, pos = [usize, csize, offset], 0
        for index in range(3):
            if wanted[index]:
                values[index] = struct.unpack_from("<Q", data, pos)[0]
                pos += 8
        if wanted[3]:
            disk = struct.unpack_from("<I", data, pos)[0]
        return values[0], values[1], values[2], disk

    def _size_limit(self, name: str) -> int:
        if name == "manifest.json":
            return self.limits.manifest_bytes
        if name == "manifest.sig":
            return SIGNATURE_BYTES
        if name.startswith("data/"):
            return self.limits.json_bytes
        return self.limits.file_bytes

    def _check_names(self, entries: list[_Central]) -> None:
        names = [entry.name for entry in entries]
        for required in ("manifest.json", "manifest.sig"):
            if required not in names:
                raise InvalidInput("package_missing_member", path=self.where, member=required)
        for index, name in enumerate(names):
            if (index < 2 and name != ("manifest.json", "manifest.sig")[index]) or (
                    index and _rank(name) < _rank(names[index - 1])):
                raise InvalidInput("package_member_order", path=self.where, member=name)

    # The local headers and the layout -----------------------------------------------------

    def _check_layout(self, entries: list[_Central], cd_offset: int,
                      cd_end: int) -> list[MemberInfo]:
        """Every entry's local header agrees with its central record, and the entries tile
        the file from byte 0 to the central directory with nothing overlapping or hidden."""
        checked: dict[str, MemberInfo] = {}
        end = 0
        for entry in sorted(entries, key=lambda e: e.header_offset):
            if entry.header_offset < end:
                raise InvalidInput("package_overlapping_members", path=self.where,
                                   member=entry.name)
            if entry.header_offset > end:
                raise self.structure("unexpected_data", entry.name,
                                     f"{entry.header_offset - end} bytes before it")
            data_offset, end = self._local_header(entry)
            if end > cd_offset:
                raise InvalidInput("package_overlapping_members", path=self.where,
                                   member=entry.name, details="runs into the central directory")
            checked[entry.name] = MemberInfo(entry.name, entry.size, entry.compressed_size,
                                             entry.method, entry.crc32, entry.header_offset,
                                             data_offset)
        if end != cd_offset:
            raise self.structure("unexpected_data", "", f"{cd_offset - end} bytes before the "
                                                        "central directory")
        if [e.header_offset for e in entries] != sorted(e.header_offset for e in entries):
            first = next(a for a, b in zip(entries, sorted(entries, key=lambda e: e.header_offset),
                                           strict=True) if a is not b)
            raise InvalidInput("package_member_order", path=self.where, member=first.name,
                               details="the central directory is not in file order")
        return [checked[entry.name] for entry in entries]

    def _local_header(self, entry: _Central) -> tuple[int, int]:
        """(where the data starts, where the entry ends) after comparing the local header
        with the central record."""
        name = entry.name

        def mismatch(what: str) -> InvalidInput:
            return InvalidInput("package_header_mismatch", path=self.where, member=name,
                                details=what)

        head = self.file.read_at(entry.header_offset, _LOCAL.size)
        if len(head) != _LOCAL.size:
            raise InvalidInput("package_truncated", path=self.where)
        (sig, _needed, flags, method, _time, _date, crc, csize, usize, name_len,
         extra_len) = _LOCAL.unpack(head)
        if sig != LOCAL_SIG:
            raise mismatch("no local header")
        if flags != entry.flags:
            raise mismatch(f"flags {flags:#06x} / {entry.flags:#06x}")
        if method != entry.method:
            raise mismatch("compression method")
        rest = self.file.read_at(entry.header_offset + _LOCAL.size, name_len + extra_len)
        if len(rest) != name_len + extra_len:
            raise InvalidInput("package_truncated", path=self.where)
        if rest[:name_len] != name.encode("ascii"):
            raise mismatch(f"name {_show(rest[:name_len])!r}")
        extras = self._extras(rest[name_len:], name)
        zip64 = extras.get(EXTRA_ZIP64)
        if zip64 is not None:
            # In a local header the ZIP64 field holds both sizes, and both 32-bit fields say so.
            if len(zip64) != 16 or usize != U32 or csize != U32:
                raise self.structure("zip64", name)
            usize, csize = struct.unpack("<QQ", zip64)
        elif usize == U32 or csize == U32:
            raise self.structure("zip64", name)
        descriptor = bool(flags & FLAG_DESCRIPTOR)
        declared = (crc, csize, usize)
        expected = (entry.crc32, entry.compressed_size, entry.size)
        if declared != expected and not (descriptor and declared == (0, 0, 0)):
            raise mismatch("crc or sizes")
        data_offset = entry.header_offset + _LOCAL.size + name_len + extra_len
        end = data_offset + entry.compressed_size
        if descriptor:
            end = self._descriptor(entry, end, wide=zip64 is not None or entry.size > U32
                                   or entry.compressed_size > U32)
        return data_offset, end

    def _descriptor(self, entry: _Central, at: int, *, wide: bool) -> int:
        """The data descriptor after the data: must repeat the central CRC and sizes."""
        raw = self.file.read_at(at, 24)
        pos = 4 if raw.startswith(DESCRIPTOR_SIG) else 0
        fmt = "<IQQ" if wide else "<III"
        length = struct.calcsize(fmt)
        if len(raw) < pos + length:
            raise InvalidInput("package_truncated", path=self.where)
        if struct.unpack_from(fmt, raw, pos) != (entry.crc32, entry.compressed_size, entry.size):
            raise InvalidInput("package_header_mismatch", path=self.where, member=entry.name,
                               details="data descriptor")
        return at + pos + length


class CheckedArchive:
    """A package whose structure passed `open_checked`. Members are read only through
    `read_small` and `copy_member`, which bound and verify what comes out."""

    def __init__(self, file: _File, members: list[MemberInfo], limits: Limits) -> None:
        self.path = file.path
        self.limits = limits
        self._handle = file.handle
        self._file = file
        self._members = {member.name: member for member in members}
        self._order = [member.name for member in members]

    # -- what is inside ---------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """Member names in archive order (manifest.json, manifest.sig, data/…, files/…)."""
        return list(self._order)

    @property
    def total_size(self) -> int:
        """Sum of the declared (uncompressed) sizes of every member."""
        return sum(member.size for member in self._members.values())

    def __contains__(self, name: object) -> bool:
        return name in self._members

    def info(self, name: str) -> MemberInfo:
        member = self._members.get(name)
        if member is None:
            raise InvalidInput("package_missing_member", path=str(self.path), member=_show(name))
        return member

    # -- reading ----------------------------------------------------------------------------

    def read_small(self, name: str, max_bytes: int) -> bytes:
        """The whole content of a small member (manifest, signature, a records document),
        refused if it declares or inflates to more than `max_bytes`, or fails its CRC."""
        member = self.info(name)
        if member.size > max_bytes:
            raise InvalidInput("package_member_too_large", path=str(self.path), member=name,
                               size=member.size, limit=max_bytes)
        return b"".join(self._plain(member))

    def copy_member(self, name: str, dest: BinaryIO, *, expected_size: int,
                    expected_sha256: str, overlap: bool = True) -> None:
        """Stream a member into `dest` 1 MiB at a time through SHA-256. Stops as soon as more
        than `expected_size` bytes come out (package_member_too_large); a short, damaged or
        altered member (zlib error, CRC or SHA-256 mismatch) is package_member_corrupt. On a
        refusal `dest` may hold part of the member: the caller discards it. With `overlap`
        (and a member of OVERLAP_FROM bytes or more) each piece is written on a second thread
        while the next one is read and hashed."""
        member = self.info(name)
        if member.size > expected_size:
            raise InvalidInput("package_member_too_large", path=str(self.path), member=name,
                               size=member.size, limit=expected_size)
        if member.size < expected_size:
            raise InvalidInput("package_member_corrupt", path=str(self.path), member=name,
                               details=f"{member.size} bytes, {expected_size} expected")
        digest = hashlib.sha256()

        def write(piece: bytes) -> None:
            try:
                dest.write(piece)
            except OSError as exc:
                raise translate_os_error(exc, getattr(dest, "name", "") or "") from exc

        if not overlap or member.size < OVERLAP_FROM:
            for piece in self._plain(member):
                digest.update(piece)
                write(piece)
        else:
            # Writing one piece while the next is read, checked and hashed: SHA-256, CRC-32
            # and the write system call all let go of the interpreter lock, so on two cores
            # a large member is stored in about the time of the slower of the two.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-write") as writer:
                pending: deque[Future] = deque()
                for piece in self._plain(member):
                    while len(pending) >= IN_FLIGHT or (pending and pending[0].done()):
                        pending.popleft().result()  # a write's error is raised here
                    pending.append(writer.submit(write, piece))
                    digest.update(piece)
                while pending:
                    pending.popleft().result()
        if digest.hexdigest() != str(expected_sha256).lower():
            raise InvalidInput("package_member_corrupt", path=str(self.path), member=name,
                               details="SHA-256 differs from the manifest")

    def _raw(self, member: MemberInfo) -> Iterator[bytes]:
        """The stored bytes of a member, 1 MiB at a time."""
        position, left = member.data_offset, member.compressed_size
        while left:
            piece = self._file.read_at(position, min(CHUNK, left))
            if not piece:
                raise InvalidInput("package_member_corrupt", path=str(self.path),
                                   member=member.name, details="the file ended early")
            position += len(piece)
            left -= len(piece)
            yield piece

    def _plain(self, member: MemberInfo) -> Iterator[bytes]:
        """The member's bytes, never more than its declared size, CRC-checked at the end."""
        if self._handle.closed:
            raise ValueError("the archive is closed")
        name, limit = member.name, member.size
        produced, crc = 0, 0

        def corrupt(why: str) -> InvalidInput:
            return InvalidInput("package_member_corrupt", path=str(self.path), member=name,
                                details=why)

        def too_large() -> InvalidInput:
            return InvalidInput("package_member_too_large", path=str(self.path), member=name,
                                size=produced, limit=limit,
                                details="the data inflates past its declared size")

        if member.method == STORED:
            for piece in self._raw(member):
                produced += len(piece)
                crc = zlib.crc32(piece, crc)
                yield piece
        else:
            inflater = zlib.decompressobj(-15)
            try:
                for piece in self._raw(member):
                    if inflater.eof:
                        raise corrupt("data after the end of the deflate stream")
                    while piece:
                        out = inflater.decompress(piece, min(CHUNK, limit - produced + 1))
                        piece = inflater.unconsumed_tail
                        if out:
                            produced += len(out)
                            if produced > limit:
                                raise too_large()
                            crc = zlib.crc32(out, crc)
                            yield out
                        if inflater.eof:
                            if piece or inflater.unused_data:
                                raise corrupt("data after the end of the deflate stream")
                            break
                while not inflater.eof:  # output zlib still holds after the last input
                    out = inflater.decompress(b"", min(CHUNK, limit - produced + 1))
                    if not out:
                        break
                    produced += len(out)
                    if produced > limit:
                        raise too_large()
                    crc = zlib.crc32(out, crc)
                    yield out
            except zlib.error as exc:
                raise corrupt(f"deflate: {exc}") from None
            if not inflater.eof:
                raise corrupt("the deflate stream is cut short")
        if produced != member.size:
            raise corrupt(f"{produced} bytes, {member.size} declared")
        if crc != member.crc32:
            raise corrupt("CRC-32 mismatch")

    # -- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> CheckedArchive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
