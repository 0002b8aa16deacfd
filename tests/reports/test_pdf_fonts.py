"""The report font: the shipped Liberation Serif (with its licence), the system's Times New
Roman preferred when all four faces are there, the switch that forces the shipped font, and
clear errors — never a PDF in a fallback font — when a font file is missing, damaged or has no
Vietnamese letters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pdfhelpers import build_synthetic, realistic_info

from desktop import messages
from desktop.models.errors import InvalidInput
from desktop.models.store import open_workspace
from desktop.reports import fonts
from desktop.reports.self_assessment import build_self_assessment_pdf
from desktop.resources import resource

SHIPPED_DIR = resource("fonts")
WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                 "bold_italic": "timesbi.ttf"}


def copy_faces(folder: Path, names: dict[str, str], faces=fonts.FACES) -> Path:
    """The shipped files under other names (the layout of a system font folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    for face in faces:
        shutil.copyfile(SHIPPED_DIR / fonts.SHIPPED_FILES[face], folder / names[face])
    return folder


def test_the_shipped_font_and_its_licence_are_in_resources():
    for name in fonts.SHIPPED_FILES.values():
        path = SHIPPED_DIR / name
        assert path.is_file() and path.stat().st_size > 100_000
        assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"   # a TrueType file
    licence = (SHIPPED_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright (c) 2012 Red Hat, Inc. with Reserved Font Name Liberation." in licence
    assert "5) The Font Software, modified or unmodified" in licence
    readme = (SHIPPED_DIR / "README.md").read_text(encoding="utf-8")
    assert "fonts-liberation2" in readme and "OFL.txt" in readme


def test_shipped_family_draws_every_vietnamese_letter():
    family = fonts.report_fonts("shipped")
    assert (family.source, family.label) == ("shipped", "Liberation Serif")
    assert family.paths == tuple(SHIPPED_DIR / fonts.SHIPPED_FILES[f] for f in fonts.FACES)
    assert all(family.has(c) for c in fonts.VIETNAMESE)
    assert all(family.has(c) for c in "Ỡỡ Ựự Ẫẫ Đđ")
    assert fonts.report_fonts("shipped") is family   # registered once


def test_times_new_roman_is_preferred_when_all_four_faces_are_there(tmp_path, monkeypatch):
    monkeypatch.delenv(fonts.ENV_PREFER, raising=False)
    windows = copy_faces(tmp_path / "Windows-Fonts", WINDOWS_NAMES)
    chosen = fonts.report_fonts(system_dirs=[tmp_path / "nothing-here", windows])
    assert (chosen.source, chosen.label) == ("system", "Times New Roman")
    assert chosen.paths == tuple(windows / WINDOWS_NAMES[f] for f in fonts.FACES)
    # macOS names, in any case
    mac = copy_faces(tmp_path / "Supplemental", {
        "regular": "Times New Roman.ttf", "bold": "Times New Roman Bold.ttf",
        "italic": "TIMES NEW ROMAN ITALIC.TTF", "bold_italic": "Times New Roman Bold Italic.ttf"})
    assert fonts.report_fonts(system_dirs=[mac]).source == "system"
    # forced to the shipped font: by the parameter and by the environment
    assert fonts.report_fonts("shipped", system_dirs=[windows]).source == "shipped"
    monkeypatch.setenv(fonts.ENV_PREFER, "shipped")
    assert fonts.report_fonts(system_dirs=[windows]).source == "shipped"


def test_an_incomplete_or_damaged_system_copy_is_skipped(tmp_path, monkeypatch):
    monkeypatch.delenv(fonts.ENV_PREFER, raising=False)
    three = copy_faces(tmp_path / "three", WINDOWS_NAMES, faces=fonts.FACES[:3])
    assert fonts.report_fonts(system_dirs=[three]).source == "shipped"
    damaged = copy_faces(tmp_path / "damaged", WINDOWS_NAMES)
    (damaged / "timesi.ttf").write_bytes(b"\x00\x01\x00\x00 not really a font")
    assert fonts.report_fonts(system_dirs=[damaged]).source == "shipped"


def _subset_without_vietnamese(target: Path) -> Path:
    """A real TrueType file holding only a few Latin letters (reportlab's own subsetter)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(SHIPPED_DIR / fonts.SHIPPED_FILES["regular"]))
    target.write_bytes(face.makeSubset([ord(c) for c in "abcdefgh "]))
    return target


@pytest.mark.parametrize("damage, code", [
    ("missing", "report_font_missing"),
    ("garbage", "report_font_unreadable"),
    ("empty", "report_font_unreadable"),
    ("latin_only", "report_font_no_vietnamese"),
])
def test_a_bad_shipped_face_is_a_clear_error(tmp_path, damage, code):
    folder = copy_faces(tmp_path / "fonts", fonts.SHIPPED_FILES)
    bold = folder / fonts.SHIPPED_FILES["bold"]
    if damage == "missing":
        bold.unlink()
    elif damage == "garbage":
        bold.write_bytes(b"this is not a font file at all" * 100)
    elif damage == "empty":
        bold.write_bytes(b"")
    else:
        _subset_without_vietnamese(bold)
    with pytest.raises(InvalidInput) as caught:
        fonts.report_fonts("shipped", folder=folder)
    assert caught.value.code == code
    assert caught.value.data["path"] == str(bold)
    for lang in messages.LANGS:
        assert str(bold) in messages.sentence(caught.value, lang)


def test_a_report_with_a_missing_font_fails_and_leaves_the_target_as_it_was(tmp_path,
                                                                            monkeypatch):
    """The shipped folder lacks one face: the build stops with `report_font_missing` naming
    the file, the file at the target path keeps its bytes and nothing else is left there."""
    made = build_synthetic(tmp_path / "ws", 10)
    broken = copy_faces(tmp_path / "fonts", fonts.SHIPPED_FILES)
    (broken / fonts.SHIPPED_FILES["italic"]).unlink()
    monkeypatch.setenv(fonts.ENV_PREFER, "shipped")
    monkeypatch.setenv(fonts.ENV_FOLDER, str(broken))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bao-cao.pdf"
    target.write_bytes(b"the previous report, kept")
    with open_workspace(made.folder) as ws, pytest.raises(InvalidInput) as caught:
        build_self_assessment_pdf(ws, made.campaign_id, made.unit_id, target, realistic_info())
    assert caught.value.code == "report_font_missing"
    assert caught.value.data["path"] == str(broken / fonts.SHIPPED_FILES["italic"])
    assert target.read_bytes() == b"the previous report, kept"
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.pdf"]
