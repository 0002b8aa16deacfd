"""The fonts of the PDF reports: one serif family (regular, bold, italic, bold italic)
registered with reportlab and embedded (subset) in every PDF.

Which font. Nghị định 30/2020/NĐ-CP wants Times New Roman or a metric-compatible Vietnamese
Unicode font. The application ships Liberation Serif (resources/fonts/, SIL OFL 1.1), which
has the advance widths of Times New Roman glyph for glyph, so a document breaks lines and
pages at the same places with either font. When the system has Times New Roman — all four
faces (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf or the macOS/Linux names of the same
files) in one of the usual font folders, each readable, allowing embedding and covering the
Vietnamese alphabet — the reports use it, because:

- the decree and the provincial guidance name Times New Roman, and reviewers at Sở Nội vụ
  check the font list in the PDF's properties; "Times New Roman" there ends the question;
- the two fonts have the same metrics, so nothing about the layout changes: only the glyph
  shapes, which readers of official documents are used to in Times New Roman;
- Times New Roman's licence lets documents embed it (its embedding flags are checked: a copy
  that forbids embedding is skipped, reportlab refuses it).

Otherwise, or when `CCHC_REPORT_FONT=shipped` (the tests set it so that a PDF does not
depend on the machine it is built on) or `prefer="shipped"`, the shipped Liberation Serif is
used. The shipped files live in resources/fonts (`CCHC_REPORT_FONT_DIR` points elsewhere,
for an installation that keeps them in another folder). A missing, unreadable or
non-Vietnamese shipped file is the user's error `report_font_missing`,
`report_font_unreadable` or `report_font_no_vietnamese` naming the file: a report is never
written in a fallback font that would print Vietnamese letters as boxes."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.models.errors import InvalidInput
from desktop.resources import resource

FACES = ("regular", "bold", "italic", "bold_italic")
ENV_PREFER = "CCHC_REPORT_FONT"        # "shipped": never the system's Times New Roman
ENV_FOLDER = "CCHC_REPORT_FONT_DIR"    # where the shipped files are (default resources/fonts)
SHIPPED_LABEL = "Liberation Serif"
SYSTEM_LABEL = "Times New Roman"
SHIPPED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
# The file names Times New Roman has on Windows (and in Linux msttcorefonts), macOS, and the
# msttcorefonts package's long names; compared case-insensitively.
SYSTEM_FILES = {
    "regular": ("times.ttf", "times new roman.ttf", "times_new_roman.ttf"),
    "bold": ("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf"),
    "italic": ("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf"),
    "bold_italic": ("timesbi.ttf", "times new roman bold italic.ttf",
                    "times_new_roman_bold_italic.ttf"),
}
# Every letter of the Vietnamese alphabet with its tone marks, upper and lower case (NFC).
_VOWELS = "aăâeêioôơuưy"
_TONES = "\u0300\u0301\u0309\u0303\u0323"
VIETNAMESE = "".join(sorted({
    unicodedata.normalize("NFC", base + tone)
    for vowel in _VOWELS for base in (vowel, vowel.upper()) for tone in ("", *_TONES)
} | set("đĐ"))) + "0123456789%,.:;-–()/"


@dataclass(frozen=True)
class ReportFonts:
    """A registered family. `regular` … `bold_italic` are reportlab font names (use `regular`
    as a style's fontName: `<b>`/`<i>` in paragraphs then pick the other faces); `label` is
    the font's human name, `source` "system" or "shipped", `glyphs` the code points all four
    faces can draw."""
    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    label: str
    source: str
    paths: tuple[Path, ...]
    glyphs: frozenset[int]

    def has(self, char: str) -> bool:
        return ord(char) in self.glyphs


_LOCK = threading.Lock()
_REGISTERED: dict[tuple, ReportFonts] = {}


def system_font_dirs() -> list[Path]:
    """The usual font folders of Windows, macOS and Linux (those that exist are searched)."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win") or os.environ.get("WINDIR"):
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
             Path("/System/Library/Fonts"), home / "Library" / "Fonts",
             Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/msttcore"),
             Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/truetype"),
             Path("/usr/local/share/fonts"), home / ".local" / "share" / "fonts",
             home / ".fonts"]
    return dirs


def find_times_new_roman(dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """The four faces of Times New Roman from the first folder that has all of them."""
    for folder in system_font_dirs() if dirs is None else dirs:
        try:
            names = {entry.name.casefold(): Path(entry.path) for entry in os.scandir(folder)
                     if entry.is_file()}
        except OSError:
            continue
        found = {}
        for face, candidates in SYSTEM_FILES.items():
            path = next((names[c] for c in candidates if c in names), None)
            if path is None:
                break
            found[face] = path
        else:
            return found
    return None


def shipped_files(folder: Path | None = None) -> dict[str, Path]:
    folder = folder or Path(os.environ.get(ENV_FOLDER) or resource("fonts"))
    return {face: Path(folder) / name for face, name in SHIPPED_FILES.items()}


def _load(files: dict[str, Path], label: str, source: str) -> ReportFonts:
    """Read and register the four faces (once per set of files); InvalidInput names the file
    that is missing, unreadable or lacks Vietnamese letters."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    stamps = []
    for face in FACES:
        path = files[face]
        try:
            info = path.stat()
        except OSError as exc:
            raise InvalidInput("report_font_missing", path=str(path), details=str(exc)) from exc
        if not path.is_file():
            raise InvalidInput("report_font_missing", path=str(path))
        stamps.append((str(path), info.st_size, info.st_mtime_ns))
    key = tuple(stamps)
    with _LOCK:
        if key in _REGISTERED:
            return _REGISTERED[key]
        digest = hashlib.sha256(repr(key).encode()).hexdigest()[:10]
        family = f"CchcSerif{digest}"
        names = {"regular": family, "bold": f"{family}-Bold", "italic": f"{family}-Italic",
                 "bold_italic": f"{family}-BoldItalic"}
        glyphs: set[int] | None = None
        loaded = {}
        for face in FACES:
            path = files[face]
            try:
                font = TTFont(names[face], str(path))
            except Exception as exc:  # a damaged file fails anywhere in the parser
                raise InvalidInput("report_font_unreadable", path=str(path),
                                   details=f"{type(exc).__name__}: {exc}") from exc
            cmap = set(font.face.charToGlyph)
            if any(ord(c) not in cmap for c in VIETNAMESE):
                raise InvalidInput("report_font_no_vietnamese", path=str(path))
            glyphs = cmap if glyphs is None else glyphs & cmap
            loaded[face] = font
        for font in loaded.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(family, normal=names["regular"], bold=names["bold"],
                                      italic=names["italic"], boldItalic=names["bold_italic"])
        fonts = ReportFonts(family, names["regular"], names["bold"], names["italic"],
                            names["bold_italic"], label, source,
                            tuple(files[f] for f in FACES), frozenset(glyphs or ()))
        _REGISTERED[key] = fonts
        return fonts


def report_fonts(prefer: str | None = None, *, folder: Path | None = None,
                 system_dirs: list[Path] | None = None) -> ReportFonts:
    """The family the reports are set in. `prefer`: "auto" (the default; the environment
    variable CCHC_REPORT_FONT=shipped turns it into "shipped") takes the system's Times New
    Roman when it is complete and usable, else the shipped Liberation Serif; "shipped" always
    the shipped font. `folder`: where the shipped files are; `system_dirs`: the folders
    searched for Times New Roman (default: `system_font_dirs()`)."""
    choice = (prefer or os.environ.get(ENV_PREFER) or "auto").strip().lower()
    if choice != "shipped":
        found = find_times_new_roman(system_dirs)
        if found is not None:
            try:
                return _load(found, SYSTEM_LABEL, "system")
            except InvalidInput:
                pass  # an incomplete or restricted copy: the shipped font is as good
    return _load(shipped_files(folder), SHIPPED_LABEL, "shipped")
