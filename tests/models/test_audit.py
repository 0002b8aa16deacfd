"""The audit log: every change a service makes is recorded (who, old → new, why), the entries
form a hash chain that shows tampering, and after submission every edit needs a reason."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pytest
from wshelpers import dump

from desktop.models import assessments, audit, campaigns, criteria, evidence, tasks, units
from desktop.models.errors import InvalidInput

SKIP_TABLES = {"audit_log", "meta", "files", "sqlite_sequence", "_sqlite_migrations"}
BOOKKEEPING = {"change_count", "updated_at", "created_at"}


def snapshot(ws) -> dict[str, dict[tuple, dict]]:
    """table → primary key → row, for every table whose rows a user action changes."""
    out: dict[str, dict[tuple, dict]] = {}
    for (table,) in ws.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table in SKIP_TABLES:
            continue
        info = ws.db.execute(f'PRAGMA table_info("{table}")').fetchall()
        names = [c[1] for c in info]
        pk = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or names
        cursor = ws.db.execute(f'SELECT * FROM "{table}"')
        out[table] = {}
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            out[table][tuple(row[k] for k in pk)] = row
    return out


def new_entries(ws, after_seq: int) -> list[dict]:
    cursor = ws.db.execute("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", [after_seq])
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor]
    for row in rows:
        row["old"], row["new"] = json.loads(row["old_json"]), json.loads(row["new_json"])
    return rows


def last_seq(ws) -> int:
    return ws.db.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]


def assert_audited(ws, action: Callable[[], object]) -> list[dict]:
    """Run `action`; every row it created, changed or removed has an audit entry showing the
    change (old → new) by this operator. Link rows (no id) need an entry naming both ends."""
    before, seq = snapshot(ws), last_seq(ws)
    action()
    after, entries = snapshot(ws), new_entries(ws, seq)
    changed_anything = False
    for table in sorted(set(before) | set(after)):
        old_rows, new_rows = before.get(table, {}), after.get(table, {})
        for key in sorted(set(old_rows) | set(new_rows), key=repr):
            old, new = old_rows.get(key), new_rows.get(key)
            if old == new:
                continue
            changed_anything = True
            if "id" in (old or new):
                row_id = (old or new)["id"]
                mine = [e for e in entries if e["entity"] == table and e["entity_id"] == row_id]
                assert mine, f"no audit entry for {table} {row_id}"
                assert all(e["actor"] == ws.operator for e in mine)
                if old is None:
                    assert "create" in {e["action"] for e in mine}
                    made = next(e for e in mine if e["action"] == "create")
                    for column, value in made["new"].items():
                        assert column in new, column
                        # the entry records the values given; the row may be updated later
                        # in the same action, which its own update entry then shows
                        if not any(e["action"] == "update" and column in e["new"] for e in mine):
                            assert new[column] == value, (table, column)
                elif new is None:
                    removed = [e for e in mine if e["action"] == "delete"]
                    assert removed and removed[-1]["old"]["id"] == row_id
                else:
                    for column in set(new) - BOOKKEEPING:
                        if old[column] == new[column]:
                            continue
                        assert any(column in e["old"] and e["old"][column] == old[column]
                                   for e in mine), (table, column, "old value")
                        assert any(column in e["new"] and e["new"][column] == new[column]
                                   for e in mine), (table, column, "new value")
            else:
                ends = [str(v) for k, v in (old or new).items() if k.endswith("_id")]
                mine = [e for e in entries
                        if all(end in (e["entity_id"] + e["old_json"] + e["new_json"]) for end in ends)]
                assert mine, f"no audit entry for the link {table} {ends}"
    assert changed_anything, "the action should change something"
    assert audit.verify_chain(ws.db) == []
    return entries


@pytest.fixture
def world(sample, tmp_path):
    ws = sample.ws
    sample.task = tasks.add_task(ws, "Báo cáo CCHC quý I", deadline="2026-03-25")
    units.create_unit(ws, code="OLD", name="Sở Thông tin và Truyền thông", unit_type="so",
                      valid_from="2008-01-01")
    units.create_unit(ws, code="NEW", name="Sở Khoa học và Công nghệ", unit_type="so")
    scan = tmp_path / "Báo cáo quý I.pdf"
    scan.write_bytes(b"%PDF-1.4 bao cao quy I")
    sample.evidence = evidence.add_evidence(ws, scan).evidence
    sample.scan = scan
    return sample


def _new_scan(w):
    path = w.scan.parent / "Kế hoạch.pdf"
    path.write_bytes(b"%PDF-1.4 ke hoach")
    return path


SERVICE_CALLS = {
    "create_unit": lambda w: units.create_unit(w.ws, code="Z", name="Sở Y tế", unit_type="so"),
    "record_succession": lambda w: units.record_succession(
        w.ws, predecessor_code="OLD", successor_code="NEW", kind="merge",
        effective_date="2025-03-01"),
    "add_task": lambda w: tasks.add_task(w.ws, "Kiểm tra CCHC", owner="Thanh tra"),
    "update_task": lambda w: tasks.update_task(w.ws, w.task.id, status="in_progress",
                                               progress="60", owner="Văn phòng Sở"),
    "finish_task": lambda w: tasks.update_task(w.ws, w.task.id, status="done"),
    "create_campaign": lambda w: campaigns.create_campaign(w.ws, year=2027, title="Đợt 2027"),
    "set_deadline": lambda w: campaigns.set_deadline(w.ws, w.campaign.id, kind="self_scoring",
                                                     due_date="30/11/2026"),
    "set_rating_bands": lambda w: (
        campaigns.set_rating_bands(w.ws, w.campaign.id, [("Tốt", "80"), ("Khá", "0")]),
        campaigns.set_rating_bands(w.ws, w.campaign.id, [("Xuất sắc", "90"), ("Khác", "0")])),
    "score_criterion": lambda w: assessments.score_criterion(
        w.ws, w.campaign.id, w.unit.id, "1.1.2", "92"),
    "rescore_criterion": lambda w: (
        assessments.score_criterion(w.ws, w.campaign.id, w.unit.id, "1.1.1", "chậm"),
        assessments.score_criterion(w.ws, w.campaign.id, w.unit.id, "1.1.1", "kịp thời",
                                    explanation="Ban hành ngày 08/01")),
    "explain": lambda w: assessments.explain(w.ws, w.campaign.id, w.unit.id, "1.4", "Đang làm"),
    "submit": lambda w: assessments.submit(w.ws, w.campaign.id, w.unit.id),
    "load_criteria_set": lambda w: criteria.load_criteria_set(w.ws, {
        "province": "Thử", "year": 2027, "unit_group": "xa", "title": "Bộ thử", "total_points": "2",
        "criteria": [{"code": "1", "title": "Lĩnh vực", "max": "2", "rule": "sum"},
                     {"code": "1.1", "title": "Tiêu chí", "max": "2", "rule": "choice có=2; không=0"}]}),
    "add_evidence": lambda w: evidence.add_evidence(w.ws, _new_scan(w), doc_number="12/KH-STP"),
    "complete_evidence_citation": lambda w: evidence.add_evidence(
        w.ws, w.scan, doc_number="45/BC-STP", doc_date="2026-03-25"),
    "link_evidence_to_task": lambda w: evidence.link_to_task(w.ws, w.evidence.id, w.task.id),
    "link_evidence_to_criterion": lambda w: evidence.link_to_criterion(
        w.ws, w.evidence.id, w.campaign.id, w.unit.id, "1.2.1"),
}


@pytest.mark.parametrize("name", SERVICE_CALLS)
def test_every_service_change_is_audited(world, name):
    """Every record a user action creates, changes or deletes leaves an audit entry (old → new)."""
    assert_audited(world.ws, lambda: SERVICE_CALLS[name](world))


def test_unlinking_evidence_is_audited(world):
    """Removing evidence from a criterion leaves a trace of what was removed."""
    evidence.link_to_criterion(world.ws, world.evidence.id, world.campaign.id, world.unit.id, "1.2.1")
    assert_audited(world.ws, lambda: evidence.unlink_from_criterion(
        world.ws, world.evidence.id, world.campaign.id, world.unit.id, "1.2.1"))


def test_update_entry_shows_old_and_new_values(world):
    """A task update's entry reads old → new for exactly the fields that changed."""
    seq = last_seq(world.ws)
    tasks.update_task(world.ws, world.task.id, status="in_progress", progress="40")
    (entry,) = new_entries(world.ws, seq)
    assert (entry["action"], entry["entity"], entry["entity_id"]) == ("update", "tasks",
                                                                      world.task.id)
    assert entry["old"] == {"status": "not_started", "progress": 0}
    assert entry["new"] == {"status": "in_progress", "progress": 40}
    # an update that changes nothing leaves no trace
    tasks.update_task(world.ws, world.task.id, status="in_progress", progress="40")
    assert last_seq(world.ws) == entry["seq"]


# -- the chain -----------------------------------------------------------------------------

def test_chain_verifies_after_many_changes(world):
    """The entries of a busy workspace link up from the first to the last."""
    n = last_seq(world.ws)
    assert n > 50
    assert audit.verify_chain(world.ws.db) == []
    rows = world.ws.db.execute("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(1, n + 1))
    assert rows[0][1] == audit.GENESIS
    assert all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))


def test_triggers_refuse_update_and_delete(world):
    """The log is append-only: the database itself refuses to edit or remove an entry."""
    before = dump(world.ws)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        world.ws.db.execute("UPDATE audit_log SET reason = 'sửa lén' WHERE seq = 3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        world.ws.db.execute("DELETE FROM audit_log WHERE seq = 3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        with world.ws.write() as db:
            db.execute("DELETE FROM audit_log")
    assert dump(world.ws) == before
    assert audit.verify_chain(world.ws.db) == []


def _drop_triggers(db) -> None:
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")


def test_tampered_entry_is_detected_at_its_seq(world):
    """An entry edited behind the program's back (triggers dropped) is found at its seq."""
    db = world.ws.db
    target = 7
    _drop_triggers(db)
    new_json = db.execute("SELECT new_json FROM audit_log WHERE seq = ?", [target]).fetchone()[0]
    forged = json.dumps({**json.loads(new_json), "title": "Đã sửa lén"}, ensure_ascii=False)
    db.execute("UPDATE audit_log SET new_json = ? WHERE seq = ?", [forged, target])
    problems = audit.verify_chain(db)
    assert problems == [audit.ChainProblem(target, "hash_mismatch")]


def test_tampering_that_recomputes_the_hash_breaks_the_next_link(world):
    """Re-hashing a forged entry does not help: the next entry no longer points at it."""
    db = world.ws.db
    target = 5
    _drop_triggers(db)
    cursor = db.execute("SELECT * FROM audit_log WHERE seq = ?", [target])
    entry = dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))
    entry["reason"] = "lý do giả"
    entry["hash"] = audit._entry_hash(entry)
    db.execute("UPDATE audit_log SET reason = ?, hash = ? WHERE seq = ?",
               [entry["reason"], entry["hash"], target])
    assert audit.verify_chain(db) == [audit.ChainProblem(target + 1, "broken_link")]


def test_removed_entry_is_detected(world):
    """An entry deleted behind the program's back leaves a gap and a broken link."""
    db = world.ws.db
    _drop_triggers(db)
    db.execute("DELETE FROM audit_log WHERE seq = 4")
    problems = audit.verify_chain(db)
    assert audit.ChainProblem(5, "gap") in problems
    assert audit.ChainProblem(5, "broken_link") in problems


# -- reasons after submission ---------------------------------------------------------------

def test_edits_after_submission_need_a_reason(world):
    """After submission a change without a reason is refused; with one, the log keeps it."""
    ws, c, u = world.ws, world.campaign.id, world.unit.id
    assessments.score_criterion(ws, c, u, "1.1.1", "chậm")
    assessments.submit(ws, c, u)
    before = dump(ws)
    for reason in ("", "   "):
        with pytest.raises(InvalidInput) as caught:
            assessments.score_criterion(ws, c, u, "1.1.1", "kịp thời", reason=reason)
        assert caught.value.code == "reason_required_after_submission"
        with pytest.raises(InvalidInput) as caught:
            assessments.explain(ws, c, u, "1.1.1", "Giải trình mới", reason=reason)
        assert caught.value.code == "reason_required_after_submission"
    assert dump(ws) == before

    seq = last_seq(ws)
    why = "Điều chỉnh theo kết quả thẩm định vòng 1"
    result = assessments.score_criterion(ws, c, u, "1.1.1", "kịp thời", reason=why)
    assert result.score == "1"
    entries = [e for e in new_entries(ws, seq) if e["entity"] == "assessments"
               and "score" in e["new"]]
    assert entries and entries[0]["reason"] == why
    assert entries[0]["old"]["score"] == "0.5" and entries[0]["new"]["score"] == "1"
    assert audit.verify_chain(ws.db) == []


def test_edits_before_submission_need_no_reason(world):
    """Before submission a unit edits its scores freely."""
    ws, c, u = world.ws, world.campaign.id, world.unit.id
    assessments.score_criterion(ws, c, u, "1.1.1", "chậm")
    assert assessments.score_criterion(ws, c, u, "1.1.1", "kịp thời").score == "1"


# -- entries written in a batch ----------------------------------------------------------------

def test_a_batch_writes_the_entries_record_would_in_the_same_order(world):
    """Entries added to a batch, interleaved with `record` calls and a second batch, come
    out in call order with an unbroken chain; leaving by an exception drops what is held."""
    ws, seq = world.ws, last_seq(world.ws)

    def entry(name: str) -> dict:
        return {"actor": "tester", "action": "update", "entity": "tasks", "entity_id": name,
                "old": {"progress": 0}, "new": {"progress": 10}}

    with ws.write() as db:
        with audit.Batch(db) as log:
            log.add(**entry("b1"))
            log.add(**entry("b2"))
            audit.record(db, **entry("r1"))  # writes b1, b2 first
            log.add(**entry("b3"))
            with audit.Batch(db) as inner:  # writes b3 first
                inner.add(**entry("i1"))
            log.add(**entry("b4"))
        audit.record(db, **entry("r2"))
    assert [e["entity_id"] for e in new_entries(ws, seq)] == ["b1", "b2", "r1", "b3", "i1",
                                                              "b4", "r2"]
    assert audit.verify_chain(ws.db) == []

    seq = last_seq(ws)
    with pytest.raises(RuntimeError), ws.write() as db, audit.Batch(db) as log:
        log.add(**entry("lost"))
        raise RuntimeError("the unit of work fails")
    assert last_seq(ws) == seq
    with ws.write() as db:
        audit.record(db, **entry("after"))  # no batch left over to flush
    assert [e["entity_id"] for e in new_entries(ws, seq)] == ["after"]
    assert audit.verify_chain(ws.db) == []


def test_changing_a_row_already_read_is_audited_like_update(world):
    from desktop.models import records

    ws = world.ws
    with ws.write() as db:
        old = records.fetch(db, "tasks", world.task.id)
    seq = last_seq(ws)
    with ws.write() as db, audit.Batch(db) as log:
        new = records.change(db, "tasks", old, {"progress": 30, "title": old["title"]},
                             actor="tester", log=log)
        assert records.change(db, "tasks", new, {"progress": 30}, actor="tester", log=log) == new
    (entry,) = new_entries(ws, seq)
    assert (entry["entity_id"], entry["old"], entry["new"]) == (world.task.id, {"progress": 0},
                                                                {"progress": 30})
    stored = records.fetch(ws.db, "tasks", world.task.id)
    assert stored["progress"] == 30 and stored["change_count"] == old["change_count"] + 1
    assert new["change_count"] == stored["change_count"]
