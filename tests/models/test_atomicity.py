"""A refused or failing action leaves the whole database exactly as it was (every table, every
row), whether it is refused up front or fails half-way through its unit of work."""

from __future__ import annotations

import sqlite3

import pytest
from wshelpers import dump, evidence_files

from desktop.models import assessments, audit, campaigns, evidence, records, tasks, units
from desktop.models.errors import CchcError, InvalidInput, NotFound


@pytest.fixture
def busy(sample, tmp_path):
    """A workspace with some of everything: a task, a scored criterion, evidence, a unit."""
    ws = sample.ws
    task = tasks.add_task(ws, "Báo cáo CCHC quý I", deadline="2026-03-25", owner="Văn phòng")
    assessments.score_criterion(ws, sample.campaign.id, sample.unit.id, "1.1.1", "chậm")
    units.create_unit(ws, code="Y", name="Sở Y tế", unit_type="so", valid_from="2008-01-01")
    scan = tmp_path / "Kế hoạch.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach")
    evidence.add_evidence(ws, scan, doc_number="12/KH", task_id=task.id)
    sample.task = task
    return sample


def _unchanged(ws, action, error=CchcError, code=None):
    before, files = dump(ws), evidence_files(ws.folder)
    with pytest.raises(error) as caught:
        action()
    if code:
        assert caught.value.code == code
    assert not ws.db.conn.in_transaction
    assert dump(ws) == before
    assert evidence_files(ws.folder) == files
    assert audit.verify_chain(ws.db) == []
    return caught.value


def test_update_task_with_invalid_progress(busy):
    """A progress outside 0–100 (or not a number) is refused and nothing changes."""
    ws, task_id = busy.ws, busy.task.id
    _unchanged(ws, lambda: tasks.update_task(ws, task_id, progress="150", status="done"),
               InvalidInput, "bad_progress")
    _unchanged(ws, lambda: tasks.update_task(ws, task_id, progress="nhiều"), InvalidInput,
               "bad_progress")
    _unchanged(ws, lambda: tasks.update_task(ws, task_id, deadline="31/02/2026"), InvalidInput,
               "bad_date")


def test_update_task_with_unknown_field(busy):
    """A field tasks do not have is refused, not half-applied with the valid ones."""
    ws = busy.ws
    _unchanged(ws, lambda: tasks.update_task(ws, busy.task.id, title="Mới", colour="red"),
               InvalidInput, "bad_task_field")


def test_succession_to_unknown_unit(busy):
    """A succession naming a unit that does not exist changes nothing (the old unit stays open)."""
    ws = busy.ws
    _unchanged(ws, lambda: units.record_succession(
        ws, predecessor_code="Y", successor_code="KHONG-CO", kind="merge",
        effective_date="2025-07-01"), NotFound, "unknown_unit")
    assert units.unit_by_code(ws, "Y").valid_to is None


def test_duplicate_succession(busy):
    """Recording the same succession twice fails on the database constraint, cleanly."""
    ws = busy.ws
    units.create_unit(ws, code="Z", name="Sở mới", unit_type="so")
    units.record_succession(ws, predecessor_code="Y", successor_code="Z", kind="transfer",
                            effective_date="2025-07-01")
    _unchanged(ws, lambda: units.record_succession(
        ws, predecessor_code="Y", successor_code="Z", kind="transfer",
        effective_date="2025-08-01"), InvalidInput, "duplicate_succession")


def test_score_with_unknown_option(busy):
    """An option the rule does not offer is refused; the earlier score stays."""
    ws = busy.ws
    _unchanged(ws, lambda: assessments.score_criterion(
        ws, busy.campaign.id, busy.unit.id, "1.1.1", "rất tốt"), InvalidInput, "unknown_option")
    _unchanged(ws, lambda: assessments.score_criterion(
        ws, busy.campaign.id, busy.unit.id, "1.1.2", "101"), InvalidInput, "rate_out_of_range")
    _unchanged(ws, lambda: assessments.score_criterion(
        ws, busy.campaign.id, busy.unit.id, "9.9.9", "1"), NotFound, "unknown_criterion")
    stored = assessments.assessments_of(ws, busy.campaign.id, busy.unit.id)
    assert [a.score for a in stored.values()] == ["0.5"]


def test_add_evidence_with_bad_date(busy, tmp_path):
    """Evidence with an impossible date is refused before its file is stored."""
    ws = busy.ws
    scan = tmp_path / "Báo cáo.pdf"
    scan.write_bytes(b"%PDF-1.4 bao cao")
    _unchanged(ws, lambda: evidence.add_evidence(ws, scan, doc_date="31/02/2026"),
               InvalidInput, "bad_date")
    _unchanged(ws, lambda: evidence.add_evidence(ws, scan, criterion_code="9.9.9"),
               NotFound, "unknown_criterion")
    _unchanged(ws, lambda: evidence.add_evidence(ws, scan, task_id="ffffffff"),
               NotFound, "unknown_task")


def test_exception_inside_a_unit_of_work_rolls_everything_back(busy):
    """An error half-way through `with ws.write()` undoes every insert and update made in it."""
    ws = busy.ws

    def half_done():
        with ws.write() as db:
            for i in range(50):
                records.insert(db, "tasks", {"unit_id": busy.unit.id, "title": f"Việc {i}"},
                               actor=ws.operator)
            records.update(db, "tasks", busy.task.id, {"status": "done"}, actor=ws.operator)
            campaigns.create_campaign(ws, year=2027, title="Đợt lồng bên trong")
            raise RuntimeError("mất điện giữa chừng")

    _unchanged(ws, half_done, RuntimeError)


def test_constraint_failure_inside_a_unit_of_work_rolls_everything_back(busy):
    """A database constraint failure after some writes leaves nothing of those writes."""
    ws = busy.ws

    def violates():
        with ws.write() as db:
            records.insert(db, "tasks", {"unit_id": busy.unit.id, "title": "Hợp lệ"},
                           actor=ws.operator)
            records.insert(db, "tasks", {"unit_id": "no-such-unit", "title": "Sai khóa ngoại"},
                           actor=ws.operator)

    _unchanged(ws, violates, sqlite3.IntegrityError)


def test_failed_inner_step_of_a_service_rolls_back_the_outer_unit(busy):
    """A refused step nested in a larger unit of work undoes that unit's earlier steps too."""
    ws = busy.ws

    def nested():
        with ws.write():
            units.create_unit(ws, code="W", name="Đơn vị W", unit_type="so")
            tasks.add_task(ws, "Việc trong đơn vị công việc lớn")
            units.create_unit(ws, code="W", name="Trùng mã", unit_type="so")

    _unchanged(ws, nested, InvalidInput, "duplicate_unit_code")
