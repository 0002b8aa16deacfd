"""The package container (docs/package-format.md §1, §8): what `write_package` writes, and
every hostile or unlucky ZIP that `open_checked` / `copy_member` must refuse, each with its
exact code and a sentence in both languages — never any other exception."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import string
import struct
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zip_builder import Member, basic_members, build, member, sha

from desktop import messages
from desktop.models.errors import InvalidInput, StorageFull, StorageReadOnly
from desktop.sync import archive
from desktop.sync.archive import Entry, Limits, open_checked

MiB = 1024 * 1024
GiB = 1024 * MiB
EVIDENCE = b"%PDF-1.4 bien ban hop " * 50
DOC = b'{"records":[1,2,3]}'


def full_sentences(error: InvalidInput) -> list[str]:
    """Both sentences, with every blank filled (KeyError otherwise)."""
    out = []
    for lang in messages.LANGS:
        template = messages.MESSAGES[error.code][1 if lang == "en" else 0]
        text = string.Formatter().vformat(template, (), {**error.data, "owner_sfx": ""})
        assert text == messages.sentence(error, lang)
        out.append(text)
    return out


def refused(code: str, action: Callable[[], object]) -> InvalidInput:
    """`action` raises InvalidInput with exactly `code` (any other exception fails the test)
    and the error reads as a sentence in Vietnamese and English."""
    try:
        action()
    except InvalidInput as exc:
        assert exc.code == code, f"expected {code}, got {exc.code}: {exc}"
        vi, en = full_sentences(exc)
        assert vi and en and vi != en
        return exc
    pytest.fail(f"expected InvalidInput({code!r}), nothing was raised")


def write(tmp_path: Path, data: bytes, name: str = "goi.cchc") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_everything(path: Path) -> dict[str, bytes]:
    with open_checked(path) as arch:
        out = {}
        for name in arch.names:
            info = arch.info(name)
            sink = io.BytesIO()
            arch.copy_member(name, sink, expected_size=info.size,
                             expected_sha256=hashlib.sha256(arch.read_small(name, info.size)).hexdigest())
            out[name] = sink.getvalue()
        return out


@pytest.fixture
def package(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A valid package written by write_package: one records document, one evidence file."""
    evidence = tmp_path / "bien-ban.pdf"
    evidence.write_bytes(EVIDENCE)
    contents = {"manifest.json": b'{"format":"cchc-package"}', "manifest.sig": b"\x07" * 64,
                f"data/{sha(DOC)}.json": DOC, f"files/{sha(EVIDENCE)}": EVIDENCE}
    path = tmp_path / "goi.cchc"
    archive.write_package(path, [Entry("manifest.json", contents["manifest.json"], True),
                                 Entry("manifest.sig", contents["manifest.sig"], False),
                                 Entry(f"data/{sha(DOC)}.json", DOC, True),
                                 Entry(f"files/{sha(EVIDENCE)}", evidence, False)])
    return path, contents


# -- writing ---------------------------------------------------------------------------------

def test_round_trip_reads_back_every_member(package):
    path, contents = package
    with open_checked(path) as arch:
        assert arch.names == list(contents)
        assert "manifest.json" in arch and "files/x" not in arch
        assert arch.info("manifest.sig").method == zipfile.ZIP_STORED
        assert arch.info(f"files/{sha(EVIDENCE)}").method == zipfile.ZIP_STORED
        assert arch.info(f"data/{sha(DOC)}.json").method == zipfile.ZIP_DEFLATED
        assert arch.total_size == sum(map(len, contents.values()))
        assert arch.limits == Limits()
        for name, data in contents.items():
            assert arch.read_small(name, len(data)) == data
            sink = io.BytesIO()
            arch.copy_member(name, sink, expected_size=len(data), expected_sha256=sha(data))
            assert sink.getvalue() == data


def test_the_same_entries_give_the_same_bytes_and_plain_tools_read_them(package, tmp_path):
    path, contents = package
    first = path.read_bytes()
    time.sleep(0.01)
    (tmp_path / "copy.pdf").write_bytes(EVIDENCE)
    again = tmp_path / "again.cchc"
    archive.write_package(again, [Entry("manifest.json", contents["manifest.json"], True),
                                  Entry("manifest.sig", contents["manifest.sig"], False),
                                  Entry(f"data/{sha(DOC)}.json", DOC, True),
                                  Entry(f"files/{sha(EVIDENCE)}", tmp_path / "copy.pdf", False)])
    assert again.read_bytes() == first
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        assert [i.date_time for i in zf.infolist()] == [(1980, 1, 1, 0, 0, 0)] * 4
        assert {i.external_attr >> 16 for i in zf.infolist()} == {stat.S_IFREG | 0o644}
        assert zf.read(f"files/{sha(EVIDENCE)}") == EVIDENCE


def test_write_replaces_atomically_and_leaves_no_temp_file(package, tmp_path):
    path, contents = package
    archive.write_package(path, [Entry("manifest.json", b"{}", True),
                                 Entry("manifest.sig", b"\0" * 64, False)])
    assert read_everything(path) == {"manifest.json": b"{}", "manifest.sig": b"\0" * 64}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bien-ban.pdf", "goi.cchc"]


@pytest.mark.parametrize("names", [
    ["manifest.json", "manifest.sig", "../evil"],
    ["manifest.json", "manifest.sig", "files/" + "A" * 64],
    ["manifest.json", "manifest.sig", "data/" + "a" * 64 + ".json\n"],
    ["manifest.sig", "manifest.json"],
    ["manifest.json"],
    ["manifest.json", "manifest.sig", "files/" + "a" * 64, "data/" + "b" * 64 + ".json"],
    ["manifest.json", "manifest.sig", "files/" + "a" * 64, "files/" + "a" * 64],
])
def test_writer_refuses_what_the_reader_would_refuse(tmp_path, names):
    with pytest.raises(ValueError):
        archive.write_package(tmp_path / "x.cchc", [Entry(n, b"", False) for n in names])
    assert list(tmp_path.iterdir()) == []


def test_a_missing_evidence_file_fails_cleanly(tmp_path):
    refused("file_missing", lambda: archive.write_package(tmp_path / "x.cchc", [
        Entry("manifest.json", b"{}", True), Entry("manifest.sig", b"s" * 64, False),
        Entry("files/" + "a" * 64, tmp_path / "gone.pdf", False)]))
    assert list(tmp_path.iterdir()) == []


def test_a_source_that_changes_while_written_is_refused(tmp_path, monkeypatch):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    def lying_fstat(fd):
        result = real_fstat(fd)
        return os.stat_result((*result[:6], 4000, *result[7:])) if result.st_size == 5000 else result

    monkeypatch.setattr(archive.os, "fstat", lying_fstat)
    refused("package_source_changed", lambda: archive.write_package(tmp_path / "x.cchc", [
        Entry("manifest.json", b"{}", True), Entry("manifest.sig", b"s" * 64, False),
        Entry("files/" + "a" * 64, source, False)]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scan.pdf"]


@pytest.mark.parametrize(("err", "kind"), [(errno.ENOSPC, StorageFull),
                                           (errno.EROFS, StorageReadOnly)])
def test_disk_full_or_read_only_leaves_nothing_half_written(package, tmp_path, monkeypatch,
                                                            err, kind):
    path, contents = package
    before = path.read_bytes()

    def fail(*args):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(archive.os, "fsync", fail)
    with pytest.raises(kind) as caught:
        archive.write_package(path, [Entry("manifest.json", b"{}", True),
                                     Entry("manifest.sig", b"\0" * 64, False)])
    assert caught.value.code in messages.MESSAGES
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bien-ban.pdf", "goi.cchc"]


def test_a_read_only_folder_is_refused(tmp_path, monkeypatch):
    def fail(*args):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(archive.os, "replace", fail)
    with pytest.raises(StorageReadOnly):
        archive.write_package(tmp_path / "x.cchc", [Entry("manifest.json", b"{}", True),
                                                    Entry("manifest.sig", b"\0" * 64, False)])
    assert list(tmp_path.iterdir()) == []


def test_a_50_mb_member_round_trips_with_flat_memory(tmp_path):
    block = hashlib.sha256(b"seed").digest() * 32768          # 1 MiB, incompressible enough
    evidence = tmp_path / "big.pdf"
    with open(evidence, "wb") as out:
        for i in range(50):
            out.write(bytes([i]) + block[1:])
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    size = evidence.stat().st_size
    path = tmp_path / "big.cchc"
    tracemalloc.start()
    try:
        archive.write_package(path, [Entry("manifest.json", b"{}", True),
                                     Entry("manifest.sig", b"\0" * 64, False),
                                     Entry(f"files/{digest}", evidence, False)])
        dest = tmp_path / "copy.pdf"
        with open_checked(path) as arch, open(dest, "wb") as sink:
            arch.copy_member(f"files/{digest}", sink, expected_size=size, expected_sha256=digest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB"
    assert dest.stat().st_size == size


# -- reading what others wrote -----------------------------------------------------------------

def test_zipfile_zip64_and_data_descriptors_are_read(tmp_path):
    """Other writers: ZIP64 local headers (force_zip64) and streamed data descriptors."""
    contents = {"manifest.json": b"{}", "manifest.sig": b"s" * 64, f"files/{sha(EVIDENCE)}": EVIDENCE}

    class Unseekable:
        def __init__(self):
            self.buffer = bytearray()

        def write(self, data):
            self.buffer += data
            return len(data)

        def flush(self):
            pass

    for zip64, streamed in ((True, False), (False, True), (True, True)):
        sink = io.BytesIO() if not streamed else Unseekable()
        with zipfile.ZipFile(sink, "w") as zf:
            for name, data in contents.items():
                info = zipfile.ZipInfo(name, (2024, 5, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED if name == "manifest.json" else 0
                with zf.open(info, "w", force_zip64=zip64) as out:
                    out.write(data)
        raw = sink.getvalue() if not streamed else bytes(sink.buffer)
        assert read_everything(write(tmp_path, raw)) == contents


def test_a_package_past_4_gib_is_read(tmp_path, monkeypatch):
    """What zipfile writes for a package over 4 GiB (ZIP64 sizes, offsets and end record),
    simulated by lowering zipfile's ZIP64 threshold to 1000 bytes while writing."""
    evidence = tmp_path / "scan.pdf"
    evidence.write_bytes(EVIDENCE * 3)
    contents = {"manifest.json": b'{"a":"' + b"x" * 1500 + b'"}', "manifest.sig": b"s" * 64,
                f"files/{sha(EVIDENCE * 3)}": EVIDENCE * 3}
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    path = tmp_path / "big.cchc"
    archive.write_package(path, [Entry("manifest.json", contents["manifest.json"], True),
                                 Entry("manifest.sig", contents["manifest.sig"], False),
                                 Entry(f"files/{sha(EVIDENCE * 3)}", evidence, False)])
    monkeypatch.undo()
    data = path.read_bytes()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    assert read_everything(path) == contents


def test_a_zip64_end_record_is_accepted(tmp_path):
    members = basic_members([member(f"files/{sha(EVIDENCE)}", EVIDENCE, zip64=True)])
    got = read_everything(write(tmp_path, build(members, zip64_end=True)))
    assert got[f"files/{sha(EVIDENCE)}"] == EVIDENCE


# -- hostile structures ----------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "../evil", "/abs", "C:\\x", "a\\b", "CON.pdf", "files/../manifest.json",
    "files/" + "a" * 294, "data/" + "a" * 64 + ".JSON", "files/" + "a" * 63,
    "Manifest.json", "manifest.json\x00.pdf", "files/" + "a" * 64 + "\n", "tài-liệu.pdf",
])
def test_names_outside_the_pattern_are_refused(tmp_path, name):
    path = write(tmp_path, build(basic_members([member(name, b"x")])))
    error = refused("package_bad_member_name", lambda: open_checked(path))
    assert error.data["path"] == str(path)
    assert len(error.data["member"]) <= 80 and "\n" not in error.data["member"]


def test_zipfile_made_hostile_names_are_refused(tmp_path):
    for name in ("../evil", "/abs", "CON.pdf", "files/" + "b" * 300):
        path = tmp_path / "z.cchc"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("manifest.json", b"{}")
            zf.writestr("manifest.sig", b"s" * 64)
            zf.writestr(zipfile.ZipInfo(name), b"x")
        refused("package_bad_member_name", lambda p=path: open_checked(p))


def test_directory_entries_are_refused(tmp_path):
    path = tmp_path / "d.cchc"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"s" * 64)
        zf.mkdir("files")
    refused("package_directory_member", lambda: open_checked(path))
    disguised = member("files/" + "a" * 64, b"", external_attr=(stat.S_IFDIR | 0o755) << 16 | 0x10)
    refused("package_directory_member",
            lambda: open_checked(write(tmp_path, build(basic_members([disguised])))))


@pytest.mark.parametrize("kind", [stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO])
def test_symlink_and_special_entries_are_refused(tmp_path, kind):
    path = tmp_path / "l.cchc"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"s" * 64)
        link = zipfile.ZipInfo("files/" + "a" * 64)
        link.create_system = 3
        link.external_attr = (kind | 0o777) << 16
        zf.writestr(link, b"/etc/passwd")
    refused("package_link_member", lambda: open_checked(path))


def test_a_duplicated_member_name_is_refused(tmp_path):
    path = tmp_path / "dup.cchc"
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"s" * 64)
        zf.writestr(f"files/{sha(EVIDENCE)}", EVIDENCE)
        zf.writestr(f"files/{sha(EVIDENCE)}", b"other bytes")
    error = refused("package_duplicate_member", lambda: open_checked(path))
    assert error.data["member"] == f"files/{sha(EVIDENCE)}"
    twice_manifest = build([*basic_members(), member("manifest.json", b"{}")])
    refused("package_duplicate_member", lambda: open_checked(write(tmp_path, twice_manifest)))


@pytest.mark.parametrize("flags", [0x0001, 0x0041, 0x2000])
def test_encrypted_entries_are_refused(tmp_path, flags):
    hidden = member("files/" + "a" * 64, b"\x8f" * 40, flags=flags)
    refused("package_encrypted_member",
            lambda: open_checked(write(tmp_path, build(basic_members([hidden])))))


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_bzip2_and_lzma_entries_are_refused(tmp_path, method):
    path = tmp_path / "c.cchc"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"s" * 64)
        zf.writestr(f"files/{sha(EVIDENCE)}", EVIDENCE, compress_type=method)
    error = refused("package_bad_compression", lambda: open_checked(path))
    assert error.data["method"] == method


def test_other_methods_and_unknown_flags_are_refused(tmp_path):
    refused("package_bad_compression", lambda: open_checked(write(tmp_path, build(
        basic_members([member("files/" + "a" * 64, b"x", method=9, local_method=9)])))))
    error = refused("package_bad_structure", lambda: open_checked(write(tmp_path, build(
        basic_members([member("files/" + "a" * 64, b"x", flags=0x0020)])))))
    assert error.data["reason"] == "flags"


def test_one_million_tiny_entries_are_refused_from_the_end_record(tmp_path):
    """The end record's count is judged before the directory is read: no million ZipInfo."""
    fake = build(basic_members(), total=1_000_000, cd_size=1_000_000 * 118, zip64_end=True)
    # A sparse file whose (ZIP64) end record describes a 118 MB directory of 10^6 entries.
    sparse = tmp_path / "million.cchc"
    cd_size = 1_000_000 * (46 + 70)
    end = struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 0x314, 45, 0, 0, 1_000_000,
                      1_000_000, cd_size, 0)
    end += struct.pack("<4sIQI", b"PK\x06\x07", 0, cd_size, 1)
    end += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                       0xFFFFFFFF, 0)
    with open(sparse, "wb") as out:
        out.truncate(cd_size)
        out.seek(cd_size)
        out.write(end)
    legacy = build(basic_members(), total=0xFFFF, cd_size=0xFFFF * 118)
    for data_or_path in (fake, sparse, legacy):
        path = data_or_path if isinstance(data_or_path, Path) else write(tmp_path, data_or_path)
        tracemalloc.start()
        started = time.perf_counter()
        try:
            error = refused("package_too_many_members", lambda p=path: open_checked(p))
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert elapsed < 0.2 and peak < 1 * MiB
        assert error.data["limit"] == 20_000 and error.data["count"] in (1_000_000, 0xFFFF)


def test_twenty_thousand_and_one_real_entries_are_refused(tmp_path):
    many = basic_members([member(f"files/{i:064x}", b"") for i in range(20_000)])
    path = write(tmp_path, build(many))
    refused("package_too_many_members", lambda: open_checked(path))
    with open_checked(path, Limits(members=20_002)) as arch:       # the same file, allowed
        assert len(arch.names) == 20_002
    refused("package_bad_structure", lambda: open_checked(
        path, Limits(members=20_002, central_directory_bytes=1 * MiB)))


def test_an_end_record_that_undercounts_the_directory_is_refused(tmp_path):
    members = basic_members([member(f"files/{i:064x}", b"") for i in range(5)])
    error = refused("package_bad_structure",
                    lambda: open_checked(write(tmp_path, build(members, total=3))))
    assert error.data["reason"] == "central_directory"


def test_a_member_declaring_10_gb_is_refused(tmp_path):
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    bomb = packer.compress(b"\0" * MiB) + packer.flush()
    huge = member("files/" + "a" * 64, b"", method=8, zip64=True)
    huge.data, huge.size = bomb, 10 * 10**9
    error = refused("package_member_too_large",
                    lambda: open_checked(write(tmp_path, build(basic_members([huge])))))
    assert error.data == {"path": str(tmp_path / "goi.cchc"), "member": "files/" + "a" * 64,
                          "size": 10 * 10**9, "limit": 2 * GiB}


def test_members_adding_up_past_the_total_limit_are_refused(tmp_path):
    members = []
    for i in range(5):
        big = member(f"files/{i:064x}", b"", method=8)
        big.data = zlib.compress(b"", 6)[2:-4]
        big.size = 2 * GiB - 1
        members.append(big)
    error = refused("package_too_large",
                    lambda: open_checked(write(tmp_path, build(basic_members(members)))))
    assert error.data["limit"] == 8 * GiB


def test_a_big_signature_or_manifest_is_refused(tmp_path):
    big_sig = [member("manifest.json", b"{}"), member("manifest.sig", b"s" * 65)]
    refused("package_member_too_large", lambda: open_checked(write(tmp_path, build(big_sig))))
    path = write(tmp_path, build(basic_members()))
    refused("package_member_too_large",
            lambda: open_checked(path, Limits(manifest_bytes=10)))


def test_overlapping_entries_are_refused(tmp_path):
    # manifest.sig's local header and data lie inside manifest.json's stored data.
    sig = b"s" * 64
    inner_header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 33, zlib.crc32(sig),
                               64, 64, 12, 0) + b"manifest.sig" + sig
    outer = member("manifest.json", b"{" + inner_header + b"}")
    inner = member("manifest.sig", sig, central_offset=30 + len("manifest.json") + 1)
    error = refused("package_overlapping_members",
                    lambda: open_checked(write(tmp_path, build([outer, inner]))))
    assert error.data["member"] == "manifest.sig"
    # Two records sharing one local header (the classic overlapping-file bomb).
    members = basic_members([member("files/" + "a" * 64, EVIDENCE)])
    build(members)                                  # sets each member's offset
    twin = member("files/" + "b" * 64, EVIDENCE, central_offset=members[2].offset)
    refused("package_overlapping_members",
            lambda: open_checked(write(tmp_path, build([*members, twin]))))
    # The last member's data running into the central directory.
    long = member("files/" + "a" * 64, EVIDENCE, method=8)
    long.compressed_size = len(long.data) + 10      # claims 10 bytes of the directory
    refused("package_overlapping_members",
            lambda: open_checked(write(tmp_path, build(basic_members([long])))))


def test_a_deflate_stream_that_expands_past_its_declared_size_is_stopped(tmp_path):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b"\0" * (10 * MiB)) + packer.flush()
    liar = Member(f"data/{'a' * 64}.json", bomb, method=8, size=1000,
                  crc=zlib.crc32(b"\0" * 1000))
    path = write(tmp_path, build(basic_members([liar])))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with open_checked(path) as arch:          # the structure itself is consistent
            refused("package_member_too_large", lambda: arch.read_small(liar.name, 16 * MiB))
            sink = io.BytesIO()
            refused("package_member_too_large", lambda: arch.copy_member(
                liar.name, sink, expected_size=1000, expected_sha256="0" * 64))
            assert len(sink.getvalue()) <= 1000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1 and peak < 4 * MiB


def test_a_deflate_stream_that_ends_early_or_has_trailing_bytes_is_corrupt(tmp_path):
    plain = EVIDENCE * 20
    short = member("files/" + sha(plain), plain, method=8)
    short.data = short.data[: len(short.data) // 2]
    trailing = member("files/" + sha(plain), plain, method=8)
    trailing.data += b"\0\0\0"
    for bad in (short, trailing):
        with open_checked(write(tmp_path, build(basic_members([bad])))) as arch:
            refused("package_member_corrupt", lambda a=arch: a.copy_member(
                "files/" + sha(plain), io.BytesIO(), expected_size=len(plain),
                expected_sha256=sha(plain)))


def test_a_truncated_package_is_refused(package, tmp_path):
    path, _ = package
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 1, 30, 3):
        error = refused("package_truncated" if cut >= 4 else "package_not_zip",
                        lambda c=cut: open_checked(write(tmp_path, data[:c], "half.cchc")))
        assert error.data["path"].endswith("half.cchc")


def test_zeros_over_part_of_a_member_are_caught(package, tmp_path):
    path, contents = package
    data = bytearray(path.read_bytes())
    name = f"files/{sha(EVIDENCE)}"
    with open_checked(path) as arch:
        start = arch.info(name).data_offset
    data[start + 100:start + 400] = bytes(300)
    with open_checked(write(tmp_path, bytes(data), "zeroed.cchc")) as arch:
        refused("package_member_corrupt", lambda: arch.copy_member(
            name, io.BytesIO(), expected_size=len(EVIDENCE), expected_sha256=sha(EVIDENCE)))
    # Zeros over the compressed records document.
    data = bytearray(path.read_bytes())
    with open_checked(path) as arch:
        info = arch.info(f"data/{sha(DOC)}.json")
    data[info.data_offset:info.data_offset + info.compressed_size] = bytes(info.compressed_size)
    with open_checked(write(tmp_path, bytes(data), "zeroed2.cchc")) as arch:
        refused("package_member_corrupt", lambda: arch.read_small(info.name, 1000))
    # Zeros over a local header: caught by the structure check.
    data = bytearray(path.read_bytes())
    data[info.header_offset:info.header_offset + 30] = bytes(30)
    refused("package_header_mismatch",
            lambda: open_checked(write(tmp_path, bytes(data), "zeroed3.cchc")))


def test_junk_before_or_after_the_archive_is_refused(package, tmp_path):
    path, _ = package
    data = path.read_bytes()
    error = refused("package_bad_structure",
                    lambda: open_checked(write(tmp_path, b"MZ\x90\x00" * 1000 + data)))
    assert error.data["reason"] == "unexpected_data"
    assert zipfile.ZipFile(io.BytesIO(b"MZ\x90\x00" * 1000 + data)).testzip() is None  # zipfile: fine
    error = refused("package_bad_structure",
                    lambda: open_checked(write(tmp_path, data + b"trailing junk")))
    assert error.data["reason"] == "trailing_data"
    error = refused("package_bad_structure", lambda: open_checked(
        write(tmp_path, build(basic_members(), comment=b"hello"))))
    assert error.data["reason"] == "comment"
    # Bytes hidden between two members (after the data, with no data descriptor flag).
    hiding = member("manifest.sig", b"s" * 64, descriptor=b"HIDDEN")
    error = refused("package_bad_structure", lambda: open_checked(write(tmp_path, build(
        [member("manifest.json", b"{}"), hiding, member("files/" + "a" * 64, b"x")]))))
    assert error.data["reason"] == "unexpected_data"


def patch_crc(data: bytearray, info: archive.MemberInfo, crc: int) -> None:
    """Write `crc` into the member's local header and its central record."""
    struct.pack_into("<I", data, info.header_offset + 14, crc)
    at = data.index(b"PK\x01\x02")
    while data[at + 46:at + 46 + len(info.name)] != info.name.encode():
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", data, at + 16, crc)


@pytest.mark.parametrize("recompute_crc", [False, True])
def test_a_flipped_byte_in_a_stored_member_is_caught(package, tmp_path, recompute_crc):
    path, _ = package
    name = f"files/{sha(EVIDENCE)}"
    with open_checked(path) as arch:
        info = arch.info(name)
    data = bytearray(path.read_bytes())
    data[info.data_offset + 500] ^= 0x01
    if recompute_crc:
        patch_crc(data, info, zlib.crc32(data[info.data_offset:info.data_offset + info.size]))
    bad = write(tmp_path, bytes(data), "flipped.cchc")
    with open_checked(bad) as arch:
        if recompute_crc:
            with zipfile.ZipFile(bad) as zf:
                assert zf.testzip() is None       # ZIP itself sees nothing wrong
        sink = io.BytesIO()
        error = refused("package_member_corrupt", lambda: arch.copy_member(
            name, sink, expected_size=len(EVIDENCE), expected_sha256=sha(EVIDENCE)))
        assert error.data["member"] == name
        assert ("SHA-256" if recompute_crc else "CRC") in error.details


def test_a_local_header_disagreeing_with_the_directory_is_refused(tmp_path):
    cases = [
        member("files/" + "a" * 64, b"x", local_name=b"files/" + b"b" * 64),
        member("files/" + "a" * 64, b"x", local_name=b"../../etc/passwd"[:70]),
        member("files/" + "a" * 64, b"xy", local_sizes=(zlib.crc32(b"xy"), 2, 3)),
        member("files/" + "a" * 64, b"xy", local_method=8),
    ]
    for case in cases:
        refused("package_header_mismatch",
                lambda c=case: open_checked(write(tmp_path, build(basic_members([c])))))


def test_unknown_extra_fields_are_refused(tmp_path):
    unicode_path = struct.pack("<HHB", 0x7075, 5, 1) + b"\0\0\0\0"
    for case in (member("files/" + "a" * 64, b"x", extra=unicode_path),
                 member("files/" + "a" * 64, b"x", local_extra=unicode_path),
                 member("files/" + "a" * 64, b"x", extra=b"\x01\x00\x08")):
        error = refused("package_bad_structure",
                        lambda c=case: open_checked(write(tmp_path, build(basic_members([c])))))
        assert error.data["reason"] == "extra_field"


@pytest.mark.parametrize(("order", "code", "culprit"), [
    (["manifest.sig", "manifest.json"], "package_member_order", "manifest.sig"),
    (["manifest.json", "files", "manifest.sig"], "package_member_order", "files/" + "f" * 64),
    (["manifest.json", "manifest.sig", "files", "data"], "package_member_order",
     "data/" + "d" * 64 + ".json"),
    (["manifest.json", "files"], "package_missing_member", "manifest.sig"),
    (["manifest.sig", "files"], "package_missing_member", "manifest.json"),
    ([], "package_missing_member", "manifest.json"),
])
def test_members_must_come_in_the_canonical_order(tmp_path, order, code, culprit):
    pool = {"manifest.json": member("manifest.json", b"{}"),
            "manifest.sig": member("manifest.sig", b"s" * 64),
            "files": member("files/" + "f" * 64, b"x"),
            "data": member("data/" + "d" * 64 + ".json", b"{}")}
    error = refused(code, lambda: open_checked(write(tmp_path, build([pool[k] for k in order]))))
    assert error.data["member"] == culprit


def test_a_directory_out_of_file_order_is_refused(tmp_path):
    """The directory lists the canonical order but the data lie in another one."""
    members = [member("manifest.json", b"{}"), member("files/" + "a" * 64, b"x"),
               member("manifest.sig", b"s" * 64)]
    error = refused("package_member_order", lambda: open_checked(
        write(tmp_path, build(members, central_order=[0, 2, 1]))))
    assert error.data["member"] == "manifest.sig"


def _patched(data: bytes, at: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, at if at >= 0 else len(out) + at, value)
    return bytes(out)


def _sig(*, raw: bytes = b"s" * 64, **kw: object) -> Member:
    return member("manifest.sig", raw, **kw)


def _with_entry_comment(data: bytes) -> bytes:
    """The first central record given a two-byte comment (directory size adjusted)."""
    out = bytearray(data)
    cd = out.index(b"PK\x01\x02")
    name_len, extra_len = struct.unpack_from("<HH", out, cd + 28)
    struct.pack_into("<H", out, cd + 32, 2)
    out[cd + 46 + name_len + extra_len:cd + 46 + name_len + extra_len] = b"hi"
    struct.pack_into("<I", out, len(out) - 10, struct.unpack_from("<I", out, len(out) - 10)[0] + 2)
    return bytes(out)


U32 = 0xFFFFFFFF
Z64 = build(basic_members(), zip64_end=True)          # ZIP64 end record + locator + end record
PLAIN = build(basic_members())
GOOD_CRC = zlib.crc32(b"s" * 64)
DESCRIPTOR = struct.pack("<4sIII", b"PK\x07\x08", GOOD_CRC, 64, 64)
STRUCTURE_LIES = {
    # end records
    "zip64 count disagrees": (_patched(Z64, -12, "<H", 1), "package_bad_structure", "zip64"),
    "zip64 record size": (_patched(Z64, -22 - 20 - 56 + 4, "<Q", 60), "package_bad_structure",
                          "zip64"),
    "zip64 two disks": (_patched(Z64, -22 - 4, "<I", 2), "package_bad_structure", "zip64"),
    "zip64 record missing": (_patched(Z64, -22 - 20 + 8, "<Q", 5), "package_bad_structure",
                             "zip64"),
    "second disk": (_patched(PLAIN, -18, "<H", 1), "package_bad_structure", "multi_disk"),
    "entries on other disks": (_patched(PLAIN, -14, "<H", 1), "package_bad_structure",
                               "multi_disk"),
    "directory too small for its count": (build(basic_members(), cd_size=50, cd_offset=None),
                                          "package_bad_structure", "central_directory"),
    "directory past its end": (_patched(PLAIN, -6, "<I", len(PLAIN)), "package_bad_structure",
                               "central_directory"),
    "empty directory with entries": (build([], total=0, cd_size=46), "package_bad_structure",
                                     "central_directory"),
    # central records
    "central signature": (_patched(PLAIN, PLAIN.index(b"PK\x01\x02"), "<I", 0x02014b51),
                          "package_bad_structure", "central_directory"),
    "name runs past the directory": (_patched(PLAIN, PLAIN.index(b"PK\x01\x02") + 28, "<H",
                                              4000), "package_bad_structure", "central_directory"),
    "stored sizes differ": (build([member("manifest.json", b"{}"), _sig(compressed_size=60)]),
                            "package_bad_structure", "sizes"),
    "member on another disk": (_patched(PLAIN, PLAIN.index(b"PK\x01\x02") + 34, "<H", 1),
                               "package_bad_structure", "multi_disk"),
    "zip64 field without saturated sizes": (
        build([member("manifest.json", b"{}"), _sig(extra=struct.pack("<HHQ", 1, 8, 64))]),
        "package_bad_structure", "zip64"),
    "saturated size without zip64 field": (
        build([member("manifest.json", b"{}"), _sig(size=0xFFFFFFFF)]),
        "package_bad_structure", "zip64"),
    "extra field cut short": (build([member("manifest.json", b"{}"), _sig(extra=b"\x55")]),
                              "package_bad_structure", "extra_field"),
    "extra field twice": (build([member("manifest.json", b"{}"),
                                 _sig(extra=b"UT\x01\x00\x00UT\x01\x00\x00")]),
                          "package_bad_structure", "extra_field"),
    "bytes before the directory": (build([member("manifest.json", b"{}"),
                                          _sig(descriptor=b"HIDDEN")]),
                                   "package_bad_structure", "unexpected_data"),
    "entry comment": (_with_entry_comment(PLAIN), "package_bad_structure", "comment"),
    # local headers
    "local flags differ": (build([member("manifest.json", b"{}"), _sig(local_flags=0x0800)]),
                           "package_header_mismatch", None),
    "local zip64 field of the wrong size": (
        build([member("manifest.json", b"{}"),
               _sig(local_extra=struct.pack("<HHQ", 1, 8, 64), local_sizes=(GOOD_CRC, U32, U32))]),
        "package_bad_structure", "zip64"),
    "local zip64 field without saturated sizes": (
        build([member("manifest.json", b"{}"),
               _sig(local_extra=struct.pack("<HHQQ", 1, 16, 64, 64))]),
        "package_bad_structure", "zip64"),
    "local saturated sizes without zip64": (
        build([member("manifest.json", b"{}"), _sig(local_sizes=(GOOD_CRC, U32, U32))]),
        "package_bad_structure", "zip64"),
    "descriptor disagrees": (
        build([member("manifest.json", b"{}"),
               _sig(flags=8, local_sizes=(0, 0, 0),
                    descriptor=struct.pack("<4sIII", b"PK\x07\x08", GOOD_CRC, 64, 63))]),
        "package_header_mismatch", None),
    "local header past the end of the data": (
        _patched(PLAIN, PLAIN.index(b"PK\x03\x04", 4) + 26, "<H", 200), "package_header_mismatch",
        None),
}


@pytest.mark.parametrize("case", sorted(STRUCTURE_LIES))
def test_structure_lies_are_refused(tmp_path, case):
    data, code, reason = STRUCTURE_LIES[case]
    error = refused(code, lambda: open_checked(write(tmp_path, data)))
    if reason:
        assert error.data["reason"] == reason


def test_data_descriptors_with_or_without_signature_are_accepted(tmp_path):
    for descriptor in (DESCRIPTOR, DESCRIPTOR[4:]):
        data = build([member("manifest.json", b"{}"),
                      _sig(flags=8, local_sizes=(0, 0, 0), descriptor=descriptor)])
        assert read_everything(write(tmp_path, data))["manifest.sig"] == b"s" * 64


def test_a_deflate_stream_shorter_than_declared_is_corrupt(tmp_path):
    short = member("files/" + "a" * 64, b"x" * 1000, method=8, size=2000)
    with open_checked(write(tmp_path, build(basic_members([short])))) as arch:
        refused("package_member_corrupt", lambda: arch.read_small(short.name, 2000))


def test_single_byte_damage_anywhere_never_passes(tmp_path):
    """Every byte of a small package, damaged in turn, and every truncation: the result is
    InvalidInput or — where the byte is not part of any content (a date, a version) — the
    exact original content."""
    members = basic_members([member("data/" + sha(DOC) + ".json", DOC, method=8),
                             member("files/" + sha(b"ev" * 40), b"ev" * 40)])
    original = build(members)
    expected = {m.raw_name.decode(): m for m in members}
    path = tmp_path / "d.cchc"
    variants = [original[:cut] for cut in range(len(original))]
    for at in range(len(original)):
        damaged = bytearray(original)
        damaged[at] ^= 0xA5
        variants.append(bytes(damaged))
    outcomes = {"refused": 0, "intact": 0}
    for data in variants:
        path.write_bytes(data)
        try:
            with open_checked(path) as arch:
                for name in arch.names:
                    m = expected[name]
                    plain = zlib.decompress(m.data, -15) if m.method == 8 else m.data
                    assert arch.read_small(name, 10_000) == plain
                    arch.copy_member(name, io.BytesIO(), expected_size=len(plain),
                                     expected_sha256=sha(plain))
            outcomes["intact"] += 1
        except InvalidInput as exc:
            assert exc.code in messages.MESSAGES
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0.9 * len(variants)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.cchc"
    os.mkfifo(fifo)
    refused("file_not_regular", lambda: open_checked(fifo))


def test_a_closed_archive_cannot_be_read(package):
    path, _ = package
    arch = open_checked(path)
    arch.close()
    with pytest.raises(ValueError):
        arch.read_small("manifest.json", 100)


@pytest.mark.parametrize("data", [b"", b"PK", b"%PDF-1.4\n" * 100, b"\0" * 5000,
                                  b"PK\x05\x06" + b"\0" * 18])
def test_things_that_are_not_a_zip_are_refused(tmp_path, data):
    code = "package_missing_member" if data.startswith(b"PK\x05\x06") else "package_not_zip"
    refused(code, lambda: open_checked(write(tmp_path, data)))


def test_missing_files_and_folders_are_refused(tmp_path):
    refused("file_missing", lambda: open_checked(tmp_path / "khong-co.cchc"))
    refused("file_is_directory", lambda: open_checked(tmp_path))


def test_members_are_looked_up_by_exact_name(package):
    path, contents = package
    with open_checked(path) as arch:
        for unknown in ("files/" + "0" * 64, "../evil"):
            refused("package_missing_member", lambda n=unknown: arch.info(n))
            refused("package_missing_member", lambda n=unknown: arch.read_small(n, 10))
        refused("package_member_too_large", lambda: arch.read_small("manifest.sig", 63))
        name = f"files/{sha(EVIDENCE)}"
        refused("package_member_too_large", lambda: arch.copy_member(
            name, io.BytesIO(), expected_size=len(EVIDENCE) - 1, expected_sha256=sha(EVIDENCE)))
        refused("package_member_corrupt", lambda: arch.copy_member(
            name, io.BytesIO(), expected_size=len(EVIDENCE) + 1, expected_sha256=sha(EVIDENCE)))


def test_a_full_staging_disk_is_the_storage_error(package):
    path, _ = package

    class FullDisk:
        name = "/staging/x"

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    with open_checked(path) as arch, pytest.raises(StorageFull):
        arch.copy_member(f"files/{sha(EVIDENCE)}", FullDisk(), expected_size=len(EVIDENCE),
                         expected_sha256=sha(EVIDENCE))


# -- property: no byte flip or cut yields anything but InvalidInput or the exact content ------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
                      min_size=1, max_size=4),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_damaged_packages_yield_invalid_input_or_the_exact_content(package, edits, cut):
    path, contents = package
    original = path.read_bytes()
    data = bytearray(original)
    for where, xor in edits:
        data[int(where * len(data))] ^= xor
    if cut is not None:
        data = data[:int(cut * len(data))]
    damaged = path.with_name("damaged.cchc")
    damaged.write_bytes(bytes(data))
    try:
        with open_checked(damaged) as arch:
            for name in arch.names:
                if name not in contents:
                    continue
                expected = contents[name]
                info = arch.info(name)
                small = arch.read_small(name, info.size)
                sink = io.BytesIO()
                arch.copy_member(name, sink, expected_size=len(expected),
                                 expected_sha256=sha(expected))
                assert sink.getvalue() == expected
                assert small == expected
    except InvalidInput as exc:
        full_sentences(exc)


class _FillingDisk:
    """A destination that takes `room` bytes and then fails as a full disk does."""

    name = "staging/evidence"

    def __init__(self, room: int) -> None:
        self.room, self.taken = room, 0

    def write(self, data: bytes) -> int:
        if self.taken + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.taken += len(data)
        return len(data)


def _big_package(tmp_path, megabytes: int = 12):
    block = hashlib.sha256(b"big").digest() * 32768
    evidence = tmp_path / "big.pdf"
    evidence.write_bytes(b"".join(bytes([i]) + block[1:] for i in range(megabytes)))
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    path = tmp_path / "big.cchc"
    archive.write_package(path, [Entry("manifest.json", b"{}", True),
                                 Entry("manifest.sig", b"\0" * 64, False),
                                 Entry(f"files/{digest}", evidence, False)])
    return path, digest, evidence.stat().st_size


def test_a_large_member_written_on_a_second_thread_fails_cleanly(tmp_path):
    """A member past OVERLAP_FROM is written while the next piece is hashed: a full disk
    half-way is the one clear storage error, and a flipped byte is still caught by SHA-256."""
    path, digest, size = _big_package(tmp_path)
    assert size >= archive.OVERLAP_FROM
    with open_checked(path) as arch, pytest.raises(StorageFull) as error:
        arch.copy_member(f"files/{digest}", _FillingDisk(5 * MiB), expected_size=size,
                         expected_sha256=digest)
    assert error.value.data["path"] == "staging/evidence"
    with open_checked(path) as arch, pytest.raises(InvalidInput) as error:
        arch.copy_member(f"files/{digest}", io.BytesIO(), expected_size=size,
                         expected_sha256="0" * 64)
    assert error.value.code == "package_member_corrupt" and "SHA-256" in error.value.details
    with open_checked(path) as arch:  # and written whole, in order, when all is well
        out = io.BytesIO()
        arch.copy_member(f"files/{digest}", out, expected_size=size, expected_sha256=digest)
    assert hashlib.sha256(out.getvalue()).hexdigest() == digest
