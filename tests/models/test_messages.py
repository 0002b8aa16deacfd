"""Every error a user can cause has one plain sentence in Vietnamese and in English, and every
blank in those sentences is filled by the data the error carries."""

from __future__ import annotations

import ast
import functools
import re
import string
from collections import defaultdict
from pathlib import Path

import pytest

from desktop import messages
from desktop.models import assessments, errors, evidence, tasks, units
from desktop.models.errors import CchcError

DESKTOP = Path(messages.__file__).resolve().parent
ERROR_CLASSES = ("InvalidInput", "NotFound", "WorkspaceError", "WorkspaceLocked",
                 "NewerWorkspace", "StorageFull", "StorageReadOnly", "CchcError", "Cancelled")
RAISE_RE = re.compile(r'(?:InvalidInput|NotFound|WorkspaceError|WorkspaceLocked|NewerWorkspace'
                      r'|StorageFull|StorageReadOnly|CchcError|Cancelled)\(\s*"([a-z_]+)"')
DEFAULT_RE = re.compile(r"^\s*code = \"([a-z_]+)\"", re.MULTILINE)
VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
ALWAYS_PROVIDED = {"owner_sfx"}


def sources() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py") if "__pycache__" not in p.parts)


@functools.cache
def codes_by_regex() -> frozenset[str]:
    found: set[str] = set()
    for path in sources():
        text = path.read_text(encoding="utf-8")
        found |= set(RAISE_RE.findall(text))
        found |= set(DEFAULT_RE.findall(text))
    return frozenset(found)


@functools.cache
def raise_sites() -> dict[str, set[str]]:
    """code → keyword names given at any site that builds that error (AST scan)."""
    sites: dict[str, set[str]] = defaultdict(set)
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in ERROR_CLASSES:
                continue
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                code = node.args[0].value
            elif not node.args:
                code = getattr(errors, name).code
            else:
                pytest.fail(f"{path}:{node.lineno}: error code is not a literal; the catalogue "
                            "check cannot follow it")
            sites[code] |= {kw.arg for kw in node.keywords if kw.arg and kw.arg != "details"}
    return sites


def test_scan_finds_the_codes():
    """The source scan works (it sees a realistic number of codes, including class defaults)."""
    found = codes_by_regex()
    assert len(found) > 40
    assert {"disk_full", "read_only", "workspace_locked", "workspace_newer", "bad_date"} <= found
    assert found <= set(raise_sites()) | {"error", "invalid_input", "not_found", "workspace_error"}


@pytest.mark.parametrize("code", sorted(codes_by_regex()))
def test_every_raised_code_has_both_sentences(code):
    """Each error code raised in desktop/ has a Vietnamese and an English sentence."""
    assert code in messages.MESSAGES, f"no sentence for error code {code!r}"
    vi, en = messages.MESSAGES[code]
    assert vi.strip() and en.strip()
    assert VIETNAMESE_ONLY & set(vi.lower()), f"{code}: the first sentence should be Vietnamese"
    assert not VIETNAMESE_ONLY & set(en.lower()), f"{code}: the second sentence should be English"


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
def test_both_languages_use_the_same_blanks(code):
    """A translation never drops or invents a blank (the same data fills both)."""
    vi, en = messages.MESSAGES[code]
    names = lambda text: {n for _, n, _, _ in string.Formatter().parse(text) if n}  # noqa: E731
    assert names(vi) == names(en)


@pytest.mark.parametrize("code", sorted(raise_sites()))
def test_every_blank_is_filled_by_some_raise_site(code):
    """Every {placeholder} of a sentence is given by at least one place that raises it."""
    if code not in messages.MESSAGES:
        pytest.fail(f"no sentence for {code!r}")
    missing = messages.placeholders(code) - raise_sites()[code] - ALWAYS_PROVIDED
    assert not missing, f"{code}: no raise site provides {sorted(missing)}"


def _format_strict(error: CchcError, lang: str) -> str:
    template = messages.MESSAGES[error.code][1 if lang == "en" else 0]
    owner = error.data.get("owner")
    data = {**error.data, "owner_sfx": f" ({owner})" if owner else ""}
    return string.Formatter().vformat(template, (), data)  # KeyError if a blank is not given


def _raised(action) -> CchcError:
    with pytest.raises(CchcError) as caught:
        action()
    return caught.value


def _some_file(folder: Path) -> Path:
    path = folder / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    return path


REAL_ERRORS = {
    "bad_date": lambda s, p: tasks.add_task(s.ws, "Việc", deadline="31/02/2026"),
    "bad_progress": lambda s, p: tasks.update_task(
        s.ws, tasks.add_task(s.ws, "Việc").id, progress="150"),
    "unknown_option": lambda s, p: assessments.score_criterion(
        s.ws, s.campaign.id, s.unit.id, "1.1.1", "rất tốt"),
    "rate_out_of_range": lambda s, p: assessments.score_criterion(
        s.ws, s.campaign.id, s.unit.id, "1.1.2", "120"),
    "file_missing": lambda s, p: evidence.add_evidence(s.ws, p / "khong-co.pdf"),
    "file_is_directory": lambda s, p: evidence.add_evidence(s.ws, p),
    "unknown_task": lambda s, p: tasks.get_task(s.ws, "ffffffff"),
    "unknown_unit": lambda s, p: units.unit_by_code(s.ws, "KHONG-CO"),
    "unknown_criterion": lambda s, p: evidence.add_evidence(
        s.ws, _some_file(p), criterion_code="9.9.9"),
    "duplicate_unit_code": lambda s, p: units.create_unit(s.ws, code="X", name="Trùng",
                                                          unit_type="so"),
    "bad_unit_type": lambda s, p: units.create_unit(s.ws, code="Q", name="Q", unit_type="bo"),
}


@pytest.mark.parametrize("code", sorted(REAL_ERRORS))
def test_real_errors_fill_their_sentences(sample, tmp_path, code):
    """Errors actually raised by the services fill every blank of both sentences."""
    error = _raised(lambda: REAL_ERRORS[code](sample, tmp_path))
    assert error.code == code
    for lang in messages.LANGS:
        text = _format_strict(error, lang)
        assert text == messages.sentence(error, lang)
        assert "{" not in text and "}" not in text and "?" not in text


def test_unknown_code_falls_back_to_a_general_sentence():
    """An error without a sentence of its own still reads as a sentence, not a code."""
    text = messages.sentence(CchcError("something_new_and_unlisted"), "vi")
    assert text == messages.MESSAGES["error"][0]


def test_locked_sentence_names_the_owner_only_when_known():
    """The 'workspace locked' sentence names who holds it when that is known."""
    named = messages.sentence(errors.WorkspaceLocked(path="/x", owner="lan@may-1 (pid 42)"), "vi")
    assert "(lan@may-1 (pid 42))" in named
    anonymous = messages.sentence(errors.WorkspaceLocked(path="/x", owner=""), "en")
    assert "()" not in anonymous and "another CCHC Desk window;" in anonymous
