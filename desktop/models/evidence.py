"""Evidence documents (tài liệu kiểm chứng): the file, kept once by its SHA-256, and its
citation (number and symbol, date, issuer, section/page), linked to criteria and tasks.

Each public function is one user action: add one file or many, correct a citation, cite a
document for a criterion (or stop citing it), and the reads the evidence panel shows. Once the
self-assessment a document is cited in has been submitted, changing that citation or those
links needs a reason, as every other change to a submitted self-assessment does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import mimetypes
import os
import shutil
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.models import assessments, audit, campaigns, records, tasks, workspaces
from desktop.models.dates import iso, parse_date
from desktop.models.entities import Campaign, Criterion, Evidence, Task
from desktop.models.errors import Cancelled, InvalidInput, NotFound
from desktop.models.progress import Progress
from desktop.models.store import StoredFile, Workspace, utc_now

MAX_NAME = 255
# Above this a file is flagged by the check before submitting: provincial portals and email
# refuse such attachments, and a scan this big is usually a colour scan at far above 200 dpi.
LARGE_FILE_BYTES = 50 * 1024 * 1024
# One drop or pick adds at most this many files: dropping a whole drive by mistake is refused
# before anything is read, instead of copying it for an hour.
MAX_FILES_PER_ADD = 5000
# Files a folder drop skips besides hidden ones: thumbnail caches, folder settings, and the lock
# files Office leaves next to an open document ("~$Báo cáo.docx").
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
_SKIPPED_PREFIXES = ("~$", ".")


@dataclass(frozen=True)
class AddedEvidence:
    evidence: Evidence
    already_present: bool
    linked_criterion: str | None = None
    linked_task: str | None = None


def display_name(path: Path) -> str:
    """The name people see: NFC, so a name typed on macOS (NFD) matches one typed on Windows."""
    return unicodedata.normalize("NFC", path.name)[:MAX_NAME]


def media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def is_large(size: int) -> bool:
    return size > LARGE_FILE_BYTES


def check_source_file(path: Path) -> Path:
    if not path.exists():
        raise InvalidInput("file_missing", path=str(path))
    if path.is_dir():
        raise InvalidInput("file_is_directory", path=str(path))
    if not path.is_file():
        raise InvalidInput("file_not_regular", path=str(path))
    if path.stat().st_size == 0:
        raise InvalidInput("file_empty", path=str(path))
    return path


def add_evidence(
    ws: Workspace,
    source: str | Path,
    *,
    doc_number: str = "",
    doc_date: str | None = None,
    issuer: str = "",
    pages: str = "",
    criterion_code: str | None = None,
    task_id: str | None = None,
    reason: str = "",
) -> AddedEvidence:
    """Add a file as evidence of the workspace's own unit, optionally citing it for a
    criterion of the active campaign and/or a task. Everything is checked before anything is
    written; the file is on disk (fsynced) before the row pointing at it commits. `reason` is
    written to the audit log (the submission rule is checked by `add_evidence_files`)."""
    path = check_source_file(Path(source))
    day = parse_date(doc_date, field="doc_date")
    unit_id = workspaces.own_unit_id(ws)
    criterion = campaign = task = None
    if criterion_code:
        campaign = campaigns.require_active_campaign(ws)
        group = campaigns.group_of(ws, campaign.id, unit_id)
        from desktop.models import criteria

        criterion = criteria.find_criterion(ws, group.criteria_set_id, criterion_code)
    if task_id:
        task = tasks.get_task(ws, task_id)
    stored = ws.evidence.put_file(path)
    try:
        return _record_evidence(ws, stored, display_name(path), unit_id, day, doc_number,
                                issuer, pages, criterion, campaign, task, reason)
    except BaseException:
        if not stored.already_present:  # no row will point at it: do not leave it behind
            with contextlib.suppress(OSError):
                stored.path.unlink()
        raise


def _record_evidence(ws: Workspace, stored: StoredFile, name: str, unit_id: str,
                     day: dt.date | None, doc_number: str, issuer: str, pages: str,
                     criterion: Criterion | None, campaign: Campaign | None,
                     task: Task | None, reason: str = "") -> AddedEvidence:
    with ws.write() as db:
        if not db.execute("SELECT 1 FROM files WHERE sha256 = ?", [stored.sha256]).fetchone():
            db.execute("INSERT INTO files (sha256, size, created_at) VALUES (?, ?, ?)",
                       [stored.sha256, stored.size, utc_now()])
        existing = records.rows(db, "SELECT * FROM evidence WHERE sha256 = ?", [stored.sha256])
        given = {"doc_number": doc_number.strip(), "doc_date": iso(day), "issuer": issuer.strip(),
                 "pages": pages.strip()}
        if existing:
            row = existing[0]
            fill = {k: v for k, v in given.items() if v and not row.get(k)}
            if fill:
                _, row = records.update(db, "evidence", row["id"], fill, actor=ws.operator,
                                        reason=reason)
        else:
            row = records.insert(db, "evidence", {
                "sha256": stored.sha256, "unit_id": unit_id, "original_name": name,
                "media_type": media_type(name), "size": stored.size, **given,
            }, actor=ws.operator, reason=reason)
        evidence = Evidence.from_row(row)
        if criterion is not None and campaign is not None:
            link_to_criterion(ws, evidence.id, campaign.id, unit_id, criterion.code,
                              reason=reason)
        if task is not None:
            link_to_task(ws, evidence.id, task.id)
    return AddedEvidence(evidence, bool(existing) or stored.already_present,
                         criterion.code if criterion else None, task.id if task else None)


def link_to_criterion(ws: Workspace, evidence_id: str, campaign_id: str, unit_id: str,
                      code: str, *, reason: str = "") -> None:
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    with ws.write() as db:
        assessment = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        cursor = db.execute("INSERT OR IGNORE INTO evidence_assessments (evidence_id, "
                            "assessment_id, created_at) VALUES (?, ?, ?)",
                            [evidence_id, assessment.id, utc_now()])
        if cursor.rowcount == 1:
            _audit_link(ws, "link", "evidence_assessments", evidence_id, assessment.id, code,
                        reason=reason)
        assessments.refresh_status(ws, assessment, criterion)


def unlink_from_criterion(ws: Workspace, evidence_id: str, campaign_id: str, unit_id: str,
                          code: str, *, reason: str = "") -> None:
    """Stop citing a document for a criterion. The document itself stays in the unit's
    evidence, so it can be cited again (that is the panel's undo). After submission this needs
    a reason."""
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    assessments._require_reason_after_submission(ws, campaign_id, unit_id, reason)
    with ws.write() as db:
        assessment = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        cursor = db.execute("DELETE FROM evidence_assessments WHERE evidence_id = ? AND "
                            "assessment_id = ?", [evidence_id, assessment.id])
        if cursor.rowcount == 1:
            _audit_link(ws, "unlink", "evidence_assessments", evidence_id, assessment.id, code,
                        reason=reason)
        assessments.refresh_status(ws, assessment, criterion)


def link_to_task(ws: Workspace, evidence_id: str, task_id: str) -> None:
    with ws.write() as db:
        cursor = db.execute("INSERT OR IGNORE INTO evidence_tasks (evidence_id, task_id, "
                            "created_at) VALUES (?, ?, ?)", [evidence_id, task_id, utc_now()])
        if cursor.rowcount == 1:
            _audit_link(ws, "link", "evidence_tasks", evidence_id, task_id, "")


def _audit_link(ws: Workspace, action: str, table: str, evidence_id: str, other_id: str,
                code: str, *, reason: str = "") -> None:
    other = "assessment_id" if table == "evidence_assessments" else "task_id"
    link = {"evidence_id": evidence_id, other: other_id, **({"criterion": code} if code else {})}
    audit.record(ws.db, actor=ws.operator, action=action, entity=table,
                 entity_id=f"{evidence_id}:{other_id}", old={} if action == "link" else link,
                 new=link if action == "link" else {}, reason=reason)


def get_evidence(ws: Workspace, evidence_id: str) -> Evidence:
    return Evidence.from_row(records.fetch(ws.db, "evidence", evidence_id))


def list_evidence(ws: Workspace, *, task_id: str | None = None,
                  assessment_id: str | None = None) -> list[Evidence]:
    if task_id:
        sql = ("SELECT e.* FROM evidence e JOIN evidence_tasks l ON l.evidence_id = e.id "
               "WHERE l.task_id = ? ORDER BY e.original_name")
        params = [task_id]
    elif assessment_id:
        sql = ("SELECT e.* FROM evidence e JOIN evidence_assessments l ON l.evidence_id = e.id "
               "WHERE l.assessment_id = ? ORDER BY e.original_name")
        params = [assessment_id]
    else:
        sql, params = "SELECT * FROM evidence ORDER BY original_name", []
    return [Evidence.from_row(r) for r in records.rows(ws.db, sql, params)]


def criterion_codes_of(ws: Workspace, evidence_id: str) -> list[str]:
    rows = records.rows(ws.db, "SELECT c.code FROM evidence_assessments l "
                        "JOIN assessments a ON a.id = l.assessment_id "
                        "JOIN criteria c ON c.id = a.criterion_id WHERE l.evidence_id = ? "
                        "ORDER BY c.position", [evidence_id])
    return [r["code"] for r in rows]


def file_path(ws: Workspace, evidence: Evidence) -> Path:
    path = ws.evidence.path_for(evidence.sha256)
    if not path.is_file():
        raise NotFound("evidence_file_missing", name=evidence.original_name)
    return path


# -- correcting a citation -------------------------------------------------------------------

def _clean_text(value: str) -> str:
    """What people typed, as one line in NFC (a number typed on a Mac matches one typed on
    Windows), with runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def _cited_in_submitted(ws: Workspace, evidence_id: str) -> bool:
    row = ws.db.execute(
        "SELECT 1 FROM evidence_assessments l JOIN assessments a ON a.id = l.assessment_id "
        "JOIN self_assessments s ON s.campaign_id = a.campaign_id AND s.unit_id = a.unit_id "
        "WHERE l.evidence_id = ? AND s.state = 'submitted' LIMIT 1", [evidence_id]).fetchone()
    return row is not None


def update_citation(ws: Workspace, evidence_id: str, *, doc_number: str | None = None,
                    doc_date: str | dt.date | None = None, issuer: str | None = None,
                    pages: str | None = None, reason: str = "") -> Evidence:
    """Correct how a document is cited: number and symbol (15/BC-STP), date (31/12/2026 or
    2026-12-31), issuer, section/page. `None` leaves a field as it is; an empty string clears
    it. An impossible date is refused and nothing changes.

    A document cited in a self-assessment that has been submitted is part of what was
    submitted, so correcting it then needs a reason (kept in the audit log), as any other
    change to a submitted self-assessment does."""
    changes: dict[str, str | None] = {}
    if doc_number is not None:
        changes["doc_number"] = _clean_text(doc_number)
    if doc_date is not None:
        changes["doc_date"] = iso(parse_date(doc_date, field="doc_date"))
    if issuer is not None:
        changes["issuer"] = _clean_text(issuer)
    if pages is not None:
        changes["pages"] = _clean_text(pages)
    current = get_evidence(ws, evidence_id)
    if not changes:
        return current
    if _cited_in_submitted(ws, evidence_id) and not reason.strip():
        raise InvalidInput("reason_required_after_submission")
    with ws.write() as db:
        _, row = records.update(db, "evidence", evidence_id, changes, actor=ws.operator,
                                reason=reason.strip())
    return Evidence.from_row(row)


# -- adding many files -----------------------------------------------------------------------

def _is_hidden(entry: os.DirEntry) -> bool:
    name = entry.name
    if name.startswith(_SKIPPED_PREFIXES) or name.lower() in _SKIPPED_NAMES:
        return True
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False  # let the check of the file itself name the problem
    hidden = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0) | getattr(stat, "FILE_ATTRIBUTE_SYSTEM", 0)
    return bool(attributes & hidden)


def _files_in_folder(folder: Path) -> Iterator[Path]:
    """Every file of a dropped folder and its sub-folders, in name order, skipping hidden files
    and folders (and what Windows and Office leave behind). Links to folders are not followed,
    so a link back up the tree cannot make the walk endless."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: (e.name.casefold(), e.name))
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(folder), details=str(exc)) from exc
    subfolders = []
    for entry in entries:
        if _is_hidden(entry):
            continue
        if entry.is_dir(follow_symlinks=False):
            subfolders.append(entry)
        elif not entry.is_symlink() or not entry.is_dir():
            yield Path(entry.path)
    for entry in subfolders:
        yield from _files_in_folder(Path(entry.path))


def collect_files(paths: Iterable[str | Path], *, limit: int = MAX_FILES_PER_ADD) -> list[Path]:
    """The files a drop or a pick stands for, checked before anything is stored.

    A folder stands for its files (recursively, hidden ones skipped; see `_files_in_folder`);
    the same file named twice counts once. Every file is checked (exists, is a regular file,
    is not empty); if any is unusable, one `InvalidInput` names the first, its details list
    them all, and nothing has been written. A folder with no usable file is refused
    (`folder_empty`), and so is a choice of more than `limit` files (`too_many_files`)."""
    found: list[Path] = []
    seen: set[str] = set()
    problems: list[InvalidInput] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            members = []
            for member in _files_in_folder(path):
                members.append(member)
                if len(members) > limit:  # stop walking a whole drive dropped by mistake
                    raise InvalidInput("too_many_files", limit=limit)
            if not members:
                problems.append(InvalidInput("folder_empty", path=str(path)))
        else:
            members = [path]
        for member in members:
            key = os.path.normcase(os.path.abspath(member))
            if key in seen:
                continue
            seen.add(key)
            try:
                check_source_file(member)
            except InvalidInput as exc:
                problems.append(exc)
                continue
            found.append(member)
            if len(found) > limit:
                raise InvalidInput("too_many_files", limit=limit)
    if problems:
        first = problems[0]
        listing = "\n".join(f"[{p.code}] {p.data.get('path', '')}" for p in problems[:50])
        more = f"\n… (+{len(problems) - 50})" if len(problems) > 50 else ""
        first.details = listing + more  # the first problem's sentence; all of them on demand
        raise first
    return found


def add_evidence_files(ws: Workspace, paths: Iterable[str | Path], progress: Progress | None = None,
                       *, criterion_code: str | None = None, task_id: str | None = None,
                       reason: str = "") -> list[AddedEvidence]:
    """Add many files at once (a drop, or several picked), each cited for the criterion of the
    active campaign and/or the task given.

    First everything is checked — every file (see `collect_files`: folders stand for their
    files), the criterion, the task, and the submission rule — so a bad choice stores nothing.
    Then each file is added as its own unit of work, reporting `progress.report(done, total,
    name)` before it and checking `progress.check()` between files.

    Cancelling stops between two files: the files already added stay added and cited (they
    are complete and correct), the one in progress finishes, nothing after it is read, and
    `Cancelled` is raised carrying `added` (how many are stored). The same holds if a file
    disappears or becomes unreadable half-way: the error names it, the earlier ones stay.
    The same content twice (even under two names) is stored once."""
    progress = progress or Progress()
    files = collect_files(paths)
    task = tasks.get_task(ws, task_id) if task_id else None
    if criterion_code:
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.criterion_for(ws, campaign.id, unit_id, criterion_code)
        assessments._require_reason_after_submission(ws, campaign.id, unit_id, reason)
    added: list[AddedEvidence] = []
    total = len(files)
    for done, path in enumerate(files):
        progress.report(done, total, display_name(path))
        try:
            progress.check()
        except Cancelled:
            raise Cancelled(added=len(added), total=total) from None
        added.append(add_evidence(ws, path, criterion_code=criterion_code,
                                  task_id=task.id if task else None, reason=reason.strip()))
    progress.report(total, total, "")
    return added


# -- reading what the panel shows ------------------------------------------------------------

@dataclass(frozen=True)
class CitedEvidence:
    """A document of the unit and the criteria (codes, in criteria order) it is cited for in
    one campaign: what the "link an existing document" picker lists."""

    evidence: Evidence
    criteria: tuple[str, ...]


def evidence_for_criterion(ws: Workspace, campaign_id: str, unit_id: str,
                           code: str) -> list[Evidence]:
    """The documents cited for one criterion of a unit in a campaign, by name. A read only:
    a criterion never assessed has none (no assessment row is made for looking)."""
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    rows = records.rows(ws.db, "SELECT e.* FROM evidence e "
                        "JOIN evidence_assessments l ON l.evidence_id = e.id "
                        "JOIN assessments a ON a.id = l.assessment_id "
                        "WHERE a.campaign_id = ? AND a.unit_id = ? AND a.criterion_id = ?",
                        [campaign_id, unit_id, criterion.id])
    found = [Evidence.from_row(r) for r in rows]
    return sorted(found, key=lambda e: (e.original_name.casefold(), e.id))


def evidence_catalogue(ws: Workspace, campaign_id: str, unit_id: str) -> list[CitedEvidence]:
    """Every document of the unit (and any not tied to a unit), each with the criteria it is
    cited for in the campaign. Two queries whatever the number of documents."""
    rows = records.rows(ws.db, "SELECT * FROM evidence WHERE unit_id = ? OR unit_id IS NULL",
                        [unit_id])
    links = ws.db.execute(
        "SELECT l.evidence_id, c.code FROM evidence_assessments l "
        "JOIN assessments a ON a.id = l.assessment_id JOIN criteria c ON c.id = a.criterion_id "
        "WHERE a.campaign_id = ? AND a.unit_id = ? ORDER BY c.position, c.code",
        [campaign_id, unit_id]).fetchall()
    codes: dict[str, list[str]] = {}
    for evidence_id, code in links:
        codes.setdefault(evidence_id, []).append(code)
    out = [CitedEvidence(Evidence.from_row(r), tuple(codes.get(r["id"], ()))) for r in rows]
    return sorted(out, key=lambda c: (c.evidence.original_name.casefold(), c.evidence.id))


# -- citing documents already in the workspace -----------------------------------------------

def link_existing(ws: Workspace, evidence_ids: Iterable[str], campaign_id: str, unit_id: str,
                  code: str, *, reason: str = "") -> int:
    """Cite documents already in the workspace for one more criterion, in one unit of work
    (all or none). Returns how many links are new; a document already cited there is left as
    it is. A document of another unit is refused. After submission this needs a reason."""
    ids = list(dict.fromkeys(evidence_ids))
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    for evidence_id in ids:
        found = get_evidence(ws, evidence_id)
        if found.unit_id not in (None, unit_id):
            raise InvalidInput("evidence_other_unit", name=found.original_name)
    if not ids:
        return 0
    assessments._require_reason_after_submission(ws, campaign_id, unit_id, reason)
    new_links = 0
    with ws.write() as db:
        assessment = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        for evidence_id in ids:
            cursor = db.execute("INSERT OR IGNORE INTO evidence_assessments (evidence_id, "
                                "assessment_id, created_at) VALUES (?, ?, ?)",
                                [evidence_id, assessment.id, utc_now()])
            if cursor.rowcount == 1:
                new_links += 1
                _audit_link(ws, "link", "evidence_assessments", evidence_id, assessment.id, code,
                            reason=reason.strip())
        assessments.refresh_status(ws, assessment, criterion)
    return new_links


# -- opening a document with the system viewer -----------------------------------------------

_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                               *(f"lpt{i}" for i in range(1, 10))})
_BAD_NAME_CHARS = set('<>:"/\\|?*')
VIEW_DIR = "cchc-desk-view"


def view_name(evidence: Evidence) -> str:
    """A file name the system viewer can open: the document's own name (so the viewer shows
    it and picks the program by its extension), with what Windows forbids in names replaced."""
    name = "".join("_" if ch in _BAD_NAME_CHARS or ord(ch) < 32 else ch
                   for ch in unicodedata.normalize("NFC", evidence.original_name))
    name = name.strip().rstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if not stem or stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = f"tai-lieu-{stem}" if stem else "tai-lieu"
    if not ext:
        ext = (mimetypes.guess_extension(evidence.media_type) or "").lstrip(".")
    stem = stem[:120]
    return f"{stem}.{ext[:16]}" if ext else stem


def view_copy(ws: Workspace, evidence_id: str, *, root: Path | None = None) -> Path:
    """A read-only copy of a document under its own name, for the system viewer. The stored
    file is named by its hash (no extension, so no program would open it) and must never be
    edited in place; the copy lives in the temporary folder, one sub-folder per content."""
    evidence = get_evidence(ws, evidence_id)
    stored = file_path(ws, evidence)
    folder = (root or Path(tempfile.gettempdir()) / VIEW_DIR) / evidence.sha256[:16]
    target = folder / view_name(evidence)
    try:
        if not (target.is_file() and target.stat().st_size == evidence.size):
            folder.mkdir(parents=True, exist_ok=True)
            if target.exists():
                target.chmod(stat.S_IWRITE | stat.S_IREAD)
            shutil.copyfile(stored, target)
            target.chmod(stat.S_IREAD)
    except OSError as exc:
        raise InvalidInput("file_unreadable", path=str(target), details=str(exc)) from exc
    return target
