"""The evidence services the panel calls: correcting a citation, adding many files (checked
first, cancellable between files), the reads of a criterion's evidence and the unit's
catalogue, citing existing documents, and the read-only copy the system viewer opens."""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from pathlib import Path

import pytest
from wshelpers import evidence_files

from desktop.models import assessments, evidence, tasks
from desktop.models.errors import Cancelled, InvalidInput, NotFound
from desktop.models.progress import Progress

NFD_NAME = unicodedata.normalize("NFD", "Quyết định ban hành quy chế.pdf")


def _file(folder: Path, name: str, content: bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if content is not None else f"%PDF-1.4 {name}".encode())
    return path


def _count(ws, table: str) -> int:
    return ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _audit(ws, entity: str) -> list[dict]:
    rows = ws.db.execute("SELECT action, old_json, new_json, reason FROM audit_log "
                         "WHERE entity = ? ORDER BY seq", [entity]).fetchall()
    return [{"action": a, "old": json.loads(o), "new": json.loads(n), "reason": r}
            for a, o, n, r in rows]


class RecordingProgress(Progress):
    """Remembers every report and cancels itself once `cancel_at` files are done."""

    def __init__(self, cancel_at: int | None = None) -> None:
        super().__init__()
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at

    def report(self, done: int, total: int, text: str = "") -> None:
        super().report(done, total, text)
        self.reports.append((done, total, text))
        if self.cancel_at is not None and done >= self.cancel_at:
            self.cancel()


# -- update_citation -------------------------------------------------------------------------

def test_update_citation_sets_clears_and_audits(ws, tmp_path):
    """Each field is saved as typed (NFC, one line, date in ISO), None leaves a field alone,
    an empty string clears it, and the audit log holds old and new values."""
    added = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), doc_number="1/KH",
                                  issuer="Sở Tư pháp")
    number = unicodedata.normalize("NFD", "  15/BC-STP  ")
    updated = evidence.update_citation(ws, added.evidence.id, doc_number=number,
                                       doc_date="31/12/2026", pages="Mục II,   tr. 3–5")
    assert (updated.doc_number, updated.doc_date, updated.issuer, updated.pages) == (
        "15/BC-STP", "2026-12-31", "Sở Tư pháp", "Mục II, tr. 3–5")
    fresh = evidence.get_evidence(ws, added.evidence.id)
    assert fresh == updated
    cleared = evidence.update_citation(ws, added.evidence.id, issuer="", doc_date="")
    assert (cleared.issuer, cleared.doc_date, cleared.doc_number) == ("", None, "15/BC-STP")
    updates = [e for e in _audit(ws, "evidence") if e["action"] == "update"]
    assert updates[0]["old"] == {"doc_number": "1/KH", "doc_date": None, "pages": ""}
    assert updates[0]["new"] == {"doc_number": "15/BC-STP", "doc_date": "2026-12-31",
                                 "pages": "Mục II, tr. 3–5"}
    assert updates[1]["new"] == {"issuer": "", "doc_date": None}
    # nothing given, or the same values again: no write, no audit entry
    evidence.update_citation(ws, added.evidence.id)
    evidence.update_citation(ws, added.evidence.id, doc_number="15/BC-STP")
    assert len([e for e in _audit(ws, "evidence") if e["action"] == "update"]) == 2


def test_update_citation_refuses_an_impossible_date(ws, tmp_path):
    """31/02/2026 is refused by name and the stored date stays as it was."""
    added = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), doc_date="2026-01-08")
    with pytest.raises(InvalidInput) as caught:
        evidence.update_citation(ws, added.evidence.id, doc_number="9/QĐ", doc_date="31/02/2026")
    assert caught.value.code == "bad_date"
    assert caught.value.data == {"field": "doc_date", "value": "31/02/2026"}
    fresh = evidence.get_evidence(ws, added.evidence.id)
    assert (fresh.doc_date, fresh.doc_number) == ("2026-01-08", "")


def test_update_citation_of_unknown_document(ws):
    with pytest.raises(NotFound):
        evidence.update_citation(ws, "khong-co", doc_number="1")


def test_citation_of_submitted_self_assessment_needs_a_reason(sample, tmp_path):
    """A document cited in a submitted self-assessment is corrected only with a reason, which
    the audit log keeps; a document not cited there is corrected freely."""
    ws = sample.ws
    cited = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), criterion_code="1.2.1")
    loose = evidence.add_evidence(ws, _file(tmp_path, "b.pdf"))
    assessments.submit(ws, sample.campaign.id, sample.unit.id)
    with pytest.raises(InvalidInput) as caught:
        evidence.update_citation(ws, cited.evidence.id, doc_number="15/BC-STP")
    assert caught.value.code == "reason_required_after_submission"
    assert evidence.get_evidence(ws, cited.evidence.id).doc_number == ""
    evidence.update_citation(ws, cited.evidence.id, doc_number="15/BC-STP",
                             reason="Bổ sung số văn bản theo yêu cầu thẩm định")
    assert _audit(ws, "evidence")[-1]["reason"] == "Bổ sung số văn bản theo yêu cầu thẩm định"
    assert evidence.update_citation(ws, loose.evidence.id, doc_number="2/KH").doc_number == "2/KH"


# -- add_evidence_files ----------------------------------------------------------------------

def test_many_files_are_added_in_order_with_progress(sample, tmp_path):
    """Files and folders (walked in name order, hidden files and Office leftovers skipped) are
    all added and cited; progress says which file is being added."""
    ws = sample.ws
    src = tmp_path / "src"
    one = _file(src, NFD_NAME)
    folder = src / "Minh chứng"
    _file(folder, "b.pdf")
    _file(folder, "A.docx")
    _file(folder / "Phụ lục", "c.jpg")
    _file(folder, ".hidden.pdf")
    _file(folder, "~$A.docx")
    _file(folder, "Thumbs.db")
    _file(folder / ".git", "x.pdf")
    progress = RecordingProgress()
    added = evidence.add_evidence_files(ws, [one, folder], progress, criterion_code="1.2.1")
    names = [a.evidence.original_name for a in added]
    assert names == [unicodedata.normalize("NFC", NFD_NAME), "A.docx", "b.pdf", "c.jpg"]
    assert all(a.linked_criterion == "1.2.1" and not a.already_present for a in added)
    assert progress.reports == [(0, 4, names[0]), (1, 4, "A.docx"), (2, 4, "b.pdf"),
                                (3, 4, "c.jpg"), (4, 4, "")]
    listed = evidence.evidence_for_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.1")
    assert sorted(e.original_name for e in listed) == sorted(names)
    assert len(evidence_files(ws.folder)) == 4


def test_one_bad_file_stores_nothing(sample, tmp_path):
    """Every path is checked first: one missing and one empty file refuse the whole choice,
    naming the first and listing both in the details; nothing is stored."""
    ws = sample.ws
    good = _file(tmp_path, "tot.pdf")
    empty = _file(tmp_path, "rong.pdf", b"")
    missing = tmp_path / "khong-co.pdf"
    before = _count(ws, "audit_log")
    with pytest.raises(InvalidInput) as caught:
        evidence.add_evidence_files(ws, [good, missing, empty], Progress(),
                                    criterion_code="1.2.1")
    assert caught.value.code == "file_missing"
    assert caught.value.data == {"path": str(missing)}
    assert "[file_missing]" in caught.value.details and "[file_empty]" in caught.value.details
    assert str(empty) in caught.value.details
    assert evidence_files(ws.folder) == []
    assert _count(ws, "evidence") == 0 and _count(ws, "assessments") == 0
    assert _count(ws, "audit_log") == before


@pytest.mark.parametrize("target, code", [
    ({"criterion_code": "9.9.9"}, "unknown_criterion"),
    ({"task_id": "ffffffff"}, "unknown_task"),
])
def test_unknown_target_stores_nothing(sample, tmp_path, target, code):
    with pytest.raises((InvalidInput, NotFound)) as caught:
        evidence.add_evidence_files(sample.ws, [_file(tmp_path, "a.pdf")], Progress(), **target)
    assert caught.value.code == code
    assert evidence_files(sample.ws.folder) == []


def test_empty_folder_and_too_many_files_are_refused(ws, tmp_path):
    """A folder holding only hidden files has nothing to add; a choice over the limit is
    refused before anything is read."""
    hidden_only = tmp_path / "an"
    _file(hidden_only, ".DS_Store")
    with pytest.raises(InvalidInput) as caught:
        evidence.add_evidence_files(ws, [hidden_only])
    assert (caught.value.code, caught.value.data) == ("folder_empty", {"path": str(hidden_only)})
    many = [_file(tmp_path / "nhieu", f"{i}.pdf") for i in range(4)]
    with pytest.raises(InvalidInput) as caught:
        evidence.collect_files([tmp_path / "nhieu"], limit=3)
    assert (caught.value.code, caught.value.data) == ("too_many_files", {"limit": 3})
    assert evidence.collect_files([*many, many[0], tmp_path / "nhieu"], limit=4) == many
    assert evidence_files(ws.folder) == []


def test_a_link_to_a_folder_is_not_followed(ws, tmp_path):
    """A link inside a dropped folder pointing back up the tree does not make the walk endless."""
    folder = tmp_path / "vong"
    _file(folder, "a.pdf")
    try:
        os.symlink(folder, folder / "vong-lai", target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("this file system cannot make symbolic links")
    assert [p.name for p in evidence.collect_files([folder])] == ["a.pdf"]


def test_cancel_keeps_exactly_the_files_done(sample, tmp_path):
    """Cancelling between files keeps the ones already added (stored and cited) and nothing
    after them; Cancelled says how many were added."""
    ws = sample.ws
    files = [_file(tmp_path / "src", f"{i:02}.pdf") for i in range(10)]
    progress = RecordingProgress(cancel_at=4)
    with pytest.raises(Cancelled) as caught:
        evidence.add_evidence_files(ws, files, progress, criterion_code="1.2.1")
    assert caught.value.data == {"added": 4, "total": 10}
    stored = evidence.evidence_for_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.1")
    assert sorted(e.original_name for e in stored) == ["00.pdf", "01.pdf", "02.pdf", "03.pdf"]
    assert _count(ws, "evidence") == 4 and len(evidence_files(ws.folder)) == 4


def test_same_content_twice_in_one_choice_is_stored_once(ws, tmp_path):
    first = _file(tmp_path, "Báo cáo.pdf", b"%PDF-1.4 same")
    second = _file(tmp_path, "Bản sao.pdf", b"%PDF-1.4 same")
    added = evidence.add_evidence_files(ws, [first, second, first])
    assert [a.already_present for a in added] == [False, True]
    assert added[0].evidence.id == added[1].evidence.id
    assert _count(ws, "evidence") == 1 and len(evidence_files(ws.folder)) == 1


def test_files_added_for_a_task(ws, tmp_path):
    task = tasks.add_task(ws, "Báo cáo CCHC quý I")
    added = evidence.add_evidence_files(ws, [_file(tmp_path, "a.pdf")], task_id=task.id[:8])
    assert added[0].linked_task == task.id
    assert [e.id for e in evidence.list_evidence(ws, task_id=task.id)] == [added[0].evidence.id]


def test_adding_to_a_submitted_self_assessment_needs_a_reason(sample, tmp_path):
    ws = sample.ws
    assessments.submit(ws, sample.campaign.id, sample.unit.id)
    path = _file(tmp_path, "a.pdf")
    with pytest.raises(InvalidInput) as caught:
        evidence.add_evidence_files(ws, [path], criterion_code="1.2.1")
    assert caught.value.code == "reason_required_after_submission"
    assert _count(ws, "evidence") == 0
    evidence.add_evidence_files(ws, [path], criterion_code="1.2.1", reason="Bổ sung")
    links = [e for e in _audit(ws, "evidence_assessments") if e["action"] == "link"]
    assert [e["reason"] for e in links] == ["Bổ sung"]


# -- reads -----------------------------------------------------------------------------------

def test_evidence_for_criterion_only_reads(sample, tmp_path):
    """The criterion's documents by name; looking at a criterion never assessed makes no row."""
    ws = sample.ws
    evidence.add_evidence(ws, _file(tmp_path, "b.pdf"), criterion_code="1.2.1")
    evidence.add_evidence(ws, _file(tmp_path, "A.pdf"), criterion_code="1.2.1")
    evidence.add_evidence(ws, _file(tmp_path, "c.pdf"), criterion_code="1.1.1")
    found = evidence.evidence_for_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.1")
    assert [e.original_name for e in found] == ["A.pdf", "b.pdf"]
    rows = _count(ws, "assessments")
    assert evidence.evidence_for_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.2") == []
    assert _count(ws, "assessments") == rows
    with pytest.raises(NotFound):
        evidence.evidence_for_criterion(ws, sample.campaign.id, sample.unit.id, "9.9.9")


def test_catalogue_lists_every_document_with_its_criteria(sample, tmp_path):
    ws = sample.ws
    a = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), criterion_code="1.2.1")
    evidence.link_to_criterion(ws, a.evidence.id, sample.campaign.id, sample.unit.id, "1.1.1")
    b = evidence.add_evidence(ws, _file(tmp_path, "b.pdf"))
    catalogue = evidence.evidence_catalogue(ws, sample.campaign.id, sample.unit.id)
    assert [(c.evidence.id, c.criteria) for c in catalogue] == [
        (a.evidence.id, ("1.1.1", "1.2.1")), (b.evidence.id, ())]


# -- link_existing / unlink ------------------------------------------------------------------

def test_link_existing_cites_several_documents_at_once(sample, tmp_path):
    """Documents already stored are cited for another criterion in one unit of work; the
    criterion's status follows the explanation rule; linking again adds nothing."""
    ws = sample.ws
    scored = assessments.score_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.1",
                                         "đủ và đúng hạn")
    assert scored.status == "needs_explanation"
    a = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), criterion_code="1.1.1")
    b = evidence.add_evidence(ws, _file(tmp_path, "b.pdf"))
    ids = [a.evidence.id, b.evidence.id]
    assert evidence.link_existing(ws, ids, sample.campaign.id, sample.unit.id, "1.2.1") == 2
    assert evidence.link_existing(ws, ids, sample.campaign.id, sample.unit.id, "1.2.1") == 0
    assert evidence.criterion_codes_of(ws, a.evidence.id) == ["1.1.1", "1.2.1"]
    now = assessments.assessments_of(ws, sample.campaign.id, sample.unit.id)
    assert now[scored.criterion_id].status == "scored"
    links = [e for e in _audit(ws, "evidence_assessments") if e["action"] == "link"]
    assert len(links) == 3 and links[-1]["new"]["criterion"] == "1.2.1"


def test_link_existing_is_all_or_nothing(sample, tmp_path):
    ws = sample.ws
    a = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"))
    with pytest.raises(NotFound):
        evidence.link_existing(ws, [a.evidence.id, "khong-co"], sample.campaign.id,
                               sample.unit.id, "1.2.1")
    assert evidence.criterion_codes_of(ws, a.evidence.id) == []
    assert evidence.link_existing(ws, [], sample.campaign.id, sample.unit.id, "1.2.1") == 0


def test_link_existing_refuses_another_units_document(sample, tmp_path):
    ws = sample.ws
    a = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"))
    from desktop.models import units

    other = units.create_unit(ws, code="Y", name="Sở khác", unit_type="so")
    with ws.write() as db:
        db.execute("UPDATE evidence SET unit_id = ? WHERE id = ?", [other.id, a.evidence.id])
    with pytest.raises(InvalidInput) as caught:
        evidence.link_existing(ws, [a.evidence.id], sample.campaign.id, sample.unit.id, "1.2.1")
    assert caught.value.code == "evidence_other_unit"
    assert caught.value.data == {"name": "a.pdf"}


def test_links_after_submission_need_a_reason(sample, tmp_path):
    ws = sample.ws
    a = evidence.add_evidence(ws, _file(tmp_path, "a.pdf"), criterion_code="1.1.1")
    assessments.submit(ws, sample.campaign.id, sample.unit.id)
    for action in (
        lambda r: evidence.link_existing(ws, [a.evidence.id], sample.campaign.id,
                                         sample.unit.id, "1.2.1", reason=r),
        lambda r: evidence.unlink_from_criterion(ws, a.evidence.id, sample.campaign.id,
                                                 sample.unit.id, "1.1.1", reason=r),
    ):
        with pytest.raises(InvalidInput) as caught:
            action("")
        assert caught.value.code == "reason_required_after_submission"
        action("Điều chỉnh theo kết quả thẩm định")
    assert evidence.criterion_codes_of(ws, a.evidence.id) == ["1.2.1"]
    reasons = [e["reason"] for e in _audit(ws, "evidence_assessments")]
    assert reasons[-2:] == ["Điều chỉnh theo kết quả thẩm định"] * 2


# -- the viewer's copy, large files ----------------------------------------------------------

def test_view_copy_has_the_documents_name_and_bytes(ws, tmp_path):
    """The system viewer gets a read-only copy under the document's own name (the stored file
    is named by its hash and has no extension)."""
    content = b"%PDF-1.4 quyet dinh"
    added = evidence.add_evidence(ws, _file(tmp_path / "src", NFD_NAME, content))
    copy = evidence.view_copy(ws, added.evidence.id, root=tmp_path / "view")
    assert copy.name == unicodedata.normalize("NFC", NFD_NAME)
    assert copy.read_bytes() == content
    assert not copy.stat().st_mode & stat.S_IWUSR
    assert evidence.view_copy(ws, added.evidence.id, root=tmp_path / "view") == copy


@pytest.mark.parametrize("name, media, expected", [
    ("Báo cáo.pdf", "application/pdf", "Báo cáo.pdf"),
    ('a:b?"c".pdf', "application/pdf", "a_b__c_.pdf"),
    ("CON.pdf", "application/pdf", "tai-lieu-CON.pdf"),
    ("bien-ban", "application/pdf", "bien-ban.pdf"),
    ("...", "image/jpeg", "tai-lieu.jpg"),
])
def test_view_name_is_safe_on_windows(name, media, expected):
    from desktop.models.entities import Evidence

    item = Evidence(id="x", sha256="0" * 64, original_name=name, media_type=media, size=1)
    assert evidence.view_name(item) == expected


def test_large_file_threshold():
    assert evidence.LARGE_FILE_BYTES == 50 * 1024 * 1024
    assert not evidence.is_large(evidence.LARGE_FILE_BYTES)
    assert evidence.is_large(evidence.LARGE_FILE_BYTES + 1)
