"""Evidence documents: kept once by content, named as people typed them (NFC), and linked to
tasks and criteria."""

from __future__ import annotations

import hashlib
import os
import unicodedata

import pytest
from wshelpers import evidence_files

from desktop.models import assessments, evidence, tasks
from desktop.models.errors import InvalidInput

NAME_NFC = unicodedata.normalize("NFC", "Báo cáo quý I.pdf")
NAME_NFD = unicodedata.normalize("NFD", "Báo cáo quý I.pdf")
CONTENT = b"%PDF-1.4\n% Bao cao CCHC quy I\n" + bytes(range(256)) * 40


@pytest.fixture
def nfd_file(tmp_path):
    assert NAME_NFD != NAME_NFC
    path = tmp_path / "scans" / NAME_NFD
    path.parent.mkdir()
    path.write_bytes(CONTENT)
    assert os.listdir(path.parent) == [NAME_NFD], "the file system kept the NFD name"
    return path


def test_nfd_name_is_stored_and_listed_in_nfc(ws, nfd_file):
    """A name typed on macOS (NFD) is shown as the same name typed on Windows (NFC)."""
    added = evidence.add_evidence(ws, nfd_file, doc_number="45/BC-STP", doc_date="25/03/2026",
                                  issuer="Sở Tư pháp", pages="Mục II, tr. 3–5")
    assert added.already_present is False
    assert added.evidence.original_name == NAME_NFC
    listed = evidence.list_evidence(ws)
    assert [e.original_name for e in listed] == [NAME_NFC]
    assert unicodedata.is_normalized("NFC", listed[0].original_name)
    stored_name = ws.db.execute("SELECT original_name FROM evidence").fetchone()[0]
    assert stored_name == NAME_NFC and stored_name.encode() == NAME_NFC.encode()
    e = listed[0]
    assert (e.doc_number, e.doc_date, e.issuer, e.pages) == (
        "45/BC-STP", "2026-03-25", "Sở Tư pháp", "Mục II, tr. 3–5")
    assert e.media_type == "application/pdf"
    assert e.size == len(CONTENT)


def test_stored_file_is_named_by_its_sha256_with_the_same_bytes(ws, nfd_file):
    """The stored copy is named by its SHA-256 and holds exactly the original bytes."""
    added = evidence.add_evidence(ws, nfd_file)
    digest = hashlib.sha256(CONTENT).hexdigest()
    assert added.evidence.sha256 == digest
    path = evidence.file_path(ws, added.evidence)
    assert path.name == digest
    assert path.parent.name == digest[:2]
    assert path.parent.parent == ws.folder / "evidence"
    assert path.read_bytes() == CONTENT
    assert evidence_files(ws.folder) == [f"{digest[:2]}/{digest}"]


def test_same_file_twice_is_stored_once(ws, nfd_file, tmp_path):
    """The same scan added again, even under another name, is kept once and said to be so."""
    first = evidence.add_evidence(ws, nfd_file)
    copy = tmp_path / "Bản sao khác tên.pdf"
    copy.write_bytes(CONTENT)
    second = evidence.add_evidence(ws, copy, doc_number="45/BC-STP")
    third = evidence.add_evidence(ws, nfd_file)
    assert first.already_present is False
    assert second.already_present is True and third.already_present is True
    assert second.evidence.id == first.evidence.id == third.evidence.id
    assert len(evidence_files(ws.folder)) == 1
    assert ws.db.execute("SELECT count(*) FROM files").fetchone()[0] == 1
    assert ws.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    # the first name stays; a citation given later fills an empty field
    stored = evidence.get_evidence(ws, first.evidence.id)
    assert stored.original_name == NAME_NFC
    assert stored.doc_number == "45/BC-STP"


def test_a_different_file_is_a_different_document(ws, nfd_file, tmp_path):
    """Two files with the same name but different contents are two documents."""
    evidence.add_evidence(ws, nfd_file)
    other = tmp_path / NAME_NFC
    other.write_bytes(CONTENT + b"\nban sua")
    added = evidence.add_evidence(ws, other)
    assert added.already_present is False
    assert len(evidence_files(ws.folder)) == 2
    assert ws.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 2


def test_link_to_task(ws, nfd_file):
    """Evidence given with a task (by id prefix) is listed under that task."""
    task = tasks.add_task(ws, "Báo cáo CCHC quý I", deadline="2026-03-25")
    other = tasks.add_task(ws, "Việc khác")
    added = evidence.add_evidence(ws, nfd_file, task_id=task.id[:8])
    assert added.linked_task == task.id
    assert [e.id for e in evidence.list_evidence(ws, task_id=task.id)] == [added.evidence.id]
    assert evidence.list_evidence(ws, task_id=other.id) == []


def test_link_to_criterion(sample, nfd_file, tmp_path):
    """Evidence cited for criteria is listed under each of them and can be unlinked."""
    ws = sample.ws
    added = evidence.add_evidence(ws, nfd_file, criterion_code="1.2.1")
    assert added.linked_criterion == "1.2.1"
    assert evidence.criterion_codes_of(ws, added.evidence.id) == ["1.2.1"]
    again = evidence.add_evidence(ws, nfd_file, criterion_code="1.1.1")
    assert again.already_present is True
    assert evidence.criterion_codes_of(ws, added.evidence.id) == ["1.1.1", "1.2.1"]
    by_criterion = assessments.assessments_of(ws, sample.campaign.id, sample.unit.id)
    assert len(by_criterion) == 2
    for assessment in by_criterion.values():
        assert [e.id for e in evidence.list_evidence(ws, assessment_id=assessment.id)] == [
            added.evidence.id]
    evidence.unlink_from_criterion(ws, added.evidence.id, sample.campaign.id, sample.unit.id,
                                   "1.1.1")
    assert evidence.criterion_codes_of(ws, added.evidence.id) == ["1.2.1"]


def test_evidence_changes_the_explanation_rule(sample, nfd_file):
    """A full-marks claim needs an explanation until evidence backs it."""
    ws = sample.ws
    scored = assessments.score_criterion(ws, sample.campaign.id, sample.unit.id, "1.2.1",
                                         "đủ và đúng hạn")
    assert scored.status == "needs_explanation"
    evidence.add_evidence(ws, nfd_file, criterion_code="1.2.1")
    now = assessments.assessments_of(ws, sample.campaign.id, sample.unit.id)
    assert [a.status for a in now.values()] == ["scored"]


@pytest.mark.parametrize("make, code", [
    (lambda p: p / "khong-co.pdf", "file_missing"),
    (lambda p: p, "file_is_directory"),
    (lambda p: (p / "rong.pdf").write_bytes(b"") or p / "rong.pdf", "file_empty"),
])
def test_unusable_source_files_are_refused(ws, tmp_path, make, code):
    """A missing file, a folder or an empty file is refused by name and nothing is stored."""
    with pytest.raises(InvalidInput) as caught:
        evidence.add_evidence(ws, make(tmp_path))
    assert caught.value.code == code
    assert evidence_files(ws.folder) == []
    assert ws.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
