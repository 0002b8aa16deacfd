"""Property: whatever happens to a valid submission package on the way — bytes flipped, the
file cut short, zeros written over a stretch, two members' contents swapped, members renamed —
importing it is either refused (changing nothing) or accepted as exactly what the unit signed:
the same package hash and the very data the untouched package merges. It is never accepted as
anything else, and import never raises.

A flip that lands in a part of the ZIP nobody signs and nobody needs (a timestamp, the "made
by" version) leaves a file that still carries exactly the signed content; accepting it is
right, and the property allows it."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_hostile_packages import files_of, make_world, merged_view, submit
from zip_builder import build, member

from desktop.models.store import open_workspace
from desktop.sync import exchange


class Template:
    """A coordinator that approved STP's key (closed, copied for every example), STP's
    submission with three evidence files, and what importing it untouched gives."""

    def __init__(self, root: Path) -> None:
        world = make_world(root)
        self.package = submit(world, files=[3000, 1500, 2500])
        self.coord = world.coord
        self.raw = self.package.read_bytes()
        with zipfile.ZipFile(self.package) as zf:
            self.members = [(info.filename, zf.read(info), info.compress_type)
                            for info in zf.infolist()]
        check = root / "check"
        shutil.copytree(self.coord, check)
        with open_workspace(check) as ws:
            result = exchange.import_package(ws, self.package)
            assert result.state == "accepted", result
            self.package_hash = result.package_hash
            self.expected = merged_view(ws)
        assert len(self.expected["files"]) == 3 and all(self.expected["files"].values())


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return Template(tmp_path_factory.mktemp("template"))


# -- mutations ------------------------------------------------------------------------------------

N_MEMBERS = 6  # manifest.json, manifest.sig, one records document, three evidence files

structural = st.one_of(
    st.tuples(st.just("swap"), st.integers(0, N_MEMBERS - 1), st.integers(0, N_MEMBERS - 1)),
    st.tuples(st.just("rename"), st.integers(0, N_MEMBERS - 1), st.integers(0, N_MEMBERS - 1)),
    st.tuples(st.just("fresh_name"), st.integers(2, N_MEMBERS - 1), st.binary(min_size=32,
                                                                              max_size=32)),
)
byte_level = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.floats(0, 1, exclude_max=True)),
    st.tuples(st.just("zeros"), st.floats(0, 1, exclude_max=True), st.integers(1, 4096)),
)


def mutate(template: Template, changes: list[tuple], flips: list[tuple]) -> bytes:
    """Structural changes first (the archive rebuilt with truthful CRCs and sizes, so only the
    package layer can notice), then byte-level damage to the file."""
    raw = template.raw
    if changes:
        entries = [list(m) for m in template.members]
        for change in changes:
            kind, i = change[0], change[1] % len(entries)
            if kind == "swap":
                j = change[2] % len(entries)
                entries[i][1], entries[j][1] = entries[j][1], entries[i][1]
            elif kind == "rename":
                j = change[2] % len(entries)
                entries[i][0], entries[j][0] = entries[j][0], entries[i][0]
            else:
                prefix = "data/" if entries[i][0].startswith("data/") else "files/"
                suffix = ".json" if prefix == "data/" else ""
                entries[i][0] = prefix + change[2].hex() + suffix
        raw = build([member(name, data, method=method) for name, data, method in entries])
    data = bytearray(raw)
    for flip in flips:
        at = int(flip[1] * len(data)) if data else 0
        if flip[0] == "flip" and data:
            data[at] ^= flip[2]
        elif flip[0] == "truncate":
            del data[at:]
        elif flip[0] == "zeros":
            data[at:at + flip[2]] = bytes(len(data[at:at + flip[2]]))
    return bytes(data)


def check(template: Template, changes: list[tuple], flips: list[tuple]) -> exchange.ImportResult:
    """Import the damaged package into a fresh copy of the coordinator; the property."""
    data = mutate(template, changes, flips)
    work = Path(tempfile.mkdtemp(dir=template.coord.parents[2]))
    try:
        coord = work / "coord"
        shutil.copytree(template.coord, coord)
        path = work / "goi.cchc"
        path.write_bytes(data)
        before_files = files_of(coord)
        with open_workspace(coord) as ws:
            before = list(ws.db.conn.iterdump())
            result = exchange.import_package(ws, path)  # never raises for a bad package
            assert result.state in ("accepted", "refused"), result
            if result.state == "accepted":
                assert result.package_hash == template.package_hash
                assert merged_view(ws) == template.expected
            else:
                assert result.code, result
                assert list(ws.db.conn.iterdump()) == before
        if result.state == "refused":
            assert files_of(coord) == before_files
            assert not any((coord / "quarantine").iterdir())
            assert not any((coord / "staging").iterdir())
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(changes=st.lists(structural, max_size=2), flips=st.lists(byte_level, max_size=3))
@example(changes=[], flips=[])  # untouched: accepted, the baseline of the property
@example(changes=[("swap", 3, 4)], flips=[])  # two evidence files' bytes swapped
@example(changes=[("rename", 4, 5)], flips=[])  # two evidence files' names swapped
@example(changes=[], flips=[("truncate", 0.5)])
def test_damaged_packages_are_never_accepted_as_anything_else(
        template: Template, changes: list[tuple], flips: list[tuple]) -> None:
    check(template, changes, flips)


@pytest.mark.parametrize(("changes", "flips", "state"), [
    ([], [], "accepted"),
    ([("swap", 3, 4)], [], "refused"),
    ([("swap", 2, 5)], [], "refused"),            # the records document and an evidence file
    ([("rename", 4, 5)], [], "refused"),
    ([("fresh_name", 3, b"\x01" * 32)], [], "refused"),
    ([], [("truncate", 0.5)], "refused"),
    ([], [("zeros", 0.4, 4096)], "refused"),
])
def test_the_obvious_cases(template: Template, changes: list[tuple], flips: list[tuple],
                           state: str) -> None:
    assert check(template, changes, flips).state == state
