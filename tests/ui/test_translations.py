"""The English catalogue is complete and in step with the code: every UI string has a finished
translation, and lupdate over desktop/ui finds no string the .ts file lacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cchc_en.ts"


def _sources(ts: Path) -> dict[str, str | None]:
    out = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
        out[message.findtext("source")] = translation.text if finished else None
    return out


def test_every_string_is_translated() -> None:
    entries = _sources(TS)
    assert entries, "the .ts file lists no strings"
    assert [src for src, text in entries.items() if not text] == []


def test_ts_matches_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.exists(), "pyside6-lupdate is part of PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"], check=True,
                   capture_output=True)
    assert set(_sources(fresh)) == set(_sources(TS)), "run `python3 dev.py translations`"


def test_compiled_catalogue_is_current() -> None:
    qm = TS.with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_mtime >= 0
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                assert len(forms) == 2 and all(forms), (name, source)
                # QTranslator hands back the raw form; QCoreApplication.translate fills in %n
                for n, form in ((1, forms[0]), (2, forms[1])):
                    assert translator.translate(name, source, None, n) == form, (name, source, n)
                assert forms[0] != forms[1] and source not in forms, (name, source)
            else:
                assert translator.translate(name, source) == translation.text, (name, source)


def test_every_count_message_has_plural_forms() -> None:
    """lupdate does not always mark a `translate(…, n)` call as plural: a message whose source
    counts with %n must still have its singular and plural English forms ("1 day", "5 days")."""
    missing = [(context.findtext("name"), message.findtext("source"))
               for context in ET.parse(TS).iter("context")
               for message in context.iter("message")
               if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"]
    assert missing == []
