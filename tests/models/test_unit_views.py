"""The unit's views of the appraisal cycle (desktop.models.unit_views) on real installations
and packages (tests/coordination_support.py): Sở Y tế asked to explain 1.1.1, 2.1 and 4.1,
then its results."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from coordination_support import REMARKS, REQUESTED, build_requested, deliver_results

from desktop.models import unit_views, workspaces


def test_explanation_overview_and_notes(tmp_path: Path) -> None:
    world = build_requested(tmp_path)
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        overview = unit_views.explanation_overview(ws, world.cid, own)
        assert [n.code for n in overview.requested] == list(REQUESTED)
        assert [(n.appraiser_name, n.round, n.reason_code) for n in overview.requested] == [
            ("Sở Nội vụ", 1, "evidence_out_of_period"), ("Sở Tư pháp", 1, "evidence_insufficient"),
            ("Sở Nội vụ", 1, "wrong_calculation")]
        second = overview.requested[1]
        assert (second.self_score, second.appraised_score, second.maximum) == (
            Decimal("1.5"), Decimal("0.75"), Decimal("1.5"))
        assert second.remark == REMARKS["2.1"]
        assert [e["doc_number"] for e in second.evidence] == ["30/BC-SYT"]
        assert [(n.code, n.lowered) for n in overview.others] == [("2.2", True)]
        assert overview.deadline == "2027-01-31" and overview.answered == 0
        notes = unit_views.appraisal_notes(ws, world.cid, own)
        assert sorted(notes) == ["1.1.1", "1.3", "2.1", "2.2", "4.1", "5.3"]
        assert not notes["1.3"].lowered and not notes["1.3"].explanation_requested
        assert unit_views.result_summary(ws, world.cid, own) is None
        assert unit_views.dashboard_status(ws)["results"] is None
    with world.open("STP") as ws:  # nothing was asked of Sở Tư pháp
        empty = unit_views.explanation_overview(ws, world.cid, workspaces.own_unit_id(ws))
        assert (empty.requested, empty.others, empty.deadline) == ([], [], None)


def test_result_summary_after_the_results_package(tmp_path: Path) -> None:
    world = build_requested(tmp_path)
    deliver_results(world)
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        summary = unit_views.result_summary(ws, world.cid, own)
        assert (summary["final_total"], summary["index_percent"], summary["rank"],
                summary["rank_of"], summary["provisional"]) == ("30.75", "30.75", 1, 3, True)
        assert (summary["block_label"], summary["self_scored"], summary["appraised_self_scored"],
                summary["survey"]) == ("Sở, ban, ngành", "9", "5.25", "25.5")
        assert summary["areas"]["2"] == {"points": "0.75", "max": "8"}
        assert unit_views.result_summary(ws, world.cid, own, "en")["block_label"] == (
            "Departments and provincial agencies")
        notes = unit_views.appraisal_notes(ws, world.cid, own)
        # the results package names Sở Nội vụ as sender: each value stays under its area's
        # appraiser, the survey points are marked as such
        assert (notes["2.1"].appraiser_name, notes["1.1.1"].appraiser_name) == (
            "Sở Tư pháp", "Sở Nội vụ")
        assert notes["8.2"].survey and notes["8.2"].appraised_score == Decimal("10")
        answered = unit_views.explanation_overview(ws, world.cid, own)
        assert answered.answered == 3
