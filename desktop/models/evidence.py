"""Evidence documents (tài liệu kiểm chứng): the file, kept once by its SHA-256, and its
citation (number and symbol, date, issuer, section/page), linked to criteria and tasks."""

from __future__ import annotations

import contextlib
import datetime as dt
import mimetypes
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.models import assessments, audit, campaigns, records, tasks, workspaces
from desktop.models.dates import iso, parse_date
from desktop.models.entities import Campaign, Criterion, Evidence, Task
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import StoredFile, Workspace, utc_now

MAX_NAME = 255


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
) -> AddedEvidence:
    """Add a file as evidence of the workspace's own unit, optionally citing it for a
    criterion of the active campaign and/or a task. Everything is checked before anything is
    written; the file is on disk (fsynced) before the row pointing at it commits."""
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
                                issuer, pages, criterion, campaign, task)
    except BaseException:
        if not stored.already_present:  # no row will point at it: do not leave it behind
            with contextlib.suppress(OSError):
                stored.path.unlink()
        raise


def _record_evidence(ws: Workspace, stored: StoredFile, name: str, unit_id: str,
                     day: dt.date | None, doc_number: str, issuer: str, pages: str,
                     criterion: Criterion | None, campaign: Campaign | None,
                     task: Task | None) -> AddedEvidence:
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
                _, row = records.update(db, "evidence", row["id"], fill, actor=ws.operator)
        else:
            row = records.insert(db, "evidence", {
                "sha256": stored.sha256, "unit_id": unit_id, "original_name": name,
                "media_type": media_type(name), "size": stored.size, **given,
            }, actor=ws.operator)
        evidence = Evidence.from_row(row)
        if criterion is not None and campaign is not None:
            link_to_criterion(ws, evidence.id, campaign.id, unit_id, criterion.code)
        if task is not None:
            link_to_task(ws, evidence.id, task.id)
    return AddedEvidence(evidence, bool(existing) or stored.already_present,
                         criterion.code if criterion else None, task.id if task else None)


def link_to_criterion(ws: Workspace, evidence_id: str, campaign_id: str, unit_id: str,
                      code: str) -> None:
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    with ws.write() as db:
        assessment = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        cursor = db.execute("INSERT OR IGNORE INTO evidence_assessments (evidence_id, "
                            "assessment_id, created_at) VALUES (?, ?, ?)",
                            [evidence_id, assessment.id, utc_now()])
        if cursor.rowcount == 1:
            _audit_link(ws, "link", "evidence_assessments", evidence_id, assessment.id, code)
        assessments.refresh_status(ws, assessment, criterion)


def unlink_from_criterion(ws: Workspace, evidence_id: str, campaign_id: str, unit_id: str,
                          code: str) -> None:
    criterion = assessments.criterion_for(ws, campaign_id, unit_id, code)
    with ws.write() as db:
        assessment = assessments.ensure_assessment(ws, campaign_id, unit_id, criterion)
        cursor = db.execute("DELETE FROM evidence_assessments WHERE evidence_id = ? AND "
                            "assessment_id = ?", [evidence_id, assessment.id])
        if cursor.rowcount == 1:
            _audit_link(ws, "unlink", "evidence_assessments", evidence_id, assessment.id, code)
        assessments.refresh_status(ws, assessment, criterion)


def link_to_task(ws: Workspace, evidence_id: str, task_id: str) -> None:
    with ws.write() as db:
        cursor = db.execute("INSERT OR IGNORE INTO evidence_tasks (evidence_id, task_id, "
                            "created_at) VALUES (?, ?, ?)", [evidence_id, task_id, utc_now()])
        if cursor.rowcount == 1:
            _audit_link(ws, "link", "evidence_tasks", evidence_id, task_id, "")


def _audit_link(ws: Workspace, action: str, table: str, evidence_id: str, other_id: str,
                code: str) -> None:
    other = "assessment_id" if table == "evidence_assessments" else "task_id"
    link = {"evidence_id": evidence_id, other: other_id, **({"criterion": code} if code else {})}
    audit.record(ws.db, actor=ws.operator, action=action, entity=table,
                 entity_id=f"{evidence_id}:{other_id}", old={} if action == "link" else link,
                 new=link if action == "link" else {})


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
