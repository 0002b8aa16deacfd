"""The batch paths of the ranking (issue 10): `results._all_totals` sums every unit at once
and `results.rank` stores the changed rows in batches, chaining the audit entries itself.
Both must give exactly what the per-unit paths give: each unit's score sheet, and one
`records.update` (with its `audit.record`) per changed row."""

from __future__ import annotations

import json
from pathlib import Path

from test_results import build, points, score_everyone, unit_id

from desktop.models import audit, campaigns, records, results, scoring
from desktop.models.store import open_workspace


def test_batch_totals_are_the_score_sheets(tmp_path: Path) -> None:
    with open_workspace(build(tmp_path)) as ws:
        score_everyone(ws)
        campaign = campaigns.require_active_campaign(ws)
        enrolled = results._enrolled(ws, campaign.id)
        batch = results._all_totals(ws, campaign.id, enrolled)
        assert set(batch) == {row["unit_id"] for row in enrolled}
        for row in enrolled:
            sheet = scoring.scoresheet(ws, campaign.id, row["unit_id"], with_suggestions=False)
            appraised, own = batch[row["unit_id"]]
            # same values and the same Decimal exponents (repr), areas and counts included
            assert repr(appraised) == repr(sheet.appraised_totals), row["code"]
            assert repr(own) == repr(sheet.self_totals), row["code"]


def test_rank_audits_every_changed_row_in_one_chain(tmp_path: Path) -> None:
    with open_workspace(build(tmp_path)) as ws:
        score_everyone(ws)
        campaign = campaigns.require_active_campaign(ws)
        # a unit whose result row is missing gets one, created in order within the chain
        with ws.write() as db:
            db.execute("DELETE FROM unit_results WHERE campaign_id = ? AND unit_id = ?",
                       [campaign.id, unit_id(ws, "C2")])
        start = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        ranked = results.rank(ws, campaign.id)
        assert not audit.verify_chain(ws.db)
        entries = records.rows(ws.db, "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq",
                               [start])
        stored = {r["unit_id"]: r for r in records.rows(
            ws.db, "SELECT * FROM unit_results WHERE campaign_id = ?", [campaign.id])}
        updates = [e for e in entries if e["action"] == "update"]
        assert [e["entity_id"] for e in updates] == [stored[r.unit_id]["id"] for r in ranked]
        for position, entry in enumerate(entries):
            if entry["action"] == "create":  # a missing row: created, then ranked, in order
                assert entries[position + 1]["entity_id"] == entry["entity_id"]
                assert entries[position + 1]["action"] == "update"
        c2 = stored[unit_id(ws, "C2")]
        assert [e["action"] for e in entries if e["entity_id"] == c2["id"]] == [
            "create", "update"]
        for entry in updates:
            row = next(r for r in stored.values() if r["id"] == entry["entity_id"])
            new = json.loads(entry["new_json"])
            assert all(row[key] == value for key, value in new.items())
            assert row["change_count"] == 1
            assert entry["actor"] == ws.operator and entry["entity"] == "unit_results"
        # a change to one unit rewrites that row only, with one more entry
        results.approve(ws, campaign.id, unit_id(ws, "K2"), keep_self_for_unappraised=True)
        start = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        survey_id = unit_id(ws, "K1")
        points(ws, "K1", {"8.1": "6"})
        middle = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        results.rank(ws, campaign.id)
        assert not audit.verify_chain(ws.db)
        later = records.rows(ws.db, "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq",
                             [middle])
        assert [e["entity_id"] for e in later] == [stored[survey_id]["id"]]
        assert json.loads(later[0]["new_json"])["final_total"] == "6"
        assert middle > start
